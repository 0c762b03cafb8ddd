//! Deciding which packages of the catalogue to install, upgrade, refresh or remove, as pkgin
//! 25 does: a bare name is a PKGBASE and matches exactly (only patterns glob); the first
//! repository with a match wins; an installed package is only upgraded from its own PKGPATH;
//! a rebuild of the same version is refreshed; dependencies and `REQUIRES` are pulled in as
//! automatic packages (a `REQUIRES` of a system file is met by that file), and the outdated
//! ones a change needs are brought up to date; `SUPERSEDES` replaces what it names;
//! `CONFLICTS` are refused before a byte is downloaded; dependencies are ordered first.

mod installed;
pub mod set;
mod space;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

pub use installed::Host;
use installed::{installed, Installed};

use crate::error::{Error, Refusal, Result};
use crate::pkgdb::{Action, InstalledPkg, PkgDb};
use crate::repo::catalogue::{CatPkg, Catalogue};
use crate::report::Notice;
use crate::transaction::relations::{Change, Declared};
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
    /// A reinstall of the same version because the repository has another build of it
    /// (pkgin's refresh).
    pub refresh: bool,
}

/// What a resolution decided.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Resolution {
    /// Packages to install, dependencies first.
    pub installs: Vec<Wanted>,
    /// Installed packages superseded by the new ones, to remove in the same transaction.
    pub removes: Vec<String>,
    /// Requests already satisfied, as the user hears of them.
    pub satisfied: Vec<Notice>,
}

impl Resolution {
    /// Bytes installed (saturating: an index may claim sizes no disk holds).
    pub fn install_bytes(&self) -> u64 {
        self.installs
            .iter()
            .filter_map(|w| w.pkg.pkg.size_pkg)
            .fold(0, u64::saturating_add)
    }
}

/// Resolves `requests` against the catalogue; with `upgrade`, also every installed package
/// that has a newer version or build (or, when `requests` is given, those). A request is a
/// PKGBASE (`gcc`), a full PKGNAME (`gcc-12.2.0`), a pattern (`gcc>=12`, `gcc-[0-9]*`) or,
/// as an `export` list holds them, a PKGPATH (`lang/gcc12`). With `force`, an installed
/// package the change leaves without a dependency does not stop it (as planning allows).
pub fn resolve(
    cat: &Catalogue,
    db: &PkgDb,
    host: &Host,
    requests: &[String],
    upgrade: bool,
    force: bool,
) -> Result<Resolution> {
    let inst = installed(db)?;
    let mut r = Resolver::new(cat, &inst, host);
    if upgrade {
        r.upgrades(requests)?;
    } else {
        r.installs(requests)?;
    }
    r.pull_in()?;
    let removes = r.superseded();
    let change = r.change(&removes);
    change.refuse_conflicts()?;
    // Installed packages the change would break: the real run refuses them unless forced, so
    // the resolution (and a dry run) does first.
    if !force {
        change.refuse_broken("this change", |p| format!("upgrade {p} with it"))?;
    }
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
    host: &'a Host,
    by_base: HashMap<&'a str, &'a Installed>,
    by_name: HashMap<&'a str, &'a Installed>,
    installed_names: BTreeSet<String>,
    chosen: BTreeMap<String, Wanted>,
    order: Vec<String>,
    satisfied: Vec<Notice>,
    /// Installed bases a chosen package supersedes: not upgraded, removed.
    replaced: HashSet<String>,
}

impl<'a> Resolver<'a> {
    fn new(cat: &'a Catalogue, inst: &'a [Installed], host: &'a Host) -> Self {
        Resolver {
            cat,
            inst,
            host,
            by_base: inst.iter().map(|i| (i.pkg.base.as_str(), i)).collect(),
            by_name: inst.iter().map(|i| (i.pkg.name.as_str(), i)).collect(),
            installed_names: inst.iter().map(|i| i.pkg.name.clone()).collect(),
            chosen: BTreeMap::new(),
            order: Vec::new(),
            satisfied: Vec::new(),
            replaced: HashSet::new(),
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
            automatic: old.map_or(automatic, |o| o.pkg.automatic),
            action: Action::installing(&c.pkg.name, old.map(|o| o.pkg.version.as_str())),
            old: old.map(|o| o.pkg.name.clone()),
            refresh: old.is_some_and(|o| o.rebuilt_as(&c.pkg)),
        };
        self.chosen.insert(base.clone(), wanted);
        self.order.push(base);
    }

    /// What installed package `x` should become, if anything: the best package of its base
    /// from its own PKGPATH that also matches `within` (a dependency's pattern), when that
    /// is newer or another build of the same version.
    fn update_for(&self, x: &Installed, within: Option<&str>) -> Option<&'a CatPkg> {
        let c = self.cat.best_of_base_where(&x.pkg.base, |p| {
            x.same_origin(p) && within.is_none_or(|w| pkg_match(w, &p.name))
        })?;
        let newer = dewey_cmp(PkgName::new(&c.pkg.name).version(), &x.pkg.version).is_gt();
        (newer || x.rebuilt_as(&c.pkg)).then_some(c)
    }

    /// `upgrade`: every installed package (or those `requests` name) that a catalogue
    /// package supersedes, or that has a newer version or build from its own PKGPATH.
    fn upgrades(&mut self, requests: &[String]) -> Result<()> {
        let targets: Vec<&'a Installed> = if requests.is_empty() {
            self.inst.iter().collect()
        } else {
            let mut v = Vec::new();
            for r in requests {
                let p = self
                    .inst
                    .iter()
                    .find(|p| p.pkg.name == *r || p.pkg.base == *r || pkg_match(r, &p.pkg.name))
                    .ok_or_else(|| {
                        Error::refused(
                            Refusal::NotInstalled,
                            format!("{r} is not installed; use `cbe install {r}`"),
                        )
                    })?;
                v.push(p);
            }
            v
        };
        self.supersede(&targets);
        for x in targets {
            if self.replaced.contains(&x.pkg.base) {
                continue;
            }
            match self.update_for(x, None) {
                Some(c) => self.choose(c, x.pkg.automatic),
                None => self.satisfied.push(Notice::UpToDate {
                    name: x.pkg.name.clone(),
                }),
            }
        }
        Ok(())
    }

    /// SUPERSEDES from the catalogue: the newest package of each base that names one of
    /// `targets` replaces it, kept if any package it replaces was kept.
    fn supersede(&mut self, targets: &[&'a Installed]) {
        let mut found: BTreeMap<&str, (&'a CatPkg, bool)> = BTreeMap::new();
        for c in self
            .cat
            .pkgs
            .iter()
            .filter(|c| !c.pkg.supersedes.is_empty())
        {
            let base = PkgName::new(&c.pkg.name).base();
            if self
                .cat
                .best_of_base(base)
                .is_none_or(|b| b.pkg.name != c.pkg.name)
            {
                continue;
            }
            for x in targets.iter().filter(|x| x.pkg.base != base) {
                if c.pkg.supersedes.iter().any(|s| pkg_match(s, &x.pkg.name)) {
                    self.replaced.insert(x.pkg.base.clone());
                    let e = found.entry(base).or_insert((c, true));
                    e.1 &= x.pkg.automatic;
                }
            }
        }
        for (c, automatic) in found.into_values() {
            self.choose(c, automatic);
        }
    }

    /// `install`: the best package for each request, unless what is installed satisfies it.
    fn installs(&mut self, requests: &[String]) -> Result<()> {
        for r in requests {
            let (c, installed) = self.request(r)?;
            match (c, installed) {
                (Some(c), _) => self.choose(c, false),
                (None, Some(x)) => self.satisfied.push(Notice::AlreadyInstalled {
                    name: x.pkg.name.clone(),
                }),
                (None, None) => return Err(self.not_published(r)),
            }
        }
        Ok(())
    }

    /// The package request `r` asks for (None when the installed one satisfies it), and the
    /// installed package of that base.
    fn request(&self, r: &str) -> Result<(Option<&'a CatPkg>, Option<&'a Installed>)> {
        if r.contains('/') {
            let c = self
                .cat
                .best_of_pkgpath(r)
                .ok_or_else(|| self.not_published(r))?;
            return Ok(self.unless_current(c, |x| x.pkgpath.as_deref() == Some(r)));
        }
        if self.cat.best_of_base(r).is_some() {
            // A PKGBASE: the installed package follows its own PKGPATH.
            return Ok(match self.by_base.get(r) {
                Some(x) => (self.update_for(x, None), Some(*x)),
                None => (self.cat.best_of_base(r), None),
            });
        }
        let c = self.cat.best(r).ok_or_else(|| self.not_published(r))?;
        let exact = c.pkg.name == r;
        Ok(self.unless_current(c, |x| !exact && pkg_match(r, &x.pkg.name)))
    }

    /// `c`, unless the installed package of its base is `c` itself (and not rebuilt) or
    /// already `meets` the request and is not older than `c`.
    fn unless_current(
        &self,
        c: &'a CatPkg,
        meets: impl Fn(&Installed) -> bool,
    ) -> (Option<&'a CatPkg>, Option<&'a Installed>) {
        let base = PkgName::new(&c.pkg.name).base();
        let Some(x) = self.by_base.get(base).copied() else {
            return (Some(c), None);
        };
        let not_older = !dewey_cmp(PkgName::new(&c.pkg.name).version(), &x.pkg.version).is_gt();
        let current = if x.pkg.name == c.pkg.name {
            !x.rebuilt_as(&c.pkg)
        } else {
            meets(x) && not_older
        };
        (if current { None } else { Some(c) }, Some(x))
    }

    fn not_published(&self, r: &str) -> Error {
        Error::NotFound {
            url: r.to_string(),
            hint: format!(
                "not published: no package in the repositories matches it ({} known); see `cbe avail`, or run `cbe update`",
                self.cat.pkgs.len()
            ),
        }
    }

    /// Dependencies and REQUIRES of everything chosen, until nothing new is pulled in. An
    /// installed package that meets a dependency is brought up to date when the catalogue
    /// has a newer build of it that still meets it (pkgin upgrades what a change needs).
    /// Names are kept in a sorted set so that each pattern is looked up by prefix.
    fn pull_in(&mut self) -> Result<()> {
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
            let mut pulled: Vec<&'a CatPkg> = Vec::new();
            for dep in &w.pkg.pkg.depends {
                if matching_in(&chosen_names, dep).next().is_some() {
                    continue;
                }
                let met = matching_in(&self.installed_names, dep)
                    .map(|n| self.by_name[n.as_str()])
                    .find(|x| !self.chosen.contains_key(&x.pkg.base));
                match met {
                    Some(x) => pulled.extend(self.update_for(x, Some(dep))),
                    None => pulled.push(self.dependency(&w, dep)?),
                }
                // Each one pulled in at once: the next dependency may be met by it.
                for c in pulled.drain(..) {
                    self.choose(c, true);
                    chosen_names.insert(c.pkg.name.clone());
                    provided.extend(c.pkg.provides.iter().cloned());
                }
            }
            for req in &w.pkg.pkg.requires {
                let by_old = self.inst.iter().any(|x| {
                    x.provides.contains(req) && !self.chosen.contains_key(x.pkg.base.as_str())
                });
                if !(provided.contains(req) || by_old || self.host.has(req)) {
                    let c = self.provider(&w, req)?;
                    self.choose(c, true);
                    chosen_names.insert(c.pkg.name.clone());
                    provided.extend(c.pkg.provides.iter().cloned());
                }
            }
        }
        Ok(())
    }

    /// The best package for dependency `dep` of `w`.
    fn dependency(&self, w: &Wanted, dep: &str) -> Result<&'a CatPkg> {
        self.cat.best(dep).ok_or_else(|| Error::NotFound {
            url: w.pkg.pkg.name.clone(),
            hint: format!("needs {dep}, which no repository offers; the repository is incomplete"),
        })
    }

    /// The first package that provides `req` for `w`.
    fn provider(&self, w: &Wanted, req: &str) -> Result<&'a CatPkg> {
        let found = self
            .cat
            .pkgs
            .iter()
            .find(|c| c.pkg.provides.iter().any(|p| p == req));
        found.ok_or_else(|| Error::NotFound {
            url: w.pkg.pkg.name.clone(),
            hint: format!(
                "requires {req}, which no package in the repositories provides and no file of this system is"
            ),
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

    /// The installed packages that stay: neither replaced by a chosen one nor removed.
    fn staying<'s>(
        &'s self,
        removes: &'s HashSet<String>,
    ) -> impl Iterator<Item = &'a Installed> + 's {
        self.inst.iter().filter(move |x| {
            !self.chosen.contains_key(x.pkg.base.as_str()) && !removes.contains(&x.pkg.name)
        })
    }

    /// The resolution as a [`Change`] of what is installed: the relations planning checks
    /// again on the packages themselves, checked here before anything is downloaded.
    fn change(&self, removes: &HashSet<String>) -> Change<'_> {
        let leaving = self.inst.iter().filter(|x| {
            self.chosen.contains_key(x.pkg.base.as_str()) || removes.contains(&x.pkg.name)
        });
        Change {
            incoming: (self.chosen.values())
                .map(|w| Declared::new(&w.pkg.pkg.name, &w.pkg.pkg.depends, &w.pkg.pkg.conflicts))
                .collect(),
            staying: (self.staying(removes))
                .map(|x| Declared::new(&x.pkg.name, &x.depends, &x.conflicts))
                .collect(),
            leaving: leaving.map(|x| x.pkg.name.as_str()).collect(),
        }
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
    use crate::package::summary;

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

    /// A system with no files outside the prefix.
    fn host() -> Host {
        let d = std::env::temp_dir().join("cbe-resolve-no-root");
        Host::of(&crate::transaction::Prefix::new(&d, "/opt/x").unwrap())
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
        let r = resolve(&catalogue(CAT), &db, &host(), &req(&["gcc7"]), false, false).unwrap();
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
        // The installed libc provides what gcc7 requires; the installed binutils meets its
        // dependency but is outdated, so it comes up to date with it, as pkgin does.
        let r = resolve(&cat, &db, &host(), &req(&["gcc7"]), false, false).unwrap();
        assert_eq!(
            names(&r),
            [
                ("binutils-2.41", Action::Upgrade, true),
                ("gcc7-7.5.0", Action::Install, false)
            ]
        );
        let r = resolve(&cat, &db, &host(), &req(&["binutils"]), true, false).unwrap();
        assert_eq!(names(&r), [("binutils-2.41", Action::Upgrade, true)]);
        let e = resolve(&cat, &db, &host(), &req(&["gmake"]), true, false).unwrap_err();
        assert!(e.to_string().contains("gmake is not installed"), "{e}");
        db.record_installed("gmake-4.4", &[], "", false);
        let r = resolve(&cat, &db, &host(), &[], true, false).unwrap();
        let upgraded: Vec<_> = names(&r).into_iter().map(|(n, a, _)| (n, a)).collect();
        assert_eq!(
            upgraded,
            [
                ("binutils-2.41", Action::Upgrade),
                ("libc-1.0", Action::Upgrade)
            ]
        );
        assert_eq!(
            r.satisfied,
            [Notice::UpToDate {
                name: "gmake-4.4".into()
            }]
        );
    }

    #[test]
    fn supersedes_removes_and_conflicts_refuse() {
        let (_d, db) = db();
        db.record_installed("make-3.81", &[], "", false);
        let cat = catalogue(CAT);
        let r = resolve(&cat, &db, &host(), &req(&["gmake"]), false, false).unwrap();
        assert_eq!(r.removes, ["make-3.81"]);
        db.record_installed("gmake-4.3", &[], "", false);
        let e = resolve(&cat, &db, &host(), &req(&["bmake"]), false, false).unwrap_err();
        assert!(e.to_string().contains("conflicts with gmake-4.3"), "{e}");
    }

    #[test]
    fn what_no_repository_offers_is_not_published() {
        let (_d, db) = db();
        let cat = catalogue("PKGNAME=a-1\nDEPENDS=missing>=1\n\nPKGNAME=b-1\nREQUIRES=libx.so\n");
        let e = resolve(&cat, &db, &host(), &req(&["nothere"]), false, false).unwrap_err();
        assert!(matches!(e, Error::NotFound { .. }));
        let e = resolve(&cat, &db, &host(), &req(&["a"]), false, false).unwrap_err();
        assert!(e.to_string().contains("needs missing>=1"), "{e}");
        let e = resolve(&cat, &db, &host(), &req(&["b"]), false, false).unwrap_err();
        assert!(e.to_string().contains("requires libx.so"), "{e}");
    }

    #[test]
    fn a_bare_name_is_its_exact_base() {
        let (_d, db) = db();
        let cat =
            catalogue("PKGNAME=gcc-12.2.0.3\n\nPKGNAME=gcc-12-12.2.0.14\n\nPKGNAME=cpp-12.2.0\n");
        let r = resolve(
            &cat,
            &db,
            &host(),
            &req(&["gcc", "gcc-12", "cpp"]),
            false,
            false,
        )
        .unwrap();
        let mut got: Vec<_> = names(&r).into_iter().map(|(n, _, _)| n).collect();
        got.sort();
        assert_eq!(got, ["cpp-12.2.0", "gcc-12-12.2.0.14", "gcc-12.2.0.3"]);
        // A full name picks that package; a pattern still globs.
        let r = resolve(&cat, &db, &host(), &req(&["gcc-12.2.0.3"]), false, false).unwrap();
        assert_eq!(names(&r)[0].0, "gcc-12.2.0.3");
        let r = resolve(&cat, &db, &host(), &req(&["gcc-1*"]), false, false).unwrap();
        assert_eq!(names(&r)[0].0, "gcc-12-12.2.0.14");
    }

    const DATED: &str = "PKGNAME=refresh-1.0\nBUILD_DATE=2\nPKGPATH=cat1/refresh\n\n\
        PKGNAME=pkgpath-1.0\nBUILD_DATE=1\nPKGPATH=cat2/pkgpath1\n\n\
        PKGNAME=pkgpath-2.0\nBUILD_DATE=2\nPKGPATH=cat2/pkgpath2\n";

    #[test]
    fn rebuilds_are_refreshed_and_pkgpath_is_followed() {
        let (_d, db) = db();
        db.record_installed(
            "refresh-1.0",
            &[],
            "BUILD_DATE=1\nPKGPATH=cat1/refresh\n",
            false,
        );
        db.record_installed(
            "pkgpath-1.0",
            &[],
            "BUILD_DATE=1\nPKGPATH=cat2/pkgpath1\n",
            false,
        );
        let cat = catalogue(DATED);
        let r = resolve(&cat, &db, &host(), &[], true, false).unwrap();
        assert_eq!(names(&r), [("refresh-1.0", Action::Reinstall, false)]);
        assert!(r.installs[0].refresh);
        assert_eq!(
            r.satisfied,
            [Notice::UpToDate {
                name: "pkgpath-1.0".into()
            }]
        );
        // By base: its own PKGPATH; by full name or another PKGPATH: what is asked for.
        let r = resolve(&cat, &db, &host(), &req(&["pkgpath"]), false, false).unwrap();
        assert!(r.installs.is_empty(), "{:?}", names(&r));
        let r = resolve(&cat, &db, &host(), &req(&["cat2/pkgpath1"]), false, false).unwrap();
        assert!(r.installs.is_empty());
        for ask in ["pkgpath-2.0", "cat2/pkgpath2"] {
            let r = resolve(&cat, &db, &host(), &req(&[ask]), false, false).unwrap();
            assert_eq!(names(&r), [("pkgpath-2.0", Action::Upgrade, false)]);
        }
        let e = resolve(&cat, &db, &host(), &req(&["cat9/none"]), false, false).unwrap_err();
        assert!(matches!(e, Error::NotFound { .. }));
    }

    #[test]
    fn supersedes_from_the_catalogue_and_outdated_dependencies() {
        let (_d, db) = db();
        db.record_installed("old-1.0", &[], "", false);
        db.record_installed("nodejs-14.16.1", &[], "PKGPATH=lang/nodejs\n", true);
        db.record_installed("npm-6.1", &req(&["nodejs-[0-9]*"]), "", true);
        let cat = catalogue(
            "PKGNAME=old-1.0nb1\nCONFLICTS=new-[0-9]*\n\n\
             PKGNAME=new-1.0\nSUPERSEDES=old-[0-9]*\nCONFLICTS=old-[0-9]*\n\n\
             PKGNAME=nodejs-14.21.1\nPKGPATH=lang/nodejs14\n\n\
             PKGNAME=nodejs-19.2.0\nPKGPATH=lang/nodejs\n\n\
             PKGNAME=npm-8.1\nDEPENDS=nodejs-[0-9]*\n",
        );
        let r = resolve(&cat, &db, &host(), &req(&["old"]), true, false).unwrap();
        assert_eq!(names(&r), [("new-1.0", Action::Install, false)]);
        assert_eq!(r.removes, ["old-1.0"]);
        // npm's upgrade brings the nodejs it depends on up to date, from its PKGPATH.
        let r = resolve(&cat, &db, &host(), &req(&["npm"]), false, false).unwrap();
        assert_eq!(
            names(&r),
            [
                ("nodejs-19.2.0", Action::Upgrade, true),
                ("npm-8.1", Action::Upgrade, true)
            ]
        );
    }

    #[test]
    fn requires_of_a_system_file_outside_the_prefix() {
        let (d, db) = db();
        let root = d.path().join("root");
        std::fs::create_dir_all(root.join("lib")).unwrap();
        std::fs::write(root.join("lib/libc.so.1"), "").unwrap();
        let host = Host::of(&crate::transaction::Prefix::new(&root, "/opt/x").unwrap());
        let cat = catalogue("PKGNAME=a-1\nREQUIRES=/lib/libc.so.1\n\nPKGNAME=b-1\nREQUIRES=/lib/libm.so.2\n\nPKGNAME=c-1\n");
        let r = resolve(&cat, &db, &host, &req(&["a"]), false, false).unwrap();
        assert_eq!(names(&r), [("a-1", Action::Install, false)]);
        let e = resolve(&cat, &db, &host, &req(&["b"]), false, false).unwrap_err();
        assert!(e.to_string().contains("no file of this system"), "{e}");
        // A file inside the prefix is not the system's.
        std::fs::create_dir_all(root.join("opt/x/lib")).unwrap();
        std::fs::write(root.join("opt/x/lib/libm.so.2"), "").unwrap();
        let inside = catalogue("PKGNAME=b-1\nREQUIRES=/opt/x/lib/libm.so.2\n");
        assert!(resolve(&inside, &db, &host, &req(&["b"]), false, false).is_err());
    }
}
