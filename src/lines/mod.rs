//! CBE lines side by side: each line `N` in `<root>/opt/smartos-cbe/N` with its own
//! database, configuration, repositories and lock; the environment to build with (`env`);
//! the project's pin file (`pin`). `cbe ensure`, `cbe lines` and `cbe lines remove` are
//! operations: [`crate::ops::ensure`], [`crate::ops::lines`].

pub mod env;
pub mod lock;
pub mod pin;

use crate::error::{Error, Result};

/// Where the lines live, under the root.
pub const LINES_DIR: &str = "opt/smartos-cbe";

/// The prefix of line `n`.
pub fn line_prefix_name(n: u64) -> String {
    format!("/{LINES_DIR}/{n}")
}

/// The line a `--cbe` value names: a number, or a semver requirement whose major is the
/// line (`^3.2` → 3).
pub fn line_of_spec(spec: &str) -> Result<(u64, semver::VersionReq)> {
    let spec = spec.trim();
    if let Ok(n) = spec.parse::<u64>() {
        let req =
            semver::VersionReq::parse(&format!("^{n}")).map_err(|e| Error::Usage(e.to_string()))?;
        return Ok((n, req));
    }
    let req = semver::VersionReq::parse(spec).map_err(|e| {
        Error::Usage(format!(
            "`{spec}` is neither a line number nor a semver requirement (e.g. ^3.2): {e}"
        ))
    })?;
    let majors: Vec<u64> = req.comparators.iter().map(|c| c.major).collect();
    match majors.first() {
        Some(&m) if majors.iter().all(|&x| x == m) => Ok((m, req)),
        Some(_) => Err(Error::Usage(format!(
            "`{spec}` spans several lines; a requirement names one line (e.g. ^3.2 or >=3.1, <4)"
        ))),
        None => Err(Error::Usage(
            "`*` names no line; give one, e.g. ^3".to_string(),
        )),
    }
}
