//! `cbe pkg create`: a package from a staged directory.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::package::{self, CreateSpec};

/// The package written. (Fields in alphabetical order, as `pkg create --json` has always
/// printed them.)
#[derive(Debug, Clone, Serialize)]
pub struct Created {
    /// The platform image recorded as BUILD_PLATFORM, if any: without one the release gate
    /// cannot say whether the package runs on the oldest supported image.
    pub build_platform: Option<String>,
    /// Entries of its packing list.
    pub entries: usize,
    /// The package file.
    pub file: PathBuf,
    /// NAME-VERSION.
    pub name: String,
    /// The prefix it is built for.
    pub prefix: String,
}

/// Builds the package `spec` describes into `out`, once `spec` names a package, a prefix
/// and a staged directory.
pub fn create(spec: &CreateSpec, out: &Path) -> Result<Created> {
    if spec.name.is_empty() {
        return Err(Error::Usage(
            "pkg create needs --name NAME-VERSION (or PKGNAME in --spec)".into(),
        ));
    }
    if spec.prefix.is_empty() {
        return Err(Error::Usage(
            "pkg create needs --prefix DIR or --cbe N (or PREFIX in --spec)".into(),
        ));
    }
    if !spec.from.is_dir() {
        return Err(Error::Usage(format!(
            "--from {}: not a directory",
            spec.from.display()
        )));
    }
    let pl = package::create(spec, out)?;
    let build_platform = spec
        .build_info
        .iter()
        .rev()
        .find(|(k, _)| k == "BUILD_PLATFORM")
        .map(|(_, v)| v.clone())
        .or_else(package::build_platform);
    Ok(Created {
        build_platform,
        entries: pl.entries.len(),
        file: out.to_path_buf(),
        name: pl.name,
        prefix: pl.prefix,
    })
}
