//! A line is its release: what ensure (and an upgrade of a line) makes of the line's
//! installed set, the release's packages (or the pin's) and what they need, without what the
//! release dropped, keeping what a user installed by hand.

use std::collections::BTreeSet;

use super::install::resolve;
use crate::error::Result;
use crate::repo::catalogue::Catalogue;
use crate::resolve::set::After;
use crate::resolve::Resolution;
use crate::transaction::Session;
use crate::version::PkgName;

/// The line's own packages as ensure (or an upgrade of the line) last recorded them (`None`: a line from before cbe
/// recorded them, whose every package is then taken as the line's).
pub fn line_set(session: &Session) -> Result<Option<BTreeSet<String>>> {
    Ok(session
        .db
        .line_state(LINE_SET)?
        .map(|s| s.split_whitespace().map(str::to_string).collect()))
}

/// The line's own packages as [`LINE_SET`] records them: their names, space-separated,
/// as [`line_set`] reads them.
pub fn set_text(own: &BTreeSet<String>) -> String {
    own.iter().map(String::as_str).collect::<Vec<_>>().join(" ")
}

/// The line-state key of the line's own packages: what its release (or the pin's
/// `packages`) brought, as opposed to what a user installed into it by hand.
pub const LINE_SET: &str = "set";

/// What the line will be: the resolution, the line's own packages after it, and the
/// packages it removes because the release or the pin no longer has them.
pub struct Target {
    /// The resolution, with the removals.
    pub res: Resolution,
    /// The line's own packages after it.
    pub own: BTreeSet<String>,
    /// The line's own packages it removes.
    pub dropped: Vec<String>,
    /// Packages installed by hand that the release does not carry (kept).
    pub strays: Vec<String>,
}

/// Makes the line exactly its release: the packages asked for (or every package of the
/// release) and what they depend on, each at the best version the release offers; the
/// line's own packages nothing of that needs any more are removed in the same transaction;
/// packages a user installed into the line by hand are kept (and upgraded while the release
/// carries them, else a warning says it does not).
pub fn target(session: &Session, cat: &Catalogue, packages: Option<&[String]>) -> Result<Target> {
    let roots: Vec<String> = match packages {
        Some(p) => p.to_vec(),
        None => cat
            .pkgs
            .iter()
            .filter(|p| p.repo == 0)
            .map(|p| PkgName::new(&p.pkg.name).base().to_string())
            .collect(),
    };
    let recorded = line_set(session)?;
    let owned = |base: &str| recorded.as_ref().is_none_or(|s| s.contains(base));
    let installed = session.db.packages()?;
    let mut by_hand = Vec::new();
    let mut strays = Vec::new();
    for p in installed.iter().filter(|p| !owned(&p.base)) {
        if cat.best_of_base(&p.base).is_none() {
            strays.push(p.name.clone());
        }
        by_hand.push(p.base.clone());
    }
    let wanted = |extra: &[String]| {
        let mut r: Vec<String> = roots.iter().chain(&by_hand).chain(extra).cloned().collect();
        r.retain(|b| !by_hand.contains(b) || cat.best_of_base(b).is_some());
        r.sort();
        r.dedup();
        r
    };
    // First what the requests need; then again with the line's own packages that stay, so
    // that each of them is brought to the release's version as a fresh install would be.
    let first = resolve(session, cat, &wanted(&[]), false, false)?;
    let after = After::of(&session.db, &first)?;
    let all_roots: Vec<String> = roots.iter().chain(&by_hand).cloned().collect();
    let dropped = after.left_over(&after.needed(&all_roots), &owned);
    let staying: Vec<String> = installed
        .iter()
        .filter(|p| owned(&p.base) && !dropped.contains(&p.name))
        .filter(|p| cat.best_of_base(&p.base).is_some())
        .map(|p| p.base.clone())
        .collect();
    let mut res = resolve(session, cat, &wanted(&staying), false, false)?;
    let after = After::of(&session.db, &res)?;
    let dropped = after.left_over(&after.needed(&all_roots), &owned);
    res.removes.extend(dropped.iter().cloned());
    res.removes.sort();
    res.removes.dedup();
    Ok(Target {
        own: after.needed(&roots),
        res,
        dropped,
        strays,
    })
}
