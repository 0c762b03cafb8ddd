//! `cbe repo diff OLD NEW`: what a release changes against another.

use std::path::Path;

use crate::error::Result;
use crate::release::diff::{self, Diff};

/// Compares the repositories in `old` and `new`.
pub fn diff(old: &Path, new: &Path) -> Result<Diff> {
    diff::diff(old, new)
}
