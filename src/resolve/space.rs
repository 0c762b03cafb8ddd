//! Whether a resolution fits, asked before a byte is downloaded: the packages not yet in the
//! cache must fit the cache's file system, their installed size the prefix's (the sum of
//! both where the two share one). A FILE_SIZE or SIZE_PKG no disk could hold is refused
//! here, not after the downloads. The transaction checks again with the packing lists'
//! exact sizes before it writes.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::Resolution;
use crate::error::{Error, Result};
use crate::repo::download::cache_path;

/// A file system: its device, the bytes free on it, and the first existing directory on
/// the way to the one asked about.
struct Fs<'p> {
    dev: u64,
    free: u64,
    dir: &'p Path,
}

fn fs_of(dir: &Path) -> Option<Fs<'_>> {
    let (dir, space) = crate::os::free_space_near(dir)?;
    let dev = std::fs::metadata(dir).ok()?.dev();
    Some(Fs {
        dev,
        free: space.free,
        dir,
    })
}

impl Resolution {
    /// Bytes still to download into `cache`: packages already there at their signed size
    /// are not counted (they are verified when used).
    pub fn bytes_to_fetch(&self, cache: &Path) -> u64 {
        self.installs
            .iter()
            .filter_map(|w| {
                let size = w.pkg.pkg.file_size?;
                let cached = w.pkg.pkg.sha256.as_deref().is_some_and(|sha| {
                    std::fs::symlink_metadata(cache_path(cache, sha, &w.pkg.pkg.file_name))
                        .is_ok_and(|m| m.is_file() && m.len() == size)
                });
                (!cached).then_some(size)
            })
            .fold(0, u64::saturating_add)
    }

    /// Refuses the resolution when its downloads (into `cache`) or its installed size (into
    /// `prefix`, unless `download_only`) do not fit.
    pub fn check_space(&self, cache: &Path, prefix: &Path, download_only: bool) -> Result<()> {
        let fetch = self.bytes_to_fetch(cache);
        let install = if download_only {
            0
        } else {
            self.install_bytes()
        };
        let (Some(c), Some(p)) = (fs_of(cache), fs_of(prefix)) else {
            return Ok(());
        };
        if c.dev == p.dev {
            return refuse_unless_fits(&p, fetch.saturating_add(install), "downloads and files");
        }
        refuse_unless_fits(&c, fetch, "downloads")?;
        refuse_unless_fits(&p, install, "files")
    }
}

fn refuse_unless_fits(fs: &Fs<'_>, need: u64, what: &str) -> Result<()> {
    if need <= fs.free {
        return Ok(());
    }
    Err(Error::no_space(fs.dir, what, need, fs.free))
}
