//! `cbe repo publish DIR --to s3://BUCKET/PREFIX`: as to a directory, nothing published is
//! overwritten and clients never see half a release. Packages and everything under
//! `releases/<version>/` are created with `If-None-Match: *` (an object already there with the
//! same bytes is a re-run completing a killed publish; other bytes are refused) and cached for
//! a year; then the top-level pointers (`pkg_summary*`, `release.minisig*`, `release` very
//! last), which caches must revalidate. The top-level `release` is read first, so an older
//! release never replaces a newer one.

use std::path::PathBuf;

use super::publish::Move;
use crate::error::{Error, Result};
use crate::repo::release::{Release, RELEASE_FILE};
use crate::s3::S3Dest;

/// Publishes `immutable` then `pointers` (each `(local file, path under the prefix)`,
/// `release` last among the pointers) for `release`.
pub fn publish(
    dest: &S3Dest,
    release: &Release,
    immutable: &[(PathBuf, String)],
    pointers: &[(PathBuf, String)],
    dry_run: bool,
) -> Result<Vec<Move>> {
    refuse_going_back(dest, release)?;
    let mut moves = Vec::new();
    for (from, to) in immutable {
        let present = dest.same_as(to, from)?;
        moves.push(Move {
            to: to.clone(),
            present,
        });
    }
    for (from, to) in pointers {
        let ours = std::fs::read(from).map_err(|e| Error::io(from, e))?;
        let present = dest.get(to)?.is_some_and(|b| b == ours);
        moves.push(Move {
            to: to.clone(),
            present,
        });
    }
    if dry_run {
        return Ok(moves);
    }
    let n = immutable.len();
    for ((from, to), m) in immutable.iter().zip(&moves) {
        if !m.present {
            dest.create(to, from)?;
        }
    }
    for ((from, to), m) in pointers.iter().zip(&moves[n..]) {
        if !m.present {
            dest.replace(to, from)?;
        }
    }
    Ok(moves)
}

/// Refuses to publish `release` over a newer one already published there.
fn refuse_going_back(dest: &S3Dest, release: &Release) -> Result<()> {
    let published = dest.get(RELEASE_FILE)?;
    super::publish::refuse_going_back(published.as_deref(), &dest.name(RELEASE_FILE), release)
}
