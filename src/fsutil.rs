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

/// Refuses a `target` directory on another file system than `staging`: what cbe stages is put
/// in place by rename, which cannot cross file systems (on SmartOS, a ZFS dataset mounted
/// inside the prefix or the tree). Checked before anything is unpacked or moved.
pub fn same_file_system(staging: &Path, target: &Path, what: &str) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let dev = |p: &Path| fs::symlink_metadata(p).map(|m| m.dev()).at(p);
    if dev(staging)? != dev(target)? {
        return Err(other_file_system(staging, target, what));
    }
    Ok(())
}

/// The refusal of [`same_file_system`], for a caller that has the two devices at hand.
pub fn other_file_system(staging: &Path, target: &Path, what: &str) -> crate::error::Error {
    crate::error::Error::Refused(format!(
        "{} is on another file system than {} (a separately mounted dataset?): cbe puts {what} in place by renaming, which cannot cross file systems; keep {what} on one file system",
        target.display(),
        staging.display()
    ))
}

/// `<path>.part`: where a file is written before it is renamed into place.
pub fn part_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".part");
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_file_system_is_refused_by_name() {
        let a = tempfile::tempdir().unwrap();
        std::fs::create_dir(a.path().join("sub")).unwrap();
        same_file_system(a.path(), &a.path().join("sub"), "the prefix").unwrap();
        // /dev/shm is a tmpfs of its own on Linux; elsewhere there may be no second one.
        let other = Path::new("/dev/shm");
        let differs = |m: fs::Metadata| {
            use std::os::unix::fs::MetadataExt;
            m.dev() != fs::metadata(a.path()).unwrap().dev()
        };
        if fs::metadata(other).is_ok_and(differs) {
            let e = same_file_system(a.path(), other, "the prefix").unwrap_err();
            assert!(
                e.to_string().contains("/dev/shm is on another file system"),
                "{e}"
            );
        } else {
            eprintln!("no second file system at /dev/shm: only the same-file-system case ran");
        }
    }
}
