//! Dependencies and conflicts of a change to a prefix, checked one way wherever they are
//! checked: by the resolution against the catalogue (before anything is downloaded) and by
//! the plan against the packages themselves.

use crate::error::{Error, Refusal, Result};
use crate::version::pkg_match;

/// A package's name and the relations it declares (`DEPENDS`, `CONFLICTS`).
#[derive(Debug, Clone, Copy)]
pub struct Declared<'a> {
    /// Its full name (`gcc7-7.5.0nb3`).
    pub name: &'a str,
    /// Patterns some package present must match.
    pub depends: &'a [String],
    /// Patterns no other package present may match.
    pub conflicts: &'a [String],
}

impl<'a> Declared<'a> {
    /// `name` declaring `depends` and `conflicts`.
    pub fn new(name: &'a str, depends: &'a [String], conflicts: &'a [String]) -> Self {
        Declared {
            name,
            depends,
            conflicts,
        }
    }
}

/// A change to a prefix's packages.
#[derive(Debug, Clone, Default)]
pub struct Change<'a> {
    /// Packages it installs (new ones, and new versions of installed ones).
    pub incoming: Vec<Declared<'a>>,
    /// Installed packages it leaves in place.
    pub staying: Vec<Declared<'a>>,
    /// Installed packages it removes or replaces.
    pub leaving: Vec<&'a str>,
}

impl<'a> Change<'a> {
    /// The names present after the change.
    fn after(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.staying.iter().chain(&self.incoming).map(|d| d.name)
    }

    /// Whether some package present after the change matches `pattern`.
    fn met(&self, pattern: &str) -> bool {
        self.after().any(|n| pkg_match(pattern, n))
    }

    /// Refuses a conflict either way: an incoming package's `CONFLICTS` matching any package
    /// present after the change, or a staying package's matching an incoming one.
    pub fn refuse_conflicts(&self) -> Result<()> {
        for i in &self.incoming {
            for c in i.conflicts {
                if let Some(other) = self.after().find(|n| *n != i.name && pkg_match(c, n)) {
                    return Err(Error::refused(
                        Refusal::Conflict,
                        format!(
                            "{} conflicts with {other} ({c}); remove {other} first",
                            i.name
                        ),
                    ));
                }
            }
        }
        for s in &self.staying {
            for c in s.conflicts {
                if let Some(i) = self.incoming.iter().find(|i| pkg_match(c, i.name)) {
                    return Err(Error::refused(
                        Refusal::Conflict,
                        format!(
                            "{} conflicts with installed {p} ({c}); remove {p} first",
                            i.name,
                            p = s.name
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Refuses an incoming package whose dependency no package present after the change
    /// meets.
    pub fn refuse_missing(&self) -> Result<()> {
        for i in &self.incoming {
            if let Some(dep) = i.depends.iter().find(|d| !self.met(d)) {
                return Err(Error::refused(Refusal::MissingDependency, format!(
                    "{} needs {dep}, which is neither installed nor given; install a package matching {dep} with it",
                    i.name
                )));
            }
        }
        Ok(())
    }

    /// Staying packages with the first dependency of each that only a leaving package met:
    /// a dependency that was unmet before the change is not the change's doing.
    pub fn broken(&self) -> Vec<(&'a str, &'a str)> {
        self.staying
            .iter()
            .filter_map(|s| {
                let dep = s
                    .depends
                    .iter()
                    .find(|d| self.leaving.iter().any(|l| pkg_match(d, l)) && !self.met(d))?;
                Some((s.name, dep.as_str()))
            })
            .collect()
    }

    /// Refuses the change when it breaks a staying package ([`Change::broken`]): `what`
    /// names the change in the error, `remedy` says what to do about package `p`; `--force`
    /// is the other way out, and whoever calls this must honour it.
    pub fn refuse_broken(&self, what: &str, remedy: impl Fn(&str) -> String) -> Result<()> {
        match self.broken().first() {
            Some((p, dep)) => Err(Error::refused(
                Refusal::BreaksDependents,
                format!(
                "{p} depends on {dep}, which {what} would leave unsatisfied; {}, or use --force",
                remedy(p)
            ),
            )),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Change, Declared};

    fn pkg<'a>(name: &'a str, depends: &'a [String], conflicts: &'a [String]) -> Declared<'a> {
        Declared::new(name, depends, conflicts)
    }

    #[test]
    fn conflicts_either_way_and_dependencies_left_behind() {
        let none: Vec<String> = Vec::new();
        let old_lib = vec!["lib<2".to_string()];
        let no_tool = vec!["tool-[0-9]*".to_string()];
        let change = Change {
            incoming: vec![pkg("lib-2.0", &none, &none)],
            staying: vec![pkg("app-1.0", &old_lib, &none), pkg("x-1", &none, &no_tool)],
            leaving: vec!["lib-1.0"],
        };
        assert_eq!(change.broken(), [("app-1.0", "lib<2")]);
        let e = change
            .refuse_broken("this change", |p| format!("upgrade {p} with it"))
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "app-1.0 depends on lib<2, which this change would leave unsatisfied; upgrade app-1.0 with it, or use --force"
        );
        change.refuse_conflicts().unwrap();
        let change = Change {
            incoming: vec![pkg("tool-1.0", &old_lib, &none)],
            ..change
        };
        let e = change.refuse_conflicts().unwrap_err().to_string();
        assert!(e.contains("tool-1.0 conflicts with installed x-1"), "{e}");
        let e = change.refuse_missing().unwrap_err().to_string();
        assert!(e.starts_with("tool-1.0 needs lib<2"), "{e}");
    }
}
