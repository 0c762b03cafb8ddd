//! Crash-safe changes to a prefix: plan, then apply exactly that plan.
//!
//! A transaction stages every new file on the prefix's own filesystem, records each rename it
//! is about to make in a journal inside the package database, makes the renames, and commits
//! the database. A crash at any instant leaves a journal that the next run on the prefix
//! either undoes (before the commit) or finishes (after it), so the database and the files on
//! disk always agree.

pub mod apply;
mod journal;
pub mod lock;
pub mod plan;
mod recover;
pub mod relations;
pub mod scripts;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use apply::{apply, flush_hint, Early, Outcome};
pub use lock::{LockMode, PrefixLock};
pub use plan::{
    plan_install, plan_remove, InstallItem, InstallOptions, Plan, PlannedInstall, RemoveOptions,
    Vouched,
};
pub use recover::recover;

use crate::error::{Error, IoContext, Result};
use crate::pkgdb::PkgDb;
use crate::report::Reporter;

/// A prefix packages install into, seen through `--root`.
#[derive(Debug, Clone)]
pub struct Prefix {
    /// The prefix as packages name it (`/opt/smartos-cbe/3`).
    pub name: String,
    /// Where it is on this machine (`<root>/opt/smartos-cbe/3`).
    pub dir: PathBuf,
    /// cbe's own state: database, lock, staging and trash (`<dir>/.cbe`).
    pub state: PathBuf,
    /// The `--root` it is under (`/` on a real system): where system files such as a
    /// package's `REQUIRES=/lib/libc.so.1` are looked for.
    pub root: PathBuf,
}

impl Prefix {
    /// The prefix `name` (absolute) under `root`.
    pub fn new(root: &Path, name: &str) -> Result<Prefix> {
        if !name.starts_with('/') || name.split('/').any(|c| c == "..") {
            return Err(Error::Usage(format!(
                "prefix `{name}` must be an absolute path without `..`"
            )));
        }
        // One spelling per prefix (`/opt/smartos-cbe/1/.` and `//opt/smartos-cbe/1/` are
        // `/opt/smartos-cbe/1`): the line a prefix belongs to is read from its name.
        let parts: Vec<&str> = name
            .split('/')
            .filter(|c| !c.is_empty() && *c != ".")
            .collect();
        let name = format!("/{}", parts.join("/"));
        let dir = root.join(name.trim_start_matches('/'));
        let state = dir.join(".cbe");
        Ok(Prefix {
            name,
            dir,
            state,
            root: root.to_path_buf(),
        })
    }

    /// Where the package database is.
    pub fn db_path(&self) -> PathBuf {
        self.state.join("pkgdb.sqlite")
    }

    /// An installed path (relative to the prefix) on this machine.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    pub(crate) fn staging(&self, tx: i64) -> PathBuf {
        self.state.join("staging").join(tx.to_string())
    }

    /// Where a package's metadata is written for its scripts (`PKG_METADATA_DIR`).
    pub(crate) fn script_dir(&self, name: &str) -> PathBuf {
        self.state.join("scripts").join(name)
    }

    pub(crate) fn trash(&self, tx: i64) -> PathBuf {
        self.state.join("trash").join(tx.to_string())
    }
}

/// An open prefix: its lock held, its database open, any interrupted transaction resolved.
pub struct Session {
    /// The prefix.
    pub prefix: Prefix,
    /// Its database (in a dry run, a scratch copy of it).
    pub db: PkgDb,
    _lock: Option<PrefixLock>,
    /// A dry run's scratch directory, holding the copy of the database; removed on drop.
    scratch: Option<Scratch>,
}

/// A private temporary directory, removed with everything in it when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// How to wait for the prefix lock.
#[derive(Debug, Clone, Copy, Default)]
pub struct LockOptions {
    /// Give up after this long (wait forever when `None`).
    pub timeout: Option<Duration>,
}

impl Session {
    /// Opens `prefix` for writing, creating it if needed.
    pub fn open_write(
        prefix: &Prefix,
        lock: LockOptions,
        reporter: &dyn Reporter,
    ) -> Result<Session> {
        fs::create_dir_all(&prefix.state).at(&prefix.state)?;
        Self::open(prefix, LockMode::Exclusive, lock, reporter)
    }

    /// Opens `prefix` for a dry run: under the readers' lock, with a scratch copy of its
    /// database (an empty one when nothing was ever installed), so that planning, and the
    /// catalogue refresh it may need, write nothing of the prefix: not its lock file's
    /// owner line, not its database, not even its directory.
    pub fn open_scratch(
        prefix: &Prefix,
        lock: LockOptions,
        reporter: &dyn Reporter,
    ) -> Result<Session> {
        let template = std::env::temp_dir().join("cbe-dry-run.XXXXXX");
        let dir = nix::unistd::mkdtemp(&template)
            .map_err(|e| Error::io(&template, std::io::Error::from(e)))?;
        let scratch = Scratch(dir);
        let copy = scratch.0.join("pkgdb.sqlite");
        let (db, lock) = match Self::open_read(prefix, lock, reporter)? {
            Some(real) => (real.db.copy_to(&copy)?, real._lock),
            None => (PkgDb::open(&copy)?, None),
        };
        Ok(Session {
            prefix: prefix.clone(),
            db,
            _lock: lock,
            scratch: Some(scratch),
        })
    }

    /// Whether this is a dry run's session, whose database is a scratch copy: nothing may
    /// be applied through it.
    pub fn is_scratch(&self) -> bool {
        self.scratch.is_some()
    }

    /// Opens `prefix` for reading; `None` when nothing was ever installed there.
    pub fn open_read(
        prefix: &Prefix,
        lock: LockOptions,
        reporter: &dyn Reporter,
    ) -> Result<Option<Session>> {
        if !prefix.db_path().exists() {
            return Ok(None);
        }
        // The common case, and the satisfied ensure's: a current schema and no interrupted
        // transaction, read under the shared lock with one open.
        crate::fsutil::check_own_dir(&prefix.state)?;
        let shared = PrefixLock::acquire(
            &prefix.state.join("lock"),
            LockMode::Shared,
            lock.timeout,
            reporter,
        )?;
        if let Some(db) = PkgDb::open_current(&prefix.db_path())? {
            if db.unfinished()?.is_none() {
                return Ok(Some(Session {
                    prefix: prefix.clone(),
                    db,
                    _lock: Some(shared),
                    scratch: None,
                }));
            }
        }
        drop(shared);
        // Migration or recovery must write: do it under the writer's lock, then share.
        drop(Self::open(prefix, LockMode::Exclusive, lock, reporter)?);
        Self::open(prefix, LockMode::Shared, lock, reporter).map(Some)
    }

    fn open(
        prefix: &Prefix,
        mode: LockMode,
        lock: LockOptions,
        reporter: &dyn Reporter,
    ) -> Result<Session> {
        crate::fsutil::check_own_dir(&prefix.state)?;
        let lock = PrefixLock::acquire(&prefix.state.join("lock"), mode, lock.timeout, reporter)?;
        let db = PkgDb::open(&prefix.db_path())?;
        let session = Session {
            prefix: prefix.clone(),
            db,
            _lock: Some(lock),
            scratch: None,
        };
        if mode == LockMode::Exclusive {
            recover(&session, reporter)?;
        }
        Ok(session)
    }
}

/// Makes everything written under `dir` durable (see [`crate::os::sync_tree`]).
pub(crate) fn sync_tree(dir: &Path) -> Result<()> {
    crate::os::sync_tree(dir).at(dir)
}

/// The time now, RFC 3339 in UTC.
pub(crate) fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// The time now, RFC 3339 in UTC, to the second.
pub fn now_seconds() -> String {
    let t = time::OffsetDateTime::now_utc();
    let t = t.replace_nanosecond(0).unwrap_or(t);
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_has_one_spelling() {
        let root = Path::new("/r");
        for s in [
            "/opt/smartos-cbe/1/.",
            "//opt/smartos-cbe/1/",
            "/opt/./smartos-cbe//1",
        ] {
            let p = Prefix::new(root, s).unwrap();
            assert_eq!(p.name, "/opt/smartos-cbe/1", "{s}");
            assert_eq!(crate::config::line_of(&p.name), Some(1));
        }
        assert_eq!(Prefix::new(root, "/").unwrap().name, "/");
        assert!(Prefix::new(root, "/opt/smartos-cbe/1/..").is_err());
        assert!(Prefix::new(root, "opt").is_err());
    }
}
