//! What resolution needs to know of the machine: the installed packages with the facts their
//! metadata holds (PROVIDES, PKGPATH, BUILD_DATE, DEPENDS, CONFLICTS), and the system files
//! outside the prefix that a package's `REQUIRES` may name.

use std::path::{Component, Path, PathBuf};

use crate::error::Result;
use crate::package::summary::RemotePkg;
use crate::pkgdb::{InstalledPkg, PkgDb};
use crate::transaction::Prefix;

/// An installed package, with what its metadata says.
pub(super) struct Installed {
    pub pkg: InstalledPkg,
    /// `PROVIDES` of its `+BUILD_INFO`.
    pub provides: Vec<String>,
    /// `PKGPATH`: the pkgsrc directory it was built from (`lang/nodejs`).
    pub pkgpath: Option<String>,
    /// `BUILD_DATE`.
    pub build_date: Option<String>,
    /// Its dependency patterns.
    pub depends: Vec<String>,
    /// Its conflict patterns.
    pub conflicts: Vec<String>,
}

impl Installed {
    /// Whether `c`, of the same PKGNAME, is another build of it: pkgin's refresh. A bulk
    /// build rebuilds a package whose version did not change when something it depends on
    /// did, and its BUILD_DATE says so. As in pkgin 25, BUILD_DATE decides alone: changed
    /// DEPENDS with the same BUILD_DATE (or none) are not a refresh (pkgin-test-suite's
    /// break-depends keeps such a package).
    pub fn rebuilt_as(&self, c: &RemotePkg) -> bool {
        c.name == self.pkg.name
            && matches!(
                (&self.build_date, c.get("BUILD_DATE")),
                (Some(a), Some(b)) if a != b
            )
    }

    /// Whether `c` continues it: built from the same pkgsrc directory (`PKGPATH`), when
    /// both say. pkgin never upgrades across PKGPATHs (`nodejs` from `lang/nodejs14` is not
    /// an upgrade of `nodejs` from `lang/nodejs`) unless asked for by name.
    pub fn same_origin(&self, c: &RemotePkg) -> bool {
        match (&self.pkgpath, c.get("PKGPATH")) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }
}

/// Every installed package with its facts.
pub(super) fn installed(db: &PkgDb) -> Result<Vec<Installed>> {
    let mut v = Vec::new();
    for p in db.packages()? {
        let bi = db.build_info(p.id)?;
        v.push(Installed {
            provides: bi.values("PROVIDES").map(str::to_string).collect(),
            pkgpath: bi.value("PKGPATH"),
            build_date: bi.value("BUILD_DATE"),
            depends: db.depends_of(p.id)?,
            conflicts: db.conflicts_of(p.id)?,
            pkg: p,
        });
    }
    Ok(v)
}

/// The system a prefix is installed on, for `REQUIRES` of files no package provides.
#[derive(Debug, Clone)]
pub struct Host {
    root: PathBuf,
    prefix: PathBuf,
}

impl Host {
    /// The system under `prefix`'s `--root`.
    pub fn of(prefix: &Prefix) -> Host {
        Host {
            root: prefix.root.clone(),
            prefix: prefix.dir.clone(),
        }
    }

    /// Whether `req` names a file that exists on the system, outside the prefix (inside it,
    /// only a package's PROVIDES counts: an unowned file there may go at any time). Looked
    /// up under `--root` without following a last symlink, which may point at the host.
    pub fn has(&self, req: &str) -> bool {
        let Some(rel) = req.strip_prefix('/') else {
            return false;
        };
        if Path::new(rel)
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
        {
            return false;
        }
        let path = self.root.join(rel);
        !path.starts_with(&self.prefix) && path.symlink_metadata().is_ok()
    }
}
