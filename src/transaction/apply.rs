//! Carrying out a plan.
//!
//! The steps, each durable before the next starts:
//! 1. a `transactions` row in state `applying` names the staging and trash directories;
//! 2. every package is unpacked and verified into staging (refusals stop here);
//! 3. the filesystem is synced and the journal (every rename to come) is committed;
//! 4. old files are renamed into trash, new directories made, new files renamed in;
//! 5. the filesystem is synced and the database commits the new state (`committed`);
//! 6. trash and staging are deleted, and directories no package needs any more removed if
//!    empty (`done`).
//!
//! A crash before 5 is undone by replaying the journal backwards; after 5 it is finished
//! (both in [`super::recover`]).

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

use serde::Serialize;

use super::journal::{self, Journal};
use super::plan::{Plan, PlanStep, PlannedInstall};
use super::recover::{finish, in_two_halves, roll_back, sync_renames};
use super::{sync_tree, Prefix, Session};
use crate::core::relpath::ancestors;
use crate::core::time::now;
use crate::error::{Error, IoContext, Refusal, Result};
use crate::failpoint;
use crate::package::{unpack, Policy, Staged, StagedKind};
use crate::pkgdb::{FileKind, JournalKind, NewFile, NewPackage};
use crate::report::{Notice, Reporter};

/// What a transaction did.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Its id in the history.
    pub tx: i64,
    /// The steps carried out.
    pub steps: Vec<PlanStep>,
}

/// Applies `plan` to the session's prefix as one transaction.
pub fn apply(
    session: &mut Session,
    plan: &Plan,
    policy: &Policy,
    reporter: &dyn Reporter,
) -> Result<Outcome> {
    let tx = session.db.begin_transaction(&plan.command, &now())?;
    failpoint::hit("tx-begun");
    run(session, plan, policy, reporter, tx).map_err(|e| undo(session, tx, e, reporter))
}

/// Undoes whatever transaction `tx` did, exactly as recovery after a crash would, and returns
/// `e`, the reason; an undo that fails is said (the next run on the prefix retries it).
fn undo(session: &Session, tx: i64, e: Error, reporter: &dyn Reporter) -> Error {
    if let Err(undo) = roll_back(session, tx) {
        reporter.notice(Notice::UndoFailed {
            tx,
            error: undo.to_string(),
        });
    }
    e
}

fn run(
    session: &Session,
    plan: &Plan,
    policy: &Policy,
    reporter: &dyn Reporter,
    tx: i64,
) -> Result<Outcome> {
    let staged = stage(&session.prefix, plan, policy, reporter, tx)?;
    complete(session, plan, &staged, reporter, tx)
}

/// Steps 3–6 once every package is staged: the journal, the renames, the commit, the
/// cleanup.
fn complete(
    session: &Session,
    plan: &Plan,
    staged: &[Staged],
    reporter: &dyn Reporter,
    tx: i64,
) -> Result<Outcome> {
    crate::package::frames::release_spares();
    let prefix = &session.prefix;
    let staging = prefix.staging(tx);
    let journal = journal::build(prefix, &session.db, plan, staged, &staging)?;
    session.db.write_journal(tx, &journal.ops)?;
    failpoint::hit("journaled");
    reporter.step("moving files into place");
    let steps = plan.steps();
    let added: Vec<NewPackage<'_>> = plan
        .installs
        .iter()
        .zip(staged)
        .map(|(inst, s)| {
            // An upgrade keeps the user's choice of keep or automatic.
            let automatic = inst
                .replaces
                .as_ref()
                .map_or(inst.automatic, |o| o.automatic);
            new_package(s, automatic, source_of(&inst.file))
        })
        .collect();
    // The rows are written while the files are placed, on other threads, and committed only
    // once the placements are durable: the order a crash sees is the same.
    let (placed, pending) = std::thread::scope(|s| {
        let placing = s.spawn(|| {
            place(prefix, staged, &journal, tx)?;
            if !plan.installs.is_empty() {
                let paths = journal.ops.iter().map(|o| o.path.as_str());
                sync_renames(prefix, &prefix.trash(tx), paths)?;
            }
            Ok(())
        });
        let pending = session
            .db
            .prepare_commit(tx, &journal.old_ids, &added, &steps, &now());
        let placed = placing
            .join()
            .unwrap_or_else(|payload| Err(Error::panicked("placing", payload)));
        (placed, pending)
    });
    placed?;
    failpoint::hit("applied");
    pending?.commit()?;
    failpoint::hit("committed");
    finish(session, tx)?;
    Ok(Outcome { tx, steps })
}

/// A transaction begun before its plan is complete, so that packages are unpacked into its
/// staging as their downloads finish: [`Early::stage`] each, then [`Early::complete`] with
/// the plan, or [`Early::abandon`]. Until the journal is written, a crash is undone by
/// recovery exactly as one while staging a whole plan.
pub struct Early {
    tx: i64,
}

impl Early {
    /// Records the transaction and makes its staging and trash directories.
    pub fn begin(session: &Session, command: &str, reporter: &dyn Reporter) -> Result<Early> {
        let tx = session.db.begin_transaction(command, &now())?;
        failpoint::hit("tx-begun");
        let early = Early { tx };
        let prefix = &session.prefix;
        let (staging, trash) = (prefix.staging(tx), prefix.trash(tx));
        let made = fs::create_dir_all(&staging)
            .at(&staging)
            .and_then(|()| fs::create_dir_all(&trash).at(&trash))
            .and_then(|()| crate::fsutil::same_file_system(&staging, &prefix.dir, "the prefix"));
        match made {
            Ok(()) => Ok(early),
            Err(e) => Err(early.abandon(session, e, reporter)),
        }
    }

    /// Unpacks and verifies `inst` into `<staging>/<slot>` (the slot is its place in the
    /// plan to come). As for a whole plan, a hostile size or one that does not fit the space
    /// left is refused before a byte of it is written.
    pub fn stage(
        &self,
        prefix: &Prefix,
        slot: usize,
        inst: &PlannedInstall,
        policy: &Policy,
        reporter: &dyn Reporter,
    ) -> Result<Staged> {
        check_space(&prefix.dir, std::slice::from_ref(inst), policy)?;
        let s = stage_one(&prefix.staging(self.tx), slot, inst, policy, reporter)?;
        failpoint::hit("staged-one");
        Ok(s)
    }

    /// [`Early::stage`] of each of `installs`, in slots `first..`, [`STAGERS`] at a time.
    pub fn stage_each(
        &self,
        prefix: &Prefix,
        first: usize,
        installs: &[PlannedInstall],
        policy: &Policy,
        reporter: &dyn Reporter,
    ) -> Result<Vec<Staged>> {
        in_turn(installs, |n, inst| {
            self.stage(prefix, first + n, inst, policy, reporter)
        })
    }

    /// Where the packages are staged; hand it to [`flush_hint`] from another thread while
    /// more arrive.
    pub fn staging(&self, prefix: &Prefix) -> std::path::PathBuf {
        prefix.staging(self.tx)
    }

    /// Makes the staged packages durable and carries out `plan` (whose installs are the
    /// staged packages, in slot order).
    pub fn complete(
        self,
        session: &Session,
        plan: &Plan,
        staged: &[Staged],
        reporter: &dyn Reporter,
    ) -> Result<Outcome> {
        let tx = self.tx;
        let done = sync_tree(&session.prefix.staging(tx)).and_then(|()| {
            failpoint::hit("staged");
            complete(session, plan, staged, reporter, tx)
        });
        done.map_err(|e| self.abandon(session, e, reporter))
    }

    /// Undoes the transaction, as [`apply`] does on a failure, and returns `e`.
    pub fn abandon(self, session: &Session, e: Error, reporter: &dyn Reporter) -> Error {
        undo(session, self.tx, e, reporter)
    }

    /// Undoes the transaction when there turned out to be nothing to do.
    pub fn undo(self, session: &Session) -> Result<()> {
        roll_back(session, self.tx)
    }
}

/// Runs `work`, which stages packages into `staging`, beside a thread that starts writing
/// back what is staged whenever `work` calls the hint it is given (one writeback at a time;
/// hints meanwhile are merged into the next): the sync before the commit then has little left
/// to wait for.
pub fn flushing<R>(staging: &Path, work: impl FnOnce(&(dyn Fn() + Sync)) -> R) -> R {
    let (flush, flushes) = std::sync::mpsc::sync_channel::<()>(1);
    std::thread::scope(|s| {
        s.spawn(move || {
            flushes
                .iter()
                .for_each(|()| crate::os::flush_in_background(staging))
        });
        let hint = move || {
            let _ = flush.try_send(());
        };
        let r = work(&hint);
        // The writeback thread ends with the hint.
        drop(hint);
        r
    })
}

/// Packages staged at once. One package's unpack keeps about one core busy (decoding, then
/// hashing and writing, each waiting on the other for a small package), so a second package
/// staged beside it uses the second core; more would only add memory (each holds up to two
/// decoded frames).
pub const STAGERS: usize = 2;

/// `stage(n, install)` of each of `installs`, [`STAGERS`] at a time, in order. Once one
/// fails, those not yet begun are not begun; the error is the first failed in plan order.
fn in_turn(
    installs: &[PlannedInstall],
    stage: impl Fn(usize, &PlannedInstall) -> Result<Staged> + Sync,
) -> Result<Vec<Staged>> {
    let _alongside = (installs.len() > 1).then(crate::package::Alongside::begin);
    let failed = std::sync::atomic::AtomicBool::new(false);
    let numbered: Vec<(usize, &PlannedInstall)> = installs.iter().enumerate().collect();
    crate::parallel::map(&numbered, STAGERS, |(n, inst)| {
        // Those begun after a failure are behind it in plan order: never the error given.
        if failed.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(Error::refused(
                Refusal::Other,
                "not staged: an earlier package failed",
            ));
        }
        let r = stage(*n, inst);
        if r.is_err() {
            failed.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        r
    })
    .into_iter()
    .collect()
}

/// Unpacks and verifies one planned package into `<staging>/<n>`.
fn stage_one(
    staging: &Path,
    n: usize,
    inst: &PlannedInstall,
    policy: &Policy,
    reporter: &dyn Reporter,
) -> Result<Staged> {
    reporter.step(&format!("unpacking {}", inst.meta.plist.name));
    let dir = staging.join(n.to_string());
    fs::create_dir(&dir).at(&dir)?;
    unpack(&inst.package, &dir, policy, |meta| {
        if meta.plist != inst.meta.plist {
            return Err(Error::verify(
                &inst.file,
                "the package changed while it was being installed; try again",
            ));
        }
        Ok(())
    })
}

/// Steps 1–2: every package unpacked and verified into `<staging>/<n>`, then made durable.
fn stage(
    prefix: &Prefix,
    plan: &Plan,
    policy: &Policy,
    reporter: &dyn Reporter,
    tx: i64,
) -> Result<Vec<Staged>> {
    let staging = prefix.staging(tx);
    let trash = prefix.trash(tx);
    fs::create_dir_all(&staging).at(&staging)?;
    fs::create_dir_all(&trash).at(&trash)?;
    check_space(&prefix.dir, &plan.installs, policy)?;
    crate::fsutil::same_file_system(&staging, &prefix.dir, "the prefix")?;
    let staged = flushing(&staging, |hint| {
        in_turn(&plan.installs, |n, inst| {
            let s = stage_one(&staging, n, inst, policy, reporter);
            hint();
            s
        })
    })?;
    sync_tree(&staging)?;
    failpoint::hit("staged");
    Ok(staged)
}

/// Step 4: the journal carried out. Displacements and directories first, in order; then the
/// placements, which are independent of each other (each undone on its own), on two threads.
fn place(prefix: &Prefix, staged: &[Staged], journal: &Journal, tx: i64) -> Result<()> {
    let (staging, trash) = (prefix.staging(tx), prefix.trash(tx));
    let dir_modes: HashMap<&str, u32> = staged
        .iter()
        .flat_map(|s| s.dir_modes.iter().map(|(k, v)| (k.as_str(), *v)))
        .collect();
    let first_place = journal.first_place();
    for op in &journal.ops[..first_place] {
        failpoint::hit(op.kind.as_str());
        let target = prefix.path(&op.path);
        match op.kind {
            JournalKind::Displace => {
                let to = trash.join(op.seq.to_string());
                fs::rename(&target, &to).at(&target)?;
            }
            // Done after the commit, by `finish`.
            JournalKind::Rmdir | JournalKind::Delete => {}
            JournalKind::Mkdir => {
                let mode = dir_modes.get(op.path.as_str()).copied().unwrap_or(0o755) | 0o700;
                match fs::DirBuilder::new().mode(mode).create(&target) {
                    Ok(()) => {}
                    Err(e) if e.kind() == ErrorKind::AlreadyExists && target.is_dir() => {}
                    Err(e) => return Err(Error::io(&target, e)),
                }
            }
            JournalKind::Place => unreachable!("placements come after first_place"),
        }
    }
    in_two_halves(&journal.ops[first_place..], |op| {
        failpoint::hit("place");
        let target = prefix.path(&op.path);
        let from = staging.join(op.staged.as_deref().unwrap_or_default());
        fs::rename(&from, &target).at(&target)
    })
}

/// What the database records of a staged package.
fn new_package(s: &Staged, automatic: bool, source: String) -> NewPackage<'_> {
    let pl = &s.meta.plist;
    let mut dirs: BTreeSet<&str> = BTreeSet::new();
    let files = s
        .files
        .iter()
        .map(|f| {
            dirs.extend(ancestors(&f.path));
            let (kind, target) = match &f.kind {
                StagedKind::File => (FileKind::File, None),
                StagedKind::Symlink(t) => (FileKind::Symlink, Some(t.as_str())),
            };
            NewFile {
                path: &f.path,
                kind,
                sha256: &f.sha256,
                size: f.size,
                mode: f.mode,
                target,
            }
        })
        .collect();
    for d in &pl.dirs {
        dirs.insert(d);
        dirs.extend(ancestors(d));
    }
    NewPackage {
        name: &pl.name,
        comment: s.meta.comment(),
        size: s.files.iter().map(|f| f.size).sum(),
        automatic,
        source,
        metadata: s
            .meta
            .files
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_slice()))
            .collect(),
        depends: &pl.depends,
        conflicts: &pl.conflicts,
        files,
        dirs,
    }
}

/// Refuses, before anything is written, a package whose packing list declares more than the
/// unpacking limit (a hostile archive, exit 4), and a transaction whose new files (by their
/// declared sizes, rounded up to the file system's blocks) need more than the space free on
/// the prefix's file system. Old files stay until the commit, so they are not counted as
/// freed. A disk filled by something else meanwhile still fails cleanly, at the write.
fn check_space(dir: &Path, installs: &[PlannedInstall], policy: &Policy) -> Result<()> {
    for i in installs {
        let declared = i
            .meta
            .plist
            .entries
            .iter()
            .filter_map(|e| e.size)
            .fold(0, u64::saturating_add);
        if declared > policy.max_unpacked {
            return Err(Error::verify(
                &i.file,
                format!(
                    "hostile archive: payload expands past {} bytes",
                    policy.max_unpacked
                ),
            ));
        }
    }
    // The prefix, or the nearest directory above it that exists yet.
    let Some((_, crate::os::Space { free, block })) = crate::os::free_space_near(dir) else {
        return Ok(());
    };
    let need: u64 = installs
        .iter()
        .flat_map(|i| &i.meta.plist.entries)
        .filter_map(|e| e.size)
        .map(|s| s.div_ceil(block).saturating_mul(block))
        .fold(0, u64::saturating_add);
    if need > free {
        return Err(Error::no_space(dir, "new files", need, free));
    }
    Ok(())
}

/// Where a package came from, as an absolute path.
fn source_of(file: &Path) -> String {
    fs::canonicalize(file)
        .unwrap_or_else(|_| file.to_path_buf())
        .to_string_lossy()
        .into_owned()
}
