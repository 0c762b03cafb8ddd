//! Small filesystem helpers every part shares.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{IoContext, Result};

/// Writes `bytes` to `path` atomically: a temporary file beside it, synced, then renamed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = part_path(path);
    let mut f = fs::File::create(&tmp).at(&tmp)?;
    f.write_all(bytes).at(&tmp)?;
    f.sync_all().at(&tmp)?;
    fs::rename(&tmp, path).at(path)
}

/// `<path>.part`: where a file is written before it is renamed into place.
pub fn part_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".part");
    PathBuf::from(s)
}

/// Starts writing `f`'s data to disk now, without waiting: a later `syncfs` of the same file
/// system then finds little left to write.
pub fn start_writeback(f: &fs::File) {
    use std::os::fd::AsRawFd;
    // SAFETY: a plain system call on a file descriptor we own; it reads no memory of ours.
    unsafe {
        libc::sync_file_range(f.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE);
    }
}
