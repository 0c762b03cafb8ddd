//! The project lock file, `cbe.lock` beside `cbe.toml`: the exact release and packages a
//! project builds with, so that every zone installs the same bytes (as Cargo.lock, uv.lock
//! and flake.lock do for theirs). TOML, written by cbe alone, sorted, one value per line, so
//! that a change reads as a small diff:
//!
//! ```toml
//! # cbe.lock: written by `cbe lock`; the exact bits this project builds with.
//! [release]
//! line = 1
//! version = "1.0.0"
//! requirement = "^1.0"
//! sha256 = "…"            # of the signed `release` file
//!
//! [[package]]
//! name = "greet"
//! version = "2.1nb1"
//! sha256 = "…"            # of the package file
//! ```

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, IoContext, Result};

/// The name of the lock file, beside the pin file.
pub const LOCK_FILE: &str = "cbe.lock";

/// Where the lock file of the pin file at `pin` is.
pub fn lock_path(pin: &Path) -> PathBuf {
    pin.with_file_name(LOCK_FILE)
}

/// The locked release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockedRelease {
    /// The line.
    pub line: u64,
    /// The release.
    pub version: String,
    /// The requirement it was chosen for (the lock is outdated once the pin asks otherwise).
    pub requirement: String,
    /// The packages the pin asked for when it was written (none: the whole release).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packages: Option<Vec<String>>,
    /// SHA-256 of the signed `release` file.
    pub sha256: String,
}

/// One locked package.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockedPackage {
    /// PKGBASE.
    pub name: String,
    /// Its version.
    pub version: String,
    /// SHA-256 of the package file.
    pub sha256: String,
}

impl LockedPackage {
    /// The full PKGNAME (`greet-2.1nb1`).
    pub fn pkgname(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }
}

/// A parsed lock file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockFile {
    /// `[release]`.
    pub release: LockedRelease,
    /// `[[package]]`, sorted by name.
    #[serde(rename = "package", default)]
    pub packages: Vec<LockedPackage>,
}

impl LockFile {
    /// Reads the lock file at `path`; `None` when there is none.
    pub fn read(path: &Path) -> Result<Option<LockFile>> {
        let text = match std::fs::read_to_string(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            r => r.at(path)?,
        };
        let mut lock: LockFile = toml::from_str(&text).map_err(|e| {
            Error::malformed(
                path,
                format!(
                    "{}; cbe writes this file: run `cbe lock` to write it again",
                    e.message()
                ),
            )
        })?;
        lock.packages.sort();
        Ok(Some(lock))
    }

    /// The file's text: always the same for the same lock.
    pub fn text(&self) -> String {
        let mut sorted = self.clone();
        sorted.packages.sort();
        let body = toml::to_string(&sorted).unwrap_or_default();
        format!(
            "# cbe.lock: written by `cbe lock`; the exact bits this project builds with.\n{body}"
        )
    }

    /// Writes it to `path` (atomically).
    pub fn write(&self, path: &Path) -> Result<()> {
        crate::fsutil::write_atomic(path, self.text().as_bytes())
    }

    /// The PKGBASEs locked, sorted.
    pub fn bases(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.packages.iter().map(|p| p.name.as_str()).collect();
        v.sort_unstable();
        v
    }

    /// The full PKGNAMEs locked.
    pub fn pkgnames(&self) -> Vec<String> {
        self.packages.iter().map(LockedPackage::pkgname).collect()
    }

    /// Why this lock no longer answers the pin's `requirement` and `packages`, if it does not.
    pub fn outdated(
        &self,
        line: u64,
        requirement: &semver::VersionReq,
        packages: Option<&Vec<String>>,
    ) -> Option<String> {
        let r = &self.release;
        let satisfies = semver::Version::parse(&r.version).is_ok_and(|v| requirement.matches(&v));
        if r.line != line || !satisfies {
            return Some(format!(
                "it locks release {} and the pin asks for {requirement}",
                r.version
            ));
        }
        (r.packages.as_ref() != packages)
            .then(|| "it was written for other packages than the pin's `packages`".to_string())
    }

    /// What moving from `self` to `newer` changes, one line each (`release 1.0.0 -> 1.1.0`,
    /// `greet 2.1nb1 -> 2.2`, `toolc 1.0 removed`, `cc 3 added`, `hello 1.0 rebuilt`).
    pub fn changes(&self, newer: &LockFile) -> Vec<String> {
        let mut out = Vec::new();
        if self.release.version != newer.release.version {
            out.push(format!(
                "release {} -> {}",
                self.release.version, newer.release.version
            ));
        } else if self.release.sha256 != newer.release.sha256 {
            out.push(format!("release {} signed again", self.release.version));
        }
        let find = |l: &LockFile, n: &str| l.packages.iter().find(|p| p.name == n).cloned();
        for old in &self.packages {
            match find(newer, &old.name) {
                None => out.push(format!("{} {} removed", old.name, old.version)),
                Some(new) if new.version != old.version => {
                    out.push(format!("{} {} -> {}", old.name, old.version, new.version))
                }
                Some(new) if new.sha256 != old.sha256 => {
                    out.push(format!("{} {} rebuilt", old.name, old.version))
                }
                Some(_) => {}
            }
        }
        for new in &newer.packages {
            if find(self, &new.name).is_none() {
                out.push(format!("{} {} added", new.name, new.version));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lock(version: &str, pkgs: &[(&str, &str, &str)]) -> LockFile {
        LockFile {
            release: LockedRelease {
                line: 1,
                version: version.to_string(),
                requirement: "^1.0".to_string(),
                packages: None,
                sha256: format!("r{version}"),
            },
            packages: pkgs
                .iter()
                .map(|(n, v, s)| LockedPackage {
                    name: n.to_string(),
                    version: v.to_string(),
                    sha256: s.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn the_text_is_sorted_and_reads_back() {
        let l = lock("1.0.0", &[("toolc", "1.0", "c"), ("greet", "2.1nb1", "a")]);
        let text = l.text();
        assert!(
            text.find("greet").unwrap() < text.find("toolc").unwrap(),
            "{text}"
        );
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(LOCK_FILE);
        l.write(&p).unwrap();
        let back = LockFile::read(&p).unwrap().unwrap();
        assert_eq!(back.text(), text);
        assert_eq!(back.pkgnames(), ["greet-2.1nb1", "toolc-1.0"]);
        std::fs::write(&p, "[release]\nline = \"x\"\n").unwrap();
        let err = LockFile::read(&p).unwrap_err().to_string();
        assert!(err.contains("run `cbe lock`"), "{err}");
    }

    #[test]
    fn changes_and_outdated() {
        let a = lock("1.0.0", &[("greet", "2.1nb1", "a"), ("toolc", "1.0", "c")]);
        let b = lock("1.1.0", &[("greet", "2.2", "b"), ("cc", "3", "d")]);
        assert_eq!(
            a.changes(&b),
            [
                "release 1.0.0 -> 1.1.0",
                "greet 2.1nb1 -> 2.2",
                "toolc 1.0 removed",
                "cc 3 added"
            ]
        );
        let req = semver::VersionReq::parse("^1.1").unwrap();
        assert!(a.outdated(1, &req, None).is_some());
        assert!(b.outdated(1, &req, None).is_none());
        assert!(b.outdated(1, &req, Some(&vec!["cc".into()])).is_some());
    }
}
