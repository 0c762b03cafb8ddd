//! `cbe update`: fetch each repository's signed index into the catalogue; and the catalogue
//! the other operations read, fetched first when it is not there yet.

use super::{Sources, Target};
use crate::config;
use crate::error::Result;
use crate::repo::catalogue::{self, Catalogue, RepoUpdate};
use crate::report::Reporter;
use crate::transaction::Session;

/// Refreshes the catalogue of `target` from its repositories.
pub fn update(
    target: &Target,
    sources: &Sources,
    reporter: &(dyn Reporter + Sync),
) -> Result<Vec<RepoUpdate>> {
    let session = target.write(reporter)?;
    refresh(&session, sources, reporter)
}

fn refresh(
    session: &Session,
    sources: &Sources,
    reporter: &(dyn Reporter + Sync),
) -> Result<Vec<RepoUpdate>> {
    let settings = sources.settings(&session.prefix)?;
    catalogue::update(
        &session.db,
        &settings,
        config::line_of(&session.prefix.name),
        &sources.arch,
        reporter,
    )
}

/// The catalogue, fetched first when there is none yet or when repositories were given for
/// this run (they may differ from what the catalogue holds).
pub fn catalogue(
    session: &Session,
    sources: &Sources,
    reporter: &(dyn Reporter + Sync),
) -> Result<Catalogue> {
    let cat = Catalogue::load(&session.db)?;
    if cat.is_empty() || !sources.overrides.repos.is_empty() {
        refresh(session, sources, reporter)?;
        return Catalogue::load(&session.db);
    }
    Ok(cat)
}
