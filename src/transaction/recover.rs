//! Finishing or undoing a transaction: after its commit (or a crash after it), and after a
//! failure or a crash before it. Each step checks whether it already happened, so all of this
//! is safe to repeat after a crash during itself.

use std::collections::BTreeSet;
use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::{Prefix, Session};
use crate::core::relpath::ancestors;
use crate::core::time::now;
use crate::error::{Error, IoContext, Result};
use crate::failpoint;
use crate::pkgdb::{JournalKind, JournalOp, TxState};
use crate::report::{Notice, Recovery, Reporter};

/// Resolves a transaction a crash left behind, saying what it did.
pub fn recover(session: &Session, reporter: &dyn Reporter) -> Result<()> {
    while let Some(u) = session.db.unfinished()? {
        let (tx, command) = (u.id, &u.command);
        match u.state {
            TxState::Committed => {
                finish(session, tx)?;
                reporter.notice(Notice::Recovered {
                    tx,
                    command: command.clone(),
                    action: Recovery::Finished,
                });
            }
            TxState::Applying => {
                roll_back(session, tx)?;
                reporter.notice(Notice::Recovered {
                    tx,
                    command: command.clone(),
                    action: Recovery::RolledBack,
                });
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
            .unwrap_or_else(|payload| Err(Error::panicked("recovery", payload)));
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

#[cfg(test)]
mod tests {

    use super::*;
    use crate::transaction::LockOptions;

    #[test]
    fn a_panicking_worker_is_an_internal_error_not_a_refusal() {
        let items = [1, 2, 3, 4];
        let got = in_two_halves(&items, |i| {
            assert!(*i != 4, "step {i} went wrong");
            Ok(())
        });
        let e = got.unwrap_err();
        assert!(
            matches!(&e, Error::Panicked { thread: "recovery", msg } if msg == "step 4 went wrong"),
            "{e:?}"
        );
        assert_eq!(e.kind(), "internal");
        assert!(e.to_string().contains("this is a bug in cbe"), "{e}");
    }

    /// Keeps the notices, so that a test can see what recovery said.
    #[derive(Default)]
    struct Notes(std::sync::Mutex<Vec<Notice>>);

    impl Reporter for Notes {
        fn notice(&self, n: Notice) {
            self.0.lock().unwrap().push(n);
        }
        fn step(&self, _: &str) {}
    }

    fn open(root: &Path, notes: &Notes) -> Session {
        let prefix = Prefix::new(root, "/opt/smartos-cbe/1").unwrap();
        Session::open_write(&prefix, LockOptions::default(), notes).unwrap()
    }

    fn op(seq: i64, kind: JournalKind, path: &str, staged: Option<&str>) -> JournalOp {
        JournalOp {
            seq,
            kind,
            path: path.into(),
            staged: staged.map(str::to_string),
        }
    }

    fn last_state(s: &Session) -> TxState {
        s.db.history().unwrap().last().unwrap().state
    }

    #[test]
    fn an_install_killed_while_placing_is_undone() {
        let root = tempfile::tempdir().unwrap();
        let notes = Notes::default();
        let s = open(root.path(), &notes);
        let p = &s.prefix;
        fs::create_dir_all(p.path("bin")).unwrap();
        fs::write(p.path("bin/tool"), "old").unwrap();
        let tx = s.db.begin_transaction("install tool-2", &now()).unwrap();
        let (staging, trash) = (p.staging(tx), p.trash(tx));
        fs::create_dir_all(staging.join("0/bin")).unwrap();
        fs::create_dir_all(staging.join("0/share/doc")).unwrap();
        fs::create_dir_all(&trash).unwrap();
        fs::write(staging.join("0/bin/tool"), "new").unwrap();
        let journal = [
            op(0, JournalKind::Displace, "bin/tool", None),
            op(1, JournalKind::Place, "bin/tool", Some("0/bin/tool")),
            op(2, JournalKind::Place, "share", Some("0/share")),
        ];
        s.db.write_journal(tx, &journal).unwrap();
        // Killed after the displacement and the first placement, before the second.
        fs::rename(p.path("bin/tool"), trash.join("0")).unwrap();
        fs::rename(staging.join("0/bin/tool"), p.path("bin/tool")).unwrap();
        drop(s);

        let s = open(root.path(), &notes);
        let p = &s.prefix;
        assert_eq!(fs::read_to_string(p.path("bin/tool")).unwrap(), "old");
        assert!(!p.path("share").exists());
        assert!(!p.staging(tx).exists() && !p.trash(tx).exists());
        assert_eq!(last_state(&s), TxState::RolledBack);
        assert!(s.db.journal(tx).unwrap().is_empty());
        let rolled_back = Notice::Recovered {
            tx,
            command: "install tool-2".into(),
            action: Recovery::RolledBack,
        };
        assert_eq!(notes.0.lock().unwrap()[..], [rolled_back]);
    }

    #[test]
    fn a_removal_killed_after_its_commit_is_finished() {
        let root = tempfile::tempdir().unwrap();
        let notes = Notes::default();
        let s = open(root.path(), &notes);
        let p = &s.prefix;
        fs::create_dir_all(p.path("lib/tool")).unwrap();
        fs::write(p.path("lib/tool/a"), "a").unwrap();
        fs::write(p.path("lib/tool/b"), "b").unwrap();
        fs::write(p.path("lib/other"), "kept").unwrap();
        let tx = s.db.begin_transaction("remove tool", &now()).unwrap();
        let journal = [
            op(0, JournalKind::Delete, "lib/tool/a", None),
            op(1, JournalKind::Delete, "lib/tool/b", None),
            op(2, JournalKind::Rmdir, "lib/tool", None),
        ];
        s.db.write_journal(tx, &journal).unwrap();
        s.db.prepare_commit(tx, &[], &[], &[], &now())
            .and_then(crate::pkgdb::PendingCommit::commit)
            .unwrap();
        // Killed after deleting one file.
        fs::remove_file(p.path("lib/tool/a")).unwrap();
        drop(s);

        let s = open(root.path(), &notes);
        let p = &s.prefix;
        assert!(!p.path("lib/tool").exists(), "emptied directory removed");
        assert_eq!(fs::read_to_string(p.path("lib/other")).unwrap(), "kept");
        assert_eq!(last_state(&s), TxState::Done);
        let finished = Notice::Recovered {
            tx,
            command: "remove tool".into(),
            action: Recovery::Finished,
        };
        assert_eq!(notes.0.lock().unwrap()[..], [finished]);
    }

    #[test]
    fn emptied_directories_come_from_displacements_deletions_and_rmdirs() {
        let journal = [
            op(0, JournalKind::Displace, "a/b/f", None),
            op(1, JournalKind::Rmdir, "c/d", None),
            op(2, JournalKind::Place, "e/f", Some("0/e/f")),
            op(3, JournalKind::Mkdir, "g", None),
        ];
        let dirs: Vec<&str> = emptied_dirs(&journal).into_iter().collect();
        assert_eq!(dirs, ["a", "a/b", "c", "c/d"]);
    }
}
