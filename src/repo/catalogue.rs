//! The catalogue: what the line's repositories offer, as their signed indexes say, kept in
//! the package database and replaced atomically by `update`.

use std::io::Read;

use rusqlite::params;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::index::verify_release;
use super::release::{Release, RELEASE_FILE, SIGNATURE_FILE};
use super::summary::{self, RemotePkg};
use crate::config::Settings;
use crate::error::{Error, Result};
use crate::fetch::{join, Fetcher, Small, Validators};
use crate::pkgdb::PkgDb;
use crate::report::Reporter;
use crate::version::{pattern::better, pkg_match, PkgName};

/// A package of the catalogue, with the repository it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct CatPkg {
    /// Priority of its repository (0 first).
    pub repo: usize,
    /// What the index says of it.
    #[serde(flatten)]
    pub pkg: RemotePkg,
}

/// One repository as the catalogue holds it.
#[derive(Debug, Clone, Serialize)]
pub struct RepoState {
    /// Priority.
    pub idx: usize,
    /// Its mirrors.
    pub urls: Vec<String>,
    /// The mirror its index came from.
    pub source_url: String,
    /// Its release.
    pub release: Release,
}

/// Everything the repositories offer.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// Packages, by repository then name.
    pub pkgs: Vec<CatPkg>,
    /// Repositories, by priority.
    pub repos: Vec<RepoState>,
}

fn lines(v: &[String]) -> String {
    v.join("\n")
}

fn split(s: String) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.lines().map(str::to_string).collect()
    }
}

impl Catalogue {
    /// Loads the catalogue from the database.
    pub fn load(db: &PkgDb) -> Result<Catalogue> {
        let conn = &db.conn;
        let mut st = conn
            .prepare("SELECT idx, urls, source_url, release FROM repositories ORDER BY idx")
            .map_err(|e| db.err(e))?;
        let repos = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .map_err(|e| db.err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| db.err(e))?;
        let mut out = Catalogue::default();
        for (idx, urls, source_url, release) in repos {
            let release = Release::parse(&release)
                .map_err(|e| Error::Refused(format!("stored release of repository {idx}: {e}")))?;
            out.repos.push(RepoState {
                idx: idx as usize,
                urls: split(urls),
                source_url,
                release,
            });
        }
        let mut st = conn
            .prepare(
                "SELECT repo_idx, name, comment, file_name, file_size, sha256, size_pkg, depends, conflicts, provides, requires, supersedes, description FROM catalogue ORDER BY repo_idx, name",
            )
            .map_err(|e| db.err(e))?;
        let rows = st
            .query_map([], |r| {
                Ok(CatPkg {
                    repo: r.get::<_, i64>(0)? as usize,
                    pkg: RemotePkg {
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
                        other: Vec::new(),
                    },
                })
            })
            .map_err(|e| db.err(e))?;
        out.pkgs = rows
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| db.err(e))?;
        Ok(out)
    }

    /// Whether nothing was ever fetched.
    pub fn is_empty(&self) -> bool {
        self.repos.is_empty()
    }

    /// The best package for `pattern`: the first repository that has any match wins, and
    /// within it the highest version (on a tie, the smaller name). Names are searched by
    /// prefix range, so a 25,000-package catalogue answers in microseconds.
    pub fn best(&self, pattern: &str) -> Option<&CatPkg> {
        let prefixes = crate::version::pattern::prefixes(pattern);
        self.best_by(&prefixes, |name| pkg_match(pattern, name))
    }

    /// The best package of the same base as `base`, by the same rules.
    pub fn best_of_base(&self, base: &str) -> Option<&CatPkg> {
        self.best_by(&[format!("{base}-")], |name| {
            PkgName::new(name).base() == base
        })
    }

    fn best_by(&self, prefixes: &[String], accept: impl Fn(&str) -> bool) -> Option<&CatPkg> {
        let mut start = 0;
        while start < self.pkgs.len() {
            let repo = self.pkgs[start].repo;
            let end = start + self.pkgs[start..].partition_point(|p| p.repo == repo);
            let slice = &self.pkgs[start..end];
            let mut best: Option<&CatPkg> = None;
            for pre in prefixes {
                let lo = slice.partition_point(|p| p.pkg.name.as_str() < pre.as_str());
                for p in slice[lo..]
                    .iter()
                    .take_while(|p| p.pkg.name.starts_with(pre.as_str()))
                {
                    if accept(&p.pkg.name)
                        && best.is_none_or(|b| better(&p.pkg.name, &b.pkg.name).is_gt())
                    {
                        best = Some(p);
                    }
                }
            }
            if best.is_some() {
                return best;
            }
            start = end;
        }
        None
    }

    /// The mirrors a package can be fetched from, in order.
    pub fn urls_of(&self, p: &CatPkg) -> Vec<String> {
        let Some(r) = self.repos.iter().find(|r| r.idx == p.repo) else {
            return Vec::new();
        };
        // The mirror that served the index first, then the others in order.
        let mut urls = vec![r.source_url.clone()];
        urls.extend(r.urls.iter().filter(|u| **u != r.source_url).cloned());
        urls.iter()
            .map(|u| join(&join(u, "All"), &p.pkg.file_name))
            .collect()
    }
}

/// What `update` did for one repository.
#[derive(Debug, Clone, Serialize)]
pub struct RepoUpdate {
    /// Priority.
    pub idx: usize,
    /// The mirror used.
    pub url: String,
    /// `updated`, `unchanged`.
    pub outcome: String,
    /// The release now held.
    pub release: String,
    /// Packages offered.
    pub packages: usize,
}

const MAX_RELEASE: u64 = 64 << 10;

/// Fetches every configured repository's signed index and replaces the catalogue.
pub fn update(
    db: &PkgDb,
    settings: &Settings,
    line: Option<u64>,
    arch: &str,
    reporter: &dyn Reporter,
) -> Result<Vec<RepoUpdate>> {
    if settings.repositories.is_empty() {
        return Err(Error::Usage(
            "no repositories configured for this line: give --repo URL, or set repos in its config.toml".to_string(),
        ));
    }
    let fetcher = Fetcher::new(settings.fetch.clone())?;
    let mut out = Vec::new();
    for (idx, mirrors) in settings.repositories.iter().enumerate() {
        out.push(update_one(
            db, settings, &fetcher, idx, mirrors, line, arch, reporter,
        )?);
    }
    db.conn
        .execute(
            "DELETE FROM repositories WHERE idx >= ?1",
            [settings.repositories.len() as i64],
        )
        .map_err(|e| db.err(e))?;
    Ok(out)
}

struct Held {
    source_url: String,
    release: Release,
    release_text: String,
    validators: Validators,
    urls: String,
}

fn held(db: &PkgDb, idx: usize) -> Result<Option<Held>> {
    use rusqlite::OptionalExtension;
    let row = db
        .conn
        .query_row(
            "SELECT source_url, release, etag, last_modified, urls FROM repositories WHERE idx = ?1",
            [idx as i64],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            },
        )
        .optional()
        .map_err(|e| db.err(e))?;
    Ok(row.and_then(|(source_url, text, etag, lm, urls)| {
        Release::parse(&text).ok().map(|release| Held {
            source_url,
            release,
            release_text: text,
            validators: Validators {
                etag,
                last_modified: lm,
            },
            urls,
        })
    }))
}

#[allow(clippy::too_many_arguments)]
fn update_one(
    db: &PkgDb,
    settings: &Settings,
    fetcher: &Fetcher,
    idx: usize,
    mirrors: &[String],
    line: Option<u64>,
    arch: &str,
    reporter: &dyn Reporter,
) -> Result<RepoUpdate> {
    let held = held(db, idx)?;
    let mut first_error: Option<Error> = None;
    let mut stale = Vec::new();
    for (m, url) in mirrors.iter().enumerate() {
        let more = m + 1 < mirrors.len();
        let release_url = join(url, RELEASE_FILE);
        let cond = held
            .as_ref()
            .filter(|h| h.source_url == *url && h.urls == lines(mirrors))
            .map(|h| &h.validators);
        let mut once = || -> Result<Option<RepoUpdate>> {
            let (text, validators) = match fetcher.small(&release_url, cond, MAX_RELEASE)? {
                Small::NotModified => {
                    let h = held
                        .as_ref()
                        .expect("a conditional request implies a held index");
                    return Ok(Some(RepoUpdate {
                        idx,
                        url: url.clone(),
                        outcome: "unchanged".into(),
                        release: h.release.release.to_string(),
                        packages: count(db, idx)?,
                    }));
                }
                Small::Body(b, v) => (b, v),
            };
            let sig = match fetcher.small(&join(url, SIGNATURE_FILE), None, MAX_RELEASE) {
                Ok(Small::Body(b, _)) => b,
                Ok(Small::NotModified) => Vec::new(),
                Err(Error::NotFound { .. }) => {
                    return Err(Error::verify(
                        &release_url,
                        "no signature (release.minisig): refusing an unsigned index",
                    ))
                }
                Err(e) => return Err(e),
            };
            // Signatures by further keys (key rotation), looked up by the trusted keys' ids.
            let mut sigs = vec![sig];
            for k in &settings.keys {
                let u = join(url, &super::index::extra_signature_name(&k.id_hex()));
                if let Ok(Small::Body(b, _)) = fetcher.small(&u, None, MAX_RELEASE) {
                    sigs.push(b);
                }
            }
            let release = verify_release(&release_url, &text, &sigs, &settings.keys)?;
            if let Some(l) = line {
                if release.line != l {
                    return Err(Error::verify(
                        &release_url,
                        format!(
                            "this index is for line {}, not line {l}; check the repository URL",
                            release.line
                        ),
                    ));
                }
            }
            if crate::os::canonical_arch(&release.arch) != crate::os::canonical_arch(arch) {
                return Err(Error::verify(
                    &release_url,
                    format!(
                        "this index is for {}, this machine is {arch}; check the repository URL",
                        release.arch
                    ),
                ));
            }
            if let Some(h) = &held {
                if release.older_than(&h.release) {
                    stale.push(format!("{url} ({})", release.date));
                    return Ok(None);
                }
                if h.release_text.as_bytes() == text.as_slice() {
                    store_validators(db, idx, url, &validators)?;
                    return Ok(Some(RepoUpdate {
                        idx,
                        url: url.clone(),
                        outcome: "unchanged".into(),
                        release: release.release.to_string(),
                        packages: count(db, idx)?,
                    }));
                }
            }
            let summary = fetch_summary(fetcher, url, &release)?;
            let pkgs =
                summary::parse(&summary).map_err(|e| Error::verify(join(url, "pkg_summary"), e))?;
            store(
                db,
                idx,
                mirrors,
                url,
                &text,
                &sigs[0],
                &release,
                &validators,
                &pkgs,
            )?;
            Ok(Some(RepoUpdate {
                idx,
                url: url.clone(),
                outcome: "updated".into(),
                release: release.release.to_string(),
                packages: pkgs.len(),
            }))
        };
        // A verification failure is tried once more: a publish may be between writing the
        // signature and the release file.
        let attempt = match once() {
            Err(Error::Verify { .. }) => {
                std::thread::sleep(std::time::Duration::from_millis(1000));
                once()
            }
            other => other,
        };
        match attempt {
            Ok(Some(r)) => return Ok(r),
            Ok(None) => {}
            Err(e) => {
                if more {
                    reporter.notice(&format!("{e}; trying the next mirror"));
                }
                first_error.get_or_insert(e);
            }
        }
    }
    if !stale.is_empty() {
        if let Some(h) = &held {
            reporter.notice(&format!(
                "mirrors serve an index older than the one held ({}): {}; keeping the held one",
                h.release.date,
                stale.join(", ")
            ));
            if first_error.is_none() {
                return Ok(RepoUpdate {
                    idx,
                    url: h.source_url.clone(),
                    outcome: "kept (mirrors stale)".into(),
                    release: h.release.release.to_string(),
                    packages: count(db, idx)?,
                });
            }
        }
    }
    Err(first_error.unwrap_or_else(|| Error::Refused("no mirror answered".into())))
}

fn count(db: &PkgDb, idx: usize) -> Result<usize> {
    db.conn
        .query_row(
            "SELECT count(*) FROM catalogue WHERE repo_idx = ?1",
            [idx as i64],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n as usize)
        .map_err(|e| db.err(e))
}

fn store_validators(db: &PkgDb, idx: usize, url: &str, v: &Validators) -> Result<()> {
    db.conn
        .execute(
            "UPDATE repositories SET source_url = ?2, etag = ?3, last_modified = ?4, updated_at = ?5 WHERE idx = ?1",
            params![idx as i64, url, v.etag, v.last_modified, crate::transaction::now()],
        )
        .map(|_| ())
        .map_err(|e| db.err(e))
}

/// Fetches the summary (zstd, then bzip2, gzip, plain) and checks it against the release.
fn fetch_summary(fetcher: &Fetcher, url: &str, release: &Release) -> Result<String> {
    let limit = release.summary_size;
    let mut last = None;
    for (name, comp) in [
        (
            "pkg_summary.zst",
            crate::package::archive::Compression::Zstd,
        ),
        (
            "pkg_summary.bz2",
            crate::package::archive::Compression::Bzip2,
        ),
        ("pkg_summary.gz", crate::package::archive::Compression::Gzip),
        ("pkg_summary", crate::package::archive::Compression::None),
    ] {
        let u = join(url, name);
        let body = match fetcher.small(&u, None, limit + (1 << 20)) {
            Ok(Small::Body(b, _)) => b,
            Ok(Small::NotModified) => continue,
            Err(e @ Error::NotFound { .. }) => {
                last = Some(e);
                continue;
            }
            Err(e) => return Err(e),
        };
        let mut text = Vec::new();
        comp.decoder(body.as_slice())
            .and_then(|d| d.take(limit + 1).read_to_end(&mut text))
            .map_err(|e| Error::verify(&u, format!("cannot decompress: {e}")))?;
        if text.len() as u64 != limit {
            return Err(Error::verify(
                &u,
                format!(
                    "size mismatch: the signed release says {limit} bytes, got {} or more",
                    text.len()
                ),
            ));
        }
        let sha = hex::encode(Sha256::digest(&text));
        if sha != release.summary_sha256 {
            return Err(Error::verify(
                &u,
                format!(
                    "SHA-256 mismatch: the signed release says {}, got {sha}",
                    release.summary_sha256
                ),
            ));
        }
        return String::from_utf8(text).map_err(|_| Error::verify(&u, "not UTF-8"));
    }
    Err(last.unwrap_or_else(|| Error::Refused(format!("{url}: no pkg_summary"))))
}

#[allow(clippy::too_many_arguments)]
fn store(
    db: &PkgDb,
    idx: usize,
    mirrors: &[String],
    url: &str,
    release_text: &[u8],
    sig: &[u8],
    release: &Release,
    v: &Validators,
    pkgs: &[RemotePkg],
) -> Result<()> {
    let t = db.conn.unchecked_transaction().map_err(|e| db.err(e))?;
    t.execute("DELETE FROM catalogue WHERE repo_idx = ?1", [idx as i64])
        .map_err(|e| db.err(e))?;
    t.execute(
        "INSERT OR REPLACE INTO repositories (idx, urls, source_url, release, signature, date, etag, last_modified, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            idx as i64,
            lines(mirrors),
            url,
            String::from_utf8_lossy(release_text),
            String::from_utf8_lossy(sig),
            release.date,
            v.etag,
            v.last_modified,
            crate::transaction::now()
        ],
    )
    .map_err(|e| db.err(e))?;
    {
        let mut st = t
            .prepare("INSERT OR REPLACE INTO catalogue (repo_idx, name, base, version, comment, file_name, file_size, sha256, size_pkg, depends, conflicts, provides, requires, supersedes, description) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")
            .map_err(|e| db.err(e))?;
        for p in pkgs {
            let n = PkgName::new(&p.name);
            st.execute(params![
                idx as i64,
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
            ])
            .map_err(|e| db.err(e))?;
        }
    }
    t.commit().map_err(|e| db.err(e))
}
