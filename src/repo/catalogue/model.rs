//! What the catalogue holds: the packages the line's repositories offer and the releases they
//! were accepted from, and how a request picks among them (repository priority first, then
//! the highest version).

use serde::Serialize;

use crate::fetch::join;
use crate::package::summary::RemotePkg;
use crate::repo::release::Release;
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

impl Catalogue {
    /// Whether nothing was ever fetched.
    pub fn is_empty(&self) -> bool {
        self.repos.is_empty()
    }

    /// The best package for `pattern`: the first repository that has any match wins, and
    /// within it the highest version (on a tie, the smaller name). Names are searched by
    /// prefix range, so a 25,000-package catalogue answers in microseconds.
    pub fn best(&self, pattern: &str) -> Option<&CatPkg> {
        let prefixes = crate::version::pattern::prefixes(pattern);
        self.best_by(&prefixes, |p| pkg_match(pattern, &p.name))
    }

    /// The best package of the same base as `base`, by the same rules.
    pub fn best_of_base(&self, base: &str) -> Option<&CatPkg> {
        self.best_of_base_where(base, |_| true)
    }

    /// The best package of base `base` that `accept` takes (its PKGPATH, say), by the same
    /// rules: a repository whose packages of that base `accept` refuses does not win.
    pub fn best_of_base_where(
        &self,
        base: &str,
        accept: impl Fn(&RemotePkg) -> bool,
    ) -> Option<&CatPkg> {
        self.best_by(&[format!("{base}-")], |p| {
            PkgName::new(&p.name).base() == base && accept(p)
        })
    }

    /// The best package built from pkgsrc directory `pkgpath` (`devel/gmake`), as pkgin's
    /// `import` reads an export list. A scan: import lists are short and run rarely.
    pub fn best_of_pkgpath(&self, pkgpath: &str) -> Option<&CatPkg> {
        let hits = self
            .pkgs
            .iter()
            .filter(|p| p.pkg.get("PKGPATH") == Some(pkgpath));
        let first_repo = hits.clone().map(|p| p.repo).min()?;
        hits.filter(|p| p.repo == first_repo).reduce(|b, p| {
            if better(&p.pkg.name, &b.pkg.name).is_gt() {
                p
            } else {
                b
            }
        })
    }

    fn best_by(&self, prefixes: &[String], accept: impl Fn(&RemotePkg) -> bool) -> Option<&CatPkg> {
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
                    if accept(&p.pkg)
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
