//! `cbe extra plan|sync|pack|publish`.

use super::args::{ExtraArgs, ExtraCommand, Global, PackArgs};
use super::options::{lock_options, overrides, stamp_flag};
use super::output::Output;
use super::reporter::CliReporter;
use crate::error::{exit, Error, Result};
use crate::extra::{self, tree::Packing, ExtraConfig, PackSpec};
use crate::lines::pin::PinFile;
use crate::ops::extra::{self as extra_op, PackOptions, SyncOptions, Synced};
use crate::ops::publish::{self, ExtraPublished};
use crate::ops::settings::{self, ExtraFlags};
use crate::platform;
use crate::release::password::PasswordSource;

/// The pin file found from here, if trusted: an untrusted one's `[extra] build` never runs.
fn pin() -> Result<Option<PinFile>> {
    super::options::find_pin(None)
}

fn config(g: &Global, a: &ExtraArgs) -> Result<ExtraConfig> {
    let flags = ExtraFlags {
        source: a.source.clone(),
        dest: a.dest.clone(),
        urls: a.urls.clone(),
        build: a.build.clone(),
        illumos: a.illumos.clone(),
        force_build: a.force_build,
        fallback_build: a.fallback_build,
        arch: g.arch.clone(),
    };
    settings::extra(&g.root, pin()?.as_ref(), &flags, &overrides(g))
}

fn show_plan(out: &Output, plan: &extra::Plan) -> Result<()> {
    out.show(plan, |out| out.text(&plan.render()))
}

/// Runs an `extra` subcommand.
pub fn run(g: &Global, rep: &CliReporter, cmd: &ExtraCommand, out: &Output) -> Result<i32> {
    match cmd {
        ExtraCommand::Plan(a) => show_plan(out, &extra_op::plan(&config(g, a)?)?)?,
        ExtraCommand::Sync { args, no_build } => sync(g, rep, args, *no_build, out)?,
        ExtraCommand::Pack(a) => pack(g, a, out)?,
        ExtraCommand::Publish { out: from, to } => {
            let published = publish::extra(from, to, g.dry_run)?;
            out.show(&published, |out| match &published {
                ExtraPublished::Would { from, to } => {
                    out.line(format_args!("would publish {} to {to}", from.display()))
                }
                ExtraPublished::Copied { files } if !out.quiet() => files
                    .iter()
                    .try_for_each(|c| out.line(format_args!("published {c}"))),
                ExtraPublished::Copied { .. } => Ok(()),
            })?;
        }
    }
    Ok(exit::OK)
}

fn sync(
    g: &Global,
    rep: &CliReporter,
    args: &ExtraArgs,
    no_build: bool,
    out: &Output,
) -> Result<()> {
    let cfg = config(g, args)?;
    match extra_op::sync(
        &cfg,
        SyncOptions {
            no_build,
            lock_timeout: lock_options(g).timeout,
        },
        g.dry_run,
        rep,
    )? {
        Synced::Would(plan) => show_plan(out, &plan),
        Synced::Done(plan) => out.show(&plan, |out| {
            if out.quiet() {
                return Ok(());
            }
            out.line(format_args!(
                "{}: {} ({}), key {}",
                plan.dest.display(),
                plan.action,
                plan.reason,
                plan.key
            ))
        }),
    }
}

fn pack(g: &Global, a: &PackArgs, out: &Output) -> Result<()> {
    let pin = pin()?;
    let source = settings::extra_pack_source(pin.as_ref(), a.source.as_ref())?;
    let packing = match a.compression.as_str() {
        "zstd" | "zst" => Packing::Zstd,
        "bzip2" | "bz2" => Packing::Bzip2,
        other => {
            return Err(Error::Usage(format!(
                "--compression {other}: use zstd or bzip2"
            )))
        }
    };
    let oldest = match &a.min_platform {
        Some(s) => Some(stamp_flag("--min-platform", s)?),
        None => pin
            .as_ref()
            .map(settings::pin_min_platform)
            .transpose()?
            .flatten(),
    };
    let host = platform::host(g.platform_image.as_deref()).map_err(Error::Usage)?;
    let m = extra_op::pack(PackOptions {
        spec: PackSpec {
            tree: a.tree.clone(),
            source,
            out: a.out.clone(),
            key: a.sign.clone(),
            passwords: PasswordSource::new(g.password_file.clone()),
            arch: settings::extra_arch(pin.as_ref(), g.arch.as_deref()),
            packing,
            builder_platform: String::new(),
        },
        oldest,
        host,
        force: a.force,
    })?;
    out.show(&m, |out| {
        if out.quiet() {
            return Ok(());
        }
        out.line(format_args!(
            "{}: {} ({} bytes), key {}",
            a.out.join(&m.arch).join(&m.archive).display(),
            m.archive_sha256,
            m.archive_size,
            m.key
        ))
    })
}
