//! The catalogue's tables (`repositories`, `catalogue`, schema version 2): the SQL that reads
//! and replaces what the line's repositories offer. What the rows mean, and when they are
//! replaced, is `repo::catalogue`'s business; this file only knows the columns.

use rusqlite::{params, OptionalExtension, Row};

use super::PkgDb;
use crate::error::Result;
use crate::fetch::Validators;
use crate::package::summary::RemotePkg;
use crate::version::PkgName;

/// One row of `repositories`: the signed release accepted from a repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepositoryRow {
    /// Priority (0 first).
    pub idx: usize,
    /// Its mirrors, as configured when the release was accepted.
    pub urls: Vec<String>,
    /// The mirror the release came from.
    pub source_url: String,
    /// The release file, verbatim.
    pub release: String,
    /// Its signature, verbatim.
    pub signature: String,
    /// The release's `DATE`.
    pub date: String,
    /// For the next conditional request to `source_url`.
    pub validators: Validators,
    /// When it was last fetched or confirmed (RFC 3339).
    pub updated_at: String,
}

const REPOSITORY_COLUMNS: &str =
    "idx, urls, source_url, release, signature, date, etag, last_modified, updated_at";

const PACKAGE_COLUMNS: &str = "repo_idx, name, comment, file_name, file_size, sha256, size_pkg, \
     depends, conflicts, provides, requires, supersedes, description, other";

// Lists are stored one item per line: pkg_summary's values never hold a newline.
fn lines(v: &[String]) -> String {
    v.join("\n")
}

// The fields without a column of their own, as the summary wrote them.
fn other_lines(v: &[(String, String)]) -> String {
    v.iter()
        .map(|(k, val)| format!("{k}={val}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn split(s: String) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.lines().map(str::to_string).collect()
    }
}

fn repository_row(r: &Row<'_>) -> rusqlite::Result<RepositoryRow> {
    Ok(RepositoryRow {
        idx: r.get::<_, i64>(0)? as usize,
        urls: split(r.get(1)?),
        source_url: r.get(2)?,
        release: r.get(3)?,
        signature: r.get(4)?,
        date: r.get(5)?,
        validators: Validators {
            etag: r.get(6)?,
            last_modified: r.get(7)?,
        },
        updated_at: r.get(8)?,
    })
}

fn package_row(r: &Row<'_>) -> rusqlite::Result<(usize, RemotePkg)> {
    let pkg = RemotePkg {
        name: r.get(1)?,
        comment: r.get(2)?,
        file_name: r.get(3)?,
        file_size: r.get::<_, Option<i64>>(4)?.map(|n| n as u64),
        sha256: r.get(5)?,
        size_pkg: r.get::<_, Option<i64>>(6)?.map(|n| n as u64),
        depends: split(r.get(7)?),
        conflicts: split(r.get(8)?),
        provides: split(r.get(9)?),
        requires: split(r.get(10)?),
        supersedes: split(r.get(11)?),
        description: split(r.get(12)?),
        other: split(r.get(13)?)
            .into_iter()
            .filter_map(|l| {
                l.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
            })
            .collect(),
    };
    Ok((r.get::<_, i64>(0)? as usize, pkg))
}

impl PkgDb {
    /// Every repository's row, by priority.
    pub fn repositories(&self) -> Result<Vec<RepositoryRow>> {
        let sql = format!("SELECT {REPOSITORY_COLUMNS} FROM repositories ORDER BY idx");
        let mut st = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = st.query_map([], repository_row).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// The row of repository `idx`, if it was ever fetched.
    pub fn repository(&self, idx: usize) -> Result<Option<RepositoryRow>> {
        let sql = format!("SELECT {REPOSITORY_COLUMNS} FROM repositories WHERE idx = ?1");
        self.conn
            .query_row(&sql, [idx as i64], repository_row)
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Every package of the catalogue with its repository's priority, by priority then name.
    pub fn catalogue_packages(&self) -> Result<Vec<(usize, RemotePkg)>> {
        let sql = format!("SELECT {PACKAGE_COLUMNS} FROM catalogue ORDER BY repo_idx, name");
        let mut st = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = st.query_map([], package_row).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// How many packages repository `idx` offers.
    pub fn catalogue_count(&self, idx: usize) -> Result<usize> {
        self.conn
            .query_row(
                "SELECT count(*) FROM catalogue WHERE repo_idx = ?1",
                [idx as i64],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(|e| self.err(e))
    }

    /// Records that repository `idx`'s release was confirmed unchanged at `source_url`.
    pub fn touch_repository(
        &self,
        idx: usize,
        source_url: &str,
        v: &Validators,
        updated_at: &str,
    ) -> Result<()> {
        self.conn
            .execute(
                "UPDATE repositories SET source_url = ?2, etag = ?3, last_modified = ?4, updated_at = ?5 WHERE idx = ?1",
                params![idx as i64, source_url, v.etag, v.last_modified, updated_at],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Replaces repository `row.idx` and everything it offers, in one transaction.
    pub fn replace_repository(&self, row: &RepositoryRow, pkgs: &[RemotePkg]) -> Result<()> {
        let t = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        t.execute(
            "DELETE FROM catalogue WHERE repo_idx = ?1",
            [row.idx as i64],
        )
        .map_err(|e| self.err(e))?;
        t.execute(
            &format!("INSERT OR REPLACE INTO repositories ({REPOSITORY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
            params![
                row.idx as i64,
                lines(&row.urls),
                row.source_url,
                row.release,
                row.signature,
                row.date,
                row.validators.etag,
                row.validators.last_modified,
                row.updated_at,
            ],
        )
        .map_err(|e| self.err(e))?;
        {
            let mut st = t
                .prepare("INSERT INTO catalogue (repo_idx, name, base, version, comment, file_name, file_size, sha256, size_pkg, depends, conflicts, provides, requires, supersedes, description, other) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
                .map_err(|e| self.err(e))?;
            for p in in_key_order(pkgs) {
                let n = PkgName::new(&p.name);
                st.execute(params![
                    row.idx as i64,
                    p.name,
                    n.base(),
                    n.version(),
                    p.comment,
                    p.file_name,
                    p.file_size.map(|x| x as i64),
                    p.sha256,
                    p.size_pkg.map(|x| x as i64),
                    lines(&p.depends),
                    lines(&p.conflicts),
                    lines(&p.provides),
                    lines(&p.requires),
                    lines(&p.supersedes),
                    lines(&p.description),
                    other_lines(&p.other),
                ])
                .map_err(|e| self.err(e))?;
            }
        }
        t.commit().map_err(|e| self.err(e))
    }

    /// Forgets repositories from priority `n` on (no longer configured).
    pub fn forget_repositories_from(&self, n: usize) -> Result<()> {
        self.conn
            .execute("DELETE FROM repositories WHERE idx >= ?1", [n as i64])
            .map(|_| ())
            .map_err(|e| self.err(e))
    }
}

/// The packages in the catalogue's key order, the last of any name only (as a summary that
/// names a package twice has always been read). Rows inserted in key order are appended to
/// the table's last page instead of splitting pages all over it, which took most of an
/// update of pkgsrc's 25,000 packages.
fn in_key_order(pkgs: &[RemotePkg]) -> Vec<&RemotePkg> {
    let mut sorted: Vec<(usize, &RemotePkg)> = pkgs.iter().enumerate().collect();
    sorted.sort_by(|(i, a), (j, b)| a.name.cmp(&b.name).then(j.cmp(i)));
    sorted.dedup_by(|(_, later), (_, kept)| later.name == kept.name);
    sorted.into_iter().map(|(_, p)| p).collect()
}
