//! The configure-facing commands: `ensure`, `env`, `platform check`, `lines`.

use std::path::PathBuf;
use std::time::Duration;

use super::args::{EnsureArgs, Global, LinesCommand};
use super::commands::{lock_options, print_json};
use super::CliReporter;
use crate::config::Overrides;
use crate::error::{exit, Error, Result};
use crate::lines::ensure::{self, EnsureInput};
use crate::lines::pin::{self, PinFile};
use crate::lines::{self as lib_lines, env as lib_env};
use crate::platform::{self, Stamp};
use crate::report::Reporter;
use crate::transaction::{Prefix, Session};

fn find_pin(explicit: Option<&PathBuf>) -> Result<Option<PinFile>> {
    let path = match explicit {
        Some(p) => Some(p.clone()),
        None => std::env::current_dir().ok().and_then(|d| pin::find(&d)),
    };
    path.map(|p| PinFile::read(&p)).transpose()
}

/// The line of the pin file found from the current directory, if any.
pub fn pin_line() -> Result<Option<u64>> {
    let Some(pin) = find_pin(None)? else {
        return Ok(None);
    };
    match &pin.cbe.version {
        Some(v) => lib_lines::line_of_spec(v)
            .map(|(l, _)| Some(l))
            .map_err(|e| Error::malformed(&pin.path, format!("[cbe] version: {e}"))),
        None => Ok(None),
    }
}

fn host(g: &Global) -> Result<platform::Host> {
    platform::host(g.platform_image.as_deref()).map_err(|e| {
        if g.platform_image.is_some() {
            Error::Usage(e)
        } else {
            Error::Refused(e)
        }
    })
}

/// `cbe ensure`.
pub fn ensure(g: &Global, rep: &CliReporter, a: &EnsureArgs) -> Result<i32> {
    let pin = find_pin(a.pin.as_ref())?;
    let from_env = std::env::var("CBE_VERSION").ok();
    let (spec, decided_by) = match (&g.cbe, &pin) {
        (Some(s), _) if from_env.as_deref() == Some(s.as_str()) => {
            (s.clone(), "the CBE_VERSION environment variable".to_string())
        }
        (Some(s), _) => (s.clone(), "--cbe".to_string()),
        (None, Some(p)) => match &p.cbe.version {
            Some(v) => (v.clone(), format!("the pin file {}", p.path.display())),
            None => {
                return Err(Error::malformed(
                    &p.path,
                    "no [cbe] version; add e.g. version = \"^3.2\"",
                ))
            }
        },
        (None, None) => {
            return Err(Error::Usage(
                "no CBE requirement: give --cbe REQ, set CBE_VERSION, or run in a checkout with a cbe.toml".to_string(),
            ))
        }
    };
    let (line, req) = lib_lines::line_of_spec(&spec).map_err(|e| {
        match (&pin, decided_by.starts_with("the pin")) {
            (Some(p), true) => Error::malformed(&p.path, format!("[cbe] version: {e}")),
            _ => e,
        }
    })?;
    if g.verbose {
        eprintln!("cbe: requirement {req} (line {line}) from {decided_by}");
    }
    let pin_cbe = pin.as_ref().map(|p| p.cbe.clone()).unwrap_or_default();
    let pin_dir = pin
        .as_ref()
        .map(|p| p.dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."));
    let repos = if g.repos.is_empty() {
        pin_cbe.repos.clone()
    } else {
        g.repos.clone()
    };
    let mut keys = Vec::new();
    for k in &pin_cbe.trusted_keys {
        keys.push(crate::repo::index::read_public_key(k, &pin_dir)?.to_base64());
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    for k in &g.trusted_keys {
        keys.push(crate::repo::index::read_public_key(k, &cwd)?.to_base64());
    }
    let min_platform = match (&a.min_platform, &pin_cbe.min_platform, &pin) {
        (Some(s), _, _) => {
            Some(Stamp::parse(s).map_err(|e| Error::Usage(format!("--min-platform: {e}")))?)
        }
        (None, Some(s), Some(p)) => Some(
            Stamp::parse(s)
                .map_err(|e| Error::malformed(&p.path, format!("[cbe] min_platform: {e}")))?,
        ),
        _ => None,
    };
    let refresh = a.refresh.or(pin_cbe.refresh).unwrap_or(900.0);
    if !(refresh >= 0.0 && refresh.is_finite()) {
        return Err(Error::Usage(format!(
            "--refresh {refresh} must be zero or more seconds"
        )));
    }
    let input = EnsureInput {
        root: g.root.clone(),
        line,
        req,
        decided_by,
        repos,
        trusted_keys: keys,
        min_platform,
        packages: pin_cbe.packages.clone(),
        refresh: Duration::from_secs_f64(refresh),
        offline: a.offline,
        host: host(g)?,
        require_platform: a.require_platform,
        arch: g.arch.clone().unwrap_or_else(crate::package::host_arch),
        overrides: Overrides {
            repos: Vec::new(),
            trusted_keys: Vec::new(),
            cache_dir: g.cache_dir.clone(),
            parallel: g.parallel,
            timeout: g.timeout,
        },
        lock: lock_options(g),
    };
    let out = ensure::ensure(&input, rep)?;
    if g.verbose {
        eprintln!(
            "cbe: line {} release {} {}",
            out.line,
            out.release.as_deref().unwrap_or("?"),
            out.action
        );
    }
    if let Some(shell) = &a.print_env {
        let vars = lib_env::vars(
            &out.prefix_dir,
            out.line,
            out.release.as_deref(),
            &std::env::var("PATH").unwrap_or_default(),
        );
        print!("{}", lib_env::render(&vars, shell).map_err(Error::Usage)?);
    } else if g.json {
        print_json(&out)?;
    }
    Ok(exit::OK)
}

/// `cbe env [LINE]`.
pub fn env(g: &Global, rep: &CliReporter, line: Option<&str>, shell: &str) -> Result<i32> {
    let spec = match (line, &g.cbe) {
        (Some(l), _) => Some(l.to_string()),
        (None, Some(c)) => Some(c.clone()),
        (None, None) => None,
    };
    let n = match spec {
        Some(s) => lib_lines::line_of_spec(&s)?.0,
        None => pin_line()?.ok_or_else(|| {
            Error::Usage(
                "which line? give LINE or --cbe N, or run in a checkout with a cbe.toml"
                    .to_string(),
            )
        })?,
    };
    let prefix = Prefix::new(&g.root, &lib_lines::line_prefix_name(n))?;
    let Some(s) = Session::open_read(&prefix, lock_options(g), rep)? else {
        return Err(Error::Refused(format!(
            "line {n} is not installed in {}; run `cbe ensure` first",
            prefix.dir.display()
        )));
    };
    let release = s.db.line_state("release")?;
    let vars = lib_env::vars(
        &prefix.dir,
        n,
        release.as_deref(),
        &std::env::var("PATH").unwrap_or_default(),
    );
    print!(
        "{}",
        lib_env::render(&vars, if g.json { "json" } else { shell }).map_err(Error::Usage)?
    );
    Ok(exit::OK)
}

/// `cbe platform check`.
pub fn platform_check(g: &Global, rep: &CliReporter, oldest: Option<&str>) -> Result<i32> {
    let oldest =
        match oldest {
            Some(s) => Some(Stamp::parse(s).map_err(|e| Error::Usage(format!("--oldest: {e}")))?),
            None => match find_pin(None)? {
                Some(p) => match &p.cbe.min_platform {
                    Some(s) => Some(Stamp::parse(s).map_err(|e| {
                        Error::malformed(&p.path, format!("[cbe] min_platform: {e}"))
                    })?),
                    None => None,
                },
                None => None,
            },
        };
    let Some(oldest) = oldest else {
        return Err(Error::Usage("no oldest platform image: give --oldest STAMP or run in a checkout whose cbe.toml sets min_platform".to_string()));
    };
    let h = host(g)?;
    match platform::check(&h, Some(&oldest)) {
        platform::Check::Ok => {
            if !g.quiet {
                if let platform::Host::Known(s, from) = &h {
                    println!("platform image {s} (from {from}) is new enough: the oldest supported is {oldest}");
                }
            }
            Ok(exit::OK)
        }
        platform::Check::TooOld(msg) => Err(Error::Platform(msg)),
        platform::Check::Skipped(why) => {
            rep.notice(&format!("{why}: skipping the platform image check"));
            Ok(exit::OK)
        }
    }
}

/// `cbe lines`, `cbe lines remove N`.
pub fn lines(g: &Global, rep: &CliReporter, action: Option<&LinesCommand>) -> Result<i32> {
    match action {
        Some(LinesCommand::Remove { line }) => {
            if g.dry_run {
                println!("would remove line {line}");
                return Ok(exit::OK);
            }
            lib_lines::remove(&g.root, *line, lock_options(g), rep)?;
            if !g.quiet {
                println!("removed line {line}");
            }
            Ok(exit::OK)
        }
        None => {
            let list = lib_lines::list(&g.root, lock_options(g), rep)?;
            if g.json {
                print_json(&list)?;
            } else {
                for l in &list {
                    println!(
                        "{:>3}  {:<10} {:>4} packages {:>12} bytes  {}  {}",
                        l.line,
                        l.release.as_deref().unwrap_or("-"),
                        l.packages,
                        l.size,
                        l.health,
                        l.prefix
                    );
                }
            }
            Ok(exit::OK)
        }
    }
}
