//! `cbe extra plan|sync|pack|publish`.

use std::path::PathBuf;

use super::args::{ExtraArgs, ExtraCommand, Global, PackArgs};
use super::options::{lock_options, stamp_flag};
use super::output::Output;
use super::reporter::CliReporter;
use crate::error::{exit, Error, Result};
use crate::extra::{self, tree::Packing, ExtraConfig, PackSpec, SyncOptions};
use crate::fetch::FetchOptions;
use crate::lines::pin::{PinExtra, PinFile};
use crate::ops::extra::{self as extra_op, PackOptions, Synced};
use crate::ops::publish::{self, ExtraPublished};
use crate::platform;
use crate::repo::password::PasswordSource;

/// The pin file found from here, if trusted: an untrusted one's `[extra] build` never runs.
fn pin() -> Result<Option<PinFile>> {
    super::options::find_pin(None)
}

fn arch(g: &Global, aliases: &std::collections::BTreeMap<String, String>) -> String {
    let a = g.arch.clone().unwrap_or_else(crate::package::host_arch);
    aliases.get(&a).cloned().unwrap_or(a)
}

fn config(g: &Global, a: &ExtraArgs) -> Result<ExtraConfig> {
    let pin = pin()?;
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let (base, px) = match &pin {
        Some(p) => (p.dir().to_path_buf(), p.extra.clone().unwrap_or_default()),
        None => (cwd.clone(), PinExtra::default()),
    };
    let rel = |p: &str| base.join(p);
    let source = match (&a.source, &px.source) {
        (Some(s), _) => s.clone(),
        (None, Some(s)) => rel(s),
        (None, None) => {
            return Err(Error::Usage(
                "no smartos-extra source: give --source DIR or set [extra] source in cbe.toml"
                    .into(),
            ))
        }
    };
    let dest = match (&a.dest, &px.dest) {
        (Some(d), _) => d.clone(),
        (None, Some(d)) => rel(d),
        (None, None) => base.join("proto.extra"),
    };
    // `--trusted-key` (CBE_TRUSTED_KEYS) replaces the pin file's keys: never merged.
    let mut keys = Vec::new();
    if g.trusted_keys.is_empty() {
        for k in &px.trusted_keys {
            keys.push(crate::repo::index::read_public_key(k, &base)?);
        }
    }
    for k in &g.trusted_keys {
        keys.push(crate::repo::index::read_public_key(k, &cwd)?);
    }
    Ok(ExtraConfig {
        source,
        dest,
        urls: if a.urls.is_empty() {
            px.urls.clone()
        } else {
            a.urls.clone()
        },
        keys,
        build: a.build.clone().or(px.build.clone()),
        build_dir: base,
        arch: arch(g, &px.arch_aliases),
        illumos: a.illumos.clone(),
        force_build: a.force_build,
        fallback_build: a.fallback_build,
        fetch: FetchOptions {
            timeout: std::time::Duration::from_secs_f64(g.timeout.unwrap_or(30.0).max(0.1)),
            ..FetchOptions::default()
        },
        cache_dir: g
            .cache_dir
            .clone()
            .unwrap_or_else(|| crate::config::default_cache_dir(&g.root)),
    })
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
    let px = pin
        .as_ref()
        .and_then(|p| p.extra.clone())
        .unwrap_or_default();
    let source = match (&a.source, &px.source, &pin) {
        (Some(s), _, _) => s.clone(),
        (None, Some(s), Some(p)) => p.dir().join(s),
        _ => return Err(Error::Usage("no source: give --source DIR".into())),
    };
    let packing = match a.compression.as_str() {
        "zstd" | "zst" => Packing::Zstd,
        "bzip2" | "bz2" => Packing::Bzip2,
        other => {
            return Err(Error::Usage(format!(
                "--compression {other}: use zstd or bzip2"
            )))
        }
    };
    let oldest = match (
        &a.min_platform,
        pin.as_ref().and_then(|p| p.cbe.min_platform.clone()),
    ) {
        (Some(s), _) => Some(stamp_flag("--min-platform", s)?),
        (None, Some(s)) => Some(stamp_flag("[cbe] min_platform", &s)?),
        _ => None,
    };
    let host = platform::host(g.platform_image.as_deref()).map_err(Error::Usage)?;
    let m = extra_op::pack(PackOptions {
        spec: PackSpec {
            tree: a.tree.clone(),
            source,
            out: a.out.clone(),
            key: a.sign.clone(),
            passwords: PasswordSource::new(g.password_file.clone()),
            arch: arch(g, &px.arch_aliases),
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
