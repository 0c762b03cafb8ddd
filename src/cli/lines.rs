//! The configure-facing commands: `ensure`, `env`, `platform check`, `lines`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::args::{EnsureArgs, Global, LinesCommand, LockArgs};
use super::options::{self, find_pin, lock_options, pin_line};
use super::output::Output;
use super::render;
use super::reporter::CliReporter;
use crate::error::{exit, Error, Refusal, Result};
use crate::lines::lock::{lock_path, LockFile};
use crate::lines::{env as lib_env, line_of_spec};
use crate::ops::ensure::{self, EnsureInput};
use crate::ops::lines::{self as lines_op, PlatformStatus};
use crate::ops::lock as lock_op;
use crate::ops::settings;
use crate::report::{Notice, Reporter};

/// Everything ensure needs, merged from flags, environment and the pin file.
/// With the pin file's path, if one was used.
fn ensure_input(
    g: &Global,
    rep: &CliReporter,
    a: &EnsureArgs,
) -> Result<(EnsureInput, Option<PathBuf>)> {
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
    let input = EnsureInput {
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
        rerun: std::env::args()
            .map(|a| shell_quote(&a))
            .collect::<Vec<_>>()
            .join(" "),
        locked: None,
    };
    Ok((input, pin.map(|p| p.path)))
}

/// Makes `input` install exactly what `lock` locks, never moved by a refresh.
fn lock_input(input: &mut EnsureInput, lock: LockFile) -> Result<()> {
    let exact = format!("={}", lock.release.version);
    input.req = semver::VersionReq::parse(&exact)
        .map_err(|e| Error::Usage(format!("cbe.lock: release `{}`: {e}", lock.release.version)))?;
    input.packages = Some(lock.pkgnames());
    input.refresh = Duration::MAX;
    input.locked = Some(lock);
    Ok(())
}

/// Applies the pin's cbe.lock to `input` when it has a current one. An outdated one (the pin
/// now asks for another requirement or other packages) is returned with its path, to be
/// written again once ensure has installed what the pin asks; `--locked` refuses both a
/// missing and an outdated lock instead. Without a lock nothing is written: locking is the
/// project's choice (`cbe lock`).
fn apply_lock(
    input: &mut EnsureInput,
    pin: Option<&Path>,
    locked: bool,
) -> Result<Option<(PathBuf, LockFile)>> {
    let Some(pin) = pin else {
        if locked {
            return Err(Error::Usage(
                "--locked installs what the pin file's cbe.lock locks, and there is no pin file; run in a checkout with a cbe.toml, or give --pin FILE".to_string(),
            ));
        }
        return Ok(None);
    };
    let path = lock_path(pin);
    let Some(lock) = LockFile::read(&path)? else {
        if locked {
            return Err(Error::refused(Refusal::LockFileOutdated, format!(
                "{}: no lock file, and --locked installs only what one locks; run `cbe lock` and commit it",
                path.display()
            )));
        }
        return Ok(None);
    };
    match lock.outdated(input.line, &input.req, input.packages.as_ref()) {
        None => lock_input(input, lock).map(|()| None),
        Some(why) if locked => Err(Error::refused(
            Refusal::LockFileOutdated,
            format!(
            "{}: outdated ({why}), and --locked does not write it; run `cbe lock` and commit it",
            path.display()
        ),
        )),
        Some(_) => Ok(Some((path, lock))),
    }
}

/// `arg` as a POSIX shell reads it back: as it is when it holds nothing the shell would
/// treat specially, else in single quotes.
fn shell_quote(arg: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_./:=@%^,+-".contains(c);
    if !arg.is_empty() && arg.chars().all(plain) {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

/// Set on the ensure that `elevate` runs, so that one still refused does not run another.
const ELEVATED: &str = "CBE_ELEVATED";

/// Runs this ensure again through the pin's `elevate` command (the installing step only:
/// this process found the change needed and may not make it), with the pin file named, as
/// the other user would not trust a checkout that is not theirs; its exit code is ours.
fn elevated(elevate: &str, pin: &std::path::Path) -> Result<i32> {
    let exe = std::env::current_exe().map_err(|e| Error::io("/proc/self/exe", e))?;
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "ensure") {
        args.insert(at + 1, "--pin".into());
        args.insert(at + 2, pin.into());
    }
    let mut words = elevate.split_whitespace();
    let program = words.next().unwrap_or(elevate);
    let status = std::process::Command::new(program)
        .args(words)
        .arg(exe)
        .args(args)
        .env(ELEVATED, "1")
        .status()
        .map_err(|e| {
            Error::Usage(format!(
                "elevate = \"{elevate}\" in the pin file {}: cannot run `{program}`: {e}",
                pin.display()
            ))
        })?;
    Ok(status.code().unwrap_or(exit::ERROR))
}

/// `cbe ensure`.
pub fn ensure(g: &Global, rep: &CliReporter, a: &EnsureArgs, out: &Output) -> Result<i32> {
    let (mut input, pin) = ensure_input(g, rep, a)?;
    let relock = apply_lock(&mut input, pin.as_deref(), a.locked)?;
    let done = match ensure::ensure(&input, rep) {
        // Looked for under any `during` wrap, as the exit code is.
        Err(e) if matches!(e.root(), Error::Privilege { .. }) => {
            // Only on the path that needs a change is the pin read again for `elevate`.
            let pin = find_pin(a.pin.as_ref())?;
            return match pin.and_then(|p| Some((p.cbe.elevate?, p.path))) {
                Some((cmd, path)) if std::env::var_os(ELEVATED).is_none() => elevated(&cmd, &path),
                _ => Err(e),
            };
        }
        done => done?,
    };
    if let Some((path, old)) = relock {
        let new = lock_op::from_line(&input, rep)?;
        new.write(&path)?;
        rep.say(&format!(
            "{}: written again for the pin: {}",
            path.display(),
            old.changes(&new).join(", ")
        ));
    }
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

/// `cbe lock [--upgrade]`.
pub fn lock(g: &Global, rep: &CliReporter, a: &LockArgs, out: &Output) -> Result<i32> {
    let ensure_args = EnsureArgs {
        pin: a.pin.clone(),
        min_platform: None,
        print_env: None,
        offline: false,
        // The newest release the requirement allows, looked for now.
        refresh: Some(0.0),
        require_platform: false,
        require_fresh: true,
        locked: false,
    };
    let (mut input, pin) = ensure_input(g, rep, &ensure_args)?;
    let pin = pin.ok_or_else(|| {
        Error::Usage(
            "cbe lock writes cbe.lock beside the pin file, and there is none; run it in a checkout with a cbe.toml, or give --pin FILE".to_string(),
        )
    })?;
    let path = lock_path(&pin);
    let old = LockFile::read(&path)?;
    let current = old.clone().filter(|l| {
        !a.upgrade
            && l.outdated(input.line, &input.req, input.packages.as_ref())
                .is_none()
    });
    if let Some(l) = current {
        lock_input(&mut input, l)?;
    }
    let done = lock_op::lock(&input, &path, old, rep)?;
    out.show(&done, |out| {
        let r = &done.lock.release;
        if done.had_lock && done.changes.is_empty() {
            return out.line(format_args!(
                "{}: up to date (line {} release {})",
                done.path.display(),
                r.line,
                r.version
            ));
        }
        out.line(format_args!(
            "{}: line {} release {}, {} packages",
            done.path.display(),
            r.line,
            r.version,
            done.lock.packages.len()
        ))?;
        for c in &done.changes {
            out.line(format_args!("  {c}"))?;
        }
        Ok(())
    })?;
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
            rep.notice(Notice::PlatformUnchecked { why: why.clone() });
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
            if list.is_empty() {
                rep.say(&format!(
                    "no line is installed under {}: `cbe ensure` in a project installs the \
                     line its cbe.toml pins",
                    g.root.join("opt/smartos-cbe").display()
                ));
            }
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
