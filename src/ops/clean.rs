//! `cbe clean`: empty the download cache.

use std::path::PathBuf;

use super::{Sources, Target};
use crate::error::Result;

/// What clean removed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Cleaned {
    /// The cache directory.
    pub cache_dir: PathBuf,
    /// Files removed (with `dry_run`, that would be).
    pub removed: usize,
    /// Nothing was removed: `--dry-run`.
    pub dry_run: bool,
    /// Entries left alone: not regular files, or another user's.
    pub skipped: usize,
}

/// Removes every cached package of the cache `target` uses and the lock files no download
/// holds (pkgin's `clean` leaves an empty directory). A cache directory that is a symlink, another user's, or writable
/// by others is refused, and only regular files of this user's are removed, never through a
/// symlink (`repo::download::clean_cache`).
pub fn clean(target: &Target, sources: &Sources, dry_run: bool) -> Result<Cleaned> {
    let s = sources.settings(&target.prefix)?;
    let c = crate::repo::download::clean_cache(&s.cache_dir, dry_run)?;
    Ok(Cleaned {
        cache_dir: s.cache_dir,
        removed: c.removed,
        dry_run,
        skipped: c.skipped,
    })
}
