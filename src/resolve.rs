//! Deciding which packages of the catalogue to install, upgrade or remove: pkg_install
//! pattern semantics, the first repository with a match wins, dependencies and `REQUIRES`
//! pulled in as automatic packages, `SUPERSEDES` removing what a package replaces,
//! `CONFLICTS` refused before a byte is downloaded, dependencies ordered first.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::pkgdb::{Action, InstalledPkg, PkgDb};
use crate::repo::catalogue::{CatPkg, Catalogue};
use crate::version::pattern::matching_in;
use crate::version::{dewey_cmp, pkg_match, PkgName};

/// One package the resolution installs.
#[derive(Debug, Clone, Serialize)]
pub struct Wanted {
    /// The catalogue entry.
    pub pkg: CatPkg,
    /// Pulled in for another package.
    pub automatic: bool,
    /// Install, upgrade, downgrade or reinstall.
    pub action: Action,
    /// The installed package it replaces.
    pub old: Option<String>,
}

/// What a resolution decided.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Resolution {
    /// Packages to install, dependencies first.
    pub installs: Vec<Wanted>,
    /// Installed packages superseded by the new ones, to remove in the same transaction.
    pub removes: Vec<String>,
    /// Requests already satisfied.
    pub satisfied: Vec<String>,
}

impl Resolution {
    /// Bytes to download.
    pub fn download_bytes(&self) -> u64 {
        self.installs
            .iter()
            .filter_map(|w| w.pkg.pkg.file_size)
            .sum()
    }
    /// Bytes installed.
    pub fn install_bytes(&self) -> u64 {
        self.installs
            .iter()
            .filter_map(|w| w.pkg.pkg.size_pkg)
            .sum()
    }
}

struct Installed {
    pkg: InstalledPkg,
    provides: Vec<String>,
}

fn installed(db: &PkgDb) -> Result<Vec<Installed>> {
    let mut v = Vec::new();
    for p in db.packages()? {
        let bi = db
            .metadata(p.id, "+BUILD_INFO")?
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        let provides = bi
            .lines()
            .filter_map(|l| l.strip_prefix("PROVIDES="))
            .map(str::to_string)
            .collect();
        v.push(Installed { pkg: p, provides });
    }
    Ok(v)
}

/// Resolves `requests` (patterns or names) against the catalogue; with `upgrade`, also
/// every installed package that has a newer version (or, when `requests` is given, those).
pub fn resolve(
    cat: &Catalogue,
    db: &PkgDb,
    requests: &[String],
    upgrade: bool,
) -> Result<Resolution> {
    let inst = installed(db)?;
    let mut r = Resolver::new(cat, &inst);
    if upgrade {
        r.upgrades(requests)?;
    } else {
        r.installs(requests)?;
    }
    r.pull_in()?;
    let removes = r.superseded();
    r.refuse_conflicts(&removes)?;
    let mut removes: Vec<String> = removes.into_iter().collect();
    removes.sort();
    Ok(Resolution {
        installs: dependency_order(&r.chosen, &r.order),
        removes,
        satisfied: r.satisfied,
    })
}

/// A resolution in progress: what is chosen so far, by base, in the order chosen.
struct Resolver<'a> {
    cat: &'a Catalogue,
    inst: &'a [Installed],
    by_base: HashMap<&'a str, &'a InstalledPkg>,
    chosen: BTreeMap<String, Wanted>,
    order: Vec<String>,
    satisfied: Vec<String>,
}

impl<'a> Resolver<'a> {
    fn new(cat: &'a Catalogue, inst: &'a [Installed]) -> Self {
        Resolver {
            cat,
            inst,
            by_base: inst.iter().map(|i| (i.pkg.base.as_str(), &i.pkg)).collect(),
            chosen: BTreeMap::new(),
            order: Vec::new(),
            satisfied: Vec::new(),
        }
    }

    /// Chooses `c`, unless a package of its base is chosen already.
    fn choose(&mut self, c: &CatPkg, automatic: bool) {
        let base = PkgName::new(&c.pkg.name).base().to_string();
        if self.chosen.contains_key(&base) {
            return;
        }
        let old = self.by_base.get(base.as_str()).copied();
        let wanted = Wanted {
            pkg: c.clone(),
            automatic: old.map_or(automatic, |o| o.automatic),
            action: Action::installing(&c.pkg.name, old.map(|o| o.version.as_str())),
            old: old.map(|o| o.name.clone()),
        };
        self.chosen.insert(base.clone(), wanted);
        self.order.push(base);
    }

    /// `upgrade`: every installed package (or those `requests` name) that has a newer version.
    fn upgrades(&mut self, requests: &[String]) -> Result<()> {
        let targets: Vec<&InstalledPkg> = if requests.is_empty() {
            self.inst.iter().map(|i| &i.pkg).collect()
        } else {
            let mut v = Vec::new();
            for r in requests {
                let p = self
                    .inst
                    .iter()
                    .map(|i| &i.pkg)
                    .find(|p| p.name == *r || p.base == *r || pkg_match(r, &p.name))
                    .ok_or_else(|| {
                        Error::Refused(format!("{r} is not installed; use `cbe install {r}`"))
                    })?;
                v.push(p);
            }
            v
        };
        for p in targets {
            match self.cat.best_of_base(&p.base) {
                Some(c) if dewey_cmp(PkgName::new(&c.pkg.name).version(), &p.version).is_gt() => {
                    self.choose(c, p.automatic)
                }
                _ => self.satisfied.push(format!("{} is up to date", p.name)),
            }
        }
        Ok(())
    }

    /// `install`: the best match of each request, unless what is installed satisfies it.
    fn installs(&mut self, requests: &[String]) -> Result<()> {
        for r in requests {
            let Some(c) = self.cat.best(r) else {
                return Err(Error::NotFound {
                    url: r.clone(),
                    hint: format!(
                        "not published: no package in the repositories matches it ({} known); see `cbe avail`, or run `cbe update`",
                        self.cat.pkgs.len()
                    ),
                });
            };
            let base = PkgName::new(&c.pkg.name).base();
            if let Some(old) = self.by_base.get(base) {
                if old.name == c.pkg.name
                    || (pkg_match(r, &old.name)
                        && !dewey_cmp(PkgName::new(&c.pkg.name).version(), &old.version).is_gt())
                {
                    self.satisfied
                        .push(format!("{} is already installed", old.name));
                    continue;
                }
            }
            self.choose(c, false);
        }
        Ok(())
    }

    /// Dependencies and REQUIRES of everything chosen, until nothing new is pulled in. Names
    /// are kept in sorted sets so that each pattern is looked up by prefix, not tried against
    /// every name.
    fn pull_in(&mut self) -> Result<()> {
        let installed_names: BTreeSet<String> =
            self.inst.iter().map(|x| x.pkg.name.clone()).collect();
        let mut chosen_names: BTreeSet<String> = self
            .chosen
            .values()
            .map(|w| w.pkg.pkg.name.clone())
            .collect();
        let mut provided: HashSet<String> = self
            .chosen
            .values()
            .flat_map(|w| w.pkg.pkg.provides.iter().cloned())
            .collect();
        let mut i = 0;
        while i < self.order.len() {
            let w = self.chosen[&self.order[i]].clone();
            i += 1;
            // Each one pulled in at once: the next may be met by it.
            let pull = |r: &mut Self,
                        c: CatPkg,
                        names: &mut BTreeSet<String>,
                        provided: &mut HashSet<String>| {
                r.choose(&c, true);
                names.insert(c.pkg.name.clone());
                provided.extend(c.pkg.provides.iter().cloned());
            };
            for dep in &w.pkg.pkg.depends {
                let by_new = matching_in(&chosen_names, dep).next().is_some();
                let by_old = matching_in(&installed_names, dep)
                    .any(|n| !self.chosen.contains_key(PkgName::new(n).base()));
                if !(by_new || by_old) {
                    let c = self.dependency(&w, dep)?;
                    pull(self, c, &mut chosen_names, &mut provided);
                }
            }
            for req in &w.pkg.pkg.requires {
                let by_old = self.inst.iter().any(|x| {
                    x.provides.contains(req) && !self.chosen.contains_key(x.pkg.base.as_str())
                });
                if !(provided.contains(req) || by_old) {
                    let c = self.provider(&w, req)?;
                    pull(self, c, &mut chosen_names, &mut provided);
                }
            }
        }
        Ok(())
    }

    /// The best package for dependency `dep` of `w`.
    fn dependency(&self, w: &Wanted, dep: &str) -> Result<CatPkg> {
        self.cat.best(dep).cloned().ok_or_else(|| Error::NotFound {
            url: w.pkg.pkg.name.clone(),
            hint: format!("needs {dep}, which no repository offers; the repository is incomplete"),
        })
    }

    /// The first package that provides `req` for `w`.
    fn provider(&self, w: &Wanted, req: &str) -> Result<CatPkg> {
        let found = self
            .cat
            .pkgs
            .iter()
            .find(|c| c.pkg.provides.iter().any(|p| p == req));
        found.cloned().ok_or_else(|| Error::NotFound {
            url: w.pkg.pkg.name.clone(),
            hint: format!("requires {req}, which no package in the repositories provides"),
        })
    }

    /// SUPERSEDES: installed packages of another base the chosen ones replace.
    fn superseded(&self) -> HashSet<String> {
        let mut removes = HashSet::new();
        for w in self.chosen.values() {
            for s in &w.pkg.pkg.supersedes {
                for x in self.inst {
                    if !self.chosen.contains_key(x.pkg.base.as_str()) && pkg_match(s, &x.pkg.name) {
                        removes.insert(x.pkg.name.clone());
                    }
                }
            }
        }
        removes
    }

    /// CONFLICTS, refused before anything is downloaded.
    fn refuse_conflicts(&self, removes: &HashSet<String>) -> Result<()> {
        let after: Vec<&str> = self
            .inst
            .iter()
            .filter(|x| {
                !self.chosen.contains_key(x.pkg.base.as_str()) && !removes.contains(&x.pkg.name)
            })
            .map(|x| x.pkg.name.as_str())
            .chain(self.chosen.values().map(|w| w.pkg.pkg.name.as_str()))
            .collect();
        for w in self.chosen.values() {
            for c in &w.pkg.pkg.conflicts {
                if let Some(other) = after
                    .iter()
                    .find(|n| **n != w.pkg.pkg.name && pkg_match(c, n))
                {
                    return Err(Error::Refused(format!(
                        "{} conflicts with {other} ({c}); remove {other} first",
                        w.pkg.pkg.name
                    )));
                }
            }
        }
        Ok(())
    }
}

/// Orders packages so that each comes after what it depends on (cycles keep request order).
/// Iterative, so a deep dependency chain cannot exhaust the stack.
fn dependency_order(chosen: &BTreeMap<String, Wanted>, order: &[String]) -> Vec<Wanted> {
    let names: BTreeSet<String> = chosen.values().map(|w| w.pkg.pkg.name.clone()).collect();
    let base_of = |name: &str| PkgName::new(name).base().to_string();
    // Each package's dependencies among the chosen ones, by base.
    let mut deps: HashMap<&str, Vec<String>> = HashMap::new();
    for (base, w) in chosen {
        let mut v: Vec<String> = Vec::new();
        for d in &w.pkg.pkg.depends {
            v.extend(matching_in(&names, d).map(|n| base_of(n)));
        }
        for r in &w.pkg.pkg.requires {
            v.extend(
                chosen
                    .iter()
                    .filter(|(_, c)| c.pkg.pkg.provides.contains(r))
                    .map(|(b, _)| b.clone()),
            );
        }
        v.retain(|b| b != base);
        v.sort();
        v.dedup();
        deps.insert(base.as_str(), v);
    }
    let mut out = Vec::new();
    let mut state: HashMap<String, u8> = HashMap::new();
    for root in order {
        if state.contains_key(root) {
            continue;
        }
        // (base, next dependency to look at)
        let mut stack: Vec<(String, usize)> = vec![(root.clone(), 0)];
        state.insert(root.clone(), 1);
        while let Some((base, next)) = stack.pop() {
            let ds = &deps[base.as_str()];
            if next < ds.len() {
                stack.push((base.clone(), next + 1));
                let d = &ds[next];
                if !state.contains_key(d) {
                    state.insert(d.clone(), 1);
                    stack.push((d.clone(), 0));
                }
            } else {
                state.insert(base.clone(), 2);
                out.push(chosen[&base].clone());
            }
        }
    }
    out
}

/// Automatic packages no kept package needs any more (directly or through others).
pub fn orphans(db: &PkgDb) -> Result<Vec<InstalledPkg>> {
    let all = db.packages()?;
    let mut needed: HashSet<String> = HashSet::new();
    let mut stack: Vec<&InstalledPkg> = all.iter().filter(|p| !p.automatic).collect();
    while let Some(p) = stack.pop() {
        if !needed.insert(p.name.clone()) {
            continue;
        }
        for dep in db.depends_of(p.id)? {
            for q in &all {
                if pkg_match(&dep, &q.name) && !needed.contains(&q.name) {
                    stack.push(q);
                }
            }
        }
    }
    Ok(all
        .into_iter()
        .filter(|p| !needed.contains(&p.name))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::summary;

    /// A catalogue of one repository from pkg_summary text, by name as a loaded one is.
    fn catalogue(text: &str) -> Catalogue {
        let mut pkgs: Vec<CatPkg> = summary::parse(text)
            .unwrap()
            .into_iter()
            .map(|pkg| CatPkg { repo: 0, pkg })
            .collect();
        pkgs.sort_by(|a, b| a.pkg.name.cmp(&b.pkg.name));
        Catalogue {
            pkgs,
            repos: Vec::new(),
        }
    }

    fn db() -> (tempfile::TempDir, PkgDb) {
        let d = tempfile::tempdir().unwrap();
        let db = PkgDb::open(&d.path().join("pkgdb.sqlite")).unwrap();
        (d, db)
    }

    fn names(r: &Resolution) -> Vec<(&str, Action, bool)> {
        r.installs
            .iter()
            .map(|w| (w.pkg.pkg.name.as_str(), w.action, w.automatic))
            .collect()
    }

    fn req(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    const CAT: &str = "PKGNAME=gcc7-7.5.0\nDEPENDS=binutils>=2.30\nREQUIRES=libc.so.1\n\n\
        PKGNAME=binutils-2.41\n\nPKGNAME=binutils-2.29\n\n\
        PKGNAME=libc-1.0\nPROVIDES=libc.so.1\n\n\
        PKGNAME=gmake-4.4\nSUPERSEDES=make-[0-9]*\n\n\
        PKGNAME=bmake-20240909\nCONFLICTS=gmake-[0-9]*\n";

    #[test]
    fn dependencies_and_requires_come_first_and_are_automatic() {
        let (_d, db) = db();
        let r = resolve(&catalogue(CAT), &db, &req(&["gcc7"]), false).unwrap();
        assert_eq!(
            names(&r),
            [
                ("binutils-2.41", Action::Install, true),
                ("libc-1.0", Action::Install, true),
                ("gcc7-7.5.0", Action::Install, false),
            ]
        );
    }

    #[test]
    fn what_is_installed_satisfies_and_upgrade_takes_the_newest() {
        let (_d, db) = db();
        db.record_installed("binutils-2.30", &[], "", true);
        db.record_installed("libc-0.9", &[], "PROVIDES=libc.so.1\n", true);
        let cat = catalogue(CAT);
        let r = resolve(&cat, &db, &req(&["gcc7"]), false).unwrap();
        assert_eq!(names(&r), [("gcc7-7.5.0", Action::Install, false)]);
        let r = resolve(&cat, &db, &req(&["binutils"]), true).unwrap();
        assert_eq!(names(&r), [("binutils-2.41", Action::Upgrade, true)]);
        let e = resolve(&cat, &db, &req(&["gmake"]), true).unwrap_err();
        assert!(e.to_string().contains("gmake is not installed"), "{e}");
        db.record_installed("gmake-4.4", &[], "", false);
        let r = resolve(&cat, &db, &[], true).unwrap();
        let upgraded: Vec<_> = names(&r).into_iter().map(|(n, a, _)| (n, a)).collect();
        assert_eq!(
            upgraded,
            [
                ("binutils-2.41", Action::Upgrade),
                ("libc-1.0", Action::Upgrade)
            ]
        );
        assert_eq!(r.satisfied, ["gmake-4.4 is up to date"]);
    }

    #[test]
    fn supersedes_removes_and_conflicts_refuse() {
        let (_d, db) = db();
        db.record_installed("make-3.81", &[], "", false);
        let cat = catalogue(CAT);
        let r = resolve(&cat, &db, &req(&["gmake"]), false).unwrap();
        assert_eq!(r.removes, ["make-3.81"]);
        db.record_installed("gmake-4.3", &[], "", false);
        let e = resolve(&cat, &db, &req(&["bmake"]), false).unwrap_err();
        assert!(e.to_string().contains("conflicts with gmake-4.3"), "{e}");
    }

    #[test]
    fn what_no_repository_offers_is_not_published() {
        let (_d, db) = db();
        let cat = catalogue("PKGNAME=a-1\nDEPENDS=missing>=1\n\nPKGNAME=b-1\nREQUIRES=libx.so\n");
        let e = resolve(&cat, &db, &req(&["nothere"]), false).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::NOT_PUBLISHED);
        let e = resolve(&cat, &db, &req(&["a"]), false).unwrap_err();
        assert!(e.to_string().contains("needs missing>=1"), "{e}");
        let e = resolve(&cat, &db, &req(&["b"]), false).unwrap_err();
        assert!(e.to_string().contains("requires libx.so"), "{e}");
    }
}
