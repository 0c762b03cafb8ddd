//! The one place that turns a line's configuration file, the project's pin file, the flags
//! and the environment into what commands work with: which keys are trusted (every
//! revocation applied), how transfers go (timeout, rate floor, deadline, cache), which
//! repositories `ensure` uses and where smartos-extra comes from. Command files only gather
//! the flags; what wins over what is decided here.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::config::{self, ConfigFile, Overrides, Revoked};
use crate::core::sign::Listed;
use crate::error::{Error, Result};
use crate::extra::ExtraConfig;
use crate::lines::pin::{PinExtra, PinFile};
use crate::lines::{line_of_spec, line_prefix_name};
use crate::ops::ensure::RequirementSource;
use crate::platform::Stamp;
use crate::transaction::Prefix;

/// The current directory (`/` when it cannot be read): flags' relative key files are
/// relative to it.
fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))
}

/// The configuration file of the line the pin file asks for, and where it is; an empty one
/// when there is no pin, the pin names no line, or the line has no file yet.
fn pin_line_config(root: &Path, pin: Option<&PinFile>) -> Result<(PathBuf, ConfigFile)> {
    let Some(version) = pin.and_then(|p| p.cbe.version.as_deref()) else {
        return Ok((PathBuf::new(), ConfigFile::default()));
    };
    let Ok((line, _)) = line_of_spec(version) else {
        return Ok((PathBuf::new(), ConfigFile::default()));
    };
    let path = config::config_path(&Prefix::new(root, &line_prefix_name(line))?);
    let file = config::read(&path)?;
    Ok((path, file))
}

/// `ensure`'s repositories and keys: from the flags or from the pin file, never both.
#[derive(Debug, Clone, Default)]
pub struct EnsureSources {
    /// The pin's repositories (empty when the flags name them: then nothing is written).
    pub repos: Vec<String>,
    /// The pin's trusted keys, revoked ones left out, as key text.
    pub trusted_keys: Vec<String>,
    /// The pin's revocations, kept in the line's configuration.
    pub revoked_keys: Vec<String>,
    /// The run's overrides: the flags' repositories and keys, or none of them.
    pub overrides: Overrides,
    /// The flags replaced repositories or keys the pin file gives.
    pub pin_set_aside: bool,
}

/// [`EnsureSources`] of the pin file and the overrides `o`. With `--repo` or
/// `--trusted-key` (CBE_REPOS, CBE_TRUSTED_KEYS) the pin's `repos` and `trusted_keys` are
/// not used, nor written into the line's config.toml, and the flags apply to this run as
/// they do for every command.
pub fn ensure_sources(pin: Option<&PinFile>, o: Overrides) -> Result<EnsureSources> {
    let pin_cbe = pin.map(|p| p.cbe.clone()).unwrap_or_default();
    if !o.repos.is_empty() || !o.trusted_keys.is_empty() {
        // The keys are read now, so that a bad one stops the run before anything happens.
        Revoked::default().trusted(&o.trusted_keys, &cwd(), Listed::Flag)?;
        return Ok(EnsureSources {
            pin_set_aside: !pin_cbe.repos.is_empty() || !pin_cbe.trusted_keys.is_empty(),
            revoked_keys: pin_cbe.revoked_keys,
            overrides: o,
            ..EnsureSources::default()
        });
    }
    let dir = pin.map_or(Path::new("."), PinFile::dir);
    let listed = pin.map_or(Listed::Flag, |p| Listed::In(&p.path));
    let keys = Revoked::of(&[&pin_cbe.revoked_keys]).trusted(&pin_cbe.trusted_keys, dir, listed)?;
    Ok(EnsureSources {
        repos: pin_cbe.repos,
        trusted_keys: keys.iter().map(|k| k.to_base64()).collect(),
        revoked_keys: pin_cbe.revoked_keys,
        overrides: Overrides {
            repos: Vec::new(),
            trusted_keys: Vec::new(),
            ..o
        },
        pin_set_aside: false,
    })
}

/// What the `extra` flags say, over the pin file's `[extra]`.
#[derive(Debug, Clone, Default)]
pub struct ExtraFlags {
    /// `--source`.
    pub source: Option<PathBuf>,
    /// `--dest`.
    pub dest: Option<PathBuf>,
    /// `--url` (replaces the pin's).
    pub urls: Vec<String>,
    /// `--build`.
    pub build: Option<String>,
    /// `--illumos`.
    pub illumos: Option<PathBuf>,
    /// `--force-build`.
    pub force_build: bool,
    /// `--fallback-build`.
    pub fallback_build: bool,
    /// `--arch` (CBE_ARCH).
    pub arch: Option<String>,
}

/// The tree `extra pack` packs from: `--source`, else the pin's `[extra] source`.
pub fn extra_pack_source(pin: Option<&PinFile>, flag: Option<&PathBuf>) -> Result<PathBuf> {
    let from_pin = pin.and_then(|p| Some(p.dir().join(p.extra.as_ref()?.source.as_ref()?)));
    flag.cloned()
        .or(from_pin)
        .ok_or_else(|| Error::Usage("no source: give --source DIR".into()))
}

/// The machine arch smartos-extra is keyed by: `arch` (`--arch`, CBE_ARCH) or this
/// machine's, through the pin's `[extra] arch_aliases`.
pub fn extra_arch(pin: Option<&PinFile>, arch: Option<&str>) -> String {
    let a = arch.map_or_else(crate::package::host_arch, str::to_string);
    let alias = pin.and_then(|p| p.extra.as_ref()?.arch_aliases.get(&a).cloned());
    alias.unwrap_or(a)
}

/// smartos-extra's configuration: the flags over the pin file's `[extra]` (paths relative
/// to the pin file), keys as every command trusts them (`--trusted-key` replaces the pin's;
/// the pin's and its line's `revoked_keys` apply to both), transfers as the pin's line is
/// configured (`timeout`, `min_rate`, `deadline`, `cache_dir`) under the overrides `o`.
pub fn extra(
    root: &Path,
    pin: Option<&PinFile>,
    f: &ExtraFlags,
    o: &Overrides,
) -> Result<ExtraConfig> {
    let cwd = cwd();
    let (base, px) = match pin {
        Some(p) => (p.dir().to_path_buf(), p.extra.clone().unwrap_or_default()),
        None => (cwd.clone(), PinExtra::default()),
    };
    let rel = |p: &String| base.join(p);
    let source = f
        .source
        .clone()
        .or(px.source.as_ref().map(rel))
        .ok_or_else(|| {
            Error::Usage(
                "no smartos-extra source: give --source DIR or set [extra] source in cbe.toml"
                    .into(),
            )
        })?;
    let dest = f
        .dest
        .clone()
        .or(px.dest.as_ref().map(rel))
        .unwrap_or_else(|| base.join("proto.extra"));
    let (path, line_file) = pin_line_config(root, pin)?;
    let pin_revoked = pin.map(|p| p.cbe.revoked_keys.as_slice()).unwrap_or(&[]);
    let revoked = Revoked::of(&[pin_revoked, &line_file.revoked_keys]);
    let keys = if o.trusted_keys.is_empty() {
        let listed = pin.map_or(Listed::Flag, |p| Listed::In(&p.path));
        revoked.trusted(&px.trusted_keys, &base, listed)?
    } else {
        revoked.trusted(&o.trusted_keys, &cwd, Listed::Flag)?
    };
    let transfers = config::transfers(root, &path, &line_file, o)?;
    Ok(ExtraConfig {
        source,
        dest,
        urls: if f.urls.is_empty() {
            px.urls.clone()
        } else {
            f.urls.clone()
        },
        keys,
        build: f.build.clone().or(px.build.clone()),
        build_dir: base,
        arch: extra_arch(pin, f.arch.as_deref()),
        illumos: f.illumos.clone(),
        force_build: f.force_build,
        fallback_build: f.fallback_build,
        fetch: transfers.fetch,
        cache_dir: transfers.cache_dir,
    })
}

/// What `ensure`'s flags and environment say, before the pin file is looked at.
#[derive(Debug, Clone, Default)]
pub struct EnsureFlags {
    /// `--cbe REQ`, or `CBE_VERSION` (clap reads it into the flag).
    pub cbe: Option<String>,
    /// `--min-platform`, parsed.
    pub min_platform: Option<Stamp>,
    /// `--refresh SECS`.
    pub refresh: Option<f64>,
}

/// `ensure`'s requirement, oldest platform and refresh interval, the flags over the pin.
#[derive(Debug, Clone)]
pub struct EnsureWants {
    /// The line.
    pub line: u64,
    /// The release requirement.
    pub req: semver::VersionReq,
    /// Which source decided the requirement.
    pub decided_by: RequirementSource,
    /// The oldest supported platform image: `--min-platform`, else the pin's.
    pub min_platform: Option<Stamp>,
    /// How long a check for a new release stays good.
    pub refresh: Duration,
    /// The pin's packages (None: the line's whole set).
    pub packages: Option<Vec<String>>,
}

/// [`EnsureWants`] of the flags `f` and the pin file: the requirement is `--cbe`, then
/// `CBE_VERSION`, then the pin's `[cbe] version`.
pub fn ensure_wants(pin: Option<&PinFile>, f: &EnsureFlags) -> Result<EnsureWants> {
    let (spec, decided_by) = requirement(pin, f.cbe.as_deref())?;
    let (line, req) = line_of_spec(&spec).map_err(|e| match &decided_by {
        RequirementSource::PinFile(path) => Error::malformed(path, format!("[cbe] version: {e}")),
        _ => e,
    })?;
    let min_platform = match (&f.min_platform, pin) {
        (Some(s), _) => Some(s.clone()),
        (None, Some(p)) => pin_min_platform(p)?,
        (None, None) => None,
    };
    let pin_cbe = pin.map(|p| p.cbe.clone()).unwrap_or_default();
    let refresh = f.refresh.or(pin_cbe.refresh).unwrap_or(900.0);
    if !(refresh >= 0.0 && refresh.is_finite()) {
        return Err(Error::Usage(format!(
            "--refresh {refresh} must be zero or more seconds"
        )));
    }
    Ok(EnsureWants {
        line,
        req,
        decided_by,
        min_platform,
        refresh: Duration::from_secs_f64(refresh),
        packages: pin_cbe.packages,
    })
}

/// The requirement and where it came from.
fn requirement(pin: Option<&PinFile>, cbe: Option<&str>) -> Result<(String, RequirementSource)> {
    let from_env = std::env::var("CBE_VERSION").ok();
    match (cbe, pin) {
        // clap reads CBE_VERSION into --cbe: tell the two apart for `-v`.
        (Some(s), _) if from_env.as_deref() == Some(s) => {
            Ok((s.to_string(), RequirementSource::Environment))
        }
        (Some(s), _) => Ok((s.to_string(), RequirementSource::Flag)),
        (None, Some(p)) => match &p.cbe.version {
            Some(v) => Ok((v.clone(), RequirementSource::PinFile(p.path.clone()))),
            None => Err(Error::malformed(
                &p.path,
                "no [cbe] version; add e.g. version = \"^3.2\"",
            )),
        },
        (None, None) => Err(Error::Usage(
            "no CBE requirement: give --cbe REQ, set CBE_VERSION, or run in a checkout with a cbe.toml".to_string(),
        )),
    }
}

/// The pin file's `[cbe] min_platform`; malformed is an error in the pin file.
pub fn pin_min_platform(pin: &PinFile) -> Result<Option<Stamp>> {
    pin.cbe
        .min_platform
        .as_deref()
        .map(|s| {
            Stamp::parse(s)
                .map_err(|e| Error::malformed(&pin.path, format!("[cbe] min_platform: {e}")))
        })
        .transpose()
}
