//! Small filesystem helpers every part shares.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Refusal, Result};

/// Writes `bytes` to `path` atomically: a temporary file beside it, synced, then renamed. The
/// temporary is made anew (`O_EXCL`, `O_NOFOLLOW`): whatever was at its name, a symlink
/// planted there included, is unlinked, never written through.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = part_path(path);
    match fs::remove_file(&tmp) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&tmp, e)),
    }
    let mut f = open_nofollow(&tmp, fs::OpenOptions::new().write(true).create_new(true))?;
    f.write_all(bytes).at(&tmp)?;
    f.sync_all().at(&tmp)?;
    fs::rename(&tmp, path).at(path)
}

/// Opens one of cbe's own files without following a symlink at its name: a symlink there is
/// refused with a message saying so (someone planted it; cbe never writes through one).
pub fn open_nofollow(path: &Path, opts: &mut fs::OpenOptions) -> Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    match opts.custom_flags(libc::O_NOFOLLOW).open(path) {
        Ok(f) => Ok(f),
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => Err(Error::verify(
            path,
            "is a symbolic link where cbe keeps a file of its own; cbe never follows one there: remove it",
        )),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Whether this process may create and change files in `dir`, or, while it does not exist
/// yet, in the nearest directory above it that does (where it would be made).
pub fn may_write(dir: &Path) -> bool {
    let mut d = Some(dir);
    while let Some(p) = d {
        if fs::symlink_metadata(p).is_ok() {
            let rwx = nix::unistd::AccessFlags::W_OK | nix::unistd::AccessFlags::X_OK;
            return nix::unistd::access(p, rwx).is_ok();
        }
        d = p.parent();
    }
    false
}

/// Refuses a directory of cbe's own state that another user could have prepared: a symlink,
/// one owned by someone other than this user or root, or one others may write without the
/// sticky bit. What is in such a directory could be swapped between check and use.
pub fn check_own_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let m = fs::symlink_metadata(dir).at(dir)?;
    let refuse = |why: String| Err(Error::verify(dir, why));
    if m.file_type().is_symlink() {
        return refuse(
            "is a symbolic link; cbe keeps its own state only in a real directory: remove the link"
                .into(),
        );
    }
    if !m.is_dir() {
        return refuse("is not a directory".into());
    }
    let me = nix::unistd::geteuid().as_raw();
    if m.uid() != me && m.uid() != 0 {
        return refuse(format!(
            "belongs to uid {}, not to you (uid {me}) or root; cbe does not trust state another user prepared: remove it, or run as its owner",
            m.uid()
        ));
    }
    let sticky = m.mode() & 0o1000 != 0;
    if m.mode() & 0o022 != 0 && !sticky {
        return refuse(format!(
            "may be written by other users (mode {:o}); make it writable by its owner only (chmod go-w)",
            m.mode() & 0o7777
        ));
    }
    Ok(())
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
    crate::error::Error::refused(Refusal::CrossDevice, format!(
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
    fn an_atomic_write_never_goes_through_a_planted_temporary() {
        let d = tempfile::tempdir().unwrap();
        let victim = d.path().join("victim");
        fs::write(&victim, "precious").unwrap();
        let path = d.path().join("config.toml");
        std::os::unix::fs::symlink(&victim, part_path(&path)).unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert!(!part_path(&path).exists());
    }

    #[test]
    fn own_files_and_directories_are_not_followed_or_shared() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let link = d.path().join("lock");
        std::os::unix::fs::symlink("/nonexistent-target", &link).unwrap();
        let e = open_nofollow(&link, fs::OpenOptions::new().write(true).create(true));
        assert!(e.unwrap_err().to_string().contains("is a symbolic link"));
        assert!(!Path::new("/nonexistent-target").exists());
        let dir = d.path().join("state");
        fs::create_dir(&dir).unwrap();
        check_own_dir(&dir).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o757)).unwrap();
        assert!(check_own_dir(&dir).is_err());
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o1777)).unwrap();
        check_own_dir(&dir).unwrap();
    }

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
