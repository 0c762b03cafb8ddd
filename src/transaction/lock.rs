//! One writer per prefix: an `flock` on `<prefix>/.cbe/lock`, which the kernel drops when its
//! holder dies, so there is never a stale lock to clean up.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, IoContext, Result};
use crate::report::{Notice, Reporter};

/// A held prefix lock; dropped, it is released.
pub struct PrefixLock {
    file: File,
}

/// Exclusive for writers, shared for readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockMode {
    /// Readers: many at once, none while a writer holds it.
    Shared,
    /// A writer: alone.
    Exclusive,
}

impl PrefixLock {
    /// Takes the lock at `path`, waiting up to `timeout` (forever when `None`), and tells
    /// `reporter` once who holds it while waiting.
    pub fn acquire(
        path: &Path,
        mode: LockMode,
        timeout: Option<Duration>,
        reporter: &dyn Reporter,
    ) -> Result<PrefixLock> {
        let start = Instant::now();
        let mut told = false;
        loop {
            let file = Self::wait(path, mode, timeout, start, &mut told, reporter)?;
            // A holder that unlinked the file before letting go (an extra tree's lock, which
            // must not linger in a project's checkout; a removed line) leaves this one holding
            // a lock no one else can find: take the file that is there now instead.
            if std::os::unix::fs::MetadataExt::nlink(&file.metadata().at(path)?) > 0 {
                let mut lock = PrefixLock { file };
                if mode == LockMode::Exclusive {
                    lock.write_owner();
                }
                return Ok(lock);
            }
            if !path.parent().is_some_and(Path::is_dir) {
                return Err(Error::Lock {
                    msg: format!(
                        "{}: removed while waiting for its lock; run the command again",
                        guarded(path).display()
                    ),
                });
            }
        }
    }

    /// Opens the lock file (made if missing) and waits for the lock on it.
    fn wait(
        path: &Path,
        mode: LockMode,
        timeout: Option<Duration>,
        start: Instant,
        told: &mut bool,
        reporter: &dyn Reporter,
    ) -> Result<File> {
        let file = open_lock_file(path, mode)?;
        loop {
            let r = match mode {
                LockMode::Exclusive => file.try_lock(),
                LockMode::Shared => file.try_lock_shared(),
            };
            match r {
                Ok(()) => return Ok(file),
                Err(TryLockError::WouldBlock) => {}
                Err(TryLockError::Error(e)) => return Err(Error::io(path, e)),
            }
            let holder = holder_of(path);
            if timeout.is_some_and(|t| start.elapsed() >= t) {
                return Err(Error::Lock {
                    msg: format!(
                        "{}: lock held by {holder}; gave up after {:.1} s (raise --lock-timeout, or wait for it to finish)",
                        path.display(),
                        timeout.unwrap_or_default().as_secs_f64()
                    ),
                });
            }
            if !*told {
                reporter.notice(Notice::LockWait {
                    path: guarded(path).to_path_buf(),
                    holder,
                });
                *told = true;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Lets go of the lock and removes its file, so nothing is left behind; whoever waits
    /// on the removed file finds it unlinked and takes a new one (see `acquire`).
    pub fn release_and_remove(self, path: &Path) {
        // Removed while still held, so no one can lock the old file and believe it current.
        let _ = std::fs::remove_file(path);
        drop(self);
    }

    fn write_owner(&mut self) {
        let cmd: Vec<String> = std::env::args().collect();
        let _ = self.file.set_len(0);
        let _ = self.file.rewind();
        let _ = write!(self.file, "pid {} ({})", std::process::id(), cmd.join(" "));
    }
}

/// Opens the lock file, never through a symlink (the holder writes its pid into it). A
/// reader opens it read-only when it is there (flock needs no write access), so every user
/// who can read a line root installed can take the readers' lock on it; only a writer, or
/// the first reader of a prefix without a lock file, makes it.
fn open_lock_file(path: &Path, mode: LockMode) -> Result<File> {
    if mode == LockMode::Shared {
        match crate::fsutil::open_nofollow(path, OpenOptions::new().read(true)) {
            Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {}
            opened => return opened,
        }
    }
    crate::fsutil::open_nofollow(
        path,
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false),
    )
}

/// What the lock at `path` guards, as users name it: the prefix of `<prefix>/.cbe/lock`,
/// the tree of `<parent>/.<tree>.cbe-lock`.
fn guarded(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let parent = path.parent().unwrap_or(Path::new("."));
    match name
        .strip_prefix('.')
        .and_then(|n| n.strip_suffix(".cbe-lock"))
    {
        Some(tree) => parent.join(tree),
        None => parent.parent().unwrap_or(parent).to_path_buf(),
    }
}

/// Who holds the lock at `path`, as its holder wrote it.
fn holder_of(path: &Path) -> String {
    let mut s = String::new();
    let opened = crate::fsutil::open_nofollow(path, OpenOptions::new().read(true));
    if let Ok(mut f) = opened {
        let _ = f.read_to_string(&mut s);
    }
    if s.trim().is_empty() {
        "another cbe process".to_string()
    } else {
        s.trim().to_string()
    }
}
