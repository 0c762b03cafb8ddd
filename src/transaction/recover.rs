//! Finishing or undoing a transaction: after its commit (or a crash after it), and after a
//! failure or a crash before it. Each step checks whether it already happened, so all of this
//! is safe to repeat after a crash during itself.

use std::collections::BTreeSet;
use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::{now, Prefix, Session};
use crate::error::{Error, IoContext, Result};
use crate::failpoint;
use crate::package::reader::ancestors;
use crate::pkgdb::{JournalKind, JournalOp, TxState};
use crate::report::Reporter;

/// Resolves a transaction a crash left behind, saying what it did.
pub fn recover(session: &Session, reporter: &dyn Reporter) -> Result<()> {
    while let Some(u) = session.db.unfinished()? {
        let (tx, command) = (u.id, &u.command);
        match u.state {
            TxState::Committed => {
                finish(session, tx)?;
                reporter.notice(&format!(
                    "recovered: finished transaction {tx} ({command}), which was interrupted after it committed"
                ));
            }
            TxState::Applying => {
                roll_back(session, tx)?;
                reporter.notice(&format!(
                    "recovered: rolled back transaction {tx} ({command}), which was interrupted; the prefix is as it was before it"
                ));
            }
            // `unfinished` reads only the two states above.
            TxState::Done | TxState::RolledBack => break,
        }
    }
    // Staging or trash left by a transaction that never reached the database.
    for sub in ["staging", "trash"] {
        let dir = session.prefix.state.join(sub);
        if let Ok(rd) = fs::read_dir(&dir) {
            for e in rd.flatten() {
                remove_tree(&e.path())?;
            }
        }
    }
    Ok(())
}

/// Undoes the journal of `tx`, newest step first.
pub(crate) fn roll_back(session: &Session, tx: i64) -> Result<()> {
    let prefix = &session.prefix;
    let staging = prefix.staging(tx);
    let trash = prefix.trash(tx);
    let journal = session.db.journal(tx)?;
    for op in journal.iter().rev() {
        failpoint::hit("undo");
        undo(prefix, &staging, &trash, op)?;
    }
    sync_renames(prefix, &trash, journal.iter().map(|o| o.path.as_str()))?;
    remove_tree(&staging)?;
    remove_tree(&trash)?;
    session
        .db
        .close_transaction(tx, TxState::RolledBack, &now())
}

/// Undoes one step, if it happened.
fn undo(prefix: &Prefix, staging: &Path, trash: &Path, op: &JournalOp) -> Result<()> {
    let target = prefix.path(&op.path);
    match op.kind {
        JournalKind::Place => {
            let from = staging.join(op.staged.as_deref().unwrap_or_default());
            if fs::symlink_metadata(&from).is_err() && fs::symlink_metadata(&target).is_ok() {
                fs::rename(&target, &from).at(&target)?;
            }
        }
        // Nothing happens to these before the commit.
        JournalKind::Rmdir | JournalKind::Delete => {}
        JournalKind::Mkdir => match fs::remove_dir(&target) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) if e.kind() == ErrorKind::DirectoryNotEmpty => {}
            Err(e) => return Err(Error::io(&target, e)),
        },
        JournalKind::Displace => {
            let from = trash.join(op.seq.to_string());
            if fs::symlink_metadata(&from).is_ok() {
                fs::rename(&from, &target).at(&target)?;
            }
        }
    }
    Ok(())
}

/// After the commit: deletes a removal's files, removes directories no package needs any
/// more, then trash and staging.
pub(crate) fn finish(session: &Session, tx: i64) -> Result<()> {
    let prefix = &session.prefix;
    let db = &session.db;
    let journal = db.journal(tx)?;
    // A removal's files go now that the database no longer lists them; a crash here is
    // finished by the next run, which finds the rest still journaled. One unlink per file (a
    // directory where a file was is left to the rmdir pass), on two threads: the deletions
    // are independent of each other.
    let deletes: Vec<&JournalOp> = journal
        .iter()
        .filter(|o| o.kind == JournalKind::Delete)
        .collect();
    in_two_halves(&deletes, |op| {
        failpoint::hit("delete");
        let p = prefix.path(&op.path);
        match fs::remove_file(&p) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
            Err(_) if fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) => Ok(()),
            Err(e) => Err(Error::io(&p, e)),
        }
    })?;
    // Deepest first, so children go before their parents.
    let mut cands: Vec<&str> = emptied_dirs(&journal).into_iter().collect();
    cands.sort_by_key(|d| std::cmp::Reverse(d.matches('/').count()));
    for d in cands {
        if db.dir_referenced(d)? {
            continue;
        }
        failpoint::hit("rmdir");
        let _ = fs::remove_dir(prefix.path(d));
    }
    failpoint::hit("cleanup");
    remove_tree(&prefix.trash(tx))?;
    remove_tree(&prefix.staging(tx))?;
    db.close_transaction(tx, TxState::Done, &now())
}

/// The directories a finished transaction may have left empty.
fn emptied_dirs(journal: &[JournalOp]) -> BTreeSet<&str> {
    let mut dirs = BTreeSet::new();
    for op in journal {
        match op.kind {
            JournalKind::Displace | JournalKind::Delete => dirs.extend(ancestors(&op.path)),
            JournalKind::Rmdir => {
                dirs.insert(op.path.as_str());
                dirs.extend(ancestors(&op.path));
            }
            JournalKind::Mkdir | JournalKind::Place => {}
        }
    }
    dirs
}

/// Makes the renames between the prefix and `trash` durable: the directories that hold the
/// journaled paths, and trash itself.
pub(crate) fn sync_renames<'a>(
    prefix: &Prefix,
    trash: &Path,
    paths: impl Iterator<Item = &'a str>,
) -> Result<()> {
    let mut dirs: BTreeSet<std::path::PathBuf> = paths
        .filter_map(|p| prefix.path(p).parent().map(Path::to_path_buf))
        .collect();
    dirs.insert(trash.to_path_buf());
    crate::os::sync_dirs(&prefix.dir, dirs.iter().map(|d| d.as_path())).at(&prefix.dir)
}

/// Runs `step` on every item, the two halves on two threads; the first error wins.
pub(crate) fn in_two_halves<T: Sync>(
    items: &[T],
    step: impl Fn(&T) -> Result<()> + Sync,
) -> Result<()> {
    let (a, b) = items.split_at(items.len() / 2);
    let run = |part: &[T]| part.iter().try_for_each(&step);
    std::thread::scope(|scope| {
        let other = scope.spawn(|| run(b));
        let mine = run(a);
        let theirs = other
            .join()
            .unwrap_or_else(|_| Err(Error::Refused("internal error: a thread panicked".into())));
        mine.and(theirs)
    })
}

/// Removes a directory tree of ours, which may hold read-only directories.
pub(crate) fn remove_tree(path: &Path) -> Result<()> {
    match fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) if e.kind() == ErrorKind::PermissionDenied => {
            make_writable(path);
            match fs::remove_dir_all(path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
                Err(e) => Err(Error::io(path, e)),
            }
        }
        Err(e) => Err(Error::io(path, e)),
    }
}

fn make_writable(path: &Path) {
    if let Ok(md) = fs::symlink_metadata(path) {
        if md.is_dir() {
            let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o755));
            if let Ok(rd) = fs::read_dir(path) {
                for e in rd.flatten() {
                    make_writable(&e.path());
                }
            }
        }
    }
}
