//! A line is its release: which packages the line holds once a resolution is applied, which
//! of them its requests need, and so which of the line's own packages are left over (a
//! package the release dropped, or one the pin no longer names).

use std::collections::BTreeSet;

use super::Resolution;
use crate::error::Result;
use crate::pkgdb::PkgDb;
use crate::version::{pkg_match, PkgName};

/// One package of the line after the resolution.
struct Held {
    base: String,
    name: String,
    depends: Vec<String>,
    /// Installed now and left as it is (neither replaced nor removed).
    untouched: bool,
}

/// The packages a prefix holds once `res` is applied.
pub struct After {
    held: Vec<Held>,
}

impl After {
    /// What the prefix of `db` holds after `res`.
    pub fn of(db: &PkgDb, res: &Resolution) -> Result<After> {
        let mut held = Vec::new();
        for w in &res.installs {
            held.push(Held {
                base: PkgName::new(&w.pkg.pkg.name).base().to_string(),
                name: w.pkg.pkg.name.clone(),
                depends: w.pkg.pkg.depends.clone(),
                untouched: false,
            });
        }
        for p in db.packages()? {
            let replaced = held.iter().any(|h| h.base == p.base);
            if replaced || res.removes.contains(&p.name) {
                continue;
            }
            held.push(Held {
                depends: db.depends_of(p.id)?,
                base: p.base,
                name: p.name,
                untouched: true,
            });
        }
        Ok(After { held })
    }

    /// The bases `roots` (bases, names or patterns) need: themselves and, through
    /// `DEPENDS`, everything they depend on.
    pub fn needed(&self, roots: &[String]) -> BTreeSet<String> {
        let matches = |pat: &str, h: &Held| h.base == pat || pkg_match(pat, &h.name);
        let mut needed = BTreeSet::new();
        let mut stack: Vec<&Held> = self
            .held
            .iter()
            .filter(|h| roots.iter().any(|r| matches(r, h)))
            .collect();
        while let Some(h) = stack.pop() {
            if !needed.insert(h.base.clone()) {
                continue;
            }
            for d in &h.depends {
                stack.extend(self.held.iter().filter(|x| matches(d, x)));
            }
        }
        needed
    }

    /// The installed packages, left untouched by the resolution, that `owned` says are the
    /// line's own and that nothing in `needed` is: what to remove with it.
    pub fn left_over(
        &self,
        needed: &BTreeSet<String>,
        owned: &dyn Fn(&str) -> bool,
    ) -> Vec<String> {
        self.held
            .iter()
            .filter(|h| h.untouched && owned(&h.base) && !needed.contains(&h.base))
            .map(|h| h.name.clone())
            .collect()
    }
}
