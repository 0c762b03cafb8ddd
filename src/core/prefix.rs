//! A prefix packages install into, and where cbe keeps its state in it.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A prefix packages install into, seen through `--root`.
#[derive(Debug, Clone)]
pub struct Prefix {
    /// The prefix as packages name it (`/opt/smartos-cbe/3`).
    pub name: String,
    /// Where it is on this machine (`<root>/opt/smartos-cbe/3`).
    pub dir: PathBuf,
    /// cbe's own state: database, lock, staging and trash (`<dir>/.cbe`).
    pub state: PathBuf,
    /// The `--root` it is under (`/` on a real system): where system files such as a
    /// package's `REQUIRES=/lib/libc.so.1` are looked for.
    pub root: PathBuf,
}

impl Prefix {
    /// The prefix `name` (absolute) under `root`.
    pub fn new(root: &Path, name: &str) -> Result<Prefix> {
        if !name.starts_with('/') || name.split('/').any(|c| c == "..") {
            return Err(Error::Usage(format!(
                "prefix `{name}` must be an absolute path without `..`"
            )));
        }
        // One spelling per prefix (`/opt/smartos-cbe/1/.` and `//opt/smartos-cbe/1/` are
        // `/opt/smartos-cbe/1`): the line a prefix belongs to is read from its name.
        let parts: Vec<&str> = name
            .split('/')
            .filter(|c| !c.is_empty() && *c != ".")
            .collect();
        let name = format!("/{}", parts.join("/"));
        let dir = root.join(name.trim_start_matches('/'));
        let state = dir.join(".cbe");
        Ok(Prefix {
            name,
            dir,
            state,
            root: root.to_path_buf(),
        })
    }

    /// Where the package database is.
    pub fn db_path(&self) -> PathBuf {
        self.state.join("pkgdb.sqlite")
    }

    /// An installed path (relative to the prefix) on this machine.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    pub(crate) fn staging(&self, tx: i64) -> PathBuf {
        self.state.join("staging").join(tx.to_string())
    }

    /// Where a package's metadata is written for its scripts (`PKG_METADATA_DIR`).
    pub(crate) fn script_dir(&self, name: &str) -> PathBuf {
        self.state.join("scripts").join(name)
    }

    pub(crate) fn trash(&self, tx: i64) -> PathBuf {
        self.state.join("trash").join(tx.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_has_one_spelling() {
        let root = Path::new("/r");
        for s in [
            "/opt/smartos-cbe/1/.",
            "//opt/smartos-cbe/1/",
            "/opt/./smartos-cbe//1",
        ] {
            let p = Prefix::new(root, s).unwrap();
            assert_eq!(p.name, "/opt/smartos-cbe/1", "{s}");
            assert_eq!(crate::config::line_of(&p.name), Some(1));
        }
        assert_eq!(Prefix::new(root, "/").unwrap().name, "/");
        assert!(Prefix::new(root, "/opt/smartos-cbe/1/..").is_err());
        assert!(Prefix::new(root, "opt").is_err());
    }
}
