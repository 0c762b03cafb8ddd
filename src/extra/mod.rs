//! smartos-extra by HEAD hash: decide (plan) whether to use the installed tree, download the
//! published one, or build from source (carrying that decision out is the operation
//! [`crate::ops::extra::sync`]); and, for release engineers, pack and publish a built tree.
//!
//! Published layout under each URL: `<arch>/smartos-extra-<commit>.tar.{zst,bz2}`, its
//! `<arch>/smartos-extra-<commit>.manifest` and `.manifest.minisig`.

pub mod manifest;
pub mod tree;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Serialize;

use crate::core::sign::{PublicKey, Signature};
use crate::error::{Error, IoContext, Refusal, Result};
use crate::fetch::{join, FetchOptions, Fetcher, Small};
use manifest::Manifest;

/// What plan and sync work from.
#[derive(Debug, Clone, Default)]
pub struct ExtraConfig {
    /// The smartos-extra git checkout.
    pub source: PathBuf,
    /// The tree's destination.
    pub dest: PathBuf,
    /// Base URLs where tarballs are published (tried in order).
    pub urls: Vec<String>,
    /// Keys trusted for manifests.
    pub keys: Vec<PublicKey>,
    /// The build command (run with `sh -c`, DESTDIR set to the staging directory).
    pub build: Option<String>,
    /// Where the build command runs.
    pub build_dir: PathBuf,
    /// Machine arch, after alias mapping.
    pub arch: String,
    /// An illumos checkout to check the source's `illumos-compat` against.
    pub illumos: Option<PathBuf>,
    /// Never use a prebuilt tree.
    pub force_build: bool,
    /// Build when a download fails for a reason other than 404.
    pub fallback_build: bool,
    /// Fetching.
    pub fetch: FetchOptions,
    /// The download cache.
    pub cache_dir: PathBuf,
}

/// What sync will do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// The installed tree is the one the checkout asks for.
    UseInstalled,
    /// A published tarball matches: download it.
    Download,
    /// Build from source.
    Build,
}

impl Action {
    /// As `extra plan` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::UseInstalled => "use-installed",
            Action::Download => "download",
            Action::Build => "build",
        }
    }
}

/// Why the plan is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// `--force-build`.
    Forced,
    /// The checkout has changes, so no published tree can match it.
    DirtyTree,
    /// The installed tree carries the checkout's key.
    InstalledKeyMatches,
    /// Nowhere to download from.
    NoUrlConfigured,
    /// A signed manifest for the key was found.
    PublishedTarball,
    /// No repository has a tarball for the key (404).
    NoPublishedTarball,
    /// The download failed (not 404) and `--fallback-build` allows building.
    DownloadFailedFallback,
}

impl Reason {
    /// As `extra plan` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Forced => "forced",
            Reason::DirtyTree => "dirty-tree",
            Reason::InstalledKeyMatches => "installed-key-matches",
            Reason::NoUrlConfigured => "no-url-configured",
            Reason::PublishedTarball => "published-tarball",
            Reason::NoPublishedTarball => "no-published-tarball",
            Reason::DownloadFailedFallback => "download-failed-fallback",
        }
    }
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What sync will do, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// Use the installed tree, download or build.
    pub action: Action,
    /// The recipe key: `<commit>/<arch>`.
    pub key: String,
    /// Why.
    pub reason: Reason,
    /// The tarball that would be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The checkout's HEAD.
    pub commit: String,
    /// Whether the checkout has changes.
    pub dirty: bool,
    /// The destination.
    pub dest: PathBuf,
    /// The manifest the download would follow (not printed).
    #[serde(skip)]
    pub manifest: Option<(Manifest, String)>,
}

impl Plan {
    /// `KEY=VALUE` lines.
    pub fn render(&self) -> String {
        let mut s = format!(
            "action={}\nkey={}\nreason={}\ncommit={}\ndirty={}\ndest={}\n",
            self.action,
            self.key,
            self.reason,
            self.commit,
            self.dirty,
            self.dest.display()
        );
        if let Some(u) = &self.url {
            s.push_str(&format!("url={u}\n"));
        }
        s
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<std::process::Output> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| Error::io(dir, e))
}

/// The checkout's HEAD commit and whether it has modified, staged or untracked (not ignored)
/// files.
pub fn source_state(source: &Path) -> Result<(String, bool)> {
    let head = git(source, &["rev-parse", "--verify", "HEAD"])?;
    if !head.status.success() {
        return Err(Error::refused(
            Refusal::Other,
            format!(
            "{}: not a git checkout with a commit ({}); give --source the smartos-extra checkout",
            source.display(),
            String::from_utf8_lossy(&head.stderr).trim()
        ),
        ));
    }
    let top = git(source, &["rev-parse", "--show-toplevel"])?;
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    // A subdirectory of another checkout would be keyed on that checkout's HEAD.
    if fs::canonicalize(source).ok() != fs::canonicalize(&top).ok() {
        return Err(Error::refused(Refusal::Other, format!(
            "{}: not the top of a git checkout (that is {}); give the smartos-extra checkout itself as [extra] source",
            source.display(),
            top.display()
        )));
    }
    let commit = String::from_utf8_lossy(&head.stdout).trim().to_string();
    let status = git(
        source,
        &["status", "--porcelain", "--untracked-files=normal"],
    )?;
    if !status.status.success() {
        return Err(Error::refused(
            Refusal::Other,
            format!(
                "{}: git status failed: {}",
                source.display(),
                String::from_utf8_lossy(&status.stderr).trim()
            ),
        ));
    }
    Ok((commit, !status.stdout.is_empty()))
}

/// Checks the source's `illumos-compat` (the oldest illumos commit it supports) against an
/// illumos checkout: that commit must be an ancestor of the checkout's HEAD.
pub fn check_illumos(source: &Path, illumos: &Path) -> Result<()> {
    let compat = source.join("illumos-compat");
    let Ok(text) = fs::read_to_string(&compat) else {
        return Ok(());
    };
    let want = text.lines().next().unwrap_or("").trim().to_string();
    if want.is_empty() {
        return Err(Error::malformed(
            &compat,
            "empty: it must name the oldest supported illumos commit",
        ));
    }
    let o = git(illumos, &["merge-base", "--is-ancestor", &want, "HEAD"])?;
    match o.status.code() {
        Some(0) => Ok(()),
        Some(1) => Err(Error::refused(Refusal::Other, format!(
            "{}: the illumos checkout is older than {want}, the oldest that smartos-extra supports ({}); update illumos",
            illumos.display(),
            compat.display()
        ))),
        _ => Err(Error::refused(Refusal::Other, format!(
            "{}: cannot tell whether it contains {want} ({}); fetch illumos or fix {}",
            illumos.display(),
            String::from_utf8_lossy(&o.stderr).trim(),
            compat.display()
        ))),
    }
}

fn base_names(commit: &str) -> (String, String) {
    let stem = format!("smartos-extra-{commit}");
    (format!("{stem}.manifest"), stem)
}

/// Fetches and checks the manifest for `commit` from the first URL that has one. `Ok(None)`
/// when every URL answers 404.
fn find_manifest(cfg: &ExtraConfig, commit: &str, key: &str) -> Result<Option<(Manifest, String)>> {
    let fetcher = Fetcher::new(cfg.fetch.clone())?;
    let (manifest_name, _) = base_names(commit);
    let mut first_err = None;
    for base in &cfg.urls {
        let dir = join(base, &cfg.arch);
        let url = join(&dir, &manifest_name);
        let got = fetcher.small(&url, None, 64 << 10).and_then(|m| {
            let sig = fetcher
                .small(&format!("{url}.minisig"), None, 64 << 10)
                .map_err(|e| match e {
                    Error::NotFound { .. } => Error::verify(
                        &url,
                        "no signature (.minisig): refusing an unsigned manifest",
                    ),
                    e => e,
                })?;
            match (m, sig) {
                (Small::Body(m, _), Small::Body(s, _)) => Ok((m, s)),
                _ => Err(Error::refused(
                    Refusal::Other,
                    format!("{url}: unexpected 304"),
                )),
            }
        });
        match got {
            Ok((m, s)) => {
                let manifest = verify_manifest(&url, &m, &s, &cfg.keys, key)?;
                return Ok(Some((manifest, dir)));
            }
            Err(Error::NotFound { .. }) => continue,
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    match first_err {
        Some(e) => Err(e),
        None => Ok(None),
    }
}

fn verify_manifest(
    url: &str,
    text: &[u8],
    sig: &[u8],
    keys: &[PublicKey],
    key: &str,
) -> Result<Manifest> {
    if keys.is_empty() {
        return Err(Error::verify(
            url,
            "no trusted keys for smartos-extra manifests (a key in revoked_keys is not trusted); set [extra] trusted_keys",
        ));
    }
    let sig = std::str::from_utf8(sig)
        .map_err(|_| "not UTF-8".to_string())
        .and_then(Signature::parse)
        .map_err(|e| Error::verify(format!("{url}.minisig"), e))?;
    let mut why = Vec::new();
    if !keys.iter().any(|k| match k.verify(text, &sig) {
        Ok(()) => true,
        Err(e) => {
            why.push(e);
            false
        }
    }) {
        return Err(Error::verify(
            url,
            format!("bad signature: {}", why.join("; ")),
        ));
    }
    let text = std::str::from_utf8(text).map_err(|_| Error::verify(url, "not UTF-8"))?;
    let m = Manifest::parse(text).map_err(|e| Error::verify(url, e))?;
    if m.key != key {
        return Err(Error::verify(
            url,
            format!("the manifest is for key {}, not {key}", m.key),
        ));
    }
    Ok(m)
}

/// Decides what sync would do. Changes nothing.
pub fn plan(cfg: &ExtraConfig) -> Result<Plan> {
    if let Some(ill) = &cfg.illumos {
        check_illumos(&cfg.source, ill)?;
    }
    let (commit, dirty) = source_state(&cfg.source)?;
    let key = format!("{commit}/{}", cfg.arch);
    let mk = |action, reason| Plan {
        action,
        key: key.clone(),
        reason,
        url: None,
        commit: commit.clone(),
        dirty,
        dest: cfg.dest.clone(),
        manifest: None,
    };
    if cfg.force_build {
        return Ok(mk(Action::Build, Reason::Forced));
    }
    if dirty {
        return Ok(mk(Action::Build, Reason::DirtyTree));
    }
    if let Some((k, intact)) = tree::installed_key(&cfg.dest) {
        if k == key && intact {
            return Ok(mk(Action::UseInstalled, Reason::InstalledKeyMatches));
        }
    }
    if cfg.urls.is_empty() {
        return Ok(mk(Action::Build, Reason::NoUrlConfigured));
    }
    match find_manifest(cfg, &commit, &key) {
        Ok(Some((m, dir))) => {
            let mut p = mk(Action::Download, Reason::PublishedTarball);
            p.url = Some(join(&dir, &m.archive));
            p.manifest = Some((m, dir));
            Ok(p)
        }
        Ok(None) => Ok(mk(Action::Build, Reason::NoPublishedTarball)),
        Err(e @ Error::Verify { .. }) => Err(e),
        Err(_) if cfg.fallback_build => Ok(mk(Action::Build, Reason::DownloadFailedFallback)),
        Err(e) => Err(e),
    }
}

/// What `pack` needs.
#[derive(Debug, Clone)]
pub struct PackSpec {
    /// The built tree.
    pub tree: PathBuf,
    /// The clean source checkout.
    pub source: PathBuf,
    /// Output directory.
    pub out: PathBuf,
    /// Secret key.
    pub key: PathBuf,
    /// Where the password of an encrypted key comes from.
    pub passwords: crate::release::password::PasswordSource,
    /// Machine arch (after alias mapping).
    pub arch: String,
    /// Compression.
    pub packing: tree::Packing,
    /// The builder's platform image (`unknown` when not known).
    pub builder_platform: String,
}

/// Pack signs a tree as the checkout's HEAD only if cbe stamped it for exactly that key
/// (`<commit>/<arch>`, not `+dirty`) when it built or unpacked it, and it is unchanged
/// since: otherwise a tree built from another commit, from uncommitted changes, or by hand
/// would be published under HEAD's name. Refused (exit 1, as a dirty checkout is) naming
/// both keys.
fn check_tree_stamp(tree_dir: &Path, head: &str) -> Result<()> {
    let rebuild = format!(
        "build it from this checkout with `cbe extra sync --force-build --dest {}`, then pack",
        tree_dir.display()
    );
    match tree::installed_key(tree_dir) {
        None => Err(Error::refused(Refusal::Other, format!(
            "--tree {} has no {} stamp for the checkout's HEAD key {head}, so nothing says it was built from it; {rebuild}",
            tree_dir.display(),
            tree::STAMP
        ))),
        Some((k, _)) if k != head => Err(Error::refused(Refusal::Other, format!(
            "--tree {} is stamped {k}, not the checkout's HEAD key {head}; {rebuild}",
            tree_dir.display()
        ))),
        Some((_, false)) => Err(Error::refused(Refusal::Other, format!(
            "--tree {} was stamped {head} but has changed since; {rebuild}",
            tree_dir.display()
        ))),
        Some((_, true)) => Ok(()),
    }
}

/// Packs a tree into `OUT/<arch>/smartos-extra-<commit>.tar.*` with its signed manifest:
/// only from a clean checkout, and only a tree stamped for its HEAD ([`check_tree_stamp`]).
pub fn pack(spec: &PackSpec) -> Result<Manifest> {
    let (commit, dirty) = source_state(&spec.source)?;
    if dirty {
        return Err(Error::refused(Refusal::Other, format!(
            "{} has uncommitted changes, so what it builds is {commit}/{arch}+dirty, not HEAD's {commit}/{arch}: a tarball is named by its commit; commit or stash them, rebuild, then pack",
            spec.source.display(),
            arch = spec.arch
        )));
    }
    if !spec.tree.is_dir() {
        return Err(Error::Usage(format!(
            "--tree {}: not a directory",
            spec.tree.display()
        )));
    }
    let key = format!("{commit}/{}", spec.arch);
    check_tree_stamp(&spec.tree, &key)?;
    let sk = crate::release::index::read_secret_key(&spec.key, &spec.passwords)?;
    let dir = spec.out.join(&spec.arch);
    fs::create_dir_all(&dir).at(&dir)?;
    let (manifest_name, stem) = base_names(&commit);
    let archive = format!("{stem}.{}", spec.packing.suffix());
    let path = dir.join(&archive);
    let part = crate::fsutil::part_path(&path);
    tree::pack(&spec.tree, &part, spec.packing)?;
    fs::rename(&part, &path).at(&path)?;
    let (sha, size) = crate::digest::hash_file(&path).at(&path)?;
    let m = Manifest {
        key,
        source_commit: commit,
        arch: spec.arch.clone(),
        archive,
        archive_size: size,
        archive_sha256: sha,
        builder_platform: spec.builder_platform.clone(),
        date: crate::core::time::now_seconds(),
    };
    let text = m.render();
    let sig = sk
        .sign(
            text.as_bytes(),
            &format!(
                "timestamp:{} file:{manifest_name}",
                time::OffsetDateTime::now_utc().unix_timestamp()
            ),
            "signature from cbe",
        )
        .map_err(|e| Error::refused(Refusal::Other, e))?;
    crate::fsutil::write_atomic(
        &dir.join(format!("{manifest_name}.minisig")),
        sig.to_file().as_bytes(),
    )?;
    crate::fsutil::write_atomic(&dir.join(&manifest_name), text.as_bytes())?;
    Ok(m)
}

/// What `pack` wrote in `out`, as `(file, ARCH/NAME)` in the order to publish them:
/// tarballs, then each manifest's signature, then the manifests.
pub fn publishable(out: &Path) -> Result<Vec<(PathBuf, String)>> {
    let mut files: BTreeMap<u8, Vec<(PathBuf, String)>> = BTreeMap::new();
    for arch in fs::read_dir(out).at(out)?.flatten() {
        if !arch.path().is_dir() {
            continue;
        }
        for f in fs::read_dir(arch.path()).at(arch.path())?.flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if !name.starts_with("smartos-extra-") || name.ends_with(".part") {
                continue;
            }
            let rank = if name.ends_with(".minisig") {
                1
            } else if name.ends_with(".manifest") {
                2
            } else {
                0
            };
            let rel = format!("{}/{name}", arch.file_name().to_string_lossy());
            files.entry(rank).or_default().push((f.path(), rel));
        }
    }
    Ok(files.into_values().flatten().collect())
}

/// Copies what `pack` wrote in `out` to the directory `to`: tarballs first, manifests and
/// signatures last, each under a temporary name and renamed; a published file is never
/// replaced by different bytes. Returns the files copied.
pub fn publish(out: &Path, to: &Path) -> Result<Vec<PathBuf>> {
    let mut copied = Vec::new();
    for (src, rel) in publishable(out)? {
        let dest = to.join(rel);
        let bytes = tree::read_all(&src)?;
        if dest.exists() {
            if tree::read_all(&dest)? == bytes {
                continue;
            }
            return Err(Error::refused(
                Refusal::AlreadyPublished,
                format!(
                    "{} is already published with different bytes; refusing to overwrite it",
                    dest.display()
                ),
            ));
        }
        if let Some(p) = dest.parent() {
            fs::create_dir_all(p).at(p)?;
        }
        crate::fsutil::write_atomic(&dest, &bytes)?;
        copied.push(dest);
    }
    Ok(copied)
}
