//! Carrying out a plan, and finishing or undoing one a crash interrupted.
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
//! A crash before 5 is undone by replaying the journal backwards; after 5 it is finished.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::Path;

use rusqlite::params;
use serde::Serialize;

use super::plan::{Plan, PlanStep};
use super::{now, sync_tree, Session};
use crate::error::{Error, IoContext, Result};
use crate::failpoint;
use crate::package::{unpack, Policy, Staged, StagedKind};
use crate::pkgdb::JournalOp;
use crate::relpath::ancestors;
use crate::report::Reporter;
use crate::version::PkgName;

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
    let db = &session.db;
    db.conn
        .execute(
            "INSERT INTO transactions (started_at, state, command) VALUES (?1, 'applying', ?2)",
            params![now(), plan.command],
        )
        .map_err(|e| db.err(e))?;
    let tx = db.conn.last_insert_rowid();
    failpoint::hit("tx-begun");
    match run(session, plan, policy, reporter, tx) {
        Ok(o) => Ok(o),
        Err(e) => {
            // Undo whatever was done, exactly as recovery after a crash would.
            if let Err(undo) = roll_back(session, tx) {
                reporter.notice(&format!(
                    "could not undo transaction {tx} ({undo}); the next cbe run on this prefix will retry"
                ));
            }
            Err(e)
        }
    }
}

fn run(
    session: &Session,
    plan: &Plan,
    policy: &Policy,
    reporter: &dyn Reporter,
    tx: i64,
) -> Result<Outcome> {
    let prefix = &session.prefix;
    let db = &session.db;
    let staging = prefix.staging(tx);
    let trash = prefix.trash(tx);
    fs::create_dir_all(&staging).at(&staging)?;
    fs::create_dir_all(&trash).at(&trash)?;

    // 2. Unpack and verify every package into staging, if they fit.
    check_space(&prefix.dir, plan, policy)?;
    crate::fsutil::same_file_system(&staging, &prefix.dir, "the prefix")?;
    let staging_dev = fs::metadata(&staging).at(&staging)?.dev();
    let mut staged: Vec<Staged> = Vec::with_capacity(plan.installs.len());
    for (n, inst) in plan.installs.iter().enumerate() {
        reporter.step(&format!("unpacking {}", inst.meta.plist.name));
        let dir = staging.join(n.to_string());
        fs::create_dir(&dir).at(&dir)?;
        let s = unpack(&inst.file, &dir, policy, |meta| {
            if meta.plist != inst.meta.plist {
                return Err(Error::verify(
                    &inst.file,
                    "the package changed while it was being installed; try again",
                ));
            }
            Ok(())
        })?;
        staged.push(s);
    }
    sync_tree(&staging)?;
    failpoint::hit("staged");

    // 3. The journal: every rename to come (or, for a removal, every file to delete).
    let removal_only = plan.installs.is_empty();
    let mut ops: Vec<(&'static str, String, Option<String>)> = Vec::new();
    let mut displaced: HashSet<String> = HashSet::new();
    let mut old_ids = Vec::new();
    for old in plan
        .installs
        .iter()
        .filter_map(|i| i.replaces.as_ref())
        .chain(plan.removes.iter())
    {
        old_ids.push(old.id);
        for f in db.files_of(old.id)? {
            if removal_only {
                // Nothing is touched before the commit; the files go after it.
                ops.push(("delete", f.path, None));
            } else if fs::symlink_metadata(prefix.path(&f.path)).is_ok() {
                displaced.insert(f.path.clone());
                ops.push(("displace", f.path, None));
            }
        }
        for d in db.dirs_of(old.id)? {
            ops.push(("rmdir", d, None));
        }
    }
    let mut new_dirs: BTreeSet<String> = BTreeSet::new();
    for s in &staged {
        for f in &s.files {
            new_dirs.extend(ancestors(&f.path).map(str::to_string));
        }
        for d in &s.meta.plist.dirs {
            new_dirs.insert(d.clone());
            new_dirs.extend(ancestors(d).map(str::to_string));
        }
    }
    // Shallow first, so parents come before children. A directory with nothing at its path
    // has nothing beneath it either: no need to look (a fresh install looks once per
    // top-level directory instead of once per file).
    let mut dirs_sorted: Vec<&String> = new_dirs.iter().collect();
    dirs_sorted.sort_by_key(|d| d.matches('/').count());
    let mut absent: HashSet<&str> = HashSet::new();
    for d in &dirs_sorted {
        let gone = ancestors(d).next().is_some_and(|p| absent.contains(p))
            || matches!(fs::symlink_metadata(prefix.path(d)), Err(e) if e.kind() == ErrorKind::NotFound);
        if gone {
            absent.insert(d.as_str());
        }
    }
    for s in &staged {
        for f in &s.files {
            if ancestors(&f.path)
                .next()
                .is_some_and(|p| absent.contains(p))
            {
                continue;
            }
            // An unowned file in the way (allowed by --force) is kept in trash too.
            if !displaced.contains(&f.path) && fs::symlink_metadata(prefix.path(&f.path)).is_ok() {
                displaced.insert(f.path.clone());
                ops.push(("displace", f.path.clone(), None));
            }
        }
    }
    // A directory the prefix lacks, whose whole content is in one package's staging (which
    // mirrors the package's tree), is put in place with one rename, everything beneath it
    // along; others are made, and their files placed one by one.
    let mut whole: HashSet<&str> = HashSet::new();
    let mut dir_places = Vec::new();
    for d in dirs_sorted {
        if ancestors(d).next().is_some_and(|p| whole.contains(p)) {
            whole.insert(d.as_str());
            continue;
        }
        if absent.contains(d.as_str()) {
            let owners: Vec<usize> = (0..staged.len())
                .filter(|n| {
                    fs::symlink_metadata(staging.join(n.to_string()).join(d))
                        .is_ok_and(|m| m.is_dir())
                })
                .collect();
            if let [n] = owners[..] {
                whole.insert(d.as_str());
                dir_places.push(("place", d.clone(), Some(format!("{n}/{d}"))));
                continue;
            }
        } else if let Some(m) = fs::symlink_metadata(prefix.path(d))
            .ok()
            .filter(|m| m.is_dir())
        {
            if m.dev() != staging_dev {
                let what = "the prefix";
                return Err(crate::fsutil::other_file_system(
                    &staging,
                    &prefix.path(d),
                    what,
                ));
            }
            continue;
        }
        ops.push(("mkdir", d.clone(), None));
    }
    for (n, s) in staged.iter().enumerate() {
        for f in &s.files {
            if ancestors(&f.path).next().is_some_and(|p| whole.contains(p)) {
                continue;
            }
            ops.push(("place", f.path.clone(), Some(format!("{n}/{}", f.path))));
        }
    }
    ops.extend(dir_places);
    {
        let t = db.conn.unchecked_transaction().map_err(|e| db.err(e))?;
        {
            let mut st = t
                .prepare_cached(
                    "INSERT INTO journal (tx_id, seq, op, path, staged) VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(|e| db.err(e))?;
            for (seq, (op, path, staged_name)) in ops.iter().enumerate() {
                st.execute(params![tx, seq as i64, op, path, staged_name])
                    .map_err(|e| db.err(e))?;
            }
        }
        t.commit().map_err(|e| db.err(e))?;
    }
    failpoint::hit("journaled");

    // 4. The renames.
    let dir_modes: HashMap<&str, u32> = staged
        .iter()
        .flat_map(|s| s.dir_modes.iter().map(|(k, v)| (k.as_str(), *v)))
        .collect();
    reporter.step("moving files into place");
    // Displacements and directories first, in order; then the placements, which are
    // independent of each other (each undone on its own), on two threads.
    let first_place = ops.iter().position(|o| o.0 == "place").unwrap_or(ops.len());
    for (seq, (op, path, staged_name)) in ops.iter().enumerate().take(first_place) {
        failpoint::hit(op);
        let target = prefix.path(path);
        match *op {
            "displace" => {
                let to = trash.join(seq.to_string());
                fs::rename(&target, &to).at(&target)?;
            }
            "rmdir" | "delete" => {}
            "mkdir" => {
                let mode = dir_modes.get(path.as_str()).copied().unwrap_or(0o755) | 0o700;
                match fs::DirBuilder::new().mode(mode).create(&target) {
                    Ok(()) => {}
                    Err(e) if e.kind() == ErrorKind::AlreadyExists && target.is_dir() => {}
                    Err(e) => return Err(Error::io(&target, e)),
                }
            }
            _ => {
                let from = staging.join(staged_name.as_deref().unwrap_or_default());
                fs::rename(&from, &target).at(&target)?;
            }
        }
    }
    let places = &ops[first_place..];
    debug_assert!(places.iter().all(|o| o.0 == "place"));
    in_two_halves(places, |(_, path, staged_name)| {
        failpoint::hit("place");
        let target = prefix.path(path);
        let from = staging.join(staged_name.as_deref().unwrap_or_default());
        fs::rename(&from, &target).at(&target)
    })?;
    if !removal_only {
        sync_renames(prefix, &trash, ops.iter().map(|o| o.1.as_str()))?;
    }
    failpoint::hit("applied");

    // 5. Commit the new state.
    let steps = plan.steps();
    {
        let t = db.conn.unchecked_transaction().map_err(|e| db.err(e))?;
        for id in &old_ids {
            t.execute("DELETE FROM packages WHERE id = ?1", [id])
                .map_err(|e| db.err(e))?;
        }
        let stamp = now();
        for (inst, s) in plan.installs.iter().zip(&staged) {
            let pl = &s.meta.plist;
            let pn = PkgName::new(&pl.name);
            let size: u64 = s.files.iter().map(|f| f.size).sum();
            // An upgrade keeps the user's choice of keep or automatic.
            let automatic = inst
                .replaces
                .as_ref()
                .map_or(inst.automatic, |o| o.automatic);
            t.execute(
                "INSERT INTO packages (name, base, version, comment, size, automatic, installed_at, source, tx_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![pl.name, pn.base(), pn.version(), s.meta.comment(), size as i64, automatic, stamp, source_of(&inst.file), tx],
            )
            .map_err(|e| db.err(e))?;
            let id = t.last_insert_rowid();
            {
                let mut st = t
                    .prepare_cached(
                        "INSERT INTO metadata (package_id, name, content) VALUES (?1, ?2, ?3)",
                    )
                    .map_err(|e| db.err(e))?;
                for (name, body) in &s.meta.files {
                    st.execute(params![id, name, body]).map_err(|e| db.err(e))?;
                }
                let mut st = t
                    .prepare_cached("INSERT INTO depends (package_id, pattern) VALUES (?1, ?2)")
                    .map_err(|e| db.err(e))?;
                for d in &pl.depends {
                    st.execute(params![id, d]).map_err(|e| db.err(e))?;
                }
                let mut st = t
                    .prepare_cached("INSERT INTO conflicts (package_id, pattern) VALUES (?1, ?2)")
                    .map_err(|e| db.err(e))?;
                for c in &pl.conflicts {
                    st.execute(params![id, c]).map_err(|e| db.err(e))?;
                }
                let mut st = t
                    .prepare_cached("INSERT INTO files (path, package_id, kind, sha256, size, mode, target) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .map_err(|e| db.err(e))?;
                let mut dirs: BTreeSet<&str> = BTreeSet::new();
                for f in &s.files {
                    let (kind, target) = match &f.kind {
                        StagedKind::File => ("file", None),
                        StagedKind::Symlink(t) => ("symlink", Some(t.as_str())),
                    };
                    st.execute(params![
                        f.path,
                        id,
                        kind,
                        f.sha256,
                        f.size as i64,
                        f.mode,
                        target
                    ])
                    .map_err(|e| db.err(e))?;
                    dirs.extend(ancestors(&f.path));
                }
                for d in &pl.dirs {
                    dirs.insert(d);
                    dirs.extend(ancestors(d));
                }
                let mut st = t
                    .prepare_cached("INSERT INTO dirs (path, package_id) VALUES (?1, ?2)")
                    .map_err(|e| db.err(e))?;
                for d in dirs {
                    st.execute(params![d, id]).map_err(|e| db.err(e))?;
                }
            }
        }
        for step in &steps {
            t.execute(
                "INSERT INTO tx_packages (tx_id, action, name, old_name) VALUES (?1, ?2, ?3, ?4)",
                params![tx, step.action, step.name, step.old],
            )
            .map_err(|e| db.err(e))?;
        }
        t.execute(
            "UPDATE transactions SET state = 'committed' WHERE id = ?1",
            [tx],
        )
        .map_err(|e| db.err(e))?;
        t.commit().map_err(|e| db.err(e))?;
    }
    failpoint::hit("committed");

    // 6. Clean up.
    finish(session, tx)?;
    Ok(Outcome { tx, steps })
}

/// Resolves a transaction a crash left behind, saying what it did.
pub fn recover(session: &Session, reporter: &dyn Reporter) -> Result<()> {
    while let Some((tx, state, command)) = session.db.unfinished()? {
        if state == "committed" {
            finish(session, tx)?;
            reporter.notice(&format!(
                "recovered: finished transaction {tx} ({command}), which was interrupted after it committed"
            ));
        } else {
            roll_back(session, tx)?;
            reporter.notice(&format!(
                "recovered: rolled back transaction {tx} ({command}), which was interrupted; the prefix is as it was before it"
            ));
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

/// Undoes the journal of `tx`, newest step first; each step checks whether it happened, so
/// this is safe to repeat after a crash during itself.
fn roll_back(session: &Session, tx: i64) -> Result<()> {
    let prefix = &session.prefix;
    let db = &session.db;
    let staging = prefix.staging(tx);
    let trash = prefix.trash(tx);
    let journal: Vec<JournalOp> = db.journal(tx)?;
    for op in journal.iter().rev() {
        failpoint::hit("undo");
        let target = prefix.path(&op.path);
        match op.op.as_str() {
            "place" => {
                let from = staging.join(op.staged.as_deref().unwrap_or_default());
                if fs::symlink_metadata(&from).is_err() && fs::symlink_metadata(&target).is_ok() {
                    fs::rename(&target, &from).at(&target)?;
                }
            }
            "rmdir" | "delete" => {}
            "mkdir" => match fs::remove_dir(&target) {
                Ok(()) => {}
                Err(e) if e.kind() == ErrorKind::NotFound => {}
                Err(e) if e.kind() == ErrorKind::DirectoryNotEmpty => {}
                Err(e) => return Err(Error::io(&target, e)),
            },
            _ => {
                let from = trash.join(op.seq.to_string());
                if fs::symlink_metadata(&from).is_ok() {
                    fs::rename(&from, &target).at(&target)?;
                }
            }
        }
    }
    sync_renames(prefix, &trash, journal.iter().map(|o| o.path.as_str()))?;
    remove_tree(&staging)?;
    remove_tree(&trash)?;
    close(session, tx, "rolled-back")
}

/// After the commit: removes directories no package needs any more, trash and staging.
fn finish(session: &Session, tx: i64) -> Result<()> {
    let prefix = &session.prefix;
    let db = &session.db;
    let journal = db.journal(tx)?;
    let mut candidates: BTreeSet<&str> = BTreeSet::new();
    // A removal's files go now that the database no longer lists them; a crash here is
    // finished by the next run, which finds the rest still journaled.
    // One unlink per file (a directory where a file was is left to the rmdir pass), on two
    // threads: the deletions are independent of each other.
    let deletes: Vec<&JournalOp> = journal.iter().filter(|o| o.op == "delete").collect();
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
    for op in &journal {
        match op.op.as_str() {
            "displace" | "delete" => candidates.extend(ancestors(&op.path)),
            "rmdir" => {
                candidates.insert(&op.path);
                candidates.extend(ancestors(&op.path));
            }
            _ => {}
        }
    }
    // Deepest first, so children go before their parents.
    let mut cands: Vec<&str> = candidates.into_iter().collect();
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
    close(session, tx, "done")
}

/// Refuses, before anything is written, a package whose packing list declares more than the
/// unpacking limit (a hostile archive, exit 4), and a transaction whose new files (by their
/// declared sizes, rounded up to the file system's blocks) need more than the space free on
/// the prefix's file system. Old files stay until the commit, so they are not counted as
/// freed. A disk filled by something else meanwhile still fails cleanly, at the write.
fn check_space(dir: &Path, plan: &Plan, policy: &Policy) -> Result<()> {
    for i in &plan.installs {
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
    let Some(crate::os::Space { free, block }) =
        dir.ancestors().find_map(|d| crate::os::free_space(d).ok())
    else {
        return Ok(());
    };
    let need: u64 = plan
        .installs
        .iter()
        .flat_map(|i| &i.meta.plist.entries)
        .filter_map(|e| e.size)
        .map(|s| s.div_ceil(block).saturating_mul(block))
        .fold(0, u64::saturating_add);
    if need > free {
        let mib = |b: u64| b.div_ceil(1 << 20);
        return Err(Error::Refused(format!(
            "{}: not enough space: the new files need {} MiB and {} MiB are free; free some space or install fewer packages",
            dir.display(),
            mib(need),
            mib(free)
        )));
    }
    Ok(())
}

/// Runs `step` on every item, the first half on this thread and the second on another (for
/// steps that do not depend on each other, like renames and unlinks of distinct files); the
/// first error wins.
fn in_two_halves<T: Sync>(items: &[T], step: impl Fn(&T) -> Result<()> + Sync) -> Result<()> {
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

/// Makes the renames between the prefix and `trash` durable: the directories that hold the
/// journaled paths, and trash itself.
fn sync_renames<'a>(
    prefix: &super::Prefix,
    trash: &Path,
    paths: impl Iterator<Item = &'a str>,
) -> Result<()> {
    let mut dirs: BTreeSet<std::path::PathBuf> = paths
        .filter_map(|p| prefix.path(p).parent().map(Path::to_path_buf))
        .collect();
    dirs.insert(trash.to_path_buf());
    crate::os::sync_dirs(&prefix.dir, dirs.iter().map(|d| d.as_path())).at(&prefix.dir)
}

/// Where a package came from, as an absolute path.
fn source_of(file: &Path) -> String {
    fs::canonicalize(file)
        .unwrap_or_else(|_| file.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// Ends transaction `tx` in `state`, dropping its journal.
fn close(session: &Session, tx: i64, state: &str) -> Result<()> {
    let db = &session.db;
    let t = db.conn.unchecked_transaction().map_err(|e| db.err(e))?;
    t.execute("DELETE FROM journal WHERE tx_id = ?1", [tx])
        .map_err(|e| db.err(e))?;
    t.execute(
        "UPDATE transactions SET state = ?3, finished_at = ?2 WHERE id = ?1",
        params![tx, now(), state],
    )
    .map_err(|e| db.err(e))?;
    t.commit().map_err(|e| db.err(e))
}

/// Removes a directory tree of ours, which may hold read-only directories.
fn remove_tree(path: &Path) -> Result<()> {
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
