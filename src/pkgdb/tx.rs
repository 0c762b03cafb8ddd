//! The database side of a transaction: its row, its journal, and the commit that records the
//! new state in one SQLite transaction.

use std::collections::BTreeSet;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{Action, FileKind, JournalKind, PkgDb, TxState};
use crate::error::Result;
use crate::version::PkgName;

/// One line of a plan, and of the history: what happened to one package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TxStep {
    /// What is done to it.
    pub action: Action,
    /// The package installed or removed.
    pub name: String,
    /// The package replaced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
}

/// One step of the journal of a transaction in flight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalOp {
    /// Position in the transaction; also names the step's file in trash.
    pub seq: i64,
    /// What the step does.
    pub kind: JournalKind,
    /// Path relative to the prefix.
    pub path: String,
    /// The staged file name, for [`JournalKind::Place`].
    pub staged: Option<String>,
}

/// A package to record at the commit.
#[derive(Debug)]
pub struct NewPackage<'a> {
    /// Full name.
    pub name: &'a str,
    /// One-line comment.
    pub comment: String,
    /// Payload bytes.
    pub size: u64,
    /// Installed only as a dependency.
    pub automatic: bool,
    /// The file or URL it came from.
    pub source: String,
    /// Its metadata members (`+CONTENTS`, `+BUILD_INFO`, …).
    pub metadata: Vec<(&'a str, &'a [u8])>,
    /// `@pkgdep` patterns.
    pub depends: &'a [String],
    /// `@pkgcfl` patterns.
    pub conflicts: &'a [String],
    /// Its files.
    pub files: Vec<NewFile<'a>>,
    /// Every directory it needs.
    pub dirs: BTreeSet<&'a str>,
}

/// One file of a [`NewPackage`].
#[derive(Debug)]
pub struct NewFile<'a> {
    /// Path relative to the prefix.
    pub path: &'a str,
    /// File or symlink.
    pub kind: FileKind,
    /// SHA-256 (of the target, for a symlink).
    pub sha256: &'a str,
    /// Size.
    pub size: u64,
    /// Permission bits.
    pub mode: u32,
    /// Symlink target.
    pub target: Option<&'a str>,
}

/// A transaction a crash left unfinished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfinished {
    /// Its id.
    pub id: i64,
    /// How far it got.
    pub state: TxState,
    /// The command line that started it.
    pub command: String,
}

impl PkgDb {
    /// Records a new transaction in state `applying`; returns its id.
    pub fn begin_transaction(&self, command: &str, at: &str) -> Result<i64> {
        self.conn
            .execute(
                "INSERT INTO transactions (started_at, state, command) VALUES (?1, ?2, ?3)",
                params![at, TxState::Applying, command],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Writes the journal of `tx` in one SQLite transaction: durable before any rename.
    pub fn write_journal(&self, tx: i64, ops: &[JournalOp]) -> Result<()> {
        let t = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        {
            let mut st = t
                .prepare_cached(
                    "INSERT INTO journal (tx_id, seq, op, path, staged) VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(|e| self.err(e))?;
            for op in ops {
                st.execute(params![tx, op.seq, op.kind, op.path, op.staged])
                    .map_err(|e| self.err(e))?;
            }
        }
        t.commit().map_err(|e| self.err(e))
    }

    /// The journal of a transaction, in order.
    pub fn journal(&self, tx_id: i64) -> Result<Vec<JournalOp>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT seq, op, path, staged FROM journal WHERE tx_id = ?1 ORDER BY seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([tx_id], |r| {
                Ok(JournalOp {
                    seq: r.get(0)?,
                    kind: r.get(1)?,
                    path: r.get(2)?,
                    staged: r.get(3)?,
                })
            })
            .map_err(|e| self.err(e))?;
        let ops: Vec<JournalOp> = rows
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        self.inside_prefix(ops.iter().map(|o| o.path.as_str()))?;
        // A staged name is `<package>/<path>`, inside staging.
        self.inside_prefix(ops.iter().filter_map(|o| o.staged.as_deref()))?;
        Ok(ops)
    }

    /// The commit's rows: `removed` packages go, `added` ones are recorded with their files,
    /// the steps go to the history, and `tx` is marked `committed`, all in one SQLite
    /// transaction that [`PendingCommit::commit`] commits; dropped, it leaves the database as
    /// it was. Lets the rows be written while the files are still being placed.
    pub fn prepare_commit(
        &self,
        tx: i64,
        removed: &[i64],
        added: &[NewPackage<'_>],
        steps: &[TxStep],
        at: &str,
    ) -> Result<PendingCommit<'_>> {
        let t = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        for id in removed {
            t.execute("DELETE FROM packages WHERE id = ?1", [id])
                .map_err(|e| self.err(e))?;
        }
        for p in added {
            self.insert_package(&t, tx, p, at)?;
        }
        for s in steps {
            t.execute(
                "INSERT INTO tx_packages (tx_id, action, name, old_name) VALUES (?1, ?2, ?3, ?4)",
                params![tx, s.action, s.name, s.old],
            )
            .map_err(|e| self.err(e))?;
        }
        t.execute(
            "UPDATE transactions SET state = ?2 WHERE id = ?1",
            params![tx, TxState::Committed],
        )
        .map_err(|e| self.err(e))?;
        Ok(PendingCommit { t, db: self })
    }

    fn insert_package(
        &self,
        t: &rusqlite::Transaction<'_>,
        tx: i64,
        p: &NewPackage<'_>,
        at: &str,
    ) -> Result<()> {
        let e = |e| self.err(e);
        let pn = PkgName::new(p.name);
        t.execute(
            "INSERT INTO packages (name, base, version, comment, size, automatic, installed_at, source, tx_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![p.name, pn.base(), pn.version(), p.comment, p.size as i64, p.automatic, at, p.source, tx],
        )
        .map_err(e)?;
        let id = t.last_insert_rowid();
        let mut st = t
            .prepare_cached("INSERT INTO metadata (package_id, name, content) VALUES (?1, ?2, ?3)")
            .map_err(e)?;
        for (name, body) in &p.metadata {
            st.execute(params![id, name, body]).map_err(e)?;
        }
        let mut st = t
            .prepare_cached("INSERT INTO depends (package_id, pattern) VALUES (?1, ?2)")
            .map_err(e)?;
        for d in p.depends {
            st.execute(params![id, d]).map_err(e)?;
        }
        let mut st = t
            .prepare_cached("INSERT INTO conflicts (package_id, pattern) VALUES (?1, ?2)")
            .map_err(e)?;
        for c in p.conflicts {
            st.execute(params![id, c]).map_err(e)?;
        }
        let mut st = t
            .prepare_cached("INSERT INTO files (path, package_id, kind, sha256, size, mode, target) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .map_err(e)?;
        for f in &p.files {
            st.execute(params![
                f.path,
                id,
                f.kind,
                f.sha256,
                f.size as i64,
                f.mode,
                f.target
            ])
            .map_err(e)?;
        }
        let mut st = t
            .prepare_cached("INSERT INTO dirs (path, package_id) VALUES (?1, ?2)")
            .map_err(e)?;
        for d in &p.dirs {
            st.execute(params![d, id]).map_err(e)?;
        }
        Ok(())
    }

    /// Ends transaction `tx` in `state`, dropping its journal.
    pub fn close_transaction(&self, tx: i64, state: TxState, at: &str) -> Result<()> {
        let t = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        t.execute("DELETE FROM journal WHERE tx_id = ?1", [tx])
            .map_err(|e| self.err(e))?;
        t.execute(
            "UPDATE transactions SET state = ?3, finished_at = ?2 WHERE id = ?1",
            params![tx, at, state],
        )
        .map_err(|e| self.err(e))?;
        t.commit().map_err(|e| self.err(e))
    }

    /// The oldest transaction left unfinished by a crash, if any.
    pub fn unfinished(&self) -> Result<Option<Unfinished>> {
        self.conn
            .query_row(
                "SELECT id, state, command FROM transactions WHERE state IN (?1, ?2) ORDER BY id LIMIT 1",
                params![TxState::Applying, TxState::Committed],
                |r| {
                    Ok(Unfinished {
                        id: r.get(0)?,
                        state: r.get(1)?,
                        command: r.get(2)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }
}

#[cfg(test)]
impl PkgDb {
    /// Records `name` as installed, as a committed transaction would, with `depends` and a
    /// `+BUILD_INFO` of `build_info`: for the tests of what reads the database.
    pub(crate) fn record_installed(
        &self,
        name: &str,
        depends: &[String],
        build_info: &str,
        automatic: bool,
    ) {
        let tx = self
            .begin_transaction("test", "2026-01-01T00:00:00Z")
            .unwrap();
        let pkg = NewPackage {
            name,
            comment: String::new(),
            size: 0,
            automatic,
            source: "test".into(),
            metadata: vec![("+BUILD_INFO", build_info.as_bytes())],
            depends,
            conflicts: &[],
            files: Vec::new(),
            dirs: BTreeSet::new(),
        };
        self.prepare_commit(tx, &[], &[pkg], &[], "2026-01-01T00:00:00Z")
            .and_then(PendingCommit::commit)
            .unwrap();
        self.close_transaction(tx, TxState::Done, "2026-01-01T00:00:00Z")
            .unwrap();
    }
}

/// A commit's rows, written in an open SQLite transaction ([`PkgDb::prepare_commit`]).
pub struct PendingCommit<'c> {
    t: rusqlite::Transaction<'c>,
    db: &'c PkgDb,
}

impl PendingCommit<'_> {
    /// Makes the rows durable, and the transaction committed.
    pub fn commit(self) -> Result<()> {
        let db = self.db;
        self.t.commit().map_err(|e| db.err(e))
    }
}
