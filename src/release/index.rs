//! The release engineer's side: keys, and the signed index of a directory of packages.

use std::fs;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::bulk;
use super::password::PasswordSource;
use crate::core::sign::{self, SecretKey, SecretKeyError};
use crate::error::{Error, IoContext, Refusal, Result};
use crate::fsutil::write_atomic;
use crate::package::frame_table::FrameTable;
use crate::package::read_metadata;
use crate::package::summary::{self, RemotePkg};
use crate::platform::Stamp;
use crate::repo::release::{extra_signature_name, Release, RELEASE_FILE, SIGNATURE_FILE};

/// Writes `NAME.key` (secret, mode 0600) and `NAME.pub`; refuses to overwrite either. The
/// secret key is encrypted with a password from `encrypt`, or not at all when it is `None`.
pub fn keygen(name: &Path, encrypt: Option<&PasswordSource>) -> Result<(PathBuf, PathBuf)> {
    let key = name.with_extension("key");
    let pubf = name.with_extension("pub");
    for p in [&key, &pubf] {
        if p.exists() {
            return Err(Error::refused(
                Refusal::Exists,
                format!("{} exists; cbe never overwrites a key", p.display()),
            ));
        }
    }
    let password = encrypt.map(|s| s.choose(&key)).transpose()?;
    let files = sign::generate(password).map_err(|e| Error::refused(Refusal::Other, e))?;
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&key)
        .at(&key)?;
    f.write_all(files.secret.as_bytes()).at(&key)?;
    f.sync_all().at(&key)?;
    write_atomic(&pubf, files.public.as_bytes())?;
    Ok((key, pubf))
}

/// Reads a secret key file; an encrypted one is unlocked with a password from `passwords`.
pub fn read_secret_key(path: &Path, passwords: &PasswordSource) -> Result<SecretKey> {
    let text = fs::read_to_string(path).at(path)?;
    SecretKey::parse(&text, || passwords.unlock(path)).map_err(|e| match e {
        SecretKeyError::Bad(msg) => Error::malformed(path, msg),
        SecretKeyError::WrongPassword => Error::refused(
            Refusal::WrongPassword,
            format!(
                "{}: the password does not decrypt this secret key",
                path.display()
            ),
        ),
        SecretKeyError::Password(e) => e,
    })
}

/// What `repo index` needs.
#[derive(Debug, Clone)]
pub struct IndexSpec {
    /// The repository directory (packages in `All/`).
    pub dir: PathBuf,
    /// The CBE line.
    pub line: u64,
    /// The release version.
    pub release: String,
    /// Machine arch.
    pub arch: String,
    /// The oldest supported platform image.
    pub min_platform: String,
    /// Sign with these secret keys (the first makes `release.minisig`, each other one
    /// `release.minisig-<KEY ID>`, for key rotation).
    pub sign: Vec<PathBuf>,
    /// Where the passwords of encrypted keys come from.
    pub passwords: PasswordSource,
    /// The repository's name, which clients expect (`cbe` for a line's own).
    pub repository: String,
    /// For how many days from now the signature vouches for the index.
    pub expires_days: u32,
}

/// The `+BUILD_INFO` keys `pkg_info -X` copies into a package's summary entry (besides
/// PROVIDES, REQUIRES and SUPERSEDES, which have fields of their own); the rest of
/// `+BUILD_INFO` (compiler versions, build host, ...) stays out of the index, as in pkgsrc's.
const SUMMARY_BUILD_INFO: [&str; 11] = [
    "PKGPATH",
    "CATEGORIES",
    "PKG_OPTIONS",
    "OPSYS",
    "OS_VERSION",
    "MACHINE_ARCH",
    "LICENSE",
    "HOMEPAGE",
    "PKGTOOLS_VERSION",
    "BUILD_DATE",
    "PREV_PKGPATH",
];

/// Builds the summary entry of one package file: every field `pkg_info -X` writes, with
/// FILE_CKSUM as SHA-256, and the PREFIX it installs into.
pub fn describe(file: &Path) -> Result<RemotePkg> {
    let meta = read_metadata(file)?;
    let opened = std::fs::File::open(file).at(file)?;
    let (sha, size, table) = FrameTable::hash_file(&opened).at(file)?;
    let pl = &meta.plist;
    let mut p = RemotePkg {
        name: pl.name.clone(),
        comment: meta.comment(),
        description: meta.text("+DESC").lines().map(str::to_string).collect(),
        depends: pl.depends.clone(),
        conflicts: pl.conflicts.clone(),
        file_name: file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        file_size: Some(size),
        sha256: Some(sha),
        size_pkg: meta.size_pkg(),
        ..RemotePkg::default()
    };
    for (k, v) in meta.build_info().entries() {
        match k {
            "PROVIDES" => p.provides.push(v.to_string()),
            "REQUIRES" => p.requires.push(v.to_string()),
            "SUPERSEDES" => p.supersedes.push(v.to_string()),
            _ if SUMMARY_BUILD_INFO.contains(&k) => p.other.push((k.to_string(), v.to_string())),
            _ => {}
        }
    }
    p.other.push(("PREFIX".to_string(), pl.prefix.clone()));
    if let Some(table) = table {
        table.write_to(&mut p);
    }
    Ok(p)
}

/// Writes `pkg_summary` (plain, `.zst`, `.bz2`, `.gz`) and the release file for the
/// packages in `DIR/All`, and signs the release file when given a key; where pbulk left no
/// summary in `DIR/All`, a copy of the `.gz` goes there for pkgin. Everything that can
/// refuse (the arguments, each package, the keys and their passwords) is settled before the
/// first file is written, so a refusal leaves the old index whole; the release file is
/// written last, so a half-written index is never announced.
pub fn index(spec: &IndexSpec) -> Result<Release> {
    let version = semver::Version::parse(&spec.release).map_err(|e| {
        Error::Usage(format!(
            "--release `{}` is not a semver version: {e}",
            spec.release
        ))
    })?;
    if version.major != spec.line {
        return Err(Error::Usage(format!(
            "--release {version} is not a release of line {}",
            spec.line
        )));
    }
    let stamp = Stamp::parse(&spec.min_platform).map_err(Error::Usage)?;
    if !crate::core::names::is_repository_name(&spec.repository) {
        return Err(Error::Usage(format!(
            "--name `{}`: a repository name is letters, digits, `-`, `_` and `.`",
            spec.repository
        )));
    }
    let keys = read_secret_keys(&spec.sign, &spec.passwords)?;
    let all = spec.dir.join("All");
    let mut files: Vec<PathBuf> = fs::read_dir(&all)
        .at(&all)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file() && crate::package::Compression::of_name(&p.to_string_lossy()).is_some()
        })
        .collect();
    files.sort();
    // Hashing bounds indexing: every core takes the next package when it is free.
    let described: Vec<(PathBuf, RemotePkg)> =
        crate::parallel::map(&files, 8, |f| describe(f).map(|p| (f.clone(), p)))
            .into_iter()
            .collect::<Result<_>>()?;
    refuse_other_prefixes(&described, spec.line)?;
    let previous = fs::read_to_string(spec.dir.join("pkg_summary")).ok();
    let (pkgs, pkgin_copy): (Vec<RemotePkg>, bool) = match bulk::read(&all)? {
        Some(b) if b.is_copy_of(previous.as_deref()) => {
            (described.into_iter().map(|(_, p)| p).collect(), true)
        }
        Some(pbulk) => (pbulk.merge(described)?, false),
        None => (described.into_iter().map(|(_, p)| p).collect(), true),
    };
    let text = summary::render(&pkgs);
    write_atomic(&spec.dir.join("pkg_summary"), text.as_bytes())?;
    let zst = zstd::encode_all(text.as_bytes(), 19).at(&spec.dir)?;
    write_atomic(&spec.dir.join("pkg_summary.zst"), &zst)?;
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::best());
    bz.write_all(text.as_bytes()).at(&spec.dir)?;
    write_atomic(
        &spec.dir.join("pkg_summary.bz2"),
        &bz.finish().at(&spec.dir)?,
    )?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(text.as_bytes()).at(&spec.dir)?;
    let gz = gz.finish().at(&spec.dir)?;
    write_atomic(&spec.dir.join("pkg_summary.gz"), &gz)?;
    if pkgin_copy {
        write_atomic(&all.join(bulk::PKGIN_COPY), &gz)?;
    }
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or(time::OffsetDateTime::now_utc());
    let expires = now + time::Duration::days(i64::from(spec.expires_days));
    let rfc3339 = |t: time::OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    };
    let release = Release {
        repository: spec.repository.clone(),
        line: spec.line,
        release: version,
        arch: spec.arch.clone(),
        min_platform: stamp.to_string(),
        date: rfc3339(now),
        expires: rfc3339(expires),
        summary_sha256: hex::encode(<sha2::Sha256 as sha2::Digest>::digest(text.as_bytes())),
        summary_size: text.len() as u64,
    };
    write_signatures(&spec.dir, &release.render(), &keys)?;
    write_atomic(&spec.dir.join(RELEASE_FILE), release.render().as_bytes())?;
    Ok(release)
}

/// Every repository of a line (its own and the further ones) holds only packages built for
/// the line's prefix.
fn refuse_other_prefixes(described: &[(PathBuf, RemotePkg)], line: u64) -> Result<()> {
    for (file, p) in described {
        let prefix = p.other.iter().find(|(k, _)| k == "PREFIX").map(|(_, v)| v);
        if let Some(Err(why)) = prefix.map(|v| super::verify::prefix_is_the_lines(v, line)) {
            return Err(Error::refused(
                Refusal::WrongPrefix,
                format!("{}: {why}", file.display()),
            ));
        }
    }
    Ok(())
}

/// Writes the signatures of `release_text` by `keys` (none: the index is unsigned), and
/// removes signatures by keys no longer signing.
fn write_signatures(dir: &Path, release_text: &str, sks: &[SecretKey]) -> Result<()> {
    let comment = format!(
        "timestamp:{} file:{RELEASE_FILE}",
        time::OffsetDateTime::now_utc().unix_timestamp()
    );
    let mut keep = Vec::new();
    for (i, sk) in sks.iter().enumerate() {
        let name = if i == 0 {
            SIGNATURE_FILE.to_string()
        } else {
            extra_signature_name(&sk.public().id_hex())
        };
        let untrusted = format!("signature from cbe secret key {}", sk.public().id_hex());
        let sig = sk
            .sign(release_text.as_bytes(), &comment, &untrusted)
            .map_err(|e| Error::refused(Refusal::Other, e))?;
        write_atomic(&dir.join(&name), sig.to_file().as_bytes())?;
        keep.push(name);
    }
    if let Ok(rd) = fs::read_dir(dir) {
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.starts_with(SIGNATURE_FILE) && !n.ends_with(".part") && !keep.contains(&n) {
                fs::remove_file(e.path()).at(e.path())?;
            }
        }
    }
    Ok(())
}

/// Signs (or re-signs) the release file of the repository in `dir` with `keys`.
pub fn sign_repo(dir: &Path, keys: &[PathBuf], passwords: &PasswordSource) -> Result<()> {
    let path = dir.join(RELEASE_FILE);
    let text = fs::read_to_string(&path).at(&path)?;
    Release::parse(&text).map_err(|e| Error::malformed(&path, e))?;
    if keys.is_empty() {
        return Err(Error::Usage("give at least one --sign KEY".into()));
    }
    write_signatures(dir, &text, &read_secret_keys(keys, passwords)?)
}

/// The secret keys at `paths`, each unlocked (its password asked) now, before anything is
/// written with them.
fn read_secret_keys(paths: &[PathBuf], passwords: &PasswordSource) -> Result<Vec<SecretKey>> {
    paths
        .iter()
        .map(|k| read_secret_key(k, passwords))
        .collect()
}
