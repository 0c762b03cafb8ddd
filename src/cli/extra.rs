//! `cbe extra plan|sync|pack|publish`.

use std::path::PathBuf;

use super::args::{ExtraArgs, ExtraCommand, Global};
use super::commands::print_json;
use super::CliReporter;
use crate::error::{exit, Error, Result};
use crate::extra::{self, tree::Packing, ExtraConfig, PackSpec, SyncOptions};
use crate::fetch::FetchOptions;
use crate::lines::pin::{self, PinExtra, PinFile};
use crate::platform::{self, Stamp};
use crate::repo::password::PasswordSource;

fn pin() -> Result<Option<PinFile>> {
    let Some(path) = std::env::current_dir().ok().and_then(|d| pin::find(&d)) else {
        return Ok(None);
    };
    PinFile::read(&path).map(Some)
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
    let mut keys = Vec::new();
    for k in &px.trusted_keys {
        keys.push(crate::repo::index::read_public_key(k, &base)?);
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
            .unwrap_or_else(|| g.root.join("var/cache/cbe")),
    })
}

fn show(g: &Global, plan: &extra::Plan) -> Result<()> {
    if g.json {
        print_json(plan)
    } else {
        print!("{}", plan.render());
        Ok(())
    }
}

/// Runs an `extra` subcommand.
pub fn run(g: &Global, rep: &CliReporter, cmd: &ExtraCommand) -> Result<i32> {
    match cmd {
        ExtraCommand::Plan(a) => {
            let cfg = config(g, a)?;
            show(g, &extra::plan(&cfg)?)?;
        }
        ExtraCommand::Sync { args, no_build } => {
            let cfg = config(g, args)?;
            if g.dry_run {
                show(g, &extra::plan(&cfg)?)?;
                return Ok(exit::OK);
            }
            let plan = extra::sync(
                &cfg,
                SyncOptions {
                    no_build: *no_build,
                },
                rep,
            )?;
            if g.json {
                print_json(&plan)?;
            } else if !g.quiet {
                println!(
                    "{}: {} ({}), key {}",
                    plan.dest.display(),
                    plan.action,
                    plan.reason,
                    plan.key
                );
            }
        }
        ExtraCommand::Pack {
            tree,
            sign,
            out,
            source,
            compression,
            min_platform,
            force,
        } => {
            let pin = pin()?;
            let px = pin
                .as_ref()
                .and_then(|p| p.extra.clone())
                .unwrap_or_default();
            let source = match (source, &px.source, &pin) {
                (Some(s), _, _) => s.clone(),
                (None, Some(s), Some(p)) => p.dir().join(s),
                _ => return Err(Error::Usage("no source: give --source DIR".into())),
            };
            let packing = match compression.as_str() {
                "zstd" | "zst" => Packing::Zstd,
                "bzip2" | "bz2" => Packing::Bzip2,
                other => {
                    return Err(Error::Usage(format!(
                        "--compression {other}: use zstd or bzip2"
                    )))
                }
            };
            let oldest = match (
                min_platform,
                pin.as_ref().and_then(|p| p.cbe.min_platform.clone()),
            ) {
                (Some(s), _) => Some(
                    Stamp::parse(s).map_err(|e| Error::Usage(format!("--min-platform: {e}")))?,
                ),
                (None, Some(s)) => Some(
                    Stamp::parse(&s)
                        .map_err(|e| Error::Usage(format!("[cbe] min_platform: {e}")))?,
                ),
                _ => None,
            };
            let host = platform::host(g.platform_image.as_deref()).map_err(Error::Usage)?;
            let builder = match &host {
                platform::Host::Known(s, _) => s.to_string(),
                platform::Host::Unknown(_) => "unknown".to_string(),
            };
            if let (platform::Host::Known(s, _), Some(old)) = (&host, &oldest) {
                if s > old && !force {
                    return Err(Error::Platform(format!(
                        "this builder's platform image {s} is newer than the oldest supported, {old}: a tree built here may not run there; build on {old} or give --force"
                    )));
                }
            }
            let m = extra::pack(&PackSpec {
                tree: tree.clone(),
                source,
                out: out.clone(),
                key: sign.clone(),
                passwords: PasswordSource::new(g.password_file.clone()),
                arch: arch(g, &px.arch_aliases),
                packing,
                builder_platform: builder,
            })?;
            if g.json {
                print_json(&m)?;
            } else if !g.quiet {
                println!(
                    "{}: {} ({} bytes), key {}",
                    out.join(&m.arch).join(&m.archive).display(),
                    m.archive_sha256,
                    m.archive_size,
                    m.key
                );
            }
        }
        ExtraCommand::Publish { out, to } => {
            if g.dry_run {
                println!("would publish {} to {}", out.display(), to.display());
                return Ok(exit::OK);
            }
            let copied = extra::publish(out, to)?;
            if !g.quiet {
                for c in &copied {
                    println!("published {}", c.display());
                }
            }
        }
    }
    Ok(exit::OK)
}
