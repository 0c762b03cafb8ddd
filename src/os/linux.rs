//! Linux's fast paths. Each has a portable twin in `portable.rs` with the same signature.

use std::fs::File;
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

pub const FLAVOUR: &str = "linux";

pub fn tune_allocator() {
    #[cfg(target_env = "gnu")]
    // SAFETY: mallopt only sets an allocator parameter; called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

pub fn start_writeback(f: &File) {
    // SAFETY: a plain system call on a descriptor we own; it reads no memory of ours.
    unsafe {
        libc::sync_file_range(f.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE);
    }
}

pub fn flush_in_background(dir: &Path) {
    let _ = syncfs(dir);
}

pub fn sync_tree(dir: &Path) -> io::Result<()> {
    syncfs(dir)
}

pub fn sync_dirs(anchor: &Path, _dirs: &mut dyn Iterator<Item = &Path>) -> io::Result<()> {
    // One syncfs covers every directory on the file system, which is cheaper than one fsync
    // per directory once there are more than a few.
    syncfs(anchor)
}

fn syncfs(dir: &Path) -> io::Result<()> {
    let f = File::open(dir)?;
    // SAFETY: syncfs takes a valid open descriptor, which `f` is for the call's duration.
    if unsafe { libc::syncfs(f.as_raw_fd()) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

pub fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    let ca = std::ffi::CString::new(a.as_os_str().as_bytes())?;
    let cb = std::ffi::CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: two NUL-terminated paths that outlive the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        return Ok(true);
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        // Not supported by this kernel or file system: the caller renames twice.
        Some(libc::EINVAL) | Some(libc::ENOSYS) | Some(libc::ENOTSUP) => Ok(false),
        _ => Err(e),
    }
}
