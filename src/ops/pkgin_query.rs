//! pkgin's questions about the repositories and the installed set that the other query
//! verbs do not cover: `show-full-deps`, `pkg-content`, `provides`, `requires`,
//! `show-category`, `show-pkg-category`, `show-all-categories`, `stats`, `show-keep` and
//! `show-no-keep`. Each answers with a `Serialize` outcome and changes nothing in the prefix;
//! those that read the catalogue fetch it first when there is none (as `avail` does).

use std::collections::{BTreeSet, HashSet, VecDeque};
use std::path::PathBuf;

use serde::Serialize;

use super::{update, Sources, Target};
use crate::error::{Error, Refusal, Result};
use crate::package;
use crate::pkgdb::InstalledPkg;
use crate::repo::catalogue::{CatPkg, Catalogue};
use crate::repo::download;
use crate::report::Reporter;

/// The package `arg` names in the catalogue: a base name matches exactly (its highest
/// version), anything else is a full name or a pattern.
pub fn find<'c>(cat: &'c Catalogue, arg: &str) -> Option<&'c CatPkg> {
    cat.best_of_base(arg).or_else(|| cat.best(arg))
}

fn not_available(target: &Target, arg: &str) -> Error {
    Error::refused(Refusal::NotAvailable, format!(
        "{arg} is not available in the repositories of {}; `cbe avail` lists what they offer (`cbe update` refreshes it)",
        target.prefix.name
    ))
}

/// The catalogue, fetched first when there is none yet.
fn catalogue(
    target: &Target,
    sources: &Sources,
    reporter: &(dyn Reporter + Sync),
) -> Result<Catalogue> {
    let session = target.write(reporter)?;
    update::catalogue(&session, sources, reporter)
}

/// One dependency of a full dependency tree.
#[derive(Debug, Clone, Serialize)]
pub struct Dependency {
    /// The DEPENDS pattern, as the package that needs it wrote it.
    pub pattern: String,
    /// The catalogue package it resolves to, if any.
    pub package: Option<String>,
}

/// `show-full-deps`: every dependency of a package, recursively.
#[derive(Debug, Clone, Serialize)]
pub struct FullDeps {
    /// The package asked about (its full name).
    pub package: String,
    /// Its dependencies, each once, deepest first: an order they can be installed in.
    pub depends: Vec<Dependency>,
}

/// Every dependency of `arg`, recursively through the catalogue, as pkgin's
/// `show-full-deps` lists them.
pub fn show_full_deps(
    target: &Target,
    sources: &Sources,
    arg: &str,
    reporter: &(dyn Reporter + Sync),
) -> Result<FullDeps> {
    let cat = catalogue(target, sources, reporter)?;
    let root = find(&cat, arg).ok_or_else(|| not_available(target, arg))?;
    Ok(FullDeps {
        package: root.pkg.name.clone(),
        depends: dependency_tree(&cat, root),
    })
}

/// Breadth first from `root`, each package once; reversed, so that the deepest come first.
fn dependency_tree(cat: &Catalogue, root: &CatPkg) -> Vec<Dependency> {
    let mut seen: HashSet<&str> = HashSet::from([root.pkg.name.as_str()]);
    let mut order = Vec::new();
    let mut queue = VecDeque::from([root]);
    while let Some(p) = queue.pop_front() {
        for pattern in &p.pkg.depends {
            let hit = cat.best(pattern);
            let key = hit.map_or(pattern.as_str(), |h| h.pkg.name.as_str());
            if !seen.insert(key) {
                continue;
            }
            order.push(Dependency {
                pattern: pattern.clone(),
                package: hit.map(|h| h.pkg.name.clone()),
            });
            queue.extend(hit);
        }
    }
    order.reverse();
    order
}

/// Where `pkg-content` read a package's files from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContentSource {
    /// The installed package's records in the database.
    Installed,
    /// The verified package file in the download cache.
    Cache,
    /// The package file, downloaded into the cache (verified) to be read.
    Downloaded,
}

/// `pkg-content`: the files of a package.
#[derive(Debug, Clone, Serialize)]
pub struct Content {
    /// The package's full name.
    pub package: String,
    /// The prefix its files are relative to.
    pub prefix: String,
    /// Whether it is marked PKG_PRESERVE (`+PRESERVE`): never to be removed.
    pub preserve: bool,
    /// Its files and symbolic links, relative to the prefix.
    pub files: Vec<String>,
    /// Where they were read from.
    pub source: ContentSource,
    /// The package file read, when it was one.
    pub file: Option<PathBuf>,
}

/// The files of `arg`: the installed package's, from the database; else the catalogue
/// package's, from its file in the download cache, downloaded (and verified) first when it
/// is not there. pkgin fetches `+CONTENTS` from the repository for this; cbe reads only
/// files it has verified against the signed index, so it takes the whole package, and the
/// next install of it needs no download. With `dry_run` nothing is downloaded.
pub fn pkg_content(
    target: &Target,
    sources: &Sources,
    arg: &str,
    dry_run: bool,
    reporter: &(dyn Reporter + Sync),
) -> Result<Content> {
    if let Some(c) = installed_content(target, arg, reporter)? {
        return Ok(c);
    }
    let session = target.write(reporter)?;
    let cat = update::catalogue(&session, sources, reporter)?;
    let p = find(&cat, arg).ok_or_else(|| not_available(target, arg))?;
    let settings = sources.settings(&session.prefix)?;
    let cached = p
        .pkg
        .sha256
        .as_deref()
        .map(|sha| download::cache_path(&settings.cache_dir, sha, &p.pkg.file_name))
        .is_some_and(|f| f.is_file());
    if dry_run && !cached {
        return Err(Error::refused(Refusal::Offline, format!(
            "{}: not in the download cache, and --dry-run downloads nothing; run `cbe pkg-content {arg}` without --dry-run",
            p.pkg.name
        )));
    }
    let file = download::fetch_all(&cat, &[p], &settings, reporter)?.remove(0);
    let meta = package::read_metadata_from(&file)?;
    Ok(Content {
        package: meta.plist.name.clone(),
        prefix: meta.plist.prefix.clone(),
        preserve: meta.files.contains_key("+PRESERVE"),
        files: meta.plist.entries.iter().map(|e| e.path.clone()).collect(),
        source: if cached {
            ContentSource::Cache
        } else {
            ContentSource::Downloaded
        },
        file: Some(file.path().to_path_buf()),
    })
}

fn installed_content(
    target: &Target,
    arg: &str,
    reporter: &dyn Reporter,
) -> Result<Option<Content>> {
    let Some(s) = target.read(reporter)? else {
        return Ok(None);
    };
    let Some(p) = s.db.package(arg)? else {
        return Ok(None);
    };
    Ok(Some(Content {
        preserve: s.db.metadata(p.id, "+PRESERVE")?.is_some(),
        files: s.db.files_of(p.id)?.into_iter().map(|f| f.path).collect(),
        package: p.name,
        prefix: target.prefix.name.clone(),
        source: ContentSource::Installed,
        file: None,
    }))
}

/// Which of a package's shared-library lists `provides`/`requires` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LibraryList {
    /// PROVIDES: the shared libraries it installs.
    Provides,
    /// REQUIRES: the shared libraries it needs.
    Requires,
}

/// `provides` and `requires`: one list of a catalogue package.
#[derive(Debug, Clone, Serialize)]
pub struct Libraries {
    /// The package's full name.
    pub package: String,
    /// Which list.
    pub list: LibraryList,
    /// Its entries, as the index lists them.
    pub files: Vec<String>,
}

/// The PROVIDES or REQUIRES of `arg` as the catalogue has them.
pub fn libraries(
    target: &Target,
    sources: &Sources,
    arg: &str,
    list: LibraryList,
    reporter: &(dyn Reporter + Sync),
) -> Result<Libraries> {
    let cat = catalogue(target, sources, reporter)?;
    let p = find(&cat, arg).ok_or_else(|| not_available(target, arg))?;
    Ok(Libraries {
        package: p.pkg.name.clone(),
        list,
        files: match list {
            LibraryList::Provides => p.pkg.provides.clone(),
            LibraryList::Requires => p.pkg.requires.clone(),
        },
    })
}

/// `show-category CAT`: the catalogue packages that list `category` among their CATEGORIES.
pub fn show_category(
    target: &Target,
    sources: &Sources,
    category: &str,
    reporter: &(dyn Reporter + Sync),
) -> Result<Vec<CatPkg>> {
    let cat = catalogue(target, sources, reporter)?;
    Ok(cat
        .pkgs
        .into_iter()
        .filter(|p| p.pkg.categories().any(|c| c == category))
        .collect())
}

/// One package's categories.
#[derive(Debug, Clone, Serialize)]
pub struct PkgCategories {
    /// The package's full name.
    pub package: String,
    /// Its CATEGORIES, in the index's order.
    pub categories: Vec<String>,
}

/// `show-pkg-category PKG`: the categories of every catalogue package of base (or full
/// name) `arg`.
pub fn show_pkg_category(
    target: &Target,
    sources: &Sources,
    arg: &str,
    reporter: &(dyn Reporter + Sync),
) -> Result<Vec<PkgCategories>> {
    let cat = catalogue(target, sources, reporter)?;
    let found: Vec<PkgCategories> = cat
        .pkgs
        .iter()
        .filter(|p| p.pkg.name == arg || crate::version::PkgName::new(&p.pkg.name).base() == arg)
        .map(|p| PkgCategories {
            package: p.pkg.name.clone(),
            categories: p.pkg.categories().map(str::to_string).collect(),
        })
        .collect();
    if found.is_empty() {
        return Err(not_available(target, arg));
    }
    Ok(found)
}

/// `show-all-categories`: every category of the catalogue, sorted, each once.
pub fn show_all_categories(
    target: &Target,
    sources: &Sources,
    reporter: &(dyn Reporter + Sync),
) -> Result<Vec<String>> {
    let cat = catalogue(target, sources, reporter)?;
    let all: BTreeSet<&str> = cat.pkgs.iter().flat_map(|p| p.pkg.categories()).collect();
    Ok(all.into_iter().map(str::to_string).collect())
}

/// `stats`: what is installed and what the repositories offer.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// The installed set.
    pub local: LocalStats,
    /// The catalogue.
    pub remote: RemoteStats,
}

/// The installed set in numbers.
#[derive(Debug, Clone, Serialize)]
pub struct LocalStats {
    /// Installed packages.
    pub packages: usize,
    /// Bytes they take.
    pub size: u64,
}

/// The catalogue in numbers.
#[derive(Debug, Clone, Serialize)]
pub struct RemoteStats {
    /// Repositories whose index the catalogue holds.
    pub repositories: usize,
    /// Packages they offer.
    pub packages: usize,
    /// The sum of their FILE_SIZE: bytes to download them all.
    pub size: u64,
}

/// pkgin's `stats`.
pub fn stats(
    target: &Target,
    sources: &Sources,
    reporter: &(dyn Reporter + Sync),
) -> Result<Stats> {
    let session = target.write(reporter)?;
    let cat = update::catalogue(&session, sources, reporter)?;
    let installed = session.db.packages()?;
    Ok(Stats {
        local: LocalStats {
            packages: installed.len(),
            size: installed
                .iter()
                .map(|p| u64::try_from(p.size).unwrap_or(0))
                .fold(0, u64::saturating_add),
        },
        remote: RemoteStats {
            repositories: cat.repos.len(),
            packages: cat.pkgs.len(),
            size: cat
                .pkgs
                .iter()
                .filter_map(|p| p.pkg.file_size)
                .fold(0, u64::saturating_add),
        },
    })
}

/// `show-keep` (`automatic` false) and `show-no-keep` (true): the installed packages kept
/// for themselves, or installed only for others' sake.
pub fn show_keep(
    target: &Target,
    automatic: bool,
    reporter: &dyn Reporter,
) -> Result<Vec<InstalledPkg>> {
    Ok(super::query::list(target, reporter)?
        .into_iter()
        .filter(|p| p.automatic == automatic)
        .collect())
}
