//! The questions that change nothing: `list`, `info`, `which`, `history`, `show-deps`,
//! `show-rev-deps`, `export`, `avail` and `search`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Serialize, Serializer};

use super::{update, Sources, Target};
use crate::error::{Error, Refusal, Result};
use crate::package;
use crate::pkgdb::{InstalledPkg, TxRecord};
use crate::repo::catalogue::{CatPkg, Catalogue};
use crate::report::Reporter;
use crate::transaction::Prefix;
use crate::version::pkg_match;

/// The installed packages (none when nothing was ever installed).
pub fn list(target: &Target, reporter: &dyn Reporter) -> Result<Vec<InstalledPkg>> {
    match target.read(reporter)? {
        Some(s) => s.db.packages(),
        None => Ok(Vec::new()),
    }
}

/// The transactions made on the prefix, oldest first.
pub fn history(target: &Target, reporter: &dyn Reporter) -> Result<Vec<TxRecord>> {
    match target.read(reporter)? {
        Some(s) => s.db.history(),
        None => Ok(Vec::new()),
    }
}

/// The kept (not automatic) packages as `import` reads them: each one's PKGPATH
/// (`lang/gcc12`), as pkgin exports them, or its base name when it has none (packages cbe
/// made), sorted.
pub fn export(target: &Target, reporter: &dyn Reporter) -> Result<Vec<String>> {
    let Some(s) = target.read(reporter)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for p in s.db.packages()?.into_iter().filter(|p| !p.automatic) {
        out.push(s.db.build_info(p.id)?.value("PKGPATH").unwrap_or(p.base));
    }
    out.sort();
    Ok(out)
}

/// What `info` shows: a package file, or an installed package.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Info {
    /// A package file.
    File(FileInfo),
    /// An installed package.
    Installed(InstalledInfo),
}

/// A package file's metadata. (Fields in alphabetical order, as `info --json` has always
/// printed them.)
#[derive(Debug, Clone, Serialize)]
pub struct FileInfo {
    /// `+BUILD_INFO`.
    pub build_info: String,
    /// `+COMMENT`.
    pub comment: String,
    /// Conflict patterns.
    pub conflicts: Vec<String>,
    /// Dependency patterns.
    pub depends: Vec<String>,
    /// `+DESC`.
    pub description: String,
    /// Entries of the packing list.
    pub files: usize,
    /// NAME-VERSION.
    pub name: String,
    /// The prefix it was built for.
    pub prefix: String,
}

/// An installed package. (Fields in alphabetical order, as `info --json` has always
/// printed them.)
#[derive(Debug, Clone, Serialize)]
pub struct InstalledInfo {
    /// `+BUILD_INFO`.
    pub build_info: String,
    /// Conflict patterns (`@pkgcfl`).
    pub conflicts: Vec<String>,
    /// Dependency patterns.
    pub depends: Vec<String>,
    /// `+DESC`.
    pub description: String,
    /// Files installed.
    pub files: usize,
    /// The database's record.
    #[serde(serialize_with = "keys_sorted")]
    pub package: InstalledPkg,
}

/// Serializes `v` with its keys in alphabetical order.
fn keys_sorted<T: Serialize, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::Error as _;
    serde_json::to_value(v)
        .map_err(S::Error::custom)?
        .serialize(s)
}

/// A package file's metadata.
pub fn info_file(file: &Path) -> Result<Info> {
    let meta = package::read_metadata(file)?;
    let pl = &meta.plist;
    Ok(Info::File(FileInfo {
        build_info: meta.text("+BUILD_INFO"),
        comment: meta.comment(),
        conflicts: pl.conflicts.clone(),
        depends: pl.depends.clone(),
        description: meta.text("+DESC"),
        files: pl.entries.len(),
        name: pl.name.clone(),
        prefix: pl.prefix.clone(),
    }))
}

/// The installed package `what` (a name or base name).
pub fn info_installed(target: &Target, what: &str, reporter: &dyn Reporter) -> Result<Info> {
    let Some(s) = target.read(reporter)? else {
        return Err(target.not_installed(what));
    };
    let Some(p) = s.db.package(what)? else {
        return Err(Error::refused(
            Refusal::NotInstalled,
            format!(
                "{what} is not installed in {} and is not a package file",
                target.prefix.name
            ),
        ));
    };
    let text = |name| -> Result<String> {
        Ok(s.db
            .metadata(p.id, name)?
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default())
    };
    Ok(Info::Installed(InstalledInfo {
        build_info: text("+BUILD_INFO")?,
        conflicts: s.db.conflicts_of(p.id)?,
        depends: s.db.depends_of(p.id)?,
        description: text("+DESC")?,
        files: s.db.files_of(p.id)?.len(),
        package: p,
    }))
}

/// Who owns a file. (Fields in alphabetical order, as `which --json` has always printed
/// them.)
#[derive(Debug, Clone, Serialize)]
pub struct Owner {
    /// The owning package, if any (its name in JSON).
    #[serde(serialize_with = "name_only")]
    pub package: Option<InstalledPkg>,
    /// The path, relative to the prefix.
    pub path: String,
}

fn name_only<S: Serializer>(p: &Option<InstalledPkg>, s: S) -> Result<S::Ok, S::Error> {
    p.as_ref().map(|p| &p.name).serialize(s)
}

/// The package that owns `file` (absolute, with or without the root, or prefix-relative).
pub fn which(target: &Target, file: &str, reporter: &dyn Reporter) -> Result<Owner> {
    let path = relative_to_prefix(&target.prefix, file);
    let package = match target.read(reporter)? {
        Some(s) => s.db.owner_of(&path)?,
        None => None,
    };
    Ok(Owner { package, path })
}

/// Reads a user's path as one relative to the prefix: absolute paths are taken as the
/// prefix's (with or without `--root`), relative ones as already relative.
fn relative_to_prefix(prefix: &Prefix, file: &str) -> String {
    let p = PathBuf::from(file);
    if let Ok(r) = p.strip_prefix(&prefix.dir) {
        return r.to_string_lossy().into_owned();
    }
    if let Ok(r) = p.strip_prefix(&prefix.name) {
        return r.to_string_lossy().into_owned();
    }
    file.trim_start_matches("./").to_string()
}

/// What `name` depends on: installed, else as the catalogue offers it.
pub fn show_deps(target: &Target, name: &str, reporter: &dyn Reporter) -> Result<Vec<String>> {
    if let Some(s) = target.read(reporter)? {
        if let Some(p) = s.db.package(name)? {
            return s.db.depends_of(p.id);
        }
        if let Some(c) = Catalogue::load(&s.db)?.best(name) {
            return Ok(c.pkg.depends.clone());
        }
    }
    Err(Error::refused(
        Refusal::NotAvailable,
        format!(
            "{name} is neither installed in {} nor in its catalogue; run `cbe update`",
            target.prefix.name
        ),
    ))
}

/// The installed packages that depend on `name`.
pub fn show_rev_deps(target: &Target, name: &str, reporter: &dyn Reporter) -> Result<Vec<String>> {
    let Some(s) = target.read(reporter)? else {
        return Err(target.not_installed(name));
    };
    let Some(wanted) = s.db.package(name)? else {
        return Err(target.not_installed(name));
    };
    let all = s.db.packages()?;
    let mut depends = Vec::with_capacity(all.len());
    for p in &all {
        depends.push(s.db.depends_of(p.id)?);
    }
    // Level by level: who needs it, who needs those, …; printed farthest first, as pkgin's
    // tree is, each level sorted.
    let mut seen: HashSet<&str> = HashSet::from([wanted.name.as_str()]);
    let mut level: Vec<&str> = vec![wanted.name.as_str()];
    let mut levels: Vec<Vec<String>> = Vec::new();
    while !level.is_empty() {
        let mut next: Vec<&str> = all
            .iter()
            .zip(&depends)
            .filter(|(p, deps)| {
                !seen.contains(p.name.as_str())
                    && deps.iter().any(|d| level.iter().any(|n| pkg_match(d, n)))
            })
            .map(|(p, _)| p.name.as_str())
            .collect();
        next.sort();
        seen.extend(next.iter().copied());
        if !next.is_empty() {
            levels.push(next.iter().map(|n| n.to_string()).collect());
        }
        level = next;
    }
    Ok(levels.into_iter().rev().flatten().collect())
}

/// A package the repositories offer, and whether it is installed.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Offered {
    /// The catalogue entry.
    pub pkg: CatPkg,
    /// Installed as it is offered (not printed in JSON, which has always been the entry).
    #[serde(skip)]
    pub installed: bool,
}

/// What the repositories offer; with `regex`, only the packages whose name or comment
/// match it (case-insensitive).
pub fn avail(
    target: &Target,
    sources: &Sources,
    regex: Option<&str>,
    reporter: &(dyn Reporter + Sync),
) -> Result<Vec<Offered>> {
    // The stored catalogue is read under the readers' lock, so any user who can read the
    // line can ask; only fetching one (none yet, or `--repo` given) needs the writer's.
    let stored = match target.read(reporter)? {
        Some(s) if sources.overrides.repos.is_empty() => {
            let cat = Catalogue::load(&s.db)?;
            (!cat.is_empty()).then_some((s, cat))
        }
        _ => None,
    };
    let (session, cat) = match stored {
        Some(read) => read,
        None => {
            let session = target.write(reporter)?;
            let cat = update::catalogue(&session, sources, reporter)?;
            (session, cat)
        }
    };
    let re = regex
        .map(|r| {
            regex::RegexBuilder::new(r)
                .case_insensitive(true)
                .size_limit(1 << 20)
                .build()
                .map_err(|e| Error::Usage(format!("`{r}` is not a regular expression: {e}")))
        })
        .transpose()?;
    let installed: Vec<String> = session.db.packages()?.into_iter().map(|p| p.name).collect();
    Ok(cat
        .pkgs
        .into_iter()
        .filter(|p| {
            re.as_ref()
                .is_none_or(|re| re.is_match(&p.pkg.name) || re.is_match(&p.pkg.comment))
        })
        .map(|pkg| Offered {
            installed: installed.contains(&pkg.pkg.name),
            pkg,
        })
        .collect())
}
