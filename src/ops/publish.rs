//! Publishing: `cbe repo publish` (a signed repository, packages first and the index last)
//! and `cbe extra publish` (packed smartos-extra trees, tarballs before manifests). How each
//! avoids a half-published moment is the domain's ([`crate::release::publish`],
//! [`crate::extra::publish`]); this module is what the command line calls.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::core::sign::PublicKey;
use crate::error::Result;
use crate::release::publish::{self, Move};

/// Publishes the repository `dir` to `to` (a directory, an http(s) URL or S3) once its files
/// match its signed index (and its signature verifies against `keys`, when given); with
/// `dry_run`, checks everything and says what would move.
pub fn repo(dir: &Path, to: &str, keys: &[PublicKey], dry_run: bool) -> Result<Vec<Move>> {
    publish::publish(dir, to, keys, dry_run)
}

/// What extra publish copied or, with `--dry-run`, would copy.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case", tag = "result")]
pub enum ExtraPublished {
    /// `--dry-run`: nothing copied.
    Would {
        /// What pack wrote.
        from: PathBuf,
        /// The published directory or `s3://` prefix.
        to: String,
    },
    /// The files copied, tarballs first.
    Copied {
        /// Each file now published (a path, or an `s3://` object).
        files: Vec<String>,
    },
}

/// Copies what `extra pack` wrote in `out` to `to` (a directory or `s3://BUCKET/PREFIX`);
/// never overwrites.
pub fn extra(out: &Path, to: &str, dry_run: bool) -> Result<ExtraPublished> {
    let s3 = crate::s3::S3Dest::parse(to).transpose()?;
    if dry_run {
        return Ok(ExtraPublished::Would {
            from: out.to_path_buf(),
            to: to.to_string(),
        });
    }
    let files = match s3 {
        Some(dest) => extra_s3(out, &dest)?,
        None => crate::extra::publish(out, Path::new(to))?
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
    };
    Ok(ExtraPublished::Copied { files })
}

/// Every file of an extra tree is named for its commit, so each is created once
/// (`If-None-Match: *`) and cached for a year; manifests go up last.
fn extra_s3(out: &Path, dest: &crate::s3::S3Dest) -> Result<Vec<String>> {
    let mut written = Vec::new();
    for (from, rel) in crate::extra::publishable(out)? {
        if dest.create(&rel, &from)? == crate::s3::Created::Written {
            written.push(dest.name(&rel));
        }
    }
    Ok(written)
}
