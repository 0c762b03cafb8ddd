//! pbulk's own `All/pkg_summary`: what `pkg_info -X` wrote for each package of a bulk build.
//! `repo index` keeps it field for field after checking each entry against its package, so a
//! bulk build is published as it is, with the SHA-256 digests cbe's clients require added.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};
use crate::package::archive::Compression;
use crate::package::frame_table;
use crate::package::summary::{self, RemotePkg};

/// The names a summary goes by (pbulk's in `All/`, the index's at the top): pbulk writes
/// `.gz` and `.bz2`, pkgin reads any of these.
pub(crate) const NAMES: [&str; 5] = [
    "pkg_summary.zst",
    "pkg_summary.xz",
    "pkg_summary.bz2",
    "pkg_summary.gz",
    "pkg_summary",
];

/// pbulk's summary, its entries by FILE_NAME.
pub struct BulkSummary {
    path: PathBuf,
    text: String,
    entries: BTreeMap<String, RemotePkg>,
}

/// The copy of its index `repo index` leaves in `All/` for pkgin, which reads `pkg_summary`
/// beside the packages; written only where pbulk left none.
pub const PKGIN_COPY: &str = "pkg_summary.gz";

/// pbulk's summary when `All/` has one. Every copy there must say the same: a stale one
/// beside a fresh one means the directory is half-updated.
pub fn read(all: &Path) -> Result<Option<BulkSummary>> {
    let mut found: Option<(PathBuf, String)> = None;
    for name in NAMES {
        let path = all.join(name);
        if !path.is_file() {
            continue;
        }
        let text = decode(&path)?;
        match &found {
            None => found = Some((path, text)),
            Some((first, seen)) if *seen != text => {
                return Err(Error::malformed(
                    &path,
                    format!(
                        "says other than {}; regenerate both with pbulk, or remove the stale one",
                        first.display()
                    ),
                ))
            }
            Some(_) => {}
        }
    }
    let Some((path, text)) = found else {
        return Ok(None);
    };
    let parsed = summary::parse(&text).map_err(|e| Error::malformed(&path, e))?;
    let mut entries = BTreeMap::new();
    for p in parsed {
        let file = p.file_name.clone();
        if entries.insert(file.clone(), p).is_some() {
            return Err(Error::malformed(
                &path,
                format!("two entries name the file {file}; regenerate it with pbulk"),
            ));
        }
    }
    Ok(Some(BulkSummary {
        path,
        text,
        entries,
    }))
}

/// A summary file's text, whatever its compression.
fn decode(path: &Path) -> Result<String> {
    let bytes = fs::read(path).at(path)?;
    decode_text(&bytes).map_err(|e| {
        Error::malformed(
            path,
            format!("cannot be decoded ({e}); regenerate it with pbulk, or remove it"),
        )
    })
}

/// The text of a summary file's `bytes`, whatever their compression.
pub(crate) fn decode_text(bytes: &[u8]) -> std::io::Result<String> {
    let mut text = String::new();
    Compression::sniff(bytes)
        .decoder(bytes)?
        .read_to_string(&mut text)?;
    Ok(text)
}

impl BulkSummary {
    /// Whether this is the copy `repo index` wrote for pkgin (it says what the index
    /// `previous` said), not pbulk's.
    pub fn is_copy_of(&self, previous: Option<&str>) -> bool {
        self.path.file_name().is_some_and(|n| n == PKGIN_COPY) && previous == Some(&self.text)
    }

    /// pbulk's entries for the packages `ours` describes (as `index::describe` read them from
    /// the files), every field and value kept, each checked against its package and given
    /// the SHA-256 cbe's clients require. A package without an entry, or an entry without a
    /// package, refuses the index: the summary does not describe this directory.
    pub fn merge(mut self, ours: Vec<(PathBuf, RemotePkg)>) -> Result<Vec<RemotePkg>> {
        let mut out = Vec::with_capacity(ours.len());
        for (file, ours) in ours {
            let Some(theirs) = self.entries.remove(&ours.file_name) else {
                return Err(Error::malformed(
                    &file,
                    format!(
                        "has no entry in {}; regenerate the summary with pbulk, or remove the file",
                        self.path.display()
                    ),
                ));
            };
            self.check(&file, &theirs, &ours)?;
            out.push(keep(theirs, ours));
        }
        if let Some((file, p)) = self.entries.into_iter().next() {
            return Err(Error::malformed(
                &self.path,
                format!(
                    "names {} ({file}), which is not in All/; restore the file or regenerate the summary",
                    p.name
                ),
            ));
        }
        Ok(out)
    }

    /// Refuses an entry that says of its package other than the package does: the name, the
    /// file's size and digest, and what clients act on before opening the package
    /// (dependencies, conflicts, libraries, supersedes, installed size).
    fn check(&self, file: &Path, theirs: &RemotePkg, ours: &RemotePkg) -> Result<()> {
        let differs = |key: &str, said: String, is: String| {
            Error::verify(
                file,
                format!(
                    "{} says {key} {said}, the package has {is}; regenerate the summary with pbulk",
                    self.path.display()
                ),
            )
        };
        if theirs.name != ours.name {
            return Err(differs("PKGNAME", theirs.name.clone(), ours.name.clone()));
        }
        let numbers = [
            ("FILE_SIZE", theirs.file_size, ours.file_size),
            ("SIZE_PKG", theirs.size_pkg, ours.size_pkg),
        ];
        for (key, said, is) in numbers {
            if let (Some(said), Some(is)) = (said, is) {
                if said != is {
                    return Err(differs(key, said.to_string(), is.to_string()));
                }
            }
        }
        if let (Some(said), Some(is)) = (&theirs.sha256, &ours.sha256) {
            if said != is {
                return Err(differs("FILE_CKSUM sha256", said.clone(), is.clone()));
            }
        }
        let lists = [
            ("DEPENDS", &theirs.depends, &ours.depends),
            ("CONFLICTS", &theirs.conflicts, &ours.conflicts),
            ("PROVIDES", &theirs.provides, &ours.provides),
            ("REQUIRES", &theirs.requires, &ours.requires),
            ("SUPERSEDES", &theirs.supersedes, &ours.supersedes),
        ];
        for (key, said, is) in lists {
            if sorted(said) != sorted(is) {
                return Err(differs(key, shown(said), shown(is)));
            }
        }
        Ok(())
    }
}

/// pbulk's entry as it was written, with the file's size and SHA-256 (another algorithm's
/// FILE_CKSUM gives way to it), and what the package says that the entry left out.
fn keep(mut theirs: RemotePkg, ours: RemotePkg) -> RemotePkg {
    theirs.file_size = ours.file_size;
    theirs.sha256 = ours.sha256;
    // The frame table is the file's, like its checksum: only ours can be right.
    theirs
        .other
        .retain(|(k, _)| k != "FILE_CKSUM" && k != frame_table::FIELD);
    if theirs.size_pkg.is_none() {
        theirs.size_pkg = ours.size_pkg;
    }
    for (k, v) in ours.other {
        if k == frame_table::FIELD || !theirs.other.iter().any(|(have, _)| *have == k) {
            theirs.other.push((k, v));
        }
    }
    theirs
}

fn sorted(v: &[String]) -> Vec<&str> {
    let mut v: Vec<&str> = v.iter().map(String::as_str).collect();
    v.sort_unstable();
    v
}

fn shown(v: &[String]) -> String {
    if v.is_empty() {
        "none".to_string()
    } else {
        v.join(" ")
    }
}
