//! The database's vocabulary: each value it stores as text is an enum here, so that every
//! `match` on one is checked by the compiler and an unknown value read back is an error, not
//! a silent fall-through.

use std::fmt;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::Serialize;

use crate::version::{dewey_cmp, PkgName};

/// Declares an enum stored as text: the spelling in the database, in JSON and in text output
/// is one and the same.
macro_rules! text_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $s)] $v),+
        }

        impl $name {
            /// The text the database and the output use.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$v => $s),+
                }
            }

            /// Reads the stored text back; `None` for anything else.
            pub fn parse(s: &str) -> Option<Self> {
                match s {
                    $($s => Some($name::$v),)+
                    _ => None,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
                let s = v.as_str()?;
                $name::parse(s).ok_or_else(|| {
                    FromSqlError::Other(
                        format!("unknown {} `{s}` in the database", stringify!($name)).into(),
                    )
                })
            }
        }
    };
}

text_enum! {
    /// What a transaction does to one package.
    Action {
        /// Not installed before.
        Install = "install",
        /// Replaces an older version.
        Upgrade = "upgrade",
        /// Replaces a newer version.
        Downgrade = "downgrade",
        /// Replaces the same version.
        Reinstall = "reinstall",
        /// Removed.
        Remove = "remove",
    }
}

impl Action {
    /// Installing `new` (a full package name) where `old_version` is installed, if any.
    pub fn installing(new: &str, old_version: Option<&str>) -> Action {
        match old_version {
            None => Action::Install,
            Some(old) => match dewey_cmp(PkgName::new(new).version(), old) {
                std::cmp::Ordering::Greater => Action::Upgrade,
                std::cmp::Ordering::Less => Action::Downgrade,
                std::cmp::Ordering::Equal => Action::Reinstall,
            },
        }
    }
}

text_enum! {
    /// Where a transaction stands; recovery after a crash decides by it.
    TxState {
        /// Staging, journaling or renaming: undone by recovery.
        Applying = "applying",
        /// The database holds the new state: finished by recovery.
        Committed = "committed",
        /// Finished and cleaned up.
        Done = "done",
        /// Undone.
        RolledBack = "rolled-back",
    }
}

text_enum! {
    /// What an installed path is.
    FileKind {
        /// A regular file.
        File = "file",
        /// A symbolic link.
        Symlink = "symlink",
    }
}

text_enum! {
    /// One journaled step of a transaction; each is undone (or finished) on its own.
    JournalKind {
        /// An old file renamed into trash (undo: renamed back).
        Displace = "displace",
        /// A new directory made (undo: removed if empty).
        Mkdir = "mkdir",
        /// A staged file or directory renamed into the prefix (undo: renamed back).
        Place = "place",
        /// A directory an old package needed, removed after the commit if nothing needs it.
        Rmdir = "rmdir",
        /// A removed package's file, deleted after the commit.
        Delete = "delete",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip() {
        for s in ["applying", "committed", "done", "rolled-back"] {
            assert_eq!(TxState::parse(s).unwrap().as_str(), s);
        }
        assert_eq!(TxState::parse("rolled_back"), None);
        assert_eq!(
            serde_json::to_string(&TxState::RolledBack).unwrap(),
            "\"rolled-back\""
        );
    }

    #[test]
    fn the_action_follows_dewey_order() {
        assert_eq!(Action::installing("gcc-7.5", None), Action::Install);
        assert_eq!(
            Action::installing("gcc-7.5", Some("7.4nb2")),
            Action::Upgrade
        );
        assert_eq!(
            Action::installing("gcc-7.5", Some("7.5nb1")),
            Action::Downgrade
        );
        assert_eq!(
            Action::installing("gcc-7.5", Some("7.5")),
            Action::Reinstall
        );
    }
}
