//! The catalogue as the prefix's database keeps it: loading it, what is held of one
//! repository before an update, and recording what an update accepted. The SQL itself is
//! in `pkgdb::catalogue`.

use super::model::{CatPkg, Catalogue, RepoState};
use crate::error::{Error, Refusal, Result};
use crate::fetch::Validators;
use crate::package::summary::RemotePkg;
use crate::pkgdb::catalogue::RepositoryRow;
use crate::pkgdb::PkgDb;
use crate::repo::release::Release;

impl Catalogue {
    /// Loads the catalogue from the database.
    pub fn load(db: &PkgDb) -> Result<Catalogue> {
        let repos = db
            .repositories()?
            .into_iter()
            .map(|row| {
                let release = Release::parse(&row.release).map_err(|e| {
                    Error::refused(
                        Refusal::Other,
                        format!("stored release of repository {}: {e}", row.idx),
                    )
                })?;
                Ok(RepoState {
                    idx: row.idx,
                    urls: row.urls,
                    source_url: row.source_url,
                    release,
                })
            })
            .collect::<Result<_>>()?;
        let pkgs = db
            .catalogue_packages()?
            .into_iter()
            .map(|(repo, pkg)| CatPkg { repo, pkg })
            .collect();
        Ok(Catalogue { pkgs, repos })
    }
}

/// What the database holds of one repository before an update.
#[derive(Debug)]
pub(super) struct Held {
    /// The mirrors configured when it was accepted.
    pub urls: Vec<String>,
    /// The mirror it came from.
    pub source_url: String,
    /// Its release, parsed.
    pub release: Release,
    /// Its release file, verbatim.
    pub release_text: String,
    /// For a conditional request to `source_url`.
    pub validators: Validators,
}

impl Held {
    /// Repository `idx` as held; an unreadable stored release counts as none, so that a
    /// fresh update replaces it.
    pub fn load(db: &PkgDb, idx: usize) -> Result<Option<Held>> {
        Ok(db.repository(idx)?.and_then(|row| {
            Release::parse(&row.release).ok().map(|release| Held {
                urls: row.urls,
                source_url: row.source_url,
                release,
                release_text: row.release,
                validators: row.validators,
            })
        }))
    }
}

/// A verified index, as it replaces a repository's entry.
pub(super) struct Accepted<'a> {
    /// The repository's priority.
    pub idx: usize,
    /// Its configured mirrors.
    pub mirrors: &'a [String],
    /// The mirror that served it.
    pub url: &'a str,
    /// The release file, verbatim, as its signature covers it.
    pub release_text: &'a [u8],
    /// The signature by the first key.
    pub signature: &'a [u8],
    /// The release, parsed.
    pub release: &'a Release,
    /// What the mirror said of the release file, for the next conditional request.
    pub validators: &'a Validators,
    /// What the summary offers.
    pub pkgs: &'a [RemotePkg],
}

/// Replaces the repository's entry and its packages in one transaction.
pub(super) fn replace(db: &PkgDb, a: &Accepted<'_>) -> Result<()> {
    let row = RepositoryRow {
        idx: a.idx,
        urls: a.mirrors.to_vec(),
        source_url: a.url.to_string(),
        release: String::from_utf8_lossy(a.release_text).into_owned(),
        signature: String::from_utf8_lossy(a.signature).into_owned(),
        date: a.release.date.clone(),
        validators: a.validators.clone(),
        updated_at: crate::core::time::now(),
    };
    db.replace_repository(&row, a.pkgs)
}

/// Records that the held release was confirmed at `url`, with its new validators.
pub(super) fn confirm(db: &PkgDb, idx: usize, url: &str, v: &Validators) -> Result<()> {
    db.touch_repository(idx, url, v, &crate::core::time::now())
}
