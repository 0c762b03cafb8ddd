//! `cbe keep` and `cbe unkeep`: whether autoremove may take a package away.

use serde::Serialize;

use super::Target;
use crate::error::Result;
use crate::report::Reporter;

/// A package's mark after keep or unkeep.
#[derive(Debug, Clone, Serialize)]
pub struct Marked {
    /// The package.
    pub name: String,
    /// Installed only for others' sake (autoremove may take it).
    pub automatic: bool,
}

/// Marks `packages` as automatic (`unkeep`) or kept; with `dry_run`, says so and changes
/// nothing.
pub fn keep(
    target: &Target,
    packages: &[String],
    automatic: bool,
    dry_run: bool,
    reporter: &dyn Reporter,
) -> Result<Vec<Marked>> {
    if !target.prefix.db_path().exists() {
        return Err(target.not_installed(&packages[0]));
    }
    let s = target.write(reporter)?;
    let mut out = Vec::new();
    for n in packages {
        let p = s.db.package(n)?.ok_or_else(|| target.not_installed(n))?;
        if !dry_run {
            s.db.set_automatic(p.id, automatic)?;
        }
        out.push(Marked {
            name: p.name,
            automatic,
        });
    }
    Ok(out)
}
