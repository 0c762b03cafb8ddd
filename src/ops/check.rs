//! `cbe repo check`: the publish gate, run on a repository directory before it is published.

use std::path::PathBuf;

use super::gate::{self, GateOptions, Report};
use crate::core::sign::PublicKey;
use crate::error::Result;
use crate::report::Reporter;

/// What to check, and with which keys.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The repository directory.
    pub dir: PathBuf,
    /// The line's previous release, for the upgrade scenario.
    pub previous: Option<PathBuf>,
    /// Keys the release must be signed by (unchecked when empty).
    pub keys: Vec<PublicKey>,
    /// The smoke tests' time limit and what the gate lets through.
    pub gate: GateOptions,
}

/// Runs every check; the report says which failed. The install scenarios run the pipeline
/// `cbe install FILE...` runs, scripts included.
pub fn check(opts: &CheckOptions, reporter: &(dyn Reporter + Sync)) -> Result<Report> {
    gate::check(
        &opts.dir,
        opts.previous.as_deref(),
        &opts.keys,
        &opts.gate,
        reporter,
    )
}
