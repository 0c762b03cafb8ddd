//! pkg_install's scripts around a transaction: `+INSTALL NAME PRE-INSTALL` and the old
//! package's `+DEINSTALL NAME DEINSTALL` before anything is placed (a failure refuses the
//! transaction), then, after the commit, the old package's `@unexec` commands and
//! `+DEINSTALL NAME POST-DEINSTALL`, the new package's `@exec` commands and
//! `+INSTALL NAME POST-INSTALL` (a failure is reported; the packages stay installed, as
//! pkg_add leaves them).
//!
//! A script runs with its package's metadata written to `PKG_METADATA_DIR`
//! (`<prefix>/.cbe/scripts/<name>`, its working directory), `PKG_PREFIX` the prefix as
//! packages name it, `PKG_REFCOUNT_DBDIR`, and under `--root` `PKG_DESTDIR` the root, as
//! `pkg_add -P` sets it. `%D` in `@exec`/`@unexec` is the prefix on this machine (inside
//! `--root`). Crash safety covers the files and the database, not what a script did.

use std::fs;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use super::plan::Plan;
use super::{Prefix, Session};
use crate::error::{Error, IoContext, Result};
use crate::package::plist::{PackingList, PlistCommand};
use crate::report::Reporter;

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

    /// Whether it runs anything on its way in or out.
    pub fn runs_anything(&self, leaving: bool) -> bool {
        !self.commands.is_empty() || self.has(if leaving { "+DEINSTALL" } else { "+INSTALL" })
    }
}

/// The scripts of one plan: the packages that leave (removed or replaced) and those that come.
#[derive(Debug, Clone, Default)]
pub struct PlanScripts {
    /// Removed or replaced packages, with their `+DEINSTALL` and `@unexec`.
    pub leaving: Vec<PackageScripts>,
    /// New packages, with their `+INSTALL` and `@exec`.
    pub coming: Vec<PackageScripts>,
}

impl PlanScripts {
    /// Gathers what `plan` will run: the old packages' from the database, the new ones'
    /// from their metadata.
    pub fn of(session: &Session, plan: &Plan) -> Result<PlanScripts> {
        let db = &session.db;
        let old = plan
            .removes
            .iter()
            .chain(plan.installs.iter().filter_map(|i| i.replaces.as_ref()));
        let mut leaving = Vec::new();
        for p in old {
            let members = db.metadata_all(p.id)?;
            let contents = members
                .iter()
                .find(|(n, _)| n == "+CONTENTS")
                .map(|(_, c)| String::from_utf8_lossy(c).into_owned())
                .unwrap_or_default();
            let commands = PackingList::parse(&contents)
                .map(|pl| pl.unexec)
                .unwrap_or_default();
            leaving.push(PackageScripts {
                name: p.name.clone(),
                members,
                commands,
            });
        }
        let coming = plan
            .installs
            .iter()
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

    /// What will run, one line a package, for the plan's notices.
    pub fn describe(&self) -> Vec<String> {
        let line = |p: &PackageScripts, leaving: bool| {
            let (script, cmds) = if leaving {
                ("+DEINSTALL (DEINSTALL, POST-DEINSTALL)", "@unexec")
            } else {
                ("+INSTALL (PRE-INSTALL, POST-INSTALL)", "@exec")
            };
            let mut what = Vec::new();
            if p.has(if leaving { "+DEINSTALL" } else { "+INSTALL" }) {
                what.push(script.to_string());
            }
            if !p.commands.is_empty() {
                what.push(format!("{} {cmds} command(s)", p.commands.len()));
            }
            format!("{} runs {}", p.name, what.join(" and "))
        };
        let leaving = self.leaving.iter().filter(|p| p.runs_anything(true));
        let coming = self.coming.iter().filter(|p| p.runs_anything(false));
        leaving
            .map(|p| line(p, true))
            .chain(coming.map(|p| line(p, false)))
            .collect()
    }

    /// Before the transaction: every DEINSTALL, then every PRE-INSTALL. The first failure
    /// refuses the transaction; nothing of the prefix has changed.
    pub fn before(&self, runner: &Runner<'_>) -> Result<()> {
        for p in &self.leaving {
            runner.script(p, Phase::Deinstall)?;
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
            failed.extend(runner.commands(p).err());
            failed.extend(runner.script(p, Phase::PostDeinstall).err());
        }
        for p in &self.coming {
            failed.extend(runner.commands(p).err());
            failed.extend(runner.script(p, Phase::PostInstall).err());
        }
        failed
    }

    /// Removes the metadata written for the scripts.
    pub fn clean(&self, runner: &Runner<'_>) {
        for p in self.leaving.iter().chain(&self.coming) {
            runner.forget(p);
        }
    }
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

    /// Runs `p`'s `@exec` or `@unexec` commands, in order, stopping at the first failure.
    pub fn commands(&self, p: &PackageScripts) -> Result<()> {
        if p.commands.is_empty() {
            return Ok(());
        }
        let dir = self.metadata_dir(p)?;
        let prefix = self.prefix.dir.to_string_lossy().into_owned();
        for c in &p.commands {
            let line = c.expand(&prefix);
            let mut cmd = Command::new("/bin/sh");
            cmd.arg("-c")
                .arg(format!("{{ {line}\n}} 2>&1"))
                .current_dir(&self.prefix.dir);
            self.run(cmd, &dir, p, &format!("`{line}`"))?;
        }
        Ok(())
    }

    /// Writes `p`'s metadata where its scripts find it; returns the directory.
    fn metadata_dir(&self, p: &PackageScripts) -> Result<PathBuf> {
        if p.name.contains('/') || p.name.starts_with('.') {
            return Err(Error::Refused(format!("{}: not a package name", p.name)));
        }
        let dir = self.prefix.script_dir(&p.name);
        if let Some(parent) = dir.parent() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(parent)
                .at(parent)?;
        }
        let _ = fs::remove_dir_all(&dir);
        fs::DirBuilder::new().mode(0o700).create(&dir).at(&dir)?;
        for (name, content) in &p.members {
            if name.contains('/') {
                continue;
            }
            let path = dir.join(name);
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
        cmd.env("PKG_PREFIX", &self.prefix.name)
            .env("PKG_METADATA_DIR", dir)
            .env("PKG_REFCOUNT_DBDIR", self.prefix.state.join("refcount"));
        if self.prefix.root != Path::new("/") {
            cmd.env("PKG_DESTDIR", &self.prefix.root);
        }
        self.reporter.step(&format!("{}: running {what}", p.name));
        let out = cmd.output().at(dir)?;
        let text = String::from_utf8_lossy(&out.stdout);
        for l in text.lines() {
            self.reporter.notice(&format!("{}: {l}", p.name));
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

    /// Removes the metadata written for a package's scripts.
    fn forget(&self, p: &PackageScripts) {
        let _ = fs::remove_dir_all(self.prefix.script_dir(&p.name));
    }
}
