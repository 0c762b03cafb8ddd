//! `cbe extra plan|sync|pack`: smartos-extra by HEAD hash. The decision and the work are
//! the domain's ([`crate::extra`]); this module adds what the operations decide around
//! them: a dry run, and whether this builder may pack for the oldest supported platform.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::extra::manifest::Manifest;
use crate::extra::{self, ExtraConfig, PackSpec, Plan, SyncOptions};
use crate::platform::{Host, Stamp};
use crate::report::Reporter;

/// Decides what sync would do; changes nothing.
pub fn plan(cfg: &ExtraConfig) -> Result<Plan> {
    extra::plan(cfg)
}

/// What sync did or, with `--dry-run`, would do.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Synced {
    /// `--dry-run`: the plan.
    Would(Plan),
    /// The plan carried out.
    Done(Plan),
}

/// Carries out the plan: use the installed tree, download, or build.
pub fn sync(
    cfg: &ExtraConfig,
    opts: SyncOptions,
    dry_run: bool,
    reporter: &(dyn Reporter + Sync),
) -> Result<Synced> {
    if dry_run {
        return extra::plan(cfg).map(Synced::Would);
    }
    extra::sync(cfg, opts, reporter).map(Synced::Done)
}

/// What pack needs besides the domain's spec.
#[derive(Debug, Clone)]
pub struct PackOptions {
    /// Tree, source, output, key, arch, compression.
    pub spec: PackSpec,
    /// The oldest supported platform image.
    pub oldest: Option<Stamp>,
    /// This builder's platform image.
    pub host: Host,
    /// Pack even on a builder newer than the oldest supported image.
    pub force: bool,
}

/// Packs a built tree and signs its manifest, refusing a builder newer than the oldest
/// supported platform image unless forced: what it builds may not run there.
pub fn pack(mut opts: PackOptions) -> Result<Manifest> {
    opts.spec.builder_platform = match &opts.host {
        Host::Known(s, _) => s.to_string(),
        Host::Unknown(_) => "unknown".to_string(),
    };
    if let (Host::Known(s, _), Some(old)) = (&opts.host, &opts.oldest) {
        if s > old && !opts.force {
            return Err(Error::Platform(format!(
                "this builder's platform image {s} is newer than the oldest supported, {old}: a tree built here may not run there; build on {old} or give --force"
            )));
        }
    }
    extra::pack(&opts.spec)
}
