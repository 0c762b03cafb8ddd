//! The operations a user asks for, one module each. An operation takes an options struct,
//! does the work through the domain modules, and returns a typed outcome (`Serialize`) that
//! the command line prints as text or JSON; no operation prints. Progress and notices go
//! through a [`crate::report::Reporter`].
//!
//! Installing is one pipeline, [`install`]: resolve, download, plan, apply, each step its
//! own function; `install`, `upgrade`, `import` and [`ensure`] all run it.

pub mod check;
pub mod clean;
pub mod create;
pub mod diff;
pub mod ensure;
pub mod extra;
pub mod gate;
pub mod index;
pub mod install;
pub mod keep;
pub mod line_set;
pub mod lines;
pub mod lock;
pub mod pkgin_query;
pub mod publish;
pub mod query;
pub mod remove;
pub mod settings;
pub mod update;
pub mod verify;

use std::path::PathBuf;

use serde::Serialize;

use crate::config::{self, Overrides, Settings};
use crate::error::{Error, Refusal, Result};
use crate::package::Policy;
use crate::report::{Notice, Reporter};
use crate::transaction::plan::PlanStep;
use crate::transaction::scripts::{self, PlanScripts, Runner};
use crate::transaction::{self, LockOptions, Outcome, Plan, Prefix, Session};

/// The prefix an operation acts on, and how long it waits for the prefix's lock.
#[derive(Debug, Clone)]
pub struct Target {
    /// The prefix.
    pub prefix: Prefix,
    /// Lock waiting.
    pub lock: LockOptions,
    /// `--dry-run`: [`Target::write`] gives a session on a scratch copy of the database.
    pub dry_run: bool,
    /// Whether packages' scripts run (`--no-scripts` says no).
    pub scripts: bool,
}

impl Target {
    /// Opens the prefix for reading; `None` when nothing was ever installed there.
    pub fn read(&self, reporter: &dyn Reporter) -> Result<Option<Session>> {
        Session::open_read(&self.prefix, self.lock, reporter)
    }

    /// Opens the prefix for writing, creating it if needed; in a dry run, under the readers'
    /// lock with a scratch copy of its database, so nothing of the prefix is written.
    pub fn write(&self, reporter: &dyn Reporter) -> Result<Session> {
        if self.dry_run {
            return Session::open_scratch(&self.prefix, self.lock, reporter);
        }
        Session::open_write(&self.prefix, self.lock, reporter)
    }

    /// The error for `name` when the prefix has no database at all.
    pub fn not_installed(&self, name: &str) -> Error {
        Error::refused(
            Refusal::NotInstalled,
            format!(
                "{name} is not installed in {} (nothing is installed there)",
                self.prefix.name
            ),
        )
    }
}

/// Where packages come from: the line's configured repositories, with this run's overrides.
#[derive(Debug, Clone)]
pub struct Sources {
    /// The root everything lives under.
    pub root: PathBuf,
    /// The machine architecture packages must be built for.
    pub arch: String,
    /// Repositories, keys, cache, parallelism and timeout given for this run.
    pub overrides: Overrides,
}

impl Sources {
    /// The settings for `prefix`: its configuration file merged with the overrides.
    pub fn settings(&self, prefix: &Prefix) -> Result<Settings> {
        config::settings(&self.root, prefix, &self.arch, &self.overrides)
    }
}

/// What a transaction did or, with `--dry-run`, would do. Serialized as the bare value each
/// variant holds: the JSON shapes scripts already read.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum TxOutcome {
    /// `--dry-run`: the planned steps.
    WouldApply(Vec<PlanStep>),
    /// The plan changes nothing, so no transaction was made. Always empty.
    Unchanged(Vec<PlanStep>),
    /// The transaction that was applied.
    Applied(Outcome),
}

/// The last step of every operation that changes a prefix: apply exactly `plan`, unless
/// this is a dry run or there is nothing to do.
pub fn apply_plan(
    session: &mut Session,
    plan: &Plan,
    policy: &Policy,
    dry_run: bool,
    reporter: &dyn Reporter,
) -> Result<TxOutcome> {
    let scripts = PlanScripts::of(session, plan)?;
    announce(&scripts, policy, reporter);
    // A scratch session's database is a copy: applying through it would change the prefix's
    // files and record nothing.
    if dry_run || session.is_scratch() {
        return Ok(TxOutcome::WouldApply(plan.steps()));
    }
    if plan.is_empty() {
        return Ok(TxOutcome::Unchanged(Vec::new()));
    }
    with_scripts(session, plan, &scripts, policy, Apply::Whole, reporter)
}

/// Applies `plan`, whose packages `early` has staged already (`staged`, in plan order):
/// the scripts around it as [`apply_plan`] runs them.
pub fn apply_staged(
    session: &mut Session,
    plan: &Plan,
    early: transaction::Early,
    staged: &[crate::package::Staged],
    policy: &Policy,
    reporter: &dyn Reporter,
) -> Result<TxOutcome> {
    let scripts = match PlanScripts::of(session, plan) {
        Ok(s) => s,
        Err(e) => return Err(early.abandon(session, e, reporter)),
    };
    announce(&scripts, policy, reporter);
    let how = Apply::Staged(early, staged);
    with_scripts(session, plan, &scripts, policy, how, reporter)
}

/// Says which packages run scripts (the plan's notices), also when `--no-scripts` keeps them
/// from running.
fn announce(scripts: &PlanScripts, policy: &Policy, reporter: &dyn Reporter) {
    for n in scripts.notices(policy.scripts) {
        reporter.notice(n);
    }
}

/// How a plan's transaction is carried out.
enum Apply<'s> {
    /// Staged and applied in one go.
    Whole,
    /// Already staged by a transaction begun before the downloads.
    Staged(transaction::Early, &'s [crate::package::Staged]),
}

impl Apply<'_> {
    fn run(
        self,
        session: &mut Session,
        plan: &Plan,
        policy: &Policy,
        reporter: &dyn Reporter,
    ) -> Result<Outcome> {
        match self {
            Apply::Whole => transaction::apply(session, plan, policy, reporter),
            Apply::Staged(early, staged) => early.complete(session, plan, staged, reporter),
        }
    }

    /// Gives up before anything is placed: what was staged goes.
    fn refuse(self, session: &Session, e: Error, reporter: &dyn Reporter) -> Error {
        match self {
            Apply::Whole => e,
            Apply::Staged(early, _) => early.abandon(session, e, reporter),
        }
    }
}

/// Carries out the transaction between the plan's scripts: DEINSTALL and PRE-INSTALL
/// before it (a failure refuses, and nothing is applied), the POST scripts after the commit
/// (failures reported; the packages stay).
fn with_scripts(
    session: &mut Session,
    plan: &Plan,
    scripts: &PlanScripts,
    policy: &Policy,
    how: Apply<'_>,
    reporter: &dyn Reporter,
) -> Result<TxOutcome> {
    if policy.scripts {
        if let Err(e) = scripts.before(&Runner::new(&session.prefix, reporter), plan.force) {
            settle(session, reporter);
            return Err(how.refuse(session, e, reporter));
        }
    }
    let outcome = how.run(session, plan, policy, reporter);
    let failed = match &outcome {
        Ok(_) if policy.scripts => scripts.after(&Runner::new(&session.prefix, reporter)),
        _ => Vec::new(),
    };
    settle(session, reporter);
    let outcome = outcome?;
    display(plan, reporter);
    if failed.is_empty() {
        return Ok(TxOutcome::Applied(outcome));
    }
    for e in &failed {
        reporter.notice(Notice::ScriptFailed {
            error: e.to_string(),
        });
    }
    Err(Error::Script(format!(
        "{} script(s) failed after transaction {} was committed; the packages stay installed: {}",
        failed.len(),
        outcome.tx,
        failed[0]
    )))
}

/// Drops the scripts' directories of packages no longer installed. What is left over only
/// takes room, so a failure here is said, not fatal.
fn settle(session: &Session, reporter: &dyn Reporter) {
    if let Err(e) = scripts::prune(&session.prefix, &session.db) {
        reporter.notice(Notice::TidyFailed {
            error: e.to_string(),
        });
    }
}

/// pkg_add shows a new package's `+DISPLAY` (or the member `@display` names) once it is in.
fn display(plan: &Plan, reporter: &dyn Reporter) {
    for i in &plan.installs {
        let member = i.meta.plist.display.as_deref().unwrap_or("+DISPLAY");
        let text = i.meta.text(member);
        if !text.trim().is_empty() {
            reporter.notice(Notice::Display {
                package: i.meta.plist.name.clone(),
                text: text.trim_end().to_string(),
            });
        }
    }
}
