//! Step 3 of a transaction: the journal, every rename to come (or, for a removal, every file
//! to delete), decided from the plan, the staged packages and what is on disk, before any of
//! it happens.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use super::plan::Plan;
use super::Prefix;
use crate::core::relpath::ancestors;
use crate::error::Result;
use crate::package::Staged;
use crate::pkgdb::{JournalKind, JournalOp, PkgDb};

/// What the journal holds, and what the commit needs besides.
pub(crate) struct Journal {
    /// Every step, in the order they are carried out; `seq` is the position.
    pub ops: Vec<JournalOp>,
    /// The ids of the installed packages that go (removed or replaced).
    pub old_ids: Vec<i64>,
}

impl Journal {
    fn push(&mut self, kind: JournalKind, path: &str, staged: Option<String>) {
        self.ops.push(JournalOp {
            seq: self.ops.len() as i64,
            kind,
            path: path.to_string(),
            staged,
        });
    }

    /// Where the placements start: every step before is done in order, the placements (each
    /// independent of the others) on two threads.
    pub fn first_place(&self) -> usize {
        self.ops
            .iter()
            .position(|o| o.kind == JournalKind::Place)
            .unwrap_or(self.ops.len())
    }
}

/// Decides the journal of a transaction that carries out `plan`, whose packages are staged
/// (package `n` in `<staging>/<n>`, mirroring its tree).
pub(crate) fn build(
    prefix: &Prefix,
    db: &PkgDb,
    plan: &Plan,
    staged: &[Staged],
    staging: &Path,
) -> Result<Journal> {
    let mut j = Journal {
        ops: Vec::new(),
        old_ids: Vec::new(),
    };
    let mut displaced = old_packages(prefix, db, plan, &mut j)?;
    let new_dirs = new_dirs(staged);
    // Shallow first, so parents come before children.
    let mut dirs_sorted: Vec<&String> = new_dirs.iter().collect();
    dirs_sorted.sort_by_key(|d| d.matches('/').count());
    let absent = absent_dirs(prefix, &dirs_sorted);
    for s in staged {
        for f in &s.files {
            if under(&absent, &f.path) {
                continue;
            }
            // An unowned file in the way (allowed by --force) is kept in trash too.
            if !displaced.contains(&f.path) && fs::symlink_metadata(prefix.path(&f.path)).is_ok() {
                displaced.insert(f.path.clone());
                j.push(JournalKind::Displace, &f.path, None);
            }
        }
    }
    let whole = directories(prefix, staged, staging, &dirs_sorted, &absent, &mut j)?;
    for (n, s) in staged.iter().enumerate() {
        for f in s.files.iter().filter(|f| !under(&whole.covered, &f.path)) {
            j.push(JournalKind::Place, &f.path, Some(format!("{n}/{}", f.path)));
        }
    }
    for (n, d) in whole.placed {
        j.push(JournalKind::Place, d, Some(format!("{n}/{d}")));
    }
    Ok(j)
}

/// The files and directories of the packages the plan removes or replaces. Returns the paths
/// displaced into trash.
fn old_packages(
    prefix: &Prefix,
    db: &PkgDb,
    plan: &Plan,
    j: &mut Journal,
) -> Result<HashSet<String>> {
    let removal_only = plan.installs.is_empty();
    let mut displaced = HashSet::new();
    let replaced = plan.installs.iter().filter_map(|i| i.replaces.as_ref());
    for old in replaced.chain(plan.removes.iter()) {
        j.old_ids.push(old.id);
        for f in db.files_of(old.id)? {
            if removal_only {
                // Nothing is touched before the commit; the files go after it.
                j.push(JournalKind::Delete, &f.path, None);
            } else if fs::symlink_metadata(prefix.path(&f.path)).is_ok() {
                j.push(JournalKind::Displace, &f.path, None);
                displaced.insert(f.path);
            }
        }
        for d in db.dirs_of(old.id)? {
            j.push(JournalKind::Rmdir, &d, None);
        }
    }
    Ok(displaced)
}

/// Every directory the staged packages need: their files' parents and their `@pkgdir`s.
fn new_dirs(staged: &[Staged]) -> BTreeSet<String> {
    let mut dirs = BTreeSet::new();
    for s in staged {
        for f in &s.files {
            dirs.extend(ancestors(&f.path).map(str::to_string));
        }
        for d in &s.meta.plist.dirs {
            dirs.insert(d.clone());
            dirs.extend(ancestors(d).map(str::to_string));
        }
    }
    dirs
}

/// Which of `dirs` (shallow first) the prefix lacks. A directory with nothing at its path has
/// nothing beneath it either: no need to look (a fresh install looks once per top-level
/// directory instead of once per file).
fn absent_dirs<'a>(prefix: &Prefix, dirs: &[&'a String]) -> HashSet<&'a str> {
    let mut absent: HashSet<&str> = HashSet::new();
    for d in dirs {
        let gone = ancestors(d).next().is_some_and(|p| absent.contains(p))
            || matches!(fs::symlink_metadata(prefix.path(d)), Err(e) if e.kind() == ErrorKind::NotFound);
        if gone {
            absent.insert(d.as_str());
        }
    }
    absent
}

/// Whether `path`'s parent is in `set`.
fn under(set: &HashSet<&str>, path: &str) -> bool {
    ancestors(path).next().is_some_and(|p| set.contains(p))
}

/// Which staged packages hold something at or beneath each directory (its files' parents and
/// its `@pkgdir`s, with their ancestors: what staging made of it), from the packing lists
/// rather than one look in every package's staging for every directory.
fn owners(staged: &[Staged]) -> HashMap<&str, Vec<usize>> {
    let mut owners: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, s) in staged.iter().enumerate() {
        let files = s.files.iter().flat_map(|f| ancestors(&f.path));
        let dirs = s
            .meta
            .plist
            .dirs
            .iter()
            .flat_map(|d| std::iter::once(d.as_str()).chain(ancestors(d)));
        for d in files.chain(dirs) {
            let of = owners.entry(d).or_default();
            if of.last() != Some(&n) {
                of.push(n);
            }
        }
    }
    owners
}

/// Directories placed whole: one rename each, everything beneath them along.
#[derive(Default)]
struct Whole<'a> {
    /// Every directory at or beneath a whole placement.
    covered: HashSet<&'a str>,
    /// The placements: the staging package and the directory.
    placed: Vec<(usize, &'a str)>,
}

/// The directory steps. A directory the prefix lacks, whose whole content is in one package's
/// staging (which mirrors the package's tree), is put in place with one rename, everything
/// beneath it along; others are made, and their files placed one by one. A directory that is
/// there must be on staging's file system, or no rename into it could work.
fn directories<'a>(
    prefix: &Prefix,
    staged: &[Staged],
    staging: &Path,
    dirs_sorted: &[&'a String],
    absent: &HashSet<&str>,
    j: &mut Journal,
) -> Result<Whole<'a>> {
    use std::os::unix::fs::MetadataExt;
    let staging_dev = fs::metadata(staging).map(|m| m.dev()).ok();
    let owners = owners(staged);
    let mut whole = Whole::default();
    for d in dirs_sorted {
        if under(&whole.covered, d) {
            whole.covered.insert(d);
            continue;
        }
        if absent.contains(d.as_str()) {
            if let Some(&[n]) = owners.get(d.as_str()).map(Vec::as_slice) {
                whole.covered.insert(d);
                whole.placed.push((n, d));
                continue;
            }
        } else if let Some(m) = fs::symlink_metadata(prefix.path(d))
            .ok()
            .filter(|m| m.is_dir())
        {
            if Some(m.dev()) != staging_dev {
                let what = "the prefix";
                return Err(crate::fsutil::other_file_system(
                    staging,
                    &prefix.path(d),
                    what,
                ));
            }
            continue;
        }
        j.push(JournalKind::Mkdir, d, None);
    }
    Ok(whole)
}
