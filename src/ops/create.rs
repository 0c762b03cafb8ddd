//! `cbe pkg create`: a package from a staged directory.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::package::{self, Compression, CreateSpec};

/// The package written. (Fields in alphabetical order, as `pkg create --json` has always
/// printed them.)
#[derive(Debug, Clone, Serialize)]
pub struct Created {
    /// The platform image recorded as BUILD_PLATFORM, if any: without one the release gate
    /// cannot say whether the package runs on the oldest supported image.
    pub build_platform: Option<String>,
    /// The payload's compression.
    pub compression: Compression,
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
    let mut spec = spec.clone();
    spec.compression = Some(compression(spec.compression, out)?);
    let pl = package::create(&spec, out)?;
    let build_platform = spec
        .build_info
        .iter()
        .rev()
        .find(|(k, _)| k == "BUILD_PLATFORM")
        .map(|(_, v)| v.clone())
        .or_else(package::build_platform);
    Ok(Created {
        build_platform,
        compression: spec.compression.unwrap_or_default(),
        entries: pl.entries.len(),
        file: out.to_path_buf(),
        name: pl.name,
        prefix: pl.prefix,
    })
}

/// The compression to write: the one asked for, else the one the output's name says
/// (`-o gcc-12.tgz`: gzip, as `tar -a` does), else zstd. A name that says another than the one
/// asked for is refused: pkgin and repo index go by the name.
fn compression(asked: Option<Compression>, out: &Path) -> Result<Compression> {
    let named = Compression::of_name(&out.to_string_lossy());
    match (asked, named) {
        (Some(a), Some(n)) if a != n => Err(Error::Usage(format!(
            "-o {}: the name says {}, not the {} asked for; name it {}",
            out.display(),
            n.name(),
            a.name(),
            out.with_extension(&a.suffix()[1..]).display()
        ))),
        (Some(a), _) => Ok(a),
        (None, n) => Ok(n.unwrap_or_default()),
    }
}
