//! The installed-package database of one prefix (SQLite, `<prefix>/.cbe/pkgdb.sqlite`).
//!
//! The schema lives in `migrations/*.sql` beside this file, one numbered migration
//! per file, applied in order and recorded in SQLite's `user_version`.

pub mod catalogue;

use std::path::{Path, PathBuf};

use std::fs;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

use crate::error::{Error, Result};
use crate::package::BuildInfo;

mod tx;
mod types;

pub use tx::{JournalOp, NewFile, NewPackage, PendingCommit, TxStep, Unfinished};
pub use types::{Action, FileKind, JournalKind, TxState};

/// The migrations, in order: `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001-initial.sql"),
    include_str!("migrations/0002-catalogue.sql"),
    include_str!("migrations/0003-line-state.sql"),
    include_str!("migrations/0004-journal-delete.sql"),
    include_str!("migrations/0005-catalogue-other.sql"),
];

/// An installed package.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct InstalledPkg {
    /// Row id.
    #[serde(skip)]
    pub id: i64,
    /// Full name, `gcc7-7.5.0nb3`.
    pub name: String,
    /// Base name, `gcc7`.
    pub base: String,
    /// Version, `7.5.0nb3`.
    pub version: String,
    /// One-line comment.
    pub comment: String,
    /// Payload bytes.
    pub size: i64,
    /// Installed only as a dependency.
    pub automatic: bool,
    /// When (RFC 3339).
    pub installed_at: String,
    /// The file or URL it came from.
    pub source: String,
}

/// An installed file as the database records it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FileRecord {
    /// Path relative to the prefix.
    pub path: String,
    /// Owning package id.
    #[serde(skip)]
    pub package_id: i64,
    /// File or symlink.
    pub kind: FileKind,
    /// SHA-256 (of the link target for a symlink).
    pub sha256: String,
    /// Size.
    pub size: i64,
    /// Permission bits.
    pub mode: u32,
    /// Symlink target.
    pub target: Option<String>,
}

/// A transaction as history shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TxRecord {
    /// Id.
    pub id: i64,
    /// Start time.
    pub started_at: String,
    /// End time.
    pub finished_at: Option<String>,
    /// State.
    pub state: TxState,
    /// The command line that made it.
    pub command: String,
    /// `(action, name, old_name)` per package.
    pub packages: Vec<(Action, String, Option<String>)>,
}

/// An open package database.
pub struct PkgDb {
    conn: Connection,
    path: PathBuf,
}

const PKG_COLUMNS: &str = "id, name, base, version, comment, size, automatic, installed_at, source";

fn pkg_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<InstalledPkg> {
    Ok(InstalledPkg {
        id: r.get(0)?,
        name: r.get(1)?,
        base: r.get(2)?,
        version: r.get(3)?,
        comment: r.get(4)?,
        size: r.get(5)?,
        automatic: r.get(6)?,
        installed_at: r.get(7)?,
        source: r.get(8)?,
    })
}

fn file_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<FileRecord> {
    Ok(FileRecord {
        path: r.get(0)?,
        package_id: r.get(1)?,
        kind: r.get(2)?,
        sha256: r.get(3)?,
        size: r.get(4)?,
        mode: r.get(5)?,
        target: r.get(6)?,
    })
}

fn refuse_symlink(path: &Path) -> Result<()> {
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Error::verify(
            path,
            "is a symbolic link; cbe opens its database only as a file of its own: remove the link",
        ));
    }
    Ok(())
}

/// `path` as the path of an SQLite `file:` URI: every byte but the unreserved ones and `/`
/// percent-encoded, so that a `?`, `#` or `%` in a prefix's name stays part of the path.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

const FILE_COLUMNS: &str = "path, package_id, kind, sha256, size, mode, target";

impl PkgDb {
    /// Opens the database at `path` only if its schema is already current (nothing to
    /// migrate): what a reader holding a shared lock may do.
    pub fn open_current(path: &Path) -> Result<Option<PkgDb>> {
        let db = match Self::connect_settled(path)? {
            Some(db) => db,
            None => Self::connect(path)?,
        };
        let version: usize = db
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| db.err(e))?;
        Ok((version == MIGRATIONS.len()).then_some(db))
    }

    /// A copy of the database at `to` (a new file), consistent as of now: what a dry run
    /// plans against and may change (a refreshed catalogue) while the real one stays as it is.
    pub fn copy_to(&self, to: &Path) -> Result<PkgDb> {
        let target = to.to_string_lossy();
        self.conn
            .execute("VACUUM INTO ?1", [target.as_ref()])
            .map_err(|e| self.err(e))?;
        Self::open(to)
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<PkgDb> {
        let db = Self::connect(path)?;
        db.migrate()?;
        Ok(db)
    }

    /// Opens the database read-only as a file that does not change, which it is while the
    /// caller holds the prefix's shared lock: writers take it exclusively. SQLite then takes
    /// no locks of its own and makes no `-wal`/`-shm` files, which would be created and
    /// unlinked again on every satisfied `ensure`. `None` when a writer that stopped left a
    /// write-ahead log or journal: it may hold commits the main file lacks, so the caller
    /// reads through SQLite's usual path instead.
    fn connect_settled(path: &Path) -> Result<Option<PkgDb>> {
        let mut name = path.as_os_str().to_owned();
        for suffix in ["-wal", "-journal"] {
            name.push(suffix);
            if fs::symlink_metadata(&name).is_ok() {
                return Ok(None);
            }
            name = path.as_os_str().to_owned();
        }
        refuse_symlink(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_NOFOLLOW;
        let uri = format!("file:{}?immutable=1", uri_path(path));
        let conn = Connection::open_with_flags(uri, flags).map_err(|e| db_err(path, e))?;
        Ok(Some(PkgDb {
            conn,
            path: path.to_path_buf(),
        }))
    }

    fn connect(path: &Path) -> Result<PkgDb> {
        // Never through a symlink at the database's name (SQLite's own O_NOFOLLOW).
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_NOFOLLOW;
        refuse_symlink(path)?;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| db_err(path, e))?;
        let db = PkgDb {
            conn,
            path: path.to_path_buf(),
        };
        // A cache of up to 32 MiB holds a whole transaction's pages (pkgsrc's catalogue,
        // a toolchain's file rows) until it commits; SQLite's 2 MiB spilled them into the
        // log over and over, a hundred times the database's size for one update.
        db.conn
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
                 PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;",
            )
            .map_err(|e| db.err(e))?;
        db.conn
            .busy_timeout(std::time::Duration::from_secs(60))
            .map_err(|e| db.err(e))?;
        Ok(db)
    }

    fn migrate(&self) -> Result<()> {
        let version: usize = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        if version > MIGRATIONS.len() {
            return Err(Error::malformed(
                &self.path,
                format!(
                    "schema version {version} is newer than this cbe knows ({}); upgrade cbe",
                    MIGRATIONS.len()
                ),
            ));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
            tx.execute_batch(sql).map_err(|e| self.err(e))?;
            tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))
                .map_err(|e| self.err(e))?;
            tx.commit().map_err(|e| self.err(e))?;
        }
        Ok(())
    }

    /// Wraps a SQLite error with this database's path.
    pub(crate) fn err(&self, e: rusqlite::Error) -> Error {
        db_err(&self.path, e)
    }

    /// All installed packages, by name.
    pub fn packages(&self) -> Result<Vec<InstalledPkg>> {
        let mut st = self
            .conn
            .prepare_cached(&format!("SELECT {PKG_COLUMNS} FROM packages ORDER BY name"))
            .map_err(|e| self.err(e))?;
        let rows = st.query_map([], pkg_row).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// The installed package with this full name or base name.
    pub fn package(&self, name: &str) -> Result<Option<InstalledPkg>> {
        self.conn
            .query_row(
                &format!("SELECT {PKG_COLUMNS} FROM packages WHERE name = ?1 OR base = ?1"),
                [name],
                pkg_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The files of a package, by path.
    pub fn files_of(&self, package_id: i64) -> Result<Vec<FileRecord>> {
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT {FILE_COLUMNS} FROM files WHERE package_id = ?1 ORDER BY path"
            ))
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([package_id], file_row)
            .map_err(|e| self.err(e))?;
        let files: Vec<FileRecord> = rows
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        self.inside_prefix(files.iter().map(|f| f.path.as_str()))?;
        Ok(files)
    }

    /// Every installed file, by path.
    pub fn all_files(&self) -> Result<Vec<FileRecord>> {
        let mut st = self
            .conn
            .prepare_cached(&format!("SELECT {FILE_COLUMNS} FROM files ORDER BY path"))
            .map_err(|e| self.err(e))?;
        let rows = st.query_map([], file_row).map_err(|e| self.err(e))?;
        let files: Vec<FileRecord> = rows
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        self.inside_prefix(files.iter().map(|f| f.path.as_str()))?;
        Ok(files)
    }

    /// The package owning `path` (relative to the prefix), if any.
    pub fn owner_of(&self, path: &str) -> Result<Option<InstalledPkg>> {
        self.conn
            .query_row(
                &format!(
                    "SELECT {} FROM packages p JOIN files f ON f.package_id = p.id WHERE f.path = ?1",
                    PKG_COLUMNS
                        .split(", ")
                        .map(|c| format!("p.{c}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                [path],
                pkg_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The `@pkgdep` patterns of a package.
    pub fn depends_of(&self, package_id: i64) -> Result<Vec<String>> {
        self.strings(
            "SELECT pattern FROM depends WHERE package_id = ?1",
            package_id,
        )
    }

    /// The directories a package needs.
    pub fn dirs_of(&self, package_id: i64) -> Result<Vec<String>> {
        let dirs = self.strings("SELECT path FROM dirs WHERE package_id = ?1", package_id)?;
        self.inside_prefix(dirs.iter().map(String::as_str))?;
        Ok(dirs)
    }

    /// Refuses paths read back from the database that are not inside the prefix, by the rules
    /// archive members follow (relative, no `..`, not cbe's own `.cbe/`): cbe deletes and
    /// renames by these paths, so a tampered row must not reach outside.
    pub(crate) fn inside_prefix<'a>(&self, paths: impl IntoIterator<Item = &'a str>) -> Result<()> {
        for p in paths {
            let bad = crate::package::check_rel_path(p).err();
            if let Some(why) = bad {
                return Err(Error::verify(
                    &self.path,
                    format!("names a path outside the prefix ({why}); the database was tampered with: restore it or remove the line"),
                ));
            }
        }
        Ok(())
    }

    /// The `@pkgcfl` patterns of a package.
    pub fn conflicts_of(&self, package_id: i64) -> Result<Vec<String>> {
        self.strings(
            "SELECT pattern FROM conflicts WHERE package_id = ?1",
            package_id,
        )
    }

    fn strings(&self, sql: &str, id: i64) -> Result<Vec<String>> {
        let mut st = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = st.query_map([id], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// A metadata member of an installed package (`+DESC`, `+BUILD_INFO`, …).
    pub fn metadata(&self, package_id: i64, name: &str) -> Result<Option<Vec<u8>>> {
        self.conn
            .query_row(
                "SELECT content FROM metadata WHERE package_id = ?1 AND name = ?2",
                params![package_id, name],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Whether an installed package is marked to be preserved (PKG_PRESERVE): a `+PRESERVE`
    /// member, or `@option preserve` in its `+CONTENTS`.
    pub fn preserved(&self, package_id: i64) -> Result<bool> {
        if self.metadata(package_id, "+PRESERVE")?.is_some() {
            return Ok(true);
        }
        let contents = self.metadata(package_id, "+CONTENTS")?.unwrap_or_default();
        Ok(String::from_utf8_lossy(&contents)
            .lines()
            .any(|l| l.trim_end() == "@option preserve"))
    }

    /// Every metadata member of an installed package, by name.
    pub fn metadata_all(&self, package_id: i64) -> Result<Vec<(String, Vec<u8>)>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT name, content FROM metadata WHERE package_id = ?1 ORDER BY name",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![package_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// An installed package's `+BUILD_INFO`, read once for all the keys wanted of it.
    pub fn build_info(&self, package_id: i64) -> Result<BuildInfo> {
        let text = self
            .metadata(package_id, "+BUILD_INFO")?
            .unwrap_or_default();
        Ok(BuildInfo::new(&text))
    }

    /// Whether any installed package still needs directory `path`.
    pub fn dir_referenced(&self, path: &str) -> Result<bool> {
        self.conn
            .query_row("SELECT 1 FROM dirs WHERE path = ?1 LIMIT 1", [path], |_| {
                Ok(())
            })
            .optional()
            .map(|o| o.is_some())
            .map_err(|e| self.err(e))
    }

    /// Sets or clears the automatic flag (pkgin's unkeep / keep).
    pub fn set_automatic(&self, package_id: i64, automatic: bool) -> Result<()> {
        self.conn
            .execute(
                "UPDATE packages SET automatic = ?2 WHERE id = ?1",
                params![package_id, automatic],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// The transaction history, oldest first.
    pub fn history(&self) -> Result<Vec<TxRecord>> {
        let mut st = self
            .conn
            .prepare(
                "SELECT id, started_at, finished_at, state, command FROM transactions ORDER BY id",
            )
            .map_err(|e| self.err(e))?;
        let mut txs: Vec<TxRecord> = st
            .query_map([], |r| {
                Ok(TxRecord {
                    id: r.get(0)?,
                    started_at: r.get(1)?,
                    finished_at: r.get(2)?,
                    state: r.get(3)?,
                    command: r.get(4)?,
                    packages: Vec::new(),
                })
            })
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        let mut st = self
            .conn
            .prepare("SELECT tx_id, action, name, old_name FROM tx_packages ORDER BY rowid")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Action>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })
            .map_err(|e| self.err(e))?;
        for row in rows {
            let (tx, action, name, old) = row.map_err(|e| self.err(e))?;
            if let Some(t) = txs.iter_mut().find(|t| t.id == tx) {
                t.packages.push((action, name, old));
            }
        }
        Ok(txs)
    }

    /// A value of the line's state (`release`, `checked_at`, …).
    pub fn line_state(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM line_state WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Sets values of the line's state in one transaction.
    pub fn set_line_state(&self, pairs: &[(&str, &str)]) -> Result<()> {
        let t = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        for (k, v) in pairs {
            t.execute(
                "INSERT OR REPLACE INTO line_state (key, value) VALUES (?1, ?2)",
                params![k, v],
            )
            .map_err(|e| self.err(e))?;
        }
        t.commit().map_err(|e| self.err(e))
    }

    /// Checks SQLite's own consistency.
    pub fn integrity_check(&self) -> Result<String> {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }
}

fn db_err(path: &Path, e: rusqlite::Error) -> Error {
    Error::Db {
        path: path.to_path_buf(),
        source: e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_with_uri_characters_is_one_path() {
        assert_eq!(uri_path(Path::new("/a b/c?d#e%f")), "/a%20b/c%3Fd%23e%25f");
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("odd ?#% name");
        fs::create_dir(&state).unwrap();
        let path = state.join("pkgdb.sqlite");
        PkgDb::open(&path)
            .unwrap()
            .set_line_state(&[("release", "1.0.0")])
            .unwrap();
        let db = PkgDb::connect_settled(&path).unwrap().expect("no log left");
        assert_eq!(db.line_state("release").unwrap().as_deref(), Some("1.0.0"));
        // The settled reader is read-only and made no files beside the database.
        assert!(db.set_line_state(&[("release", "2")]).is_err());
        let names: Vec<_> = fs::read_dir(&state)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["pkgdb.sqlite"]);
    }

    #[test]
    fn commits_left_in_a_write_ahead_log_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pkgdb.sqlite");
        PkgDb::open(&path).unwrap();
        let writer = PkgDb::open(&path).unwrap();
        writer.set_line_state(&[("release", "1.0.1")]).unwrap();
        // A writer that stops without closing leaves its commits in the log, not the file.
        std::mem::forget(writer);
        assert!(PkgDb::connect_settled(&path).unwrap().is_none());
        let db = PkgDb::open_current(&path).unwrap().unwrap();
        assert_eq!(db.line_state("release").unwrap().as_deref(), Some("1.0.1"));
    }
}
