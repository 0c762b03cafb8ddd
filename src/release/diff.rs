//! `cbe repo diff OLD NEW`: what a release changes, and whether it looks compatible.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::read_repo;
use crate::error::Result;
use crate::package::read_metadata;
use crate::report::count;
use crate::version::{dewey_cmp, PkgName};

/// How a package changes between releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// Only in the new release.
    Added,
    /// Only in the old release.
    Removed,
    /// A higher version in the new release.
    Upgraded,
    /// A lower version in the new release.
    Downgraded,
}

impl std::fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `pad`, so that `repo diff` can align it.
        f.pad(match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Upgraded => "upgraded",
            ChangeKind::Downgraded => "downgraded",
        })
    }
}

/// One change.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// Added, removed, upgraded or downgraded.
    pub kind: ChangeKind,
    /// The package base.
    pub base: String,
    /// Old version.
    pub old: Option<String>,
    /// New version.
    pub new: Option<String>,
}

/// The whole comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    /// Old and new releases.
    pub releases: (String, String),
    /// Package changes, by base.
    pub changes: Vec<Change>,
    /// Changes that are incompatible within a line.
    pub warnings: Vec<String>,
    /// Whether OLD and NEW are releases of one line with incompatible changes: "this looks
    /// like a new line, not a new release".
    pub looks_like_new_line: bool,
}

fn major(version: &str) -> Option<u64> {
    let digits: String = version.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

/// Compares the repositories in `old` and `new`.
pub fn diff(old: &Path, new: &Path) -> Result<Diff> {
    let (ro, po, _) = read_repo(old)?;
    let (rn, pn, _) = read_repo(new)?;
    let by_base = |v: &[crate::package::summary::RemotePkg]| -> BTreeMap<String, (String, String)> {
        v.iter()
            .map(|p| {
                let n = PkgName::new(&p.name);
                (
                    n.base().to_string(),
                    (n.version().to_string(), p.file_name.clone()),
                )
            })
            .collect()
    };
    let (bo, bn) = (by_base(&po), by_base(&pn));
    let mut changes = Vec::new();
    let mut warnings = Vec::new();
    // A downgrade needs a look, but does not by itself make the release another line.
    let mut downgrades = Vec::new();
    let same_line = ro.line == rn.line;
    for (base, (vo, fo)) in &bo {
        match bn.get(base) {
            None => {
                changes.push(Change {
                    kind: ChangeKind::Removed,
                    base: base.clone(),
                    old: Some(vo.clone()),
                    new: None,
                });
                warnings.push(format!("{base}-{vo} is removed"));
            }
            Some((vn, fnew)) => {
                let kind = match dewey_cmp(vn, vo) {
                    std::cmp::Ordering::Greater => ChangeKind::Upgraded,
                    std::cmp::Ordering::Less => ChangeKind::Downgraded,
                    std::cmp::Ordering::Equal => continue,
                };
                if kind == ChangeKind::Downgraded {
                    downgrades.push(format!("{base} goes down from {vo} to {vn}"));
                }
                changes.push(Change {
                    kind,
                    base: base.clone(),
                    old: Some(vo.clone()),
                    new: Some(vn.clone()),
                });
                if let (Some(a), Some(b)) = (major(vo), major(vn)) {
                    if b > a {
                        warnings.push(format!("{base} raises its major version from {a} to {b}"));
                    }
                }
                // Files the kept package no longer has.
                if let (Ok(mo), Ok(mn)) = (
                    read_metadata(&old.join("All").join(fo)),
                    read_metadata(&new.join("All").join(fnew)),
                ) {
                    let now: std::collections::HashSet<&str> =
                        mn.plist.entries.iter().map(|e| e.path.as_str()).collect();
                    let gone: Vec<&str> = mo
                        .plist
                        .entries
                        .iter()
                        .map(|e| e.path.as_str())
                        .filter(|p| !now.contains(p))
                        .collect();
                    if !gone.is_empty() {
                        let shown: Vec<&str> = gone.iter().take(5).copied().collect();
                        warnings.push(format!(
                            "{base} drops {} ({}{})",
                            count(gone.len(), "file"),
                            shown.join(", "),
                            if gone.len() > 5 { ", …" } else { "" }
                        ));
                    }
                }
            }
        }
    }
    for (base, (vn, _)) in &bn {
        if !bo.contains_key(base) {
            changes.push(Change {
                kind: ChangeKind::Added,
                base: base.clone(),
                old: None,
                new: Some(vn.clone()),
            });
        }
    }
    changes.sort_by(|a, b| a.base.cmp(&b.base));
    let looks_like_new_line = same_line && !warnings.is_empty();
    warnings.extend(downgrades);
    Ok(Diff {
        releases: (ro.release.to_string(), rn.release.to_string()),
        changes,
        looks_like_new_line,
        warnings,
    })
}
