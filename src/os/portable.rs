//! POSIX-only paths: what illumos (and NetBSD, macOS) run, and Linux with `portable-os`.
//!
//! No `syncfs`: illumos gained it long after the oldest platform images cbe supports, and a
//! binary that names it would not load there. Durability is one `fsync` per file and
//! directory written instead.

use std::fs::{self, File};
use std::io;
use std::path::Path;

pub const FLAVOUR: &str = "portable";

pub fn tune_allocator() {}

pub fn start_writeback(_: &File) {}

pub fn flush_in_background(_: &Path) {}

pub fn sync_tree(dir: &Path) -> io::Result<()> {
    for e in fs::read_dir(dir)? {
        let e = e?;
        let ty = e.file_type()?;
        if ty.is_dir() {
            sync_tree(&e.path())?;
        } else if ty.is_file() {
            File::open(e.path())?.sync_all()?;
        }
        // A symlink is only a directory entry: the directory's fsync below covers it.
    }
    File::open(dir)?.sync_all()
}

pub fn sync_dirs(_anchor: &Path, dirs: &mut dyn Iterator<Item = &Path>) -> io::Result<()> {
    let mut seen = std::collections::HashSet::new();
    for d in dirs {
        if seen.insert(d.to_path_buf()) {
            match File::open(d) {
                Ok(f) => f.sync_all()?,
                // Removed since (an emptied directory): nothing left in it to make durable.
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

pub fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}
