//! What the library tells the user besides its results, as typed values: the command line
//! prints each as the sentence its `Display` gives and, with `--json`, lists it with its
//! fields under its `kind`, so that a script tells a recovery from a lock wait by a field,
//! not by reading prose.

use std::fmt;
use std::path::PathBuf;

use serde::{Serialize, Serializer};

use super::count;

/// One thing the user should hear about, one variant per kind a user or script tells apart.
/// Serialized as `{"kind": "...", fields...}`; the kinds are README's (`--json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Notice {
    /// A transaction a crash or a kill left behind was finished or undone.
    Recovered {
        /// The transaction's number in `cbe history`.
        tx: i64,
        /// Its command line.
        command: String,
        /// Finished (it had committed) or rolled back (it had not).
        action: Recovery,
    },
    /// A failed transaction could not be undone now; the next run retries.
    UndoFailed {
        /// The transaction's number.
        tx: i64,
        /// Why not.
        error: String,
    },
    /// Another process holds the lock; cbe waits for it (said once a wait).
    LockWait {
        /// What the lock guards (the prefix, the extra tree).
        #[serde(serialize_with = "lossy")]
        path: PathBuf,
        /// Who holds it, as the holder wrote it.
        holder: String,
    },
    /// A server has not answered yet; cbe waits up to `--timeout`.
    ServerWait {
        /// The scheme, host and port.
        server: String,
        /// The timeout, in seconds as `--timeout` takes them.
        timeout: String,
    },
    /// A mirror failed; the next one is tried.
    MirrorFailed {
        /// What was asked for, when the error names it.
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<String>,
        /// The error's one line.
        error: String,
    },
    /// Every mirror that answered serves an index older than the one held: it is kept.
    MirrorsStale {
        /// The held index's date.
        held: String,
        /// Each mirror that served an older one, with that one's date.
        mirrors: Vec<StaleMirror>,
    },
    /// A download failed besides the one that is the command's error.
    DownloadFailed {
        /// The error's one line.
        error: String,
    },
    /// A cached package was not a regular file of this user's: removed, fetched again.
    CachePlanted {
        /// The cache entry.
        #[serde(serialize_with = "lossy")]
        path: PathBuf,
    },
    /// A cached package did not match the index: fetched again.
    CacheMismatch {
        /// The cache entry.
        #[serde(serialize_with = "lossy")]
        path: PathBuf,
    },
    /// The platform image could not be checked, and was not required to be.
    PlatformUnchecked {
        /// Why not.
        why: String,
    },
    /// ensure could not look for a new release and keeps the one installed, which
    /// satisfies the requirement.
    ReleaseUnchecked {
        /// The line.
        line: u64,
        /// Why it could not look.
        error: String,
        /// The release kept.
        kept: String,
        /// The requirement it satisfies.
        requirement: String,
        /// Seconds before ensure looks again.
        retry_in: u64,
    },
    /// The release published does not satisfy the requirement; the installed one is kept.
    ReleaseUnsuitable {
        /// The line.
        line: u64,
        /// The release published.
        published: String,
        /// The requirement.
        requirement: String,
        /// The release kept.
        kept: String,
    },
    /// A package installed into a line by hand that the line's release does not carry.
    StrayPackage {
        /// The package.
        name: String,
        /// The line.
        line: u64,
        /// The release.
        release: String,
    },
    /// What ensure is about to do to a line.
    LineChange(LineChange),
    /// A request the installed packages satisfy: nothing newer.
    UpToDate {
        /// The installed package.
        name: String,
    },
    /// A request the installed packages satisfy: it is installed.
    AlreadyInstalled {
        /// The installed package.
        name: String,
    },
    /// autoremove found nothing to remove.
    NoOrphans,
    /// A package of the plan runs scripts.
    Scripts {
        /// The package.
        package: String,
        /// Whether it is leaving (DEINSTALL, @unexec) or coming (INSTALL, @exec).
        leaving: bool,
        /// Whether it has the script file (+INSTALL or +DEINSTALL).
        script: bool,
        /// How many @exec or @unexec commands it has.
        commands: usize,
        /// False with `--no-scripts`.
        run: bool,
    },
    /// A line a package's script wrote.
    ScriptOutput {
        /// The package.
        package: String,
        /// The line.
        line: String,
    },
    /// A script failed after the transaction committed (the command then fails).
    ScriptFailed {
        /// The error's one line.
        error: String,
    },
    /// A DEINSTALL script failed and `--force` goes on.
    ScriptForced {
        /// The error's one line.
        error: String,
    },
    /// The scripts' directories of removed packages could not be removed.
    TidyFailed {
        /// Why.
        error: String,
    },
    /// A new package's `+DISPLAY` message.
    Display {
        /// The package.
        package: String,
        /// The message.
        text: String,
    },
    /// A smoke test of the publish gate is still running.
    SmokeTestRunning {
        /// The package tested.
        package: String,
        /// Seconds it has run.
        seconds: u64,
        /// `--smoke-timeout`, in seconds.
        timeout: u64,
    },
    /// smartos-extra is being built.
    ExtraBuild {
        /// Why the plan is to build.
        reason: String,
        /// The build command.
        command: String,
    },
}

/// What recovery did to an interrupted transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recovery {
    /// It had committed: its cleanup was finished.
    Finished,
    /// It had not: undone.
    RolledBack,
}

/// A mirror serving an older index than the one held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaleMirror {
    /// The mirror.
    pub url: String,
    /// The date of the index it serves.
    pub date: String,
}

/// What ensure is about to do to a line, in one line: installing it, upgrading it (a
/// package replaced), or only adding packages to it (the pin's `packages` grew), and what
/// it removes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineChange {
    /// The line.
    pub line: u64,
    /// The release it gets.
    pub release: String,
    /// Where it lives.
    #[serde(serialize_with = "lossy")]
    pub dir: PathBuf,
    /// Which change.
    pub change: LineChangeKind,
    /// How many packages are installed.
    pub installs: usize,
    /// The packages removed: no longer in the release or the pin's packages.
    pub removes: Vec<String>,
}

/// Which change ensure makes to a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineChangeKind {
    /// The line is installed.
    Install,
    /// A package of it is replaced by another version.
    Upgrade,
    /// Packages are only added.
    Add,
    /// Nothing is added (only removed).
    Change,
}

impl Notice {
    /// The kind, as `--json` names it (the `kind` field).
    pub fn kind(&self) -> &'static str {
        match self {
            Notice::Recovered { .. } => "recovered",
            Notice::UndoFailed { .. } => "undo-failed",
            Notice::LockWait { .. } => "lock-wait",
            Notice::ServerWait { .. } => "server-wait",
            Notice::MirrorFailed { .. } => "mirror-failed",
            Notice::MirrorsStale { .. } => "mirrors-stale",
            Notice::DownloadFailed { .. } => "download-failed",
            Notice::CachePlanted { .. } => "cache-planted",
            Notice::CacheMismatch { .. } => "cache-mismatch",
            Notice::PlatformUnchecked { .. } => "platform-unchecked",
            Notice::ReleaseUnchecked { .. } => "release-unchecked",
            Notice::ReleaseUnsuitable { .. } => "release-unsuitable",
            Notice::StrayPackage { .. } => "stray-package",
            Notice::LineChange(_) => "line-change",
            Notice::UpToDate { .. } => "up-to-date",
            Notice::AlreadyInstalled { .. } => "already-installed",
            Notice::NoOrphans => "no-orphans",
            Notice::Scripts { .. } => "scripts",
            Notice::ScriptOutput { .. } => "script-output",
            Notice::ScriptFailed { .. } => "script-failed",
            Notice::ScriptForced { .. } => "script-forced",
            Notice::TidyFailed { .. } => "tidy-failed",
            Notice::Display { .. } => "display",
            Notice::SmokeTestRunning { .. } => "smoke-test-running",
            Notice::ExtraBuild { .. } => "extra-build",
        }
    }

    /// A mirror's failure, `e`, before the next mirror is tried.
    pub fn mirror_failed(e: &crate::error::Error) -> Notice {
        Notice::MirrorFailed {
            url: e.subject(),
            error: e.to_string(),
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Recovered {
                tx,
                command,
                action: Recovery::Finished,
            } => write!(
                f,
                "recovered: finished transaction {tx} ({command}), which was interrupted after it committed"
            ),
            Notice::Recovered {
                tx,
                command,
                action: Recovery::RolledBack,
            } => write!(
                f,
                "recovered: rolled back transaction {tx} ({command}), which was interrupted; the prefix is as it was before it"
            ),
            Notice::UndoFailed { tx, error } => write!(
                f,
                "could not undo transaction {tx} ({error}); the next cbe run on this prefix will retry"
            ),
            Notice::LockWait { path, holder } => write!(
                f,
                "waiting for the lock on {}, held by {holder}",
                path.display()
            ),
            Notice::ServerWait { server, timeout } => write!(
                f,
                "waiting for {server} (no answer yet; --timeout {timeout} s)…"
            ),
            Notice::MirrorFailed { error, .. } => write!(f, "{error}; trying the next mirror"),
            Notice::MirrorsStale { held, mirrors } => {
                let list: Vec<String> = mirrors
                    .iter()
                    .map(|m| format!("{} ({})", m.url, m.date))
                    .collect();
                write!(
                    f,
                    "mirrors serve an index older than the one held ({held}): {}; keeping the held one",
                    list.join(", ")
                )
            }
            Notice::DownloadFailed { error } => write!(f, "download failed too: {error}"),
            Notice::CachePlanted { path } => write!(
                f,
                "cached {} is not a regular file of yours that no one else may write (a symbolic link, a file others may write, or planted): removed it, fetching the package again",
                path.display()
            ),
            Notice::CacheMismatch { path } => write!(
                f,
                "cached {} does not match the index; fetching it again",
                path.display()
            ),
            Notice::PlatformUnchecked { why } => {
                write!(f, "{why}: skipping the platform image check")
            }
            Notice::ReleaseUnchecked {
                line,
                error,
                kept,
                requirement,
                retry_in,
            } => write!(
                f,
                "could not look for a new release of line {line} ({error}); keeping {kept}, which satisfies {requirement}, and not looking again for {retry_in} s (--require-fresh makes this an error; --offline skips the check)"
            ),
            Notice::ReleaseUnsuitable {
                line,
                published,
                requirement,
                kept,
            } => write!(
                f,
                "the published release {published} of line {line} does not satisfy {requirement}; keeping {kept}"
            ),
            Notice::StrayPackage {
                name,
                line,
                release,
            } => write!(
                f,
                "warning: {name} was installed into line {line} by hand and release {release} does not carry it; kept as it is"
            ),
            Notice::LineChange(c) => c.fmt(f),
            Notice::UpToDate { name } => write!(f, "{name} is up to date"),
            Notice::AlreadyInstalled { name } => write!(f, "{name} is already installed"),
            Notice::NoOrphans => f.write_str("no orphaned automatic packages"),
            Notice::Scripts { .. } => self.fmt_scripts(f),
            Notice::ScriptOutput { package, line } => write!(f, "{package}: {line}"),
            Notice::ScriptFailed { error } => f.write_str(error),
            Notice::ScriptForced { error } => write!(f, "{error}; going on (--force)"),
            Notice::TidyFailed { error } => {
                write!(f, "could not tidy the scripts' directories: {error}")
            }
            Notice::Display { package, text } => write!(f, "{package}:\n{text}"),
            Notice::SmokeTestRunning {
                package,
                seconds,
                timeout,
            } => write!(
                f,
                "smoke test of {package} still running ({seconds}s of --smoke-timeout {timeout}s)"
            ),
            Notice::ExtraBuild { reason, command } => {
                write!(f, "building smartos-extra ({reason}): {command}")
            }
        }
    }
}

impl Notice {
    fn fmt_scripts(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Notice::Scripts {
            package,
            leaving,
            script,
            commands,
            run,
        } = self
        else {
            return Ok(());
        };
        let (file, cmds) = if *leaving {
            ("+DEINSTALL (DEINSTALL, POST-DEINSTALL)", "@unexec")
        } else {
            ("+INSTALL (PRE-INSTALL, POST-INSTALL)", "@exec")
        };
        let mut what = Vec::new();
        if *script {
            what.push(file.to_string());
        }
        if *commands > 0 {
            what.push(format!("{commands} {cmds} command(s)"));
        }
        let not_run = if *run { "" } else { " (not run: --no-scripts)" };
        write!(f, "scripts: {package} runs {}{not_run}", what.join(" and "))
    }
}

impl fmt::Display for LineChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, release, dir) = (self.line, &self.release, self.dir.display());
        let n = self.installs;
        let mut details = vec![format!("{n} to install")];
        match self.change {
            LineChangeKind::Install => {
                write!(f, "installing line {line} release {release} into {dir}")?
            }
            LineChangeKind::Upgrade => {
                write!(f, "upgrading line {line} to release {release} in {dir}")?
            }
            LineChangeKind::Add | LineChangeKind::Change => {
                details.clear();
                match n {
                    0 => write!(f, "changing line {line} (release {release}) in {dir}")?,
                    _ => write!(
                        f,
                        "adding {} to line {line} (release {release}) in {dir}",
                        count(n, "package")
                    )?,
                }
            }
        }
        if !self.removes.is_empty() {
            details.push(format!(
                "removing {}: no longer in the release or the pin's packages",
                self.removes.join(" ")
            ));
        }
        if !details.is_empty() {
            write!(f, " ({})", details.join(", "))?;
        }
        Ok(())
    }
}

/// A path as text, whatever bytes it holds (serde's own refuses a path that is not UTF-8,
/// and a package's paths may be anything).
fn lossy<S: Serializer>(p: &std::path::Path, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&p.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<Notice> {
        let s = String::new;
        vec![
            Notice::Recovered {
                tx: 3,
                command: "install a".into(),
                action: Recovery::RolledBack,
            },
            Notice::UndoFailed { tx: 1, error: s() },
            Notice::LockWait {
                path: "/p".into(),
                holder: s(),
            },
            Notice::ServerWait {
                server: s(),
                timeout: s(),
            },
            Notice::MirrorFailed {
                url: None,
                error: s(),
            },
            Notice::MirrorsStale {
                held: s(),
                mirrors: vec![],
            },
            Notice::DownloadFailed { error: s() },
            Notice::CachePlanted { path: "/c".into() },
            Notice::CacheMismatch { path: "/c".into() },
            Notice::PlatformUnchecked { why: s() },
            Notice::ReleaseUnchecked {
                line: 1,
                error: s(),
                kept: s(),
                requirement: s(),
                retry_in: 0,
            },
            Notice::ReleaseUnsuitable {
                line: 1,
                published: s(),
                requirement: s(),
                kept: s(),
            },
            Notice::StrayPackage {
                name: s(),
                line: 1,
                release: s(),
            },
            Notice::LineChange(LineChange {
                line: 1,
                release: s(),
                dir: "/d".into(),
                change: LineChangeKind::Add,
                installs: 2,
                removes: vec![],
            }),
            Notice::UpToDate { name: s() },
            Notice::AlreadyInstalled { name: s() },
            Notice::NoOrphans,
            Notice::Scripts {
                package: s(),
                leaving: false,
                script: true,
                commands: 0,
                run: true,
            },
            Notice::ScriptOutput {
                package: s(),
                line: s(),
            },
            Notice::ScriptFailed { error: s() },
            Notice::ScriptForced { error: s() },
            Notice::TidyFailed { error: s() },
            Notice::Display {
                package: s(),
                text: s(),
            },
            Notice::SmokeTestRunning {
                package: s(),
                seconds: 3,
                timeout: 60,
            },
            Notice::ExtraBuild {
                reason: s(),
                command: s(),
            },
        ]
    }

    /// `kind()` and the JSON's `kind` field are one name; no two kinds share one.
    #[test]
    fn each_kind_is_named_once_and_as_json_names_it() {
        let all = every_kind();
        let mut seen = std::collections::BTreeSet::new();
        for n in &all {
            let v = serde_json::to_value(n).unwrap();
            assert_eq!(v["kind"], n.kind(), "{v}");
            assert!(seen.insert(n.kind()), "{} twice", n.kind());
        }
    }

    #[test]
    fn the_fields_are_typed_in_json_and_the_sentence_is_todays() {
        let n = Notice::Recovered {
            tx: 3,
            command: "install a".into(),
            action: Recovery::RolledBack,
        };
        let v = serde_json::to_value(&n).unwrap();
        assert_eq!(v["tx"], 3);
        assert_eq!(v["action"], "rolled-back");
        assert_eq!(
            n.to_string(),
            "recovered: rolled back transaction 3 (install a), which was interrupted; the prefix is as it was before it"
        );
        let change = Notice::LineChange(LineChange {
            line: 1,
            release: "1.2.0".into(),
            dir: "/opt/smartos-cbe/1".into(),
            change: LineChangeKind::Upgrade,
            installs: 2,
            removes: vec!["old".into()],
        });
        assert_eq!(
            change.to_string(),
            "upgrading line 1 to release 1.2.0 in /opt/smartos-cbe/1 (2 to install, removing old: no longer in the release or the pin's packages)"
        );
        let v = serde_json::to_value(&change).unwrap();
        assert_eq!(
            (v["kind"].as_str(), v["change"].as_str()),
            (Some("line-change"), Some("upgrade"))
        );
        let scripts = Notice::Scripts {
            package: "a-1".into(),
            leaving: true,
            script: true,
            commands: 2,
            run: false,
        };
        assert_eq!(
            scripts.to_string(),
            "scripts: a-1 runs +DEINSTALL (DEINSTALL, POST-DEINSTALL) and 2 @unexec command(s) (not run: --no-scripts)"
        );
    }

    /// A path that is not UTF-8 (a package's may be) is still JSON.
    #[test]
    fn a_path_of_any_bytes_serializes() {
        use std::os::unix::ffi::OsStrExt;
        let path = std::path::Path::new(std::ffi::OsStr::from_bytes(b"/c/\xffx.tgz"));
        let n = Notice::CachePlanted { path: path.into() };
        let v = serde_json::to_value(&n).unwrap();
        assert_eq!(v["path"], "/c/\u{fffd}x.tgz");
    }
}
