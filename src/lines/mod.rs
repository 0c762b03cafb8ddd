//! CBE lines side by side: each line `N` in `<root>/opt/smartos-cbe/N` with its own
//! database, configuration, repositories and lock; the environment to build with (`env`);
//! the project's pin file (`pin`). `cbe ensure` is an operation: [`crate::ops::ensure`].

pub mod env;
pub mod lock;
pub mod pin;

use std::fs;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, IoContext, Result};
use crate::report::Reporter;
use crate::transaction::{LockOptions, Prefix, Session};

/// Where the lines live, under the root.
pub const LINES_DIR: &str = "opt/smartos-cbe";

/// The prefix of line `n`.
pub fn line_prefix_name(n: u64) -> String {
    format!("/{LINES_DIR}/{n}")
}

/// The line a `--cbe` value names: a number, or a semver requirement whose major is the
/// line (`^3.2` → 3).
pub fn line_of_spec(spec: &str) -> Result<(u64, semver::VersionReq)> {
    let spec = spec.trim();
    if let Ok(n) = spec.parse::<u64>() {
        let req =
            semver::VersionReq::parse(&format!("^{n}")).map_err(|e| Error::Usage(e.to_string()))?;
        return Ok((n, req));
    }
    let req = semver::VersionReq::parse(spec).map_err(|e| {
        Error::Usage(format!(
            "`{spec}` is neither a line number nor a semver requirement (e.g. ^3.2): {e}"
        ))
    })?;
    let majors: Vec<u64> = req.comparators.iter().map(|c| c.major).collect();
    match majors.first() {
        Some(&m) if majors.iter().all(|&x| x == m) => Ok((m, req)),
        Some(_) => Err(Error::Usage(format!(
            "`{spec}` spans several lines; a requirement names one line (e.g. ^3.2 or >=3.1, <4)"
        ))),
        None => Err(Error::Usage(
            "`*` names no line; give one, e.g. ^3".to_string(),
        )),
    }
}

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
        return Err(Error::Refused(format!(
            "line {n} is not installed ({} has no package database); see `cbe lines`",
            prefix.dir.display()
        )));
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
