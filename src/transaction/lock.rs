//! One writer per prefix: an `flock` on `<prefix>/.cbe/lock`, which the kernel drops when its
//! holder dies, so there is never a stale lock to clean up.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::error::{Error, IoContext, Result};
use crate::report::Reporter;

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
        // Never through a symlink: the holder writes its pid into this file.
        let file = crate::fsutil::open_nofollow(
            path,
            OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false),
        )?;
        let start = Instant::now();
        let mut told = false;
        loop {
            let r = match mode {
                LockMode::Exclusive => file.try_lock(),
                LockMode::Shared => file.try_lock_shared(),
            };
            match r {
                Ok(()) => break,
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
            if !told {
                reporter.notice(&format!(
                    "waiting for the lock on {}, held by {holder}",
                    path.parent()
                        .and_then(Path::parent)
                        .unwrap_or(path)
                        .display()
                ));
                told = true;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        // The holder removed the line (`lines remove`, a failed first ensure) while this one
        // waited: the lock now guards a file no one else can find.
        if std::os::unix::fs::MetadataExt::nlink(&file.metadata().at(path)?) == 0 {
            return Err(Error::Lock {
                msg: format!(
                    "{}: the line was removed while waiting for its lock; run the command again",
                    path.parent()
                        .and_then(Path::parent)
                        .unwrap_or(path)
                        .display()
                ),
            });
        }
        let mut lock = PrefixLock { file };
        if mode == LockMode::Exclusive {
            lock.write_owner();
        }
        Ok(lock)
    }

    fn write_owner(&mut self) {
        let cmd: Vec<String> = std::env::args().collect();
        let _ = self.file.set_len(0);
        let _ = self.file.rewind();
        let _ = write!(self.file, "pid {} ({})", std::process::id(), cmd.join(" "));
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
