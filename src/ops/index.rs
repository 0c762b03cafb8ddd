//! `cbe repo keygen`, `cbe repo index`, `cbe repo sign`: keys, and a directory of packages
//! made into a signed repository.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::Result;
use crate::release::index::{self, IndexSpec};
use crate::release::password::PasswordSource;
use crate::repo::release::{Release, RELEASE_FILE};

/// The key files keygen wrote.
#[derive(Debug, Clone, Serialize)]
pub struct KeyFiles {
    /// The secret key.
    pub secret: PathBuf,
    /// The public key.
    pub public: PathBuf,
}

/// Writes `NAME.key` and `NAME.pub`; the secret key encrypted with a password from `encrypt`,
/// or not at all when it is `None` (`--unencrypted`).
pub fn keygen(name: &Path, encrypt: Option<&PasswordSource>) -> Result<KeyFiles> {
    let (secret, public) = index::keygen(name, encrypt)?;
    Ok(KeyFiles { secret, public })
}

/// The release file index wrote, and whether it is signed.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Indexed {
    /// The release file's content.
    pub release: Release,
    /// Signed by at least one key (not in JSON, which has always been the release alone).
    #[serde(skip)]
    pub signed: bool,
}

/// Writes the index and release file of `spec.dir`, signed with `spec.sign`'s keys.
pub fn index(spec: &IndexSpec) -> Result<Indexed> {
    Ok(Indexed {
        release: index::index(spec)?,
        signed: !spec.sign.is_empty(),
    })
}

/// Signs (or re-signs) `dir`'s release file with `keys`; returns the release file.
pub fn sign(dir: &Path, keys: &[PathBuf], passwords: &PasswordSource) -> Result<PathBuf> {
    index::sign_repo(dir, keys, passwords)?;
    Ok(dir.join(RELEASE_FILE))
}
