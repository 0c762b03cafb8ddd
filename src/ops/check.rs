//! `cbe repo check`: the publish gate, run on a repository directory before it is published.

use std::path::PathBuf;

use super::gate::{self, GateOptions, Report};
use super::install::{self, InstallOptions, Progress};
use super::{Sources, Target};
use crate::core::sign::PublicKey;
use crate::error::Result;
use crate::report::Reporter;
use crate::transaction::{LockOptions, Prefix};

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
    let installer = |prefix: &Prefix, files: &[PathBuf], arch: &str| {
        install_files(prefix, files, arch, reporter)
    };
    gate::check(
        &opts.dir,
        opts.previous.as_deref(),
        &opts.keys,
        &opts.gate,
        &installer,
        reporter,
    )
}

/// `cbe --root <scratch> install FILE...`: the files installed (upgrading what is there)
/// by the one install pipeline, packages' scripts run as for a user.
fn install_files(
    prefix: &Prefix,
    files: &[PathBuf],
    arch: &str,
    reporter: &(dyn Reporter + Sync),
) -> Result<()> {
    let opts = InstallOptions {
        target: Target {
            prefix: prefix.clone(),
            lock: LockOptions::default(),
            dry_run: false,
            scripts: true,
        },
        sources: Sources {
            root: prefix.root.clone(),
            arch: arch.to_string(),
            overrides: Default::default(),
        },
        requests: Vec::new(),
        files: files.to_vec(),
        upgrade: false,
        automatic: false,
        force: false,
        allow_setuid: false,
        dry_run: false,
        command: "repo check".into(),
    };
    install::install(&opts, &Progress(reporter)).map(|_| ())
}
