//! The configure-facing commands: `ensure`, `env`, `platform check`, `lines`.

use super::args::{EnsureArgs, Global, LinesCommand};
use super::options::{self, find_pin, lock_options, pin_line};
use super::output::Output;
use super::render;
use super::reporter::CliReporter;
use crate::error::{exit, Error, Result};
use crate::lines::{env as lib_env, line_of_spec};
use crate::ops::ensure::{self, EnsureInput};
use crate::ops::lines::{self as lines_op, PlatformStatus};
use crate::ops::settings;
use crate::report::Reporter;

/// Everything ensure needs, merged from flags, environment and the pin file.
fn ensure_input(g: &Global, rep: &CliReporter, a: &EnsureArgs) -> Result<EnsureInput> {
    let pin = find_pin(a.pin.as_ref())?;
    let flags = settings::EnsureFlags {
        cbe: g.cbe.clone(),
        min_platform: a
            .min_platform
            .as_deref()
            .map(|s| options::stamp_flag("--min-platform", s))
            .transpose()?,
        refresh: a.refresh,
    };
    let wants = settings::ensure_wants(pin.as_ref(), &flags)?;
    rep.verbose(&format!(
        "requirement {} (line {}) from {}",
        wants.req, wants.line, wants.decided_by
    ));
    let sources = settings::ensure_sources(pin.as_ref(), options::overrides(g))?;
    if sources.pin_set_aside {
        rep.verbose(
            "--repo/--trusted-key given: the pin file's repos and trusted_keys are not used",
        );
    }
    Ok(EnsureInput {
        root: g.root.clone(),
        line: wants.line,
        req: wants.req,
        decided_by: wants.decided_by,
        repos: sources.repos,
        trusted_keys: sources.trusted_keys,
        revoked_keys: sources.revoked_keys,
        min_platform: wants.min_platform,
        packages: wants.packages,
        refresh: wants.refresh,
        offline: a.offline,
        host: options::host(g)?,
        require_platform: a.require_platform,
        require_fresh: a.require_fresh,
        arch: options::arch(g),
        overrides: sources.overrides,
        lock: lock_options(g),
        scripts: !g.no_scripts,
    })
}

/// `cbe ensure`.
pub fn ensure(g: &Global, rep: &CliReporter, a: &EnsureArgs, out: &Output) -> Result<i32> {
    let input = ensure_input(g, rep, a)?;
    let done = ensure::ensure(&input, rep)?;
    rep.verbose(&format!(
        "line {} release {} {}",
        done.line,
        done.release.as_deref().unwrap_or("?"),
        done.action
    ));
    if let Some(shell) = &a.print_env {
        let vars = lib_env::vars(
            &done.prefix_dir,
            done.line,
            done.release.as_deref(),
            &std::env::var("PATH").unwrap_or_default(),
        );
        out.text(&lib_env::render(&vars, shell).map_err(Error::Usage)?)?;
    } else if out.json() {
        out.write_json(&done)?;
    }
    Ok(exit::OK)
}

/// `cbe env [LINE]`.
pub fn env(
    g: &Global,
    rep: &CliReporter,
    line: Option<&str>,
    shell: &str,
    out: &Output,
) -> Result<i32> {
    let n = match line.or(g.cbe.as_deref()) {
        Some(s) => line_of_spec(s)?.0,
        None => pin_line()?.ok_or_else(|| {
            Error::Usage(
                "which line? give LINE or --cbe N, or run in a checkout with a cbe.toml"
                    .to_string(),
            )
        })?,
    };
    let vars = lines_op::env(
        &g.root,
        n,
        &std::env::var("PATH").unwrap_or_default(),
        lock_options(g),
        rep,
    )?;
    let shell = if out.json() { "json" } else { shell };
    out.text(&lib_env::render(&vars, shell).map_err(Error::Usage)?)?;
    Ok(exit::OK)
}

/// `cbe platform check`.
pub fn platform_check(
    g: &Global,
    rep: &CliReporter,
    oldest: Option<&str>,
    out: &Output,
) -> Result<i32> {
    let oldest = match oldest {
        Some(s) => Some(options::stamp_flag("--oldest", s)?),
        None => match find_pin(None)? {
            Some(p) => settings::pin_min_platform(&p)?,
            None => None,
        },
    };
    let Some(oldest) = oldest else {
        return Err(Error::Usage("no oldest platform image: give --oldest STAMP or run in a checkout whose cbe.toml sets min_platform".to_string()));
    };
    let status = lines_op::platform_check(&options::host(g)?, &oldest)?;
    out.show(&status, |out| match &status {
        PlatformStatus::NewEnough {
            image,
            from,
            oldest,
        } if !out.quiet() => out.line(format_args!(
            "platform image {image} (from {from}) is new enough: the oldest supported is {oldest}"
        )),
        PlatformStatus::NewEnough { .. } => Ok(()),
        PlatformStatus::Unchecked { why, .. } => {
            rep.notice(&format!("{why}: skipping the platform image check"));
            Ok(())
        }
    })?;
    Ok(exit::OK)
}

/// `cbe lines`, `cbe lines remove N`.
pub fn lines(
    g: &Global,
    rep: &CliReporter,
    action: Option<&LinesCommand>,
    out: &Output,
) -> Result<i32> {
    match action {
        Some(LinesCommand::Remove { line }) => {
            if g.dry_run {
                out.line(format_args!("would remove line {line}"))?;
                return Ok(exit::OK);
            }
            lines_op::remove(&g.root, *line, lock_options(g), rep)?;
            if !out.quiet() {
                out.line(format_args!("removed line {line}"))?;
            }
        }
        None => {
            let list = lines_op::list(&g.root, lock_options(g), rep)?;
            out.show(&list, |out| {
                if !list.is_empty() {
                    out.line(format_args!(
                        "{:>4}  {:<10} {:>8} {:>10}  {:<7} PREFIX",
                        "LINE", "RELEASE", "PACKAGES", "SIZE", "HEALTH"
                    ))?;
                }
                for l in &list {
                    out.line(format_args!(
                        "{:>4}  {:<10} {:>8} {:>10}  {:<7} {}",
                        l.line,
                        l.release.as_deref().unwrap_or("-"),
                        l.packages,
                        render::human_size(u64::try_from(l.size).unwrap_or(0)),
                        l.health,
                        l.prefix
                    ))?;
                }
                Ok(())
            })?;
        }
    }
    Ok(exit::OK)
}
