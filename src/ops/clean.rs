//! `cbe clean`: empty the download cache.

use std::path::PathBuf;

use super::{Sources, Target};
use crate::error::{IoContext, Result};

/// What clean removed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Cleaned {
    /// The cache directory.
    pub cache_dir: PathBuf,
    /// Files removed.
    pub removed: usize,
}

/// Removes every cached package of the cache `target` uses (not the lock files of downloads
/// in progress elsewhere).
pub fn clean(target: &Target, sources: &Sources) -> Result<Cleaned> {
    let s = sources.settings(&target.prefix)?;
    let mut removed = 0;
    if let Ok(rd) = std::fs::read_dir(&s.cache_dir) {
        for e in rd.flatten() {
            let p = e.path();
            if !p.to_string_lossy().ends_with(".lock") {
                std::fs::remove_file(&p).at(&p)?;
                removed += 1;
            }
        }
    }
    Ok(Cleaned {
        cache_dir: s.cache_dir,
        removed,
    })
}
