//! `cbe verify`: every installed file re-hashed and compared with what the database recorded.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use serde::Serialize;

use super::Target;
use crate::digest::hash_file;
use crate::error::{Refusal, Result};
use crate::pkgdb::FileRecord;
use crate::report::Reporter;
use crate::transaction::{Prefix, Session};

/// What is wrong with an installed file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    /// Not there.
    Missing,
    /// Other size or content.
    Modified,
    /// A file where a symlink was installed, or the reverse, or something else.
    WrongType,
    /// Other permission bits.
    WrongMode,
    /// A symlink pointing elsewhere.
    WrongTarget,
    /// Could not be read to be hashed.
    Unreadable,
}

impl std::fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ProblemKind::Missing => "missing",
            ProblemKind::Modified => "modified",
            ProblemKind::WrongType => "wrong-type",
            ProblemKind::WrongMode => "wrong-mode",
            ProblemKind::WrongTarget => "wrong-target",
            ProblemKind::Unreadable => "unreadable",
        })
    }
}

/// One thing wrong with one installed file. (Fields in alphabetical order: the order of the
/// keys `verify --json` has always printed.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// What was expected and found.
    pub detail: String,
    /// What is wrong.
    pub kind: ProblemKind,
    /// The package owning the file.
    pub package: String,
    /// Path relative to the prefix.
    pub path: String,
}

/// What verify found.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    /// Files checked.
    pub checked: usize,
    /// What is wrong, by path.
    pub problems: Vec<Problem>,
}

/// Verifies the files of `packages` (all installed packages when empty) in `target`; `None`
/// when nothing was ever installed there.
pub fn run(
    target: &Target,
    packages: &[String],
    reporter: &dyn Reporter,
) -> Result<Option<VerifyReport>> {
    let Some(session) = target.read(reporter)? else {
        return match packages.first() {
            Some(n) => Err(target.not_installed(n)),
            None => Ok(None),
        };
    };
    let (checked, problems) = verify(&session, packages)?;
    Ok(Some(VerifyReport { checked, problems }))
}

/// Checks the files of `packages` (all installed packages when empty). Returns the number of
/// files checked and the problems found.
pub fn verify(session: &Session, packages: &[String]) -> Result<(usize, Vec<Problem>)> {
    let db = &session.db;
    let all = db.packages()?;
    let chosen: Vec<_> = if packages.is_empty() {
        all
    } else {
        let mut v = Vec::new();
        for n in packages {
            match all.iter().find(|p| p.name == *n || p.base == *n) {
                Some(p) => v.push(p.clone()),
                None => {
                    return Err(crate::error::Error::refused(
                        Refusal::NotInstalled,
                        format!(
                            "{n} is not installed in {}; see `cbe list`",
                            session.prefix.name
                        ),
                    ))
                }
            }
        }
        v
    };
    let mut work: Vec<(String, FileRecord)> = Vec::new();
    for p in &chosen {
        for f in db.files_of(p.id)? {
            work.push((p.name.clone(), f));
        }
    }
    let checked = work.len();
    let prefix = &session.prefix;
    // Hash on every core: verification is bounded by hashing, not by the disk.
    let mut problems: Vec<Problem> =
        crate::parallel::map(&work, 8, |(pkg, f)| check(prefix, pkg, f))
            .into_iter()
            .flatten()
            .collect();
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((checked, problems))
}

fn check(prefix: &Prefix, pkg: &str, f: &FileRecord) -> Option<Problem> {
    let path = prefix.path(&f.path);
    let problem = |kind, detail: String| {
        Some(Problem {
            package: pkg.to_string(),
            path: f.path.clone(),
            kind,
            detail,
        })
    };
    let md = match fs::symlink_metadata(&path) {
        Ok(md) => md,
        Err(_) => {
            return problem(
                ProblemKind::Missing,
                format!("{} is missing", path.display()),
            )
        }
    };
    if f.kind == crate::pkgdb::FileKind::Symlink {
        if !md.file_type().is_symlink() {
            return problem(ProblemKind::WrongType, "expected a symlink".to_string());
        }
        let target = fs::read_link(&path).ok()?;
        let want = f.target.clone().unwrap_or_default();
        if target.to_string_lossy() != want {
            return problem(
                ProblemKind::WrongTarget,
                format!("points to {}, expected {want}", target.display()),
            );
        }
        return None;
    }
    if !md.file_type().is_file() {
        return problem(
            ProblemKind::WrongType,
            "expected a regular file".to_string(),
        );
    }
    let mode = md.permissions().mode() & 0o7777;
    if mode != f.mode {
        return problem(
            ProblemKind::WrongMode,
            format!("mode {mode:04o}, expected {:04o}", f.mode),
        );
    }
    if md.len() as i64 != f.size {
        return problem(
            ProblemKind::Modified,
            format!("{} bytes, expected {}", md.len(), f.size),
        );
    }
    match hash_file(&path) {
        Ok((sha, _)) if sha == f.sha256 => None,
        Ok((sha, _)) => problem(
            ProblemKind::Modified,
            format!("SHA-256 {sha}, expected {}", f.sha256),
        ),
        Err(e) => problem(ProblemKind::Unreadable, e.to_string()),
    }
}
