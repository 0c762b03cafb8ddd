//! The project pin file, `cbe.toml`, found from the current directory upward (the nearest
//! wins).
//!
//! ```toml
//! [cbe]
//! version = "^3.2"                     # semver requirement; its major is the line
//! repos = ["https://pkg.example.org/cbe/$line/$arch"]
//! trusted_keys = ["keys/cbe-release.pub"]   # paths relative to this file, or key text
//! min_platform = "20180329T002515Z"
//! packages = ["gcc7", "gmake"]         # default: the line's whole set
//! refresh = 900                        # seconds between checks for a new release
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, IoContext, Result};

/// The name of the pin file.
pub const PIN_FILE: &str = "cbe.toml";

/// The `[cbe]` table.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinCbe {
    /// Semver requirement of the line's release.
    pub version: Option<String>,
    /// Repository URLs: the first is primary, the rest mirrors.
    #[serde(default)]
    pub repos: Vec<String>,
    /// Trusted keys: paths relative to the pin file, or key text.
    #[serde(default)]
    pub trusted_keys: Vec<String>,
    /// The oldest supported platform image.
    pub min_platform: Option<String>,
    /// The packages the project needs (default: the whole set).
    pub packages: Option<Vec<String>>,
    /// Seconds between checks for a new release.
    pub refresh: Option<f64>,
}

/// The `[extra]` table (smartos-extra).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinExtra {
    /// The smartos-extra git checkout, relative to the pin file.
    pub source: Option<String>,
    /// The tree's destination, relative to the pin file.
    pub dest: Option<String>,
    /// Where tarballs are published.
    #[serde(default)]
    pub urls: Vec<String>,
    /// Keys trusted for the manifests.
    #[serde(default)]
    pub trusted_keys: Vec<String>,
    /// The command that builds the tree (with DESTDIR set).
    pub build: Option<String>,
    /// Machine arch aliases: platform names that build identical trees share one key
    /// (`{ "i86pc" = "x86_64" }`).
    #[serde(default)]
    pub arch_aliases: std::collections::BTreeMap<String, String>,
}

/// A parsed pin file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinFile {
    /// `[cbe]`.
    #[serde(default)]
    pub cbe: PinCbe,
    /// `[extra]`.
    pub extra: Option<PinExtra>,
    /// Where the file is (not in the file).
    #[serde(skip)]
    pub path: PathBuf,
}

impl PinFile {
    /// Reads the pin file at `path`.
    pub fn read(path: &Path) -> Result<PinFile> {
        let text = std::fs::read_to_string(path).at(path)?;
        let mut pin: PinFile = toml::from_str(&text).map_err(|e| {
            Error::malformed(
                path,
                format!(
                    "{}; fix the pin file (see `man cbe-ensure`)",
                    e.message().trim().replace('\n', " ")
                ),
            )
        })?;
        pin.path = path.to_path_buf();
        Ok(pin)
    }

    /// The directory relative paths in the file are relative to.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }
}

/// The nearest `cbe.toml` at or above `start`.
pub fn find(start: &Path) -> Option<PathBuf> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        let p = d.join(PIN_FILE);
        if p.is_file() {
            return Some(p);
        }
        dir = d.parent();
    }
    None
}
