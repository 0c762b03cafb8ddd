//! The configure-facing questions besides ensure: `cbe lines [remove N]`, `cbe env`,
//! `cbe platform check`.

use std::fs;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, IoContext, Refusal, Result};
use crate::lines::{self, env, line_prefix_name, LINES_DIR};
use crate::platform::{self, Host, Stamp};
use crate::report::Reporter;
use crate::transaction::{LockOptions, Prefix, Session};

/// One installed line as `cbe lines` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct LineInfo {
    /// The line.
    pub line: u64,
    /// Where it is.
    pub prefix: String,
    /// The release installed (as recorded by ensure or update).
    pub release: Option<String>,
    /// Installed packages.
    pub packages: usize,
    /// Payload bytes.
    pub size: i64,
    /// `ok`, or what is wrong.
    pub health: String,
}

/// The installed lines, by number.
pub fn list(root: &Path, lock: LockOptions, reporter: &dyn Reporter) -> Result<Vec<LineInfo>> {
    let dir = root.join(LINES_DIR);
    // A user who may not write the lines (root's) reads them; the removal is root's to finish.
    if crate::fsutil::may_write(&dir) {
        clean_trash(&dir)?;
    }
    let mut nums: Vec<u64> = match fs::read_dir(&dir) {
        Ok(rd) => rd
            .flatten()
            .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
            .collect(),
        Err(_) => Vec::new(),
    };
    nums.sort_unstable();
    let mut out = Vec::new();
    for n in nums {
        let prefix = Prefix::new(root, &line_prefix_name(n))?;
        let Some(s) = Session::open_read(&prefix, lock, reporter)? else {
            continue;
        };
        let pkgs = s.db.packages()?;
        let release = match s.db.line_state("release")? {
            Some(r) => Some(r),
            None => crate::repo::catalogue::Catalogue::load(&s.db)?
                .repos
                .first()
                .map(|r| r.release.release.to_string()),
        };
        out.push(LineInfo {
            line: n,
            prefix: prefix.name.clone(),
            release,
            packages: pkgs.len(),
            size: pkgs.iter().map(|p| p.size).sum(),
            health: health(&s)?,
        });
    }
    Ok(out)
}

/// A quick consistency check: the database is sound and every recorded file is there.
fn health(s: &Session) -> Result<String> {
    let ic = s.db.integrity_check()?;
    if ic != "ok" {
        return Ok(format!("database damaged: {ic}"));
    }
    let mut missing = 0;
    let mut first = None;
    for f in s.db.all_files()? {
        if fs::symlink_metadata(s.prefix.path(&f.path)).is_err() {
            missing += 1;
            first.get_or_insert(f.path);
        }
    }
    Ok(match first {
        None => release_health(s)?.unwrap_or_else(|| "ok".to_string()),
        Some(p) => format!("{missing} files missing (e.g. {p}); run `cbe verify`"),
    })
}

/// Where the line differs from its release, if it does: a package of the line's own set (as
/// ensure recorded it) that is gone, or, on a line from before cbe recorded its set, a
/// package the release it is at does not carry.
fn release_health(s: &Session) -> Result<Option<String>> {
    let pkgs = s.db.packages()?;
    let differs = |what: Vec<String>, how: &str| {
        (!what.is_empty()).then(|| {
            format!(
                "differs from its release: {} {how}; run `cbe ensure`",
                what.join(" ")
            )
        })
    };
    if let Some(set) = s.db.line_state("set")? {
        let gone = set
            .split_whitespace()
            .filter(|b| !pkgs.iter().any(|p| p.base == *b))
            .map(str::to_string)
            .collect();
        return Ok(differs(gone, "missing"));
    }
    let cat = crate::repo::catalogue::Catalogue::load(&s.db)?;
    let at = s.db.line_state("release")?;
    let catalogue_of_it = cat.repos.first().map(|r| r.release.release.to_string());
    if at.is_none() || at != catalogue_of_it {
        return Ok(None);
    }
    let extra = pkgs
        .iter()
        .filter(|p| cat.best_of_base(&p.base).is_none())
        .map(|p| p.name.clone())
        .collect();
    Ok(differs(extra, "not in it"))
}

/// Removes a whole line, crash-safely: it is renamed out of sight in one step under its lock
/// (so it is either there, whole, or gone), then deleted.
pub fn remove(root: &Path, n: u64, lock: LockOptions, reporter: &dyn Reporter) -> Result<()> {
    let prefix = Prefix::new(root, &line_prefix_name(n))?;
    if !prefix.db_path().exists() {
        return Err(Error::refused(
            Refusal::LineNotInstalled,
            format!(
                "line {n} is not installed ({} has no package database); see `cbe lines`",
                prefix.dir.display()
            ),
        ));
    }
    let session = Session::open_write(&prefix, lock, reporter)?;
    let parent = root.join(LINES_DIR);
    let trash = parent.join(format!(".removing-{n}-{}", std::process::id()));
    crate::failpoint::hit("line-rename");
    fs::rename(&prefix.dir, &trash).at(&prefix.dir)?;
    drop(session);
    crate::failpoint::hit("line-renamed");
    clean_trash(&parent)
}

/// Deletes lines whose removal was interrupted.
fn clean_trash(dir: &Path) -> Result<()> {
    if let Ok(rd) = fs::read_dir(dir) {
        for e in rd.flatten() {
            if e.file_name().to_string_lossy().starts_with(".removing-") {
                let p = e.path();
                fs::remove_dir_all(&p).at(&p)?;
            }
        }
    }
    Ok(())
}

/// The environment to build with line `n`, given the caller's `PATH`.
pub fn env(
    root: &Path,
    n: u64,
    path: &str,
    lock: LockOptions,
    reporter: &dyn Reporter,
) -> Result<Vec<(String, String)>> {
    let prefix = Prefix::new(root, &lines::line_prefix_name(n))?;
    let Some(s) = Session::open_read(&prefix, lock, reporter)? else {
        return Err(Error::refused(
            Refusal::LineNotInstalled,
            format!(
                "line {n} is not installed in {}; run `cbe ensure` first",
                prefix.dir.display()
            ),
        ));
    };
    let release = s.db.line_state("release")?;
    Ok(env::vars(&prefix.dir, n, release.as_deref(), path))
}

/// This machine's platform image against the oldest supported one.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "result", rename_all = "kebab-case")]
pub enum PlatformStatus {
    /// The image is the oldest supported or newer.
    NewEnough {
        /// This machine's stamp.
        image: String,
        /// Where the stamp was read.
        from: String,
        /// The oldest supported stamp.
        oldest: String,
    },
    /// Not SmartOS and no stamp given: nothing to compare.
    Unchecked {
        /// Why.
        why: String,
        /// The oldest supported stamp.
        oldest: String,
    },
}

/// Compares `host` with `oldest`; an image too old is [`Error::Platform`].
pub fn platform_check(host: &Host, oldest: &Stamp) -> Result<PlatformStatus> {
    match (platform::check(host, Some(oldest)), host) {
        (platform::Check::TooOld(msg), _) => Err(Error::Platform(msg)),
        (platform::Check::Skipped(why), _) => Ok(PlatformStatus::Unchecked {
            why,
            oldest: oldest.to_string(),
        }),
        (platform::Check::Ok, Host::Unknown(why)) => Ok(PlatformStatus::Unchecked {
            why: why.clone(),
            oldest: oldest.to_string(),
        }),
        (platform::Check::Ok, Host::Known(image, from)) => Ok(PlatformStatus::NewEnough {
            image: image.to_string(),
            from: from.clone(),
            oldest: oldest.to_string(),
        }),
    }
}
