//! The configure-facing questions besides ensure: `cbe lines [remove N]`, `cbe env`,
//! `cbe platform check`.

use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::lines::{self, env, LineInfo};
use crate::platform::{self, Host, Stamp};
use crate::report::Reporter;
use crate::transaction::{LockOptions, Prefix, Session};

/// The installed lines, by number.
pub fn list(root: &Path, lock: LockOptions, reporter: &dyn Reporter) -> Result<Vec<LineInfo>> {
    lines::list(root, lock, reporter)
}

/// Removes line `n` whole, crash-safely.
pub fn remove(root: &Path, n: u64, lock: LockOptions, reporter: &dyn Reporter) -> Result<()> {
    lines::remove(root, n, lock, reporter)
}

/// The environment to build with line `n`, given the caller's `PATH`.
pub fn env(
    root: &Path,
    n: u64,
    path: &str,
    lock: LockOptions,
    reporter: &dyn Reporter,
) -> Result<Vec<(String, String)>> {
    let prefix = Prefix::new(root, &lines::line_prefix_name(n))?;
    let Some(s) = Session::open_read(&prefix, lock, reporter)? else {
        return Err(Error::Refused(format!(
            "line {n} is not installed in {}; run `cbe ensure` first",
            prefix.dir.display()
        )));
    };
    let release = s.db.line_state("release")?;
    Ok(env::vars(&prefix.dir, n, release.as_deref(), path))
}

/// This machine's platform image against the oldest supported one.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "result", rename_all = "kebab-case")]
pub enum PlatformStatus {
    /// The image is the oldest supported or newer.
    NewEnough {
        /// This machine's stamp.
        image: String,
        /// Where the stamp was read.
        from: String,
        /// The oldest supported stamp.
        oldest: String,
    },
    /// Not SmartOS and no stamp given: nothing to compare.
    Unchecked {
        /// Why.
        why: String,
        /// The oldest supported stamp.
        oldest: String,
    },
}

/// Compares `host` with `oldest`; an image too old is [`Error::Platform`].
pub fn platform_check(host: &Host, oldest: &Stamp) -> Result<PlatformStatus> {
    match (platform::check(host, Some(oldest)), host) {
        (platform::Check::TooOld(msg), _) => Err(Error::Platform(msg)),
        (platform::Check::Skipped(why), _) => Ok(PlatformStatus::Unchecked {
            why,
            oldest: oldest.to_string(),
        }),
        (platform::Check::Ok, Host::Unknown(why)) => Ok(PlatformStatus::Unchecked {
            why: why.clone(),
            oldest: oldest.to_string(),
        }),
        (platform::Check::Ok, Host::Known(image, from)) => Ok(PlatformStatus::NewEnough {
            image: image.to_string(),
            from: from.clone(),
            oldest: oldest.to_string(),
        }),
    }
}
