//! `+BUILD_INFO`: the `KEY=VALUE` lines pkgsrc records of a package's build, read here and
//! nowhere else (the package's own head, the installed database's copy, the index).
//!
//! Read as pkg_install's `var_get` reads it: a line belongs to `KEY` when it starts with
//! exactly `KEY=` (no space before the `=`), and one space after the `=` is not part of the
//! value; nothing else is trimmed. A key may repeat (`PROVIDES`, `REQUIRES`): `values` gives
//! each in order, as pkg_install does. Where one value is wanted, the **last** wins, as a
//! later assignment of a make(1) variable wins over an earlier one; pkg_install itself
//! joins them, which no single value can be.

/// A `+BUILD_INFO`'s text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildInfo(String);

impl BuildInfo {
    /// `+BUILD_INFO` as its bytes are (lossy UTF-8).
    pub fn new(bytes: &[u8]) -> BuildInfo {
        BuildInfo(String::from_utf8_lossy(bytes).into_owned())
    }

    /// Every `(KEY, VALUE)` line, in order; lines without `=` are not entries.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.0.lines().filter_map(|l| {
            let (k, v) = l.split_once('=')?;
            Some((k, v.strip_prefix(' ').unwrap_or(v)))
        })
    }

    /// The values of `key`, in order.
    pub fn values<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.entries()
            .filter(move |(k, _)| *k == key)
            .map(|(_, v)| v)
    }

    /// The last value of `key` (`PKGPATH`, `BUILD_DATE`, `SMOKE_TEST`).
    pub fn value(&self, key: &str) -> Option<String> {
        self.values(key).last().map(str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::BuildInfo;

    #[test]
    fn repeated_keys_give_every_value_and_the_last_wins() {
        let b = BuildInfo::new(b"PROVIDES=/a\nPKGPATH=devel/old\nPROVIDES=/b\nPKGPATH=devel/new\n");
        assert_eq!(b.values("PROVIDES").collect::<Vec<_>>(), ["/a", "/b"]);
        assert_eq!(b.value("PKGPATH").as_deref(), Some("devel/new"));
        assert_eq!(b.value("MISSING"), None);
    }

    #[test]
    fn whitespace_as_pkg_install_reads_it() {
        let b = BuildInfo::new(
            b"PKGPATH= devel/x\nSMOKE_TEST=  two spaces \n PKGPATH=indented\nBUILD_DATE =spaced\nnot an entry\n",
        );
        // One space after `=` is not the value's; the rest is.
        assert_eq!(b.value("PKGPATH").as_deref(), Some("devel/x"));
        assert_eq!(b.value("SMOKE_TEST").as_deref(), Some(" two spaces "));
        // A key is the line's start up to `=`, exactly.
        assert_eq!(b.value("BUILD_DATE"), None);
        assert_eq!(b.entries().count(), 4);
    }
}
