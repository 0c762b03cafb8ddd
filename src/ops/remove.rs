//! `cbe remove` and `cbe autoremove`: plan the removal, then apply exactly that plan.

use super::{apply_plan, Target, TxOutcome};
use crate::error::Result;
use crate::package::Policy;
use crate::report::{Notice, Reporter};
use crate::resolve;
use crate::transaction::{plan_remove, Plan, RemoveOptions, Session};

/// What to remove, and how.
#[derive(Debug, Clone)]
pub struct RemoveRequest {
    /// The prefix.
    pub target: Target,
    /// Installed packages, by name or base name.
    pub packages: Vec<String>,
    /// Also remove what depends on them; remove despite dependents.
    pub options: RemoveOptions,
    /// Say what would be removed, remove nothing.
    pub dry_run: bool,
    /// The command line, for the history.
    pub command: String,
}

/// Removes the packages `req` names.
pub fn remove(req: &RemoveRequest, reporter: &dyn Reporter) -> Result<TxOutcome> {
    // Reading first: a prefix with nothing installed is an error, not a new empty prefix.
    if req.target.read(reporter)?.is_none() {
        return Err(req.target.not_installed(&req.packages[0]));
    }
    let mut session = req.target.write(reporter)?;
    let plan = plan_remove(&session, &req.packages, &req.options)?;
    finish(&mut session, plan, req, reporter)
}

/// Removes the automatic packages nothing kept needs any more; `None` when there are none.
pub fn autoremove(req: &RemoveRequest, reporter: &dyn Reporter) -> Result<Option<TxOutcome>> {
    if !req.target.prefix.db_path().exists() {
        return Ok(None);
    }
    let mut session = req.target.write(reporter)?;
    // A preserved package stays even when nothing needs it, as pkgin's autoremove keeps it.
    let mut names: Vec<String> = Vec::new();
    for p in resolve::orphans(&session.db)? {
        if !session.db.preserved(p.id)? {
            names.push(p.name);
        }
    }
    if names.is_empty() {
        reporter.notice(Notice::NoOrphans);
        return Ok(None);
    }
    let plan = plan_remove(&session, &names, &RemoveOptions::default())?;
    finish(&mut session, plan, req, reporter).map(Some)
}

fn finish(
    session: &mut Session,
    mut plan: Plan,
    req: &RemoveRequest,
    reporter: &dyn Reporter,
) -> Result<TxOutcome> {
    plan.command = req.command.clone();
    for n in &plan.skipped {
        reporter.notice(n.clone());
    }
    let policy = Policy {
        scripts: req.target.scripts,
        ..Policy::default()
    };
    apply_plan(session, &plan, &policy, req.dry_run, reporter)
}
