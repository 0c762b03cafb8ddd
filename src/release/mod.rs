//! Release engineering: making a repository (`index`: each package's entry and the signed
//! release file, `bulk`: pbulk's own summary, `password`: where a secret key's password comes
//! from), seeing what a release changes (`diff`), checking its files against its signed index
//! (`verify`), and publishing it without a half-published moment (`publish`). The client side of repositories is [`crate::repo`].

pub mod bulk;
pub mod diff;
pub mod index;
pub mod password;
pub mod publish;
pub mod publish_s3;
pub mod verify;

use std::fs;
use std::path::Path;

use crate::error::{Error, IoContext, Result};
use crate::package::summary::{self, RemotePkg};
use crate::repo::release::{Release, RELEASE_FILE};

/// Reads a local repository's release and summary (plain, else zstd); the callers check the
/// summary against the release's digest (`verify::summary_matches_release`).
pub fn read_repo(dir: &Path) -> Result<(Release, Vec<RemotePkg>, String)> {
    let rpath = dir.join(RELEASE_FILE);
    let text = fs::read_to_string(&rpath).at(&rpath)?;
    let release = Release::parse(&text).map_err(|e| Error::malformed(&rpath, e))?;
    let plain = dir.join("pkg_summary");
    let summary = if plain.exists() {
        fs::read_to_string(&plain).at(&plain)?
    } else {
        let z = dir.join("pkg_summary.zst");
        bulk::decode_text(&fs::read(&z).at(&z)?).at(&z)?
    };
    let pkgs =
        summary::parse(&summary).map_err(|e| Error::malformed(dir.join("pkg_summary"), e))?;
    Ok((release, pkgs, summary))
}
