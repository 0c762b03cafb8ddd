//! From the global flags (and the pin file they may point to) to the validated values the
//! operations take: the prefix, the repositories, lock waiting, keys, the platform image.
//! Every command file uses these; none of them uses a command file.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::args::Global;
use super::reporter::CliReporter;
use crate::config::Overrides;
use crate::core::sign::{Listed, PublicKey};
use crate::error::{Error, Refusal, Result};
use crate::lines::pin::{self, Found, PinFile};
use crate::lines::{self, line_of_spec, line_prefix_name};
use crate::ops::{Sources, Target};
use crate::platform::{self, Stamp};
use crate::transaction::{LockOptions, Prefix};

/// The prefix the flags name: `--prefix`, or the line of `--cbe`.
pub fn prefix_name(g: &Global) -> Result<Option<String>> {
    if let Some(p) = &g.prefix {
        return Ok(Some(p.clone()));
    }
    if let Some(spec) = &g.cbe {
        let (line, _) = line_of_spec(spec)?;
        return Ok(Some(line_prefix_name(line)));
    }
    Ok(None)
}

/// The prefix the flags name, else the line of the pin file found from here.
pub fn require_prefix(g: &Global) -> Result<Prefix> {
    let name = match prefix_name(g)? {
        Some(n) => n,
        None => pin_line()?.map(line_prefix_name).ok_or_else(|| {
            Error::Usage(
                "no prefix chosen: give --cbe N (a CBE line) or --prefix DIR, or run in a checkout with a cbe.toml".to_string(),
            )
        })?,
    };
    Prefix::new(&g.root, &name)
}

/// The prefix [`require_prefix`] chooses, with the lock waiting of `--lock-timeout`.
pub fn target(g: &Global) -> Result<Target> {
    Ok(target_at(g, require_prefix(g)?))
}

/// `prefix` with the lock waiting of `--lock-timeout`.
pub fn target_at(g: &Global, prefix: Prefix) -> Target {
    Target {
        prefix,
        lock: lock_options(g),
        dry_run: g.dry_run,
        scripts: !g.no_scripts,
    }
}

/// How long to wait for a prefix's lock.
pub fn lock_options(g: &Global) -> LockOptions {
    LockOptions {
        timeout: g.lock_timeout.map(Duration::from_secs_f64),
    }
}

/// The machine architecture packages must be built for.
pub fn arch(g: &Global) -> String {
    g.arch.clone().unwrap_or_else(crate::package::host_arch)
}

/// What this run overrides of the line's configuration.
pub fn overrides(g: &Global) -> Overrides {
    Overrides {
        repos: g.repos.clone(),
        trusted_keys: g.trusted_keys.clone(),
        cache_dir: g.cache_dir.clone(),
        parallel: g.parallel,
        timeout: g.timeout,
        allow_expired: g.allow_expired,
    }
}

/// The repositories: the line's configuration with this run's overrides.
pub fn sources(g: &Global) -> Sources {
    Sources {
        root: g.root.clone(),
        arch: arch(g),
        overrides: overrides(g),
    }
}

/// The command line, for the history.
pub fn command_line() -> String {
    std::env::args().skip(1).collect::<Vec<_>>().join(" ")
}

/// The pin file: `explicit` (the user's choice, read as it is), else the nearest `cbe.toml`
/// from the current directory up if it is trusted. An untrusted one is ignored with a
/// warning naming it, even with `-q` (see [`pin::discover`]).
pub fn find_pin(explicit: Option<&PathBuf>) -> Result<Option<PinFile>> {
    if let Some(p) = explicit {
        return PinFile::read(p).map(Some);
    }
    let Ok(cwd) = std::env::current_dir() else {
        return Ok(None);
    };
    match pin::discover(&cwd)? {
        Found::Nothing => Ok(None),
        Found::Pin(p) => Ok(Some(*p)),
        Found::Ignored(u) => {
            CliReporter::new(true, false, None).always(&format!(
                "warning: ignoring the pin file {u}, or name it with `cbe ensure --pin FILE`"
            ));
            Ok(None)
        }
    }
}

/// The line of the pin file found from the current directory, if any.
pub fn pin_line() -> Result<Option<u64>> {
    let Some(pin) = find_pin(None)? else {
        return Ok(None);
    };
    match &pin.cbe.version {
        Some(v) => lines::line_of_spec(v)
            .map(|(l, _)| Some(l))
            .map_err(|e| Error::malformed(&pin.path, format!("[cbe] version: {e}"))),
        None => Ok(None),
    }
}

/// This machine's platform image; a malformed `--platform-image` is a usage error.
pub fn host(g: &Global) -> Result<platform::Host> {
    platform::host(g.platform_image.as_deref()).map_err(|e| {
        if g.platform_image.is_some() {
            Error::Usage(e)
        } else {
            Error::refused(Refusal::Other, e)
        }
    })
}

/// A stamp given as `flag`; malformed is a usage error.
pub fn stamp_flag(flag: &str, s: &str) -> Result<Stamp> {
    Stamp::parse(s).map_err(|e| Error::Usage(format!("{flag}: {e}")))
}

/// The keys `--trusted-key` names (files relative to `base`, or key text), read as every
/// trusted key is (`config::Revoked::trusted`; no revocation applies to the flags alone).
pub fn trusted_keys(g: &Global, base: &Path) -> Result<Vec<PublicKey>> {
    crate::config::Revoked::default().trusted(&g.trusted_keys, base, Listed::Flag)
}
