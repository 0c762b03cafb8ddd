//! pkgsrc package names, dewey versions and `pkg_match` patterns.

pub mod dewey;
pub mod pattern;

pub use dewey::{dewey_cmp, Dewey, DeweyOp};
pub use pattern::{best_match, pkg_match, NameIndex};

/// A full package name, `PKGBASE-VERSION` (`gcc7-7.5.0nb3`), split at its last `-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PkgName<'a> {
    full: &'a str,
    dash: Option<usize>,
}

impl<'a> PkgName<'a> {
    /// Wraps a full package name.
    pub fn new(full: &'a str) -> Self {
        PkgName {
            full,
            dash: full.rfind('-'),
        }
    }

    /// The name without its version (`gcc7`).
    pub fn base(&self) -> &'a str {
        self.dash.map_or(self.full, |d| &self.full[..d])
    }

    /// The version (`7.5.0nb3`), empty when the name has none.
    pub fn version(&self) -> &'a str {
        self.dash.map_or("", |d| &self.full[d + 1..])
    }

    /// The whole name.
    pub fn as_str(&self) -> &'a str {
        self.full
    }

    /// Whether this is a well-formed package name: a base and a version starting with a digit.
    pub fn is_valid(&self) -> bool {
        !self.base().is_empty()
            && self.version().starts_with(|c: char| c.is_ascii_digit())
            && !self
                .full
                .chars()
                .any(|c| c == '/' || c.is_whitespace() || c.is_control())
    }
}
