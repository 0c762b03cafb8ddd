//! The errors cbe reports, typed where they arise so that the command line maps each kind to
//! its exit code, once (`cli::exit_code`); the numbers are here, as SPEC.md gives them.

use std::path::PathBuf;

/// Exit codes from SPEC.md.
pub mod exit {
    /// Success.
    pub const OK: i32 = 0;
    /// Any other error.
    pub const ERROR: i32 = 1;
    /// Usage error.
    pub const USAGE: i32 = 2;
    /// Platform image too old.
    pub const PLATFORM: i32 = 3;
    /// Verification failed: size, digest, signature, hostile archive.
    pub const VERIFY: i32 = 4;
    /// Network or server failure.
    pub const NETWORK: i32 = 5;
    /// Lock not acquired.
    pub const LOCK: i32 = 6;
    /// Not published (404).
    pub const NOT_PUBLISHED: i32 = 7;
    /// A change is needed that this user may not make (the line belongs to root): run the
    /// command named with privilege, or set the pin's `elevate`.
    pub const PRIVILEGE: i32 = 8;
    /// `repo diff`: the releases differ. That is no failure, so the code is none of the
    /// errors' (1 is any error, 2 a usage error, 8 a privilege needed); 9 is left for errors
    /// to come.
    pub const DIFF_DIFFERS: i32 = 10;
    /// `repo diff`: the releases differ and something needs a look (a downgrade, a drop,
    /// another line).
    pub const DIFF_WARNINGS: i32 = 11;
}

/// Everything that can go wrong, one variant per kind of failure a user must tell apart.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad command-line usage.
    #[error("{0}")]
    Usage(String),
    /// An I/O error on a named file.
    #[error("{}: {source}{}", path.display(), permission_hint(source))]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A package or archive failed verification or was refused as hostile.
    #[error("{}: {msg}", path.display())]
    Verify {
        /// The package file.
        path: PathBuf,
        /// What failed.
        msg: String,
    },
    /// A malformed input file (packing list, metadata, configuration).
    #[error("{}: {msg}", path.display())]
    Malformed {
        /// The file.
        path: PathBuf,
        /// What is wrong and what to do.
        msg: String,
    },
    /// The installed-package database failed.
    #[error("package database {}: {source}", path.display())]
    Db {
        /// The database file.
        path: PathBuf,
        /// The underlying error.
        source: rusqlite::Error,
    },
    /// The prefix lock could not be taken in time.
    #[error("{msg}")]
    Lock {
        /// Who holds it and what to do.
        msg: String,
    },
    /// The server has no such file (HTTP 404, or a missing local file): not published.
    #[error("{url}: {hint}")]
    NotFound {
        /// What was asked for.
        url: String,
        /// What to do.
        hint: String,
    },
    /// The network or the server failed: unreachable, 5xx, timeout, TLS, cut transfer.
    #[error("{url}: {msg}")]
    Network {
        /// What was asked for.
        url: String,
        /// What happened and what to do.
        msg: String,
        /// The transport's own error, when there is one: `-v` prints its chain.
        #[source]
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
    /// The platform image is older than the oldest supported one.
    #[error("{0}")]
    Platform(String),
    /// A request that cannot be carried out (missing dependency, conflict, not installed…).
    #[error("{msg}")]
    Refused {
        /// Why, as a script tells it apart (`detail.reason`); [`Refusal::Other`] where the
        /// sentence is all there is.
        reason: Refusal,
        /// The sentence: what is refused and what to do.
        msg: String,
    },
    /// A package's install or deinstall script failed (pkg_install's exit 1).
    #[error("{0}")]
    Script(String),
    /// A thread of cbe's own panicked: a bug, not a refusal.
    #[error("internal error: the {thread} thread panicked ({msg}); this is a bug in cbe: please report it")]
    Panicked {
        /// Which thread.
        thread: &'static str,
        /// The panic's message.
        msg: String,
    },
    /// What cbe was doing when `source` failed; the kind, the exit code and the subject are
    /// the source's, decided where it arose.
    #[error("{doing}: {source}")]
    While {
        /// What was being done (`reading trusted key KEY`).
        doing: String,
        /// What failed.
        #[source]
        source: Box<Error>,
    },
    /// A change is needed to a prefix this user may not write.
    #[error("{}: {msg}", path.display())]
    Privilege {
        /// The prefix.
        path: PathBuf,
        /// What is needed and the command that does it.
        msg: String,
    },
}

impl Error {
    /// The kind of failure, as `--json` names it (`detail.kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::While { source, .. } => source.kind(),
            Error::Usage(_) => "usage",
            Error::Io { .. } => "io",
            Error::Verify { .. } => "verify",
            Error::Malformed { .. } => "malformed",
            Error::Db { .. } => "database",
            Error::Lock { .. } => "lock",
            Error::NotFound { .. } => "not-published",
            Error::Network { .. } => "network",
            Error::Platform(_) => "platform",
            Error::Refused { .. } => "refused",
            Error::Script(_) => "script",
            Error::Panicked { .. } => "internal",
            Error::Privilege { .. } => "privilege",
        }
    }

    /// The error at the bottom of any [`Error::While`] layers: the one that decides the kind.
    pub fn root(&self) -> &Error {
        match self {
            Error::While { source, .. } => source.root(),
            e => e,
        }
    }

    /// This error, as what failed while cbe was `doing` something: `-v` shows both.
    pub fn during(self, doing: impl Into<String>) -> Self {
        Error::While {
            doing: doing.into(),
            source: Box::new(self),
        }
    }

    /// The error for a thread of cbe's own that panicked with `payload`.
    pub fn panicked(thread: &'static str, payload: Box<dyn std::any::Any + Send>) -> Self {
        let msg = match payload.downcast::<String>() {
            Ok(s) => *s,
            Err(p) => p
                .downcast_ref::<&str>()
                .map_or("no message", |s| s)
                .to_string(),
        };
        Error::Panicked { thread, msg }
    }

    /// Why a request was refused, when that is typed (`detail.reason`).
    pub fn reason(&self) -> Option<Refusal> {
        match self.root() {
            Error::Refused { reason, .. } if *reason != Refusal::Other => Some(*reason),
            _ => None,
        }
    }

    /// A refusal, for `reason`, said as `msg`.
    pub fn refused(reason: Refusal, msg: impl Into<String>) -> Self {
        Error::Refused {
            reason,
            msg: msg.into(),
        }
    }

    /// The file or URL the failure is about, when it names one (`detail.subject`).
    pub fn subject(&self) -> Option<String> {
        match self {
            Error::Io { path, .. }
            | Error::Verify { path, .. }
            | Error::Malformed { path, .. }
            | Error::Db { path, .. }
            | Error::Privilege { path, .. } => Some(path.display().to_string()),
            Error::NotFound { url, .. } | Error::Network { url, .. } => Some(url.clone()),
            Error::While { source, .. } => source.subject(),
            _ => None,
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// A network or server failure on `url` that no error of the transport's stands for
    /// (a status, a limit, a misbehaving server).
    pub fn network(url: impl Into<String>, msg: impl Into<String>) -> Self {
        Error::Network {
            url: url.into(),
            msg: msg.into(),
            source: None,
        }
    }

    /// A network failure on `url`, said as `msg`, that `source` (the transport's error)
    /// caused.
    pub fn network_from(
        url: impl Into<String>,
        msg: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Error::Network {
            url: url.into(),
            msg: msg.into(),
            source: Some(Box::new(source)),
        }
    }

    /// A verification failure of `path`.
    pub fn verify(path: impl Into<PathBuf>, msg: impl Into<String>) -> Self {
        Error::Verify {
            path: path.into(),
            msg: msg.into(),
        }
    }

    /// Not enough room on the file system holding `dir` for `what`: `need` bytes against
    /// `free`. One message for the checks before downloading and before writing.
    pub fn no_space(dir: &std::path::Path, what: &str, need: u64, free: u64) -> Self {
        let mib = |b: u64| b.div_ceil(1 << 20);
        Error::refused(Refusal::NoSpace, format!(
            "{}: not enough space: the {what} need {} MiB and {} MiB are free; free some space (`cbe clean` empties the cache) or install fewer packages",
            dir.display(),
            mib(need),
            mib(free)
        ))
    }

    /// A malformed file.
    pub fn malformed(path: impl Into<PathBuf>, msg: impl Into<String>) -> Self {
        Error::Malformed {
            path: path.into(),
            msg: msg.into(),
        }
    }
}

/// Why a request was refused, one variant per reason a user or script acts on differently;
/// `--json` gives it as `detail.reason` (README lists them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A package needs another that is neither installed nor given.
    MissingDependency,
    /// Two packages conflict (CONFLICTS, or both contain one file).
    Conflict,
    /// A file of the package belongs to another installed package.
    FileOwned,
    /// A file or directory that belongs to no package is in the way.
    InTheWay,
    /// The package named is not installed.
    NotInstalled,
    /// The line named is not installed.
    LineNotInstalled,
    /// No repository offers it.
    NotAvailable,
    /// Not enough free space.
    NoSpace,
    /// Removing or replacing it would leave an installed package's dependency unsatisfied.
    BreaksDependents,
    /// Built for another prefix.
    WrongPrefix,
    /// Built for another machine architecture.
    WrongArch,
    /// Marked to be preserved (PKG_PRESERVE).
    Preserved,
    /// The destination already has different bytes under that name.
    AlreadyPublished,
    /// The destination already publishes a newer release.
    Downgrade,
    /// `--locked`, and the lock file is missing or outdated.
    LockFileOutdated,
    /// `--offline`, and something must be fetched.
    Offline,
    /// A file that must not be overwritten exists (a key).
    Exists,
    /// A secret key's password is wrong.
    WrongPassword,
    /// The store refused the credentials.
    Credentials,
    /// What must be renamed into place lies on another file system.
    CrossDevice,
    /// None of the above: the sentence says it.
    Other,
}

impl Refusal {
    /// Its name in `--json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::MissingDependency => "missing-dependency",
            Refusal::Conflict => "conflict",
            Refusal::FileOwned => "file-owned",
            Refusal::InTheWay => "in-the-way",
            Refusal::NotInstalled => "not-installed",
            Refusal::LineNotInstalled => "line-not-installed",
            Refusal::NotAvailable => "not-available",
            Refusal::NoSpace => "no-space",
            Refusal::BreaksDependents => "breaks-dependents",
            Refusal::WrongPrefix => "wrong-prefix",
            Refusal::WrongArch => "wrong-arch",
            Refusal::Preserved => "preserved",
            Refusal::AlreadyPublished => "already-published",
            Refusal::Downgrade => "downgrade",
            Refusal::LockFileOutdated => "lock-file-outdated",
            Refusal::Offline => "offline",
            Refusal::Exists => "exists",
            Refusal::WrongPassword => "wrong-password",
            Refusal::Credentials => "credentials",
            Refusal::CrossDevice => "cross-device",
            Refusal::Other => "other",
        }
    }
}

/// What to do about a permission error: whose tree it is, and how to work in one's own.
fn permission_hint(e: &std::io::Error) -> &'static str {
    if e.kind() == std::io::ErrorKind::PermissionDenied {
        "; run cbe as the user that owns it, or give --root DIR and --cache-dir DIR to work in a tree of your own"
    } else {
        ""
    }
}

/// The result type of cbe's library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Attaches a path to an I/O result.
pub trait IoContext<T> {
    /// Names the file an I/O error happened on.
    fn at(self, path: impl Into<PathBuf>) -> Result<T>;
}

impl<T> IoContext<T> for std::io::Result<T> {
    fn at(self, path: impl Into<PathBuf>) -> Result<T> {
        self.map_err(|e| Error::io(path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_keeps_its_reason_whatever_it_happened_during() {
        let full = Error::no_space(std::path::Path::new("/p"), "new files", 4 << 20, 1 << 20);
        assert_eq!(full.reason(), Some(Refusal::NoSpace));
        let wrapped = full.during("installing a");
        assert_eq!(
            (wrapped.kind(), wrapped.reason()),
            ("refused", Some(Refusal::NoSpace))
        );
        assert!(
            wrapped.to_string().contains("not enough space"),
            "{wrapped}"
        );
        assert_eq!(Error::refused(Refusal::Other, "no").reason(), None);
        assert_eq!(Error::Usage("no".into()).reason(), None);
    }

    #[test]
    fn a_permission_error_says_what_to_do() {
        let denied = Error::io(
            "/opt/smartos-cbe/1/.cbe",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        let text = denied.to_string();
        assert!(
            text.starts_with("/opt/smartos-cbe/1/.cbe: permission denied")
                && text.contains("--root DIR and --cache-dir DIR"),
            "{text}"
        );
        let other = Error::io("/x", std::io::Error::from(std::io::ErrorKind::NotFound));
        assert!(!other.to_string().contains("--root"));
    }
}
