//! The project pin file, `cbe.toml`, found from the current directory upward (the nearest
//! wins), or named explicitly (`cbe ensure --pin FILE`).
//!
//! A pin file found by walking up is trusted the way git trusts a repository
//! (`safe.directory`) and sshd an `authorized_keys` file (`StrictModes`): it must be a
//! regular file owned by the user running cbe or by root and writable by no one else, and
//! its directory and every directory above it up to `/` must be owned by the user or root
//! and not writable by group or others unless sticky (as `/tmp` is). Anyone who could write
//! the file or rename one of those directories could otherwise choose the repositories, the
//! keys and the `[extra] build` command cbe runs. The nearest `cbe.toml` ends the walk
//! whether or not it is trusted: an untrusted one is ignored (the caller warns, naming it)
//! and cbe goes on as if there were no pin file, never on to one further up, which would
//! belong to another project. A file named explicitly is the user's choice and is read as
//! it is. See [`discover`].
//!
//! ```toml
//! [cbe]
//! version = "^3.2"                     # semver requirement; its major is the line
//! repos = ["https://pkg.example.org/cbe/$line/$arch"]
//! trusted_keys = ["keys/cbe-release.pub"]   # paths relative to this file, or key text
//! min_platform = "20180329T002515Z"
//! packages = ["gcc7", "gmake"]         # default: the line's whole set
//! refresh = 900                        # seconds between checks for a new release
//! elevate = "pfexec"                   # how ensure gets the privilege to change the line
//! ```

use std::fs;
use std::io::Read;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, IoContext, Result};

/// The name of the pin file.
pub const PIN_FILE: &str = "cbe.toml";

/// The `[cbe]` table.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinCbe {
    /// Semver requirement of the line's release.
    pub version: Option<String>,
    /// Repository URLs: the first is primary, the rest mirrors.
    #[serde(default)]
    pub repos: Vec<String>,
    /// Trusted keys: paths relative to the pin file, or key text.
    #[serde(default)]
    pub trusted_keys: Vec<String>,
    /// Keys no longer trusted (key ids or key text): the last step of a key rotation.
    #[serde(default)]
    pub revoked_keys: Vec<String>,
    /// The oldest supported platform image.
    pub min_platform: Option<String>,
    /// The packages the project needs (default: the whole set).
    pub packages: Option<Vec<String>>,
    /// Seconds between checks for a new release.
    pub refresh: Option<f64>,
    /// The command (`pfexec`, `sudo`) ensure runs itself through when the line needs a
    /// change this user may not make.
    pub elevate: Option<String>,
}

/// The `[extra]` table (smartos-extra).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinExtra {
    /// The smartos-extra git checkout, relative to the pin file.
    pub source: Option<String>,
    /// The tree's destination, relative to the pin file.
    pub dest: Option<String>,
    /// Where tarballs are published.
    #[serde(default)]
    pub urls: Vec<String>,
    /// Keys trusted for the manifests.
    #[serde(default)]
    pub trusted_keys: Vec<String>,
    /// The command that builds the tree (with DESTDIR set).
    pub build: Option<String>,
    /// Machine arch aliases: platform names that build identical trees share one key
    /// (`{ "i86pc" = "x86_64" }`).
    #[serde(default)]
    pub arch_aliases: std::collections::BTreeMap<String, String>,
}

/// A parsed pin file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinFile {
    /// `[cbe]`.
    #[serde(default)]
    pub cbe: PinCbe,
    /// `[extra]`.
    pub extra: Option<PinExtra>,
    /// Where the file is (not in the file).
    #[serde(skip)]
    pub path: PathBuf,
}

impl PinFile {
    /// Reads the pin file at `path` (one the user named: no ownership checks).
    pub fn read(path: &Path) -> Result<PinFile> {
        let text = fs::read_to_string(path).at(path)?;
        PinFile::parse(path, &text)
    }

    fn parse(path: &Path, text: &str) -> Result<PinFile> {
        let mut pin: PinFile = toml::from_str(text).map_err(|e| {
            Error::malformed(
                path,
                format!(
                    "{}; fix the pin file (see `man cbe-ensure`)",
                    crate::config::toml_error(text, &e)
                ),
            )
        })?;
        pin.path = path.to_path_buf();
        Ok(pin)
    }

    /// The directory relative paths in the file are relative to.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }
}

/// The nearest `cbe.toml` at or above `start`: the first directory that has an entry of
/// that name, whatever it is (a directory or a dangling link named so is still the nearest
/// pin file, and [`discover`] ignores it).
pub fn find(start: &Path) -> Option<PathBuf> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        let p = d.join(PIN_FILE);
        if fs::symlink_metadata(&p).is_ok() {
            return Some(p);
        }
        dir = d.parent();
    }
    None
}

/// The largest pin file cbe reads.
const MAX_PIN_SIZE: u64 = 1 << 20;

/// What the walk up from a directory found.
#[derive(Debug)]
pub enum Found {
    /// No `cbe.toml` at or above the start.
    Nothing,
    /// The nearest `cbe.toml`, trusted and read.
    Pin(Box<PinFile>),
    /// The nearest `cbe.toml`, not trusted: to be ignored, with a warning.
    Ignored(Untrusted),
}

/// A pin file that is not trusted, and why (with what would make it trusted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untrusted {
    /// The file.
    pub path: PathBuf,
    /// Why, and how to trust it.
    pub why: String,
}

impl std::fmt::Display for Untrusted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.why)
    }
}

/// Finds the nearest `cbe.toml` at or above `start` and reads it if it is trusted (see the
/// module's documentation): the file is opened once, and what is checked (its owner, mode
/// and identity) and what is read come from that one descriptor. An untrusted pin file is
/// [`Found::Ignored`], never an error, and the walk stops at it.
pub fn discover(start: &Path) -> Result<Found> {
    let Some(path) = find(start) else {
        return Ok(Found::Nothing);
    };
    let euid = nix::unistd::geteuid().as_raw();
    match open_trusted(&path, euid) {
        Ok(text) => PinFile::parse(&path, &text).map(|p| Found::Pin(Box::new(p))),
        Err(why) => Ok(Found::Ignored(Untrusted { path, why })),
    }
}

/// Whom cbe trusts to own a file or directory: the user running it and root.
fn trusted_owner(uid: u32, euid: u32) -> bool {
    uid == euid || uid == 0
}

/// Opens `path` and reads it if it and every directory above it pass the checks; else why
/// not. Opened without blocking, so a FIFO named `cbe.toml` cannot hang cbe.
fn open_trusted(path: &Path, euid: u32) -> std::result::Result<String, String> {
    let mut file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| format!("it cannot be opened ({e})"))?;
    let md = file
        .metadata()
        .map_err(|e| format!("it cannot be examined ({e})"))?;
    if !md.is_file() {
        return Err("it is not a regular file; remove it".to_string());
    }
    if !trusted_owner(md.uid(), euid) {
        return Err(format!(
            "it is owned by uid {}, not by you (uid {euid}) or root; if you trust it, chown it",
            md.uid()
        ));
    }
    if md.mode() & 0o022 != 0 {
        return Err(format!(
            "it is writable by others (mode {:o}); if you trust it, chmod go-w it",
            md.mode() & 0o7777
        ));
    }
    // The directories it is really in (a link named cbe.toml counts where it is and where
    // it points), each up to `/`.
    let real = fs::canonicalize(path).map_err(|e| format!("it cannot be resolved ({e})"))?;
    let mut dirs: Vec<PathBuf> = Vec::new();
    for d in [path.parent(), real.parent()].into_iter().flatten() {
        let d =
            fs::canonicalize(d).map_err(|e| format!("{} cannot be resolved ({e})", d.display()))?;
        dirs.extend(d.ancestors().map(Path::to_path_buf));
    }
    dirs.sort();
    dirs.dedup();
    // Deepest first, so the message names the directory nearest the file.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for d in &dirs {
        let dm = fs::symlink_metadata(d)
            .map_err(|e| format!("its directory {} cannot be examined ({e})", d.display()))?;
        if !trusted_owner(dm.uid(), euid) {
            return Err(format!(
                "its directory {} is owned by uid {}, not by you (uid {euid}) or root, who could replace it; move the checkout",
                d.display(),
                dm.uid()
            ));
        }
        if dm.mode() & 0o022 != 0 && dm.mode() & 0o1000 == 0 {
            return Err(format!(
                "its directory {} is writable by others without the sticky bit (mode {:o}), so anyone could replace it; chmod go-w {} if you trust it",
                d.display(),
                dm.mode() & 0o7777,
                d.display()
            ));
        }
    }
    // What was checked by name is the file that is open.
    let now = fs::metadata(&real).map_err(|e| format!("it cannot be examined ({e})"))?;
    if (now.dev(), now.ino()) != (md.dev(), md.ino()) {
        return Err("it was replaced while being checked".to_string());
    }
    if md.len() > MAX_PIN_SIZE {
        return Err(format!("it is larger than {MAX_PIN_SIZE} bytes"));
    }
    let mut text = String::new();
    file.by_ref()
        .take(MAX_PIN_SIZE + 1)
        .read_to_string(&mut text)
        .map_err(|e| format!("it cannot be read as text ({e})"))?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn chmod(p: &Path, mode: u32) {
        fs::set_permissions(p, fs::Permissions::from_mode(mode)).unwrap();
    }

    /// A project directory under a private scratch directory (mode 700, ours).
    fn project() -> (tempfile::TempDir, PathBuf) {
        let t = tempfile::tempdir().unwrap();
        chmod(t.path(), 0o700);
        let p = t.path().join("proj");
        fs::create_dir_all(p.join("sub/dir")).unwrap();
        (t, p)
    }

    fn ignored(start: &Path) -> String {
        match discover(start).unwrap() {
            Found::Ignored(u) => u.to_string(),
            other => panic!("expected the pin file to be ignored, got {other:?}"),
        }
    }

    #[test]
    fn the_nearest_trusted_pin_is_read() {
        let (_t, p) = project();
        fs::write(p.join(PIN_FILE), "[cbe]\nversion = \"^1\"\n").unwrap();
        chmod(&p.join(PIN_FILE), 0o644);
        match discover(&p.join("sub/dir")).unwrap() {
            Found::Pin(pin) => {
                assert_eq!(pin.cbe.version.as_deref(), Some("^1"));
                assert_eq!(pin.path, p.join(PIN_FILE));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_writable_pin_or_directory_is_ignored_and_the_walk_stops() {
        let (t, p) = project();
        // A trusted pin further up is not used when the nearest is ignored.
        fs::write(t.path().join(PIN_FILE), "[cbe]\nversion = \"^2\"\n").unwrap();
        fs::write(p.join(PIN_FILE), "[cbe]\nversion = \"^1\"\n").unwrap();
        chmod(&p.join(PIN_FILE), 0o666);
        let why = ignored(&p.join("sub"));
        assert!(why.contains("writable by others (mode 666)"), "{why}");
        chmod(&p.join(PIN_FILE), 0o644);
        chmod(&p, 0o777);
        let why = ignored(&p.join("sub"));
        assert!(
            why.contains(&format!(
                "its directory {} is writable by others without the sticky bit (mode 777)",
                p.display()
            )),
            "{why}"
        );
        // Group-writable counts as others.
        chmod(&p, 0o775);
        assert!(ignored(&p).contains("mode 775"));
        // Sticky, as /tmp is: accepted.
        chmod(&p, 0o1777);
        assert!(matches!(discover(&p).unwrap(), Found::Pin(_)));
        chmod(&p, 0o755);
        // A directory above, writable by others, could be renamed away: ignored too.
        chmod(t.path(), 0o777);
        assert!(ignored(&p).contains(&format!("{} is writable", t.path().display())));
        chmod(t.path(), 0o700);
    }

    #[test]
    fn a_fifo_or_directory_named_cbe_toml_is_ignored_without_blocking() {
        let (_t, p) = project();
        nix::unistd::mkfifo(
            &p.join(PIN_FILE),
            nix::sys::stat::Mode::from_bits_truncate(0o644),
        )
        .unwrap();
        assert!(ignored(&p).contains("not a regular file"));
        fs::remove_file(p.join(PIN_FILE)).unwrap();
        fs::create_dir(p.join(PIN_FILE)).unwrap();
        assert!(ignored(&p.join("sub")).contains("not a regular file"));
    }

    #[test]
    fn a_pin_file_too_large_is_ignored() {
        let (_t, p) = project();
        let f = fs::File::create(p.join(PIN_FILE)).unwrap();
        f.set_len(MAX_PIN_SIZE + 1).unwrap();
        assert!(ignored(&p).contains("larger than 1048576 bytes"));
    }

    #[test]
    fn a_link_is_checked_where_it_points() {
        let (t, p) = project();
        let other = t.path().join("shared");
        fs::create_dir(&other).unwrap();
        fs::write(other.join("pin.toml"), "[cbe]\nversion = \"^1\"\n").unwrap();
        std::os::unix::fs::symlink(other.join("pin.toml"), p.join(PIN_FILE)).unwrap();
        assert!(matches!(discover(&p).unwrap(), Found::Pin(_)));
        chmod(&other, 0o777);
        assert!(ignored(&p).contains(&format!("{} is writable", other.display())));
    }
}
