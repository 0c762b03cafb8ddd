//! From a resolution to a plan: download what it needs (verified) and plan the transaction.

use crate::config::Settings;
use crate::error::Result;
use crate::repo::catalogue::Catalogue;
use crate::repo::download;
use crate::report::Reporter;
use crate::resolve::Resolution;
use crate::transaction::{plan_install, InstallItem, InstallOptions, Plan, Session};

/// Downloads the packages `res` installs, then plans installing them (with `local` package
/// files besides) and removing what they supersede, as one transaction.
pub fn plan_resolution(
    session: &Session,
    cat: &Catalogue,
    res: &Resolution,
    settings: &Settings,
    mut local: Vec<InstallItem>,
    opts: &InstallOptions,
    reporter: &(dyn Reporter + Sync),
) -> Result<Plan> {
    let wanted: Vec<_> = res.installs.iter().map(|w| &w.pkg).collect();
    let paths = download::fetch_all(cat, &wanted, settings, reporter)?;
    for (w, p) in res.installs.iter().zip(paths) {
        local.push(InstallItem {
            file: p,
            automatic: w.automatic,
        });
    }
    plan_install(session, &local, &res.removes, opts)
}
