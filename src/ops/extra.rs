//! `cbe extra plan|sync|pack`: smartos-extra by HEAD hash. The decision and the packing are
//! the domain's ([`crate::extra`]); this module carries the decision out under the tree's
//! lock (use the installed tree, download or build), and decides around them: a dry run, and
//! whether this builder may pack for the oldest supported platform.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Serialize;

use crate::error::{Error, IoContext, Refusal, Result};
use crate::extra::manifest::Manifest;
use crate::extra::{self, tree, Action, ExtraConfig, PackSpec, Plan, Reason};
use crate::fetch::{join, Fetcher};
use crate::package::PackageFile;
use crate::platform::{Host, Stamp};
use crate::report::{Notice, Reporter, Transfer};

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
    carry_out(cfg, opts, reporter).map(Synced::Done)
}

/// How sync may carry out a plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct SyncOptions {
    /// A build plan is an error (CI jobs that must consume an artifact).
    pub no_build: bool,
    /// How long to wait for another sync of the same tree (`--lock-timeout`; None: forever).
    pub lock_timeout: Option<std::time::Duration>,
}

/// Carries out `plan` under the destination's lock. Re-plans after taking the lock, since
/// another sync may have done the work meanwhile.
fn carry_out(
    cfg: &ExtraConfig,
    opts: SyncOptions,
    reporter: &(dyn Reporter + Sync),
) -> Result<Plan> {
    let parent = cfg
        .dest
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    fs::create_dir_all(&parent).at(&parent)?;
    let name = cfg
        .dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lock_path = parent.join(format!(".{name}.cbe-lock"));
    let lock = crate::transaction::PrefixLock::acquire(
        &lock_path,
        crate::transaction::LockMode::Exclusive,
        opts.lock_timeout,
        reporter,
    )?;
    // The lock file sits beside the tree, often in a project's checkout: not left there.
    let done = sync_locked(cfg, opts, reporter);
    lock.release_and_remove(&lock_path);
    done
}

/// [`carry_out`] under the tree's lock.
fn sync_locked(
    cfg: &ExtraConfig,
    opts: SyncOptions,
    reporter: &(dyn Reporter + Sync),
) -> Result<Plan> {
    tree::recover(&cfg.dest)?;
    let plan = extra::plan(cfg)?;
    match plan.action {
        Action::UseInstalled => Ok(plan),
        Action::Download => {
            download(cfg, &plan, reporter)?;
            Ok(plan)
        }
        Action::Build => {
            if opts.no_build {
                let err = format!(
                    "the plan is to build ({}) and --no-build forbids it",
                    plan.reason
                );
                return Err(if plan.reason == Reason::NoPublishedTarball {
                    Error::NotFound {
                        url: plan.key.clone(),
                        hint: format!("not published: {err}"),
                    }
                } else {
                    Error::refused(Refusal::Other, err)
                });
            }
            build(cfg, &plan, reporter)?;
            Ok(plan)
        }
    }
}

fn download(cfg: &ExtraConfig, plan: &Plan, reporter: &(dyn Reporter + Sync)) -> Result<()> {
    let (m, dir) = plan
        .manifest
        .clone()
        .ok_or_else(|| Error::refused(Refusal::Other, "no manifest"))?;
    // The same checks as the packages' cache: no symlinked directory, nobody else's.
    crate::repo::download::open_cache(&cfg.cache_dir)?;
    let cached = cfg
        .cache_dir
        .join(format!("{}-{}", m.archive_sha256, m.archive));
    let fetcher = Fetcher::new(cfg.fetch.clone())?;
    let url = join(&dir, &m.archive);
    // Verified and unpacked through one open file.
    let verified = |p: PackageFile| p.verify(m.archive_size, &m.archive_sha256).map(|()| p);
    let held = PackageFile::open(&cached).and_then(verified).ok();
    let tarball = match held {
        Some(p) => p,
        None => {
            reporter.step(&format!("downloading {url}"));
            let transfer = Transfer::start(reporter, &m.archive, m.archive_size);
            let progress = |done: u64| transfer.progress(done);
            let file =
                fetcher.download(&url, &cached, m.archive_size, &m.archive_sha256, &progress)?;
            transfer.done();
            PackageFile::hashed(&cached, file, m.archive_size, &m.archive_sha256)
        }
    };
    let staging = tree::make_staging(&cfg.dest)?;
    let r =
        tree::unpack_from(&tarball, &staging).and_then(|_| tree::write_stamp(&staging, &plan.key));
    if let Err(e) = r {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    crate::transaction::sync_tree(&staging)?;
    tree::swap(&staging, &cfg.dest)
}

fn build(cfg: &ExtraConfig, plan: &Plan, reporter: &dyn Reporter) -> Result<()> {
    let Some(cmd) = &cfg.build else {
        return Err(Error::Usage(format!(
            "the plan is to build ({}) but no build command is configured: set [extra] build in cbe.toml or give --build",
            plan.reason
        )));
    };
    let staging = tree::make_staging(&cfg.dest)?;
    reporter.notice(Notice::ExtraBuild {
        reason: plan.reason.to_string(),
        command: cmd.clone(),
    });
    let status = Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .current_dir(&cfg.build_dir)
        .env("DESTDIR", &staging)
        .env("CBE_EXTRA_KEY", &plan.key)
        .status()
        .map_err(|e| Error::io(&cfg.build_dir, e));
    let ok = matches!(&status, Ok(s) if s.success());
    if !ok {
        let _ = fs::remove_dir_all(&staging);
        let how = match status {
            // A shell reports a child killed by signal N as 128 + N.
            Ok(s) => match s.code() {
                None => "was killed".to_string(),
                Some(c) if c > 128 => format!("was killed (signal {})", c - 128),
                Some(c) => format!("exited {c}"),
            },
            Err(e) => e.to_string(),
        };
        return Err(Error::refused(
            Refusal::Other,
            format!(
                "the build command {how}; the previous tree in {} is untouched",
                cfg.dest.display()
            ),
        ));
    }
    // A dirty tree's build is stamped as such, so a later clean plan never takes it for the
    // commit's tree.
    let key = if plan.dirty {
        format!("{}+dirty", plan.key)
    } else {
        plan.key.clone()
    };
    tree::write_stamp(&staging, &key)?;
    crate::transaction::sync_tree(&staging)?;
    tree::swap(&staging, &cfg.dest)
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
