//! `cbe lock`: writes the project's `cbe.lock` from the line as ensure installs it, so that
//! every zone installs the same bytes (see [`crate::lines::lock`]).

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::ensure::{self, EnsureInput};
use crate::error::{Error, Refusal, Result};
use crate::lines::line_prefix_name;
use crate::lines::lock::{LockFile, LockedPackage, LockedRelease};
use crate::repo::catalogue::Catalogue;
use crate::report::Reporter;
use crate::transaction::{Prefix, Session};

/// What `cbe lock` did.
#[derive(Debug, Clone, Serialize)]
pub struct LockOutcome {
    /// The lock file.
    pub path: PathBuf,
    /// What it locks now.
    pub lock: LockFile,
    /// What changed from the lock that was there (empty: nothing, or there was none).
    pub changes: Vec<String>,
    /// Whether there was a lock before.
    pub had_lock: bool,
}

/// Ensures the line as `input` asks (unlocked: the newest release the requirement allows,
/// or, with `input.locked`, exactly that) and writes the lock at `path` from what it holds.
pub fn lock(
    input: &EnsureInput,
    path: &Path,
    old: Option<LockFile>,
    reporter: &(dyn Reporter + Sync),
) -> Result<LockOutcome> {
    ensure::ensure(input, reporter)?;
    if let Some(locked) = &input.locked {
        // A current lock: installed exactly, left as it is.
        return Ok(LockOutcome {
            path: path.to_path_buf(),
            lock: locked.clone(),
            changes: Vec::new(),
            had_lock: true,
        });
    }
    let lock = from_line(input, reporter)?;
    if old.as_ref() != Some(&lock) {
        lock.write(path)?;
    }
    Ok(LockOutcome {
        path: path.to_path_buf(),
        changes: old.as_ref().map(|o| o.changes(&lock)).unwrap_or_default(),
        had_lock: old.is_some(),
        lock,
    })
}

/// The lock of the line `input` names, as installed: its release, the digest of the signed
/// release file it came from, and each of its own packages (not those installed by hand)
/// with the digest the signed index gives.
pub fn from_line(input: &EnsureInput, reporter: &dyn Reporter) -> Result<LockFile> {
    let prefix = Prefix::new(&input.root, &line_prefix_name(input.line))?;
    let missing = |what: &str| {
        Error::refused(
            Refusal::LineNotInstalled,
            format!(
                "line {} records no {what}; run `cbe ensure` first",
                input.line
            ),
        )
    };
    let s = Session::open_read(&prefix, input.lock, reporter)?
        .ok_or_else(|| missing("installation"))?;
    let release =
        s.db.line_state("release")?
            .ok_or_else(|| missing("release"))?;
    let sha256 =
        s.db.line_state(ensure::RELEASE_SHA256)?
            .ok_or_else(|| missing("release digest"))?;
    let own = super::line_set::line_set(&s)?.unwrap_or_default();
    let cat = Catalogue::load(&s.db)?;
    let mut packages = Vec::new();
    for p in
        s.db.packages()?
            .into_iter()
            .filter(|p| own.contains(&p.base))
    {
        let sha = cat
            .pkgs
            .iter()
            .find(|c| c.repo == 0 && c.pkg.name == p.name)
            .and_then(|c| c.pkg.sha256.clone())
            .ok_or_else(|| missing(&format!("digest of {}", p.name)))?;
        packages.push(LockedPackage {
            name: p.base,
            version: p.version,
            sha256: sha,
        });
    }
    packages.sort();
    Ok(LockFile {
        release: LockedRelease {
            line: input.line,
            version: release,
            requirement: input.req.to_string(),
            packages: input.packages.clone(),
            sha256,
        },
        packages,
    })
}
