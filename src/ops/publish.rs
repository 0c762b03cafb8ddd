//! Publishing: `cbe repo publish` (a signed repository, packages first and the index last)
//! and `cbe extra publish` (packed smartos-extra trees, tarballs before manifests). How each
//! avoids a half-published moment is the domain's ([`crate::release::publish`],
//! [`crate::extra::publish`]); this module is what the command line calls.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::Result;
use crate::release::publish::{self, Move};

/// Publishes the repository `dir` to `to` (a directory or an http(s) URL); with `dry_run`,
/// checks everything and says what would move.
pub fn repo(dir: &Path, to: &str, dry_run: bool) -> Result<Vec<Move>> {
    publish::publish(dir, to, dry_run)
}

/// What extra publish copied or, with `--dry-run`, would copy.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case", tag = "result")]
pub enum ExtraPublished {
    /// `--dry-run`: nothing copied.
    Would {
        /// What pack wrote.
        from: PathBuf,
        /// The published directory.
        to: PathBuf,
    },
    /// The files copied, tarballs first.
    Copied {
        /// Each file now published.
        files: Vec<PathBuf>,
    },
}

/// Copies what `extra pack` wrote in `out` to `to`; never overwrites.
pub fn extra(out: &Path, to: &Path, dry_run: bool) -> Result<ExtraPublished> {
    if dry_run {
        return Ok(ExtraPublished::Would {
            from: out.to_path_buf(),
            to: to.to_path_buf(),
        });
    }
    Ok(ExtraPublished::Copied {
        files: crate::extra::publish(out, to)?,
    })
}
