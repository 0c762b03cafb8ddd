//! `cbe repo publish DIR --to DEST`: packages first, the index last, so clients never see a
//! half-published release; nothing published is ever overwritten with different bytes, an
//! older release never replaces a newer one, and earlier releases stay available. Nothing moves
//! before the repository verifies as a client would verify it ([`super::verify`]).
//!
//! To a directory (local or a mounted share) the index of each release is written into
//! `DEST/releases/<X.Y.Z>/`, and the top-level `release`, `release.minisig*` and
//! `pkg_summary*` are symlinks into `DEST/current`, itself a symlink to the release's
//! directory: switching releases is one rename of `current`, so a publish killed at any
//! instant leaves clients on the previous release, and running it again completes it.
//! Top-level links the new release lacks (a rotated-out key's signature) go with the switch.
//! To an HTTP URL files are uploaded with PUT (packages, then the release's own copy of the
//! index, then the top-level index with `release` last); clients retry a signature that does
//! not match once, which covers the moment between the last two uploads.
//! To S3-compatible storage, see [`super::publish_s3`].

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{read_repo, verify};
use crate::core::sign::PublicKey;
use crate::error::{Error, IoContext, Refusal, Result};
use crate::fsutil::write_atomic;
use crate::repo::release::{
    extra_signature_name, verify_release, Release, RELEASE_FILE, SIGNATURE_FILE,
};

/// One file to move.
#[derive(Debug, Clone, Serialize)]
pub struct Move {
    /// Path relative to DEST.
    pub to: String,
    /// Already there with the same bytes.
    pub present: bool,
}

/// The index files of a repository directory (besides `All/`), signature and release last.
fn index_files(dir: &Path) -> Result<Vec<String>> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .at(dir)?
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("pkg_summary") || n.starts_with("release"))
        .filter(|n| !n.ends_with(".part"))
        .collect();
    let rank = |n: &str| {
        if n == RELEASE_FILE {
            2
        } else if n.starts_with("release") {
            1
        } else {
            0
        }
    };
    v.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.cmp(b)));
    Ok(v)
}

/// `All/`'s files to publish. The summary copy `repo index` leaves there for pkgin changes
/// with every release, and a published file never changes: it stays behind.
fn packages(dir: &Path) -> Result<Vec<String>> {
    let all = dir.join("All");
    let ours = fs::read(dir.join(super::bulk::PKGIN_COPY)).ok();
    let is_pkgin_copy =
        |n: &str| n == super::bulk::PKGIN_COPY && fs::read(all.join(n)).ok() == ours;
    let mut v: Vec<String> = fs::read_dir(&all)
        .at(&all)?
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".part") && !is_pkgin_copy(n))
        .collect();
    v.sort();
    Ok(v)
}

/// Refuses a destination that looks like a URL of a scheme cbe cannot publish to: taken as a
/// directory, `ftp://host/x` would "publish" into `./ftp:/host/x`.
fn refuse_unknown_scheme(dest: &str) -> Result<()> {
    if let Some((scheme, _)) = dest.split_once("://") {
        if !matches!(scheme, "http" | "https" | "file" | "s3") {
            return Err(Error::Usage(format!(
                "--to {dest}: cbe publishes to a directory, file://, http:// or https:// (PUT), or s3://BUCKET/PREFIX, not {scheme}://"
            )));
        }
    }
    Ok(())
}

/// Publishes the repository in `src` to `dest` (a directory, an http(s) URL or S3), once
/// [`refuse_unverified`] passes it.
pub fn publish(src: &Path, dest: &str, keys: &[PublicKey], dry_run: bool) -> Result<Vec<Move>> {
    refuse_unknown_scheme(dest)?;
    let release = refuse_unverified(src, keys)?;
    let version = release.release.to_string();
    let own = crate::repo::release::release_dir(&release.release);
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for p in packages(src)? {
        files.push((src.join("All").join(&p), format!("All/{p}")));
    }
    let index = index_files(src)?;
    for n in &index {
        files.push((src.join(n), format!("{own}/{n}")));
    }
    if let Some(s3) = crate::s3::S3Dest::parse(dest) {
        let pointers: Vec<_> = index.iter().map(|n| (src.join(n), n.clone())).collect();
        return super::publish_s3::publish(&s3?, &release, &files, &pointers, dry_run);
    }
    if dest.starts_with("http://") || dest.starts_with("https://") {
        for n in &index {
            files.push((src.join(n), n.clone()));
        }
        return put_all(&files, dest, &release, dry_run);
    }
    let dest = PathBuf::from(dest.strip_prefix("file://").unwrap_or(dest));
    // Never go back to an older release.
    if let Ok(cur) = fs::read_link(dest.join("current")) {
        let cur_ver = cur
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Ok(cv) = semver::Version::parse(&cur_ver) {
            if cv > release.release {
                return Err(Error::refused(
                    Refusal::Downgrade,
                    format!(
                        "{} already publishes {cv}, newer than {version}; refusing to go back",
                        dest.display()
                    ),
                ));
            }
        }
    }
    // Check everything before writing anything.
    let mut moves = Vec::new();
    for (from, to) in &files {
        let target = dest.join(to);
        let present = match fs::read(&target) {
            Ok(bytes) => {
                if bytes != fs::read(from).at(from)? {
                    return Err(Error::refused(Refusal::AlreadyPublished, format!(
                        "{} is already published with different bytes; refusing to overwrite it (publish a new release instead)",
                        target.display()
                    )));
                }
                true
            }
            Err(_) => false,
        };
        moves.push(Move {
            to: to.clone(),
            present,
        });
    }
    if dry_run {
        return Ok(moves);
    }
    for ((from, to), m) in files.iter().zip(&moves) {
        if m.present {
            continue;
        }
        let target = dest.join(to);
        if let Some(p) = target.parent() {
            fs::create_dir_all(p).at(p)?;
        }
        crate::failpoint::hit("publish-file");
        write_atomic(&target, &fs::read(from).at(from)?)?;
    }
    // Switch: one rename makes the new release current.
    crate::failpoint::hit("publish-switch");
    replace_symlink(&dest.join("current"), Path::new(&own))?;
    for n in &index {
        let link = dest.join(n);
        let want = PathBuf::from("current").join(n);
        if fs::read_link(&link).ok().as_deref() != Some(want.as_path()) {
            replace_symlink(&link, &want)?;
        }
    }
    remove_stale_links(&dest, &index)?;
    let mut dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|(_, to)| dest.join(to).parent().map(Path::to_path_buf))
        .collect();
    dirs.push(dest.clone());
    crate::os::sync_dirs(&dest, dirs.iter().map(PathBuf::as_path)).at(&dest)?;
    Ok(moves)
}

/// Checks the repository in `src` as a client would before anything is published: the
/// signature (against `keys` when given; without them trust is the gate's, `repo check`),
/// pkg_summary against the release file, and every package's size, SHA-256 and prefix
/// against the index. A published file clients would refuse is never published.
fn refuse_unverified(src: &Path, keys: &[PublicKey]) -> Result<Release> {
    let (release, pkgs, summary) = read_repo(src)?;
    let sig = src.join(SIGNATURE_FILE);
    if !sig.exists() {
        return Err(Error::verify(
            &sig,
            "missing: the index is not signed; run `cbe repo sign` first",
        ));
    }
    if !keys.is_empty() {
        // The signatures a client trusting `keys` fetches, by the names it fetches them.
        let mut sigs = vec![fs::read(&sig).at(&sig)?];
        for k in keys {
            let extra = src.join(extra_signature_name(&k.id_hex()));
            if let Ok(bytes) = fs::read(&extra) {
                sigs.push(bytes);
            }
        }
        let rpath = src.join(RELEASE_FILE);
        let text = fs::read(&rpath).at(&rpath)?;
        verify_release(&rpath.display().to_string(), &text, &sigs, keys)?;
    }
    verify::summary_matches_release(&release, &summary)
        .map_err(|why| Error::verify(src.join("pkg_summary"), why))?;
    verify::summary_copies_match(src, &summary).map_err(|(path, why)| Error::verify(path, why))?;
    for p in &pkgs {
        let path = src.join("All").join(&p.file_name);
        verify::package_matches_index(p, &path).map_err(|why| Error::verify(&path, why))?;
        let meta = crate::package::read_metadata(&path)?;
        verify::prefix_is_the_lines(&meta.plist.prefix, release.line).map_err(|why| {
            Error::refused(Refusal::WrongPrefix, format!("{}: {why}", path.display()))
        })?;
    }
    Ok(release)
}

/// Removes the top-level links into `current` that the release now current lacks (the
/// `release.minisig-<ID>` of a key that no longer signs, after a rotation): each would
/// dangle, and a client trusting that key would fetch a signature that is not there.
fn remove_stale_links(dest: &Path, index: &[String]) -> Result<()> {
    for e in fs::read_dir(dest).at(dest)?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let into_current = fs::read_link(e.path()).is_ok_and(|t| t.starts_with("current"));
        let ours = name.starts_with("pkg_summary") || name.starts_with(RELEASE_FILE);
        if ours && into_current && !index.contains(&name) {
            fs::remove_file(e.path()).at(e.path())?;
        }
    }
    Ok(())
}

/// Refuses to publish `release` where `published` (the release file there now, if any, read
/// from `at`) is newer: clients would be sent back. One rule for HTTP and S3.
pub(super) fn refuse_going_back(
    published: Option<&[u8]>,
    at: &str,
    release: &Release,
) -> Result<()> {
    let Some(text) = published else {
        return Ok(());
    };
    let Ok(current) = Release::parse(&String::from_utf8_lossy(text)) else {
        return Err(Error::refused(Refusal::Other, format!(
            "{at} is not a release file cbe can read; refusing to replace it (remove it if it is not a cbe repository)"
        )));
    };
    if current.release > release.release {
        return Err(Error::refused(
            Refusal::Downgrade,
            format!(
                "{at} already publishes {}, newer than {}; refusing to go back",
                current.release, release.release
            ),
        ));
    }
    Ok(())
}

/// Makes `link` a symlink to `target` in one rename.
fn replace_symlink(link: &Path, target: &Path) -> Result<()> {
    let tmp = crate::fsutil::part_path(link);
    let _ = fs::remove_file(&tmp);
    std::os::unix::fs::symlink(target, &tmp).at(&tmp)?;
    fs::rename(&tmp, link).at(link)
}

fn put_all(
    files: &[(PathBuf, String)],
    base: &str,
    release: &Release,
    dry_run: bool,
) -> Result<Vec<Move>> {
    let client = reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_secs(300))
        .build()
        .map_err(|e| Error::network_from(base, e.to_string(), e.without_url()))?;
    let net = |url: &str, e: String| Error::network(url, e);
    let cut =
        |url: &str, e: reqwest::Error| Error::network_from(url, e.to_string(), e.without_url());
    let top = crate::fetch::join(base, RELEASE_FILE);
    let resp = client.get(&top).send().map_err(|e| cut(&top, e))?;
    let published = if resp.status().is_success() {
        Some(resp.bytes().map_err(|e| cut(&top, e))?)
    } else if resp.status() == reqwest::StatusCode::NOT_FOUND {
        None
    } else {
        return Err(net(&top, format!("server answered {}", resp.status())));
    };
    refuse_going_back(published.as_deref(), &top, release)?;
    let mut moves = Vec::new();
    let mut todo = Vec::new();
    for (from, to) in files {
        let url = crate::fetch::join(base, to);
        let bytes = fs::read(from).at(from)?;
        let resp = client.get(&url).send().map_err(|e| cut(&url, e))?;
        let present = if resp.status().is_success() {
            let have = resp.bytes().map_err(|e| cut(&url, e))?;
            // The top-level index is replaced by each release; everything else is immutable.
            let mutable = !to.contains('/');
            if have.as_ref() != bytes.as_slice() && !mutable {
                return Err(Error::refused(
                    Refusal::AlreadyPublished,
                    format!(
                        "{url} is already published with different bytes; refusing to overwrite it"
                    ),
                ));
            }
            have.as_ref() == bytes.as_slice()
        } else if resp.status() == reqwest::StatusCode::NOT_FOUND {
            false
        } else {
            return Err(net(&url, format!("server answered {}", resp.status())));
        };
        moves.push(Move {
            to: to.clone(),
            present,
        });
        if !present {
            todo.push((url, bytes));
        }
    }
    if dry_run {
        return Ok(moves);
    }
    for (url, bytes) in todo {
        crate::failpoint::hit("publish-put");
        let resp = client
            .put(&url)
            .body(bytes)
            .send()
            .map_err(|e| cut(&url, e))?;
        if !resp.status().is_success() {
            return Err(net(
                &url,
                format!(
                    "PUT answered {}; does the server accept uploads there?",
                    resp.status()
                ),
            ));
        }
    }
    Ok(moves)
}
