//! The rules for paths inside a package, in `+CONTENTS` and in the archive's member names:
//! relative, canonical (no `..`, empty or `.` components, no control characters), listed once,
//! and never written through another file or symlink of the same package.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use super::plist::PackingList;
use crate::core::relpath::ancestors;
use crate::error::{Error, Result};

/// Checks the packing list alone: safe relative paths, no duplicates, nothing beneath a
/// symlink or a file of the package.
pub fn validate_plist(pl: &PackingList) -> Result<(), String> {
    if !crate::version::PkgName::new(&pl.name).is_valid() {
        return Err(format!("@name `{}` is not NAME-VERSION", pl.name));
    }
    if !pl.prefix.starts_with('/') {
        return Err(format!("@cwd `{}` is not an absolute path", pl.prefix));
    }
    let mut seen = HashSet::new();
    let mut leaves = HashSet::new();
    for e in &pl.entries {
        check_rel_path(&e.path)?;
        if !seen.insert(e.path.as_str()) {
            return Err(format!("{} is listed twice", e.path));
        }
        leaves.insert(e.path.as_str());
    }
    for d in &pl.dirs {
        check_rel_path(d)?;
    }
    let listed_paths = pl
        .entries
        .iter()
        .map(|e| (e.path.as_str(), false))
        .chain(pl.dirs.iter().map(|d| (d.as_str(), true)));
    for (path, is_dir) in listed_paths {
        if is_dir && leaves.contains(path) {
            return Err(format!(
                "{path} is listed both as a directory and as a file or symlink"
            ));
        }
        for anc in ancestors(path) {
            if leaves.contains(anc) {
                return Err(format!(
                    "{path} would be written through {anc}, which the package also lists as a file or symlink"
                ));
            }
        }
    }
    Ok(())
}

/// A path inside the package: relative, no `..`, no empty or `.` components.
pub fn check_rel_path(p: &str) -> Result<(), String> {
    if p.is_empty() {
        return Err("an empty path".to_string());
    }
    if p.starts_with('/') {
        return Err(format!("{p}: absolute path"));
    }
    if p.contains('\0') || p.contains('\n') {
        return Err(format!("{p:?}: control characters in path"));
    }
    for comp in p.split('/') {
        match comp {
            ".." => return Err(format!("{p}: path escapes the prefix with `..`")),
            "" | "." => return Err(format!("{p}: path is not in canonical form")),
            _ => {}
        }
    }
    if is_cbes_own(p) {
        return Err(format!(
            "{p}: named like cbe's own state, stamps or temporaries, which no package may carry"
        ));
    }
    Ok(())
}

/// The stamp file cbe writes inside an extra tree it manages (`crate::extra::tree`): its
/// key, then one line per entry. Named here, with the other names no package may carry.
pub const EXTRA_STAMP: &str = ".cbe-extra";

/// Whether `p` (canonical, relative) names what cbe keeps beside or inside a tree it manages:
/// the prefix's `.cbe/`, the extra tree's stamp, and the `.<name>.cbe-*` staging, old-tree and
/// lock entries. A package carrying one could plant configuration (`.cbe/config.toml`) or a
/// symlink where cbe later writes.
fn is_cbes_own(p: &str) -> bool {
    let top = p.split('/').next().unwrap_or(p);
    top == ".cbe"
        || top == EXTRA_STAMP
        || p.split('/')
            .any(|c| c.starts_with('.') && c.contains(".cbe-"))
}

/// The name of archive member `entry` of the package at `path`, without a leading `./` or a
/// trailing `/`; refused unless it is a safe relative path (the archive's root directory,
/// an empty name, excepted).
pub(super) fn member_name<R: Read>(path: &Path, entry: &tar::Entry<'_, R>) -> Result<String> {
    let raw = entry.path_bytes();
    let name =
        std::str::from_utf8(&raw).map_err(|_| Error::verify(path, "member name is not UTF-8"))?;
    let name = name.trim_start_matches("./");
    let name = name.trim_end_matches('/');
    if entry.header().entry_type() != tar::EntryType::Directory || !name.is_empty() {
        if raw.starts_with(b"/") {
            return Err(Error::verify(
                path,
                format!("hostile archive: member {name:?} has an absolute path"),
            ));
        }
        check_rel_path(name)
            .map_err(|e| Error::verify(path, format!("hostile archive: member {e}")))?;
    }
    Ok(name.to_string())
}
