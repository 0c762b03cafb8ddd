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

pub use apply::{apply, flushing, Early, Outcome, STAGERS};
pub use lock::{LockMode, PrefixLock};
pub use plan::{
    plan_install, plan_remove, InstallItem, InstallOptions, Plan, PlannedInstall, RemoveOptions,
    Vouched,
};
pub use recover::recover;

pub use crate::core::Prefix;

use crate::error::{Error, IoContext, Result};
use crate::pkgdb::PkgDb;
use crate::report::Reporter;

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
