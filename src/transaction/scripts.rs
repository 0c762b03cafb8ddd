//! pkg_install's scripts around a transaction: `+INSTALL NAME PRE-INSTALL` and the old
//! package's `+DEINSTALL NAME DEINSTALL` before anything is placed (a failure refuses the
//! transaction, except a DEINSTALL under `--force`, which pkg_delete -f also goes past), then,
//! after the commit, the old package's `@unexec` commands and `+DEINSTALL NAME
//! POST-DEINSTALL`, the new package's `@exec` commands and `+INSTALL NAME POST-INSTALL` (a
//! failure is reported; the packages stay installed, as pkg_add leaves them).
//!
//! Every path a script is given is the path on this machine: `PKG_PREFIX` is the prefix
//! inside `--root`, as `%D` is, and `PKG_DESTDIR` is never set. pkgsrc's own scripts make
//! their files, directories and config files relative to `PKG_PREFIX` and ignore
//! `PKG_DESTDIR`, so under `pkg_add -P`'s convention (`PKG_PREFIX` as packages name it plus
//! `PKG_DESTDIR`) they would act on the real prefix outside the root; a script that does use
//! `${PKG_DESTDIR}${PKG_PREFIX}` still gets the right path. `PKG_METADATA_DIR` is the
//! package's metadata (`<prefix>/.cbe/scripts/<name>`, the scripts' working directory, kept
//! while the package is installed with whatever the scripts wrote there), with
//! `PKG_REFCOUNT_DBDIR`. Crash safety covers the files and the
//! database, not what a script did.

use std::collections::HashSet;
use std::fs;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use super::plan::Plan;
use super::{Prefix, Session};
use crate::error::{Error, IoContext, Refusal, Result};
use crate::package::plist::{PackingList, PlistCommand};
use crate::pkgdb::PkgDb;
use crate::report::{Notice, Reporter};

/// When a script runs, as its second argument names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// `+INSTALL`, before the package's files are placed.
    PreInstall,
    /// `+INSTALL`, after.
    PostInstall,
    /// `+DEINSTALL`, before the package's files go.
    Deinstall,
    /// `+DEINSTALL`, after.
    PostDeinstall,
}

impl Phase {
    fn arg(self) -> &'static str {
        match self {
            Phase::PreInstall => "PRE-INSTALL",
            Phase::PostInstall => "POST-INSTALL",
            Phase::Deinstall => "DEINSTALL",
            Phase::PostDeinstall => "POST-DEINSTALL",
        }
    }

    fn member(self) -> &'static str {
        match self {
            Phase::PreInstall | Phase::PostInstall => "+INSTALL",
            Phase::Deinstall | Phase::PostDeinstall => "+DEINSTALL",
        }
    }
}

/// One package's part in the scripts: its metadata members and its commands.
#[derive(Debug, Clone)]
pub struct PackageScripts {
    /// The package.
    pub name: String,
    /// Every metadata member, by name (`+INSTALL`, `+CONTENTS`, …).
    pub members: Vec<(String, Vec<u8>)>,
    /// `@exec` (installed) or `@unexec` (removed) commands.
    pub commands: Vec<PlistCommand>,
}

impl PackageScripts {
    fn has(&self, member: &str) -> bool {
        self.members.iter().any(|(n, _)| n == member)
    }
}

/// The scripts of one plan: the packages that leave (removed or replaced) and those that
/// come, each only if it runs something.
#[derive(Debug, Clone, Default)]
pub struct PlanScripts {
    /// Removed or replaced packages, with their `+DEINSTALL` and `@unexec`.
    pub leaving: Vec<PackageScripts>,
    /// New packages, with their `+INSTALL` and `@exec`.
    pub coming: Vec<PackageScripts>,
}

impl PlanScripts {
    /// Gathers what `plan` will run: the old packages' from the database, the new ones'
    /// from their metadata. Only packages that have a script or a command are kept, and only
    /// their metadata is copied: a plan without scripts costs a look at each package.
    pub fn of(session: &Session, plan: &Plan) -> Result<PlanScripts> {
        let db = &session.db;
        let old = plan
            .removes
            .iter()
            .chain(plan.installs.iter().filter_map(|i| i.replaces.as_ref()));
        let mut leaving = Vec::new();
        for p in old {
            let contents = db.metadata(p.id, "+CONTENTS")?.unwrap_or_default();
            // Parsed only when it has a command to find.
            let commands = if memchr::memmem::find(&contents, b"@unexec").is_some() {
                PackingList::parse(&String::from_utf8_lossy(&contents))
                    .map(|pl| pl.unexec)
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            if commands.is_empty() && db.metadata(p.id, "+DEINSTALL")?.is_none() {
                continue;
            }
            leaving.push(PackageScripts {
                name: p.name.clone(),
                members: db.metadata_all(p.id)?,
                commands,
            });
        }
        let coming = plan
            .installs
            .iter()
            .filter(|i| !i.meta.plist.exec.is_empty() || i.meta.files.contains_key("+INSTALL"))
            .map(|i| PackageScripts {
                name: i.meta.plist.name.clone(),
                members: i
                    .meta
                    .files
                    .iter()
                    .map(|(n, c)| (n.clone(), c.clone()))
                    .collect(),
                commands: i.meta.plist.exec.clone(),
            })
            .collect();
        Ok(PlanScripts { leaving, coming })
    }

    /// What will run, one notice a package; `run` is false with `--no-scripts`.
    pub fn notices(&self, run: bool) -> Vec<Notice> {
        let notice = |p: &PackageScripts, leaving: bool| Notice::Scripts {
            package: p.name.clone(),
            leaving,
            script: p.has(if leaving { "+DEINSTALL" } else { "+INSTALL" }),
            commands: p.commands.len(),
            run,
        };
        let leaving = self.leaving.iter().map(|p| notice(p, true));
        leaving
            .chain(self.coming.iter().map(|p| notice(p, false)))
            .collect()
    }

    /// Before the transaction: every DEINSTALL, then every PRE-INSTALL. The first failure
    /// refuses the transaction; nothing of the prefix has changed. With `force` a failing
    /// DEINSTALL is only said (pkg_delete -f removes the package anyway); a failing
    /// PRE-INSTALL still refuses, as pkg_add -f does.
    pub fn before(&self, runner: &Runner<'_>, force: bool) -> Result<()> {
        for p in &self.leaving {
            match runner.script(p, Phase::Deinstall) {
                Err(e) if force => runner.reporter.notice(Notice::ScriptForced {
                    error: e.to_string(),
                }),
                other => other?,
            }
        }
        for p in &self.coming {
            runner.script(p, Phase::PreInstall)?;
        }
        Ok(())
    }

    /// After the commit: `@unexec` and POST-DEINSTALL of what left, `@exec` and POST-INSTALL
    /// of what came. Every one runs; the failures are returned.
    pub fn after(&self, runner: &Runner<'_>) -> Vec<Error> {
        let mut failed = Vec::new();
        for p in &self.leaving {
            failed.extend(runner.commands(p));
            failed.extend(runner.script(p, Phase::PostDeinstall).err());
        }
        for p in &self.coming {
            failed.extend(runner.commands(p));
            failed.extend(runner.script(p, Phase::PostInstall).err());
        }
        failed
    }
}

/// Removes the scripts' directory of every package not installed: what a transaction removed
/// or replaced, what a refused one never installed, what a crash left. An installed
/// package's stays for its `+DEINSTALL`.
pub fn prune(prefix: &Prefix, db: &PkgDb) -> Result<()> {
    let base = prefix.state.join("scripts");
    let entries = match fs::read_dir(&base) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).at(&base),
    };
    let installed: HashSet<String> = db.packages()?.into_iter().map(|p| p.name).collect();
    for entry in entries {
        let entry = entry.at(&base)?;
        if !installed.contains(entry.file_name().to_string_lossy().as_ref()) {
            let path = entry.path();
            fs::remove_dir_all(&path).at(&path)?;
        }
    }
    Ok(())
}

/// Runs scripts for one prefix, telling the reporter what they print.
pub struct Runner<'a> {
    prefix: &'a Prefix,
    reporter: &'a dyn Reporter,
}

impl<'a> Runner<'a> {
    /// A runner for `prefix`.
    pub fn new(prefix: &'a Prefix, reporter: &'a dyn Reporter) -> Self {
        Runner { prefix, reporter }
    }

    /// Runs `p`'s `+INSTALL` or `+DEINSTALL` for `phase`, if it has one.
    pub fn script(&self, p: &PackageScripts, phase: Phase) -> Result<()> {
        if !p.has(phase.member()) {
            return Ok(());
        }
        let dir = self.metadata_dir(p)?;
        let script = dir.join(phase.member());
        // `exec` lets the system pick the interpreter from the script's first line; a script
        // without one runs under sh, as execvp runs it for pkg_install.
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c")
            .arg("exec \"$0\" \"$@\" 2>&1")
            .arg(&script)
            .arg(&p.name)
            .arg(phase.arg())
            .current_dir(&dir);
        self.run(cmd, &dir, p, &format!("{} {}", phase.member(), phase.arg()))
    }

    /// Runs `p`'s `@exec` or `@unexec` commands, in order; one that fails does not stop the
    /// rest (pkg_install warns and goes on). Returns the failures.
    pub fn commands(&self, p: &PackageScripts) -> Vec<Error> {
        if p.commands.is_empty() {
            return Vec::new();
        }
        let dir = match self.metadata_dir(p) {
            Ok(d) => d,
            Err(e) => return vec![e],
        };
        let prefix = self.prefix.dir.to_string_lossy().into_owned();
        let mut failed = Vec::new();
        for c in &p.commands {
            let line = c.expand(&prefix);
            let mut cmd = Command::new("/bin/sh");
            cmd.arg("-c")
                .arg(format!("{{ {line}\n}} 2>&1"))
                .current_dir(&self.prefix.dir);
            failed.extend(self.run(cmd, &dir, p, &format!("`{line}`")).err());
        }
        failed
    }

    /// Writes `p`'s metadata where its scripts find it, over what is there; returns the
    /// directory. It lives as long as the package, as pkg_install's database entry does:
    /// pkgsrc's PRE-INSTALL unpacks helpers there (`+FILES`, `+DIRS`, `+USERGROUP`) that its
    /// POST-INSTALL and the package's `+DEINSTALL` run later.
    fn metadata_dir(&self, p: &PackageScripts) -> Result<PathBuf> {
        if p.name.is_empty() || p.name.contains('/') || p.name.starts_with('.') {
            return Err(Error::refused(
                Refusal::Other,
                format!("{}: not a package name", p.name),
            ));
        }
        let dir = self.prefix.script_dir(&p.name);
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .at(&dir)?;
        for (name, content) in &p.members {
            if name.contains('/') {
                continue;
            }
            let path = dir.join(name);
            // The copy there is read-only; replaced, not written through.
            let _ = fs::remove_file(&path);
            fs::write(&path, content).at(&path)?;
            let mode = if name == "+INSTALL" || name == "+DEINSTALL" {
                0o555
            } else {
                0o444
            };
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).at(&path)?;
        }
        Ok(dir)
    }

    /// Runs `cmd` with pkg_install's environment; its output goes to the reporter, and a
    /// failure says which package, what, how it ended and what it printed.
    fn run(&self, mut cmd: Command, dir: &Path, p: &PackageScripts, what: &str) -> Result<()> {
        // PKG_DESTDIR from cbe's own environment would send a DESTDIR-aware script
        // elsewhere: every path given is already the one on this machine.
        cmd.env("PKG_PREFIX", &self.prefix.dir)
            .env("PKG_METADATA_DIR", dir)
            .env("PKG_REFCOUNT_DBDIR", self.prefix.state.join("refcount"))
            .env_remove("PKG_DESTDIR");
        self.reporter.step(&format!("{}: running {what}", p.name));
        let out = cmd.output().at(dir)?;
        let text = String::from_utf8_lossy(&out.stdout);
        for l in text.lines() {
            self.reporter.notice(Notice::ScriptOutput {
                package: p.name.clone(),
                line: l.to_string(),
            });
        }
        if out.status.success() {
            return Ok(());
        }
        let last = text.lines().last().unwrap_or("no output");
        Err(Error::Script(format!(
            "{}: {what} failed ({}): {last}",
            p.name, out.status
        )))
    }
}
