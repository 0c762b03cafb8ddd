//! A package's metadata: the `+` members at the head of the archive (`+CONTENTS`, `+COMMENT`,
//! `+DESC`, `+BUILD_INFO`, `+SIZE_PKG`, …), read before any payload member.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use super::archive::open_head;
use super::file::PackageFile;
use super::paths::{member_name, validate_plist};
use super::plist::PackingList;
use crate::error::{Error, IoContext, Result};

/// The largest metadata member read into memory.
const MAX_METADATA: u64 = 16 << 20;

/// A package's metadata: the `+` members at the head of the archive.
#[derive(Debug, Clone)]
pub struct Metadata {
    /// The parsed `+CONTENTS`.
    pub plist: PackingList,
    /// Every metadata member by name (`+COMMENT`, `+DESC`, `+BUILD_INFO`, …).
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Metadata {
    /// The text of metadata member `name` (lossy UTF-8), empty when absent.
    pub fn text(&self, name: &str) -> String {
        self.files
            .get(name)
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default()
    }

    /// `+COMMENT`, one line.
    pub fn comment(&self) -> String {
        self.text("+COMMENT").trim().to_string()
    }

    /// `+BUILD_INFO`.
    pub fn build_info(&self) -> super::BuildInfo {
        super::BuildInfo::new(self.files.get("+BUILD_INFO").map_or(&[], Vec::as_slice))
    }

    /// `+SIZE_PKG`, when present and numeric.
    pub fn size_pkg(&self) -> Option<u64> {
        self.text("+SIZE_PKG").trim().parse().ok()
    }
}

/// Reads only the metadata of the package at `path`.
pub fn read_metadata(path: &Path) -> Result<Metadata> {
    read_metadata_from(&PackageFile::open(path)?)
}

/// Reads only the metadata of an open package.
pub fn read_metadata_from(pkg: &PackageFile) -> Result<Metadata> {
    let path = pkg.path();
    let reader = open_head(pkg)?;
    let mut archive = tar::Archive::new(reader);
    let mut entries = archive.entries().at(path)?;
    let (meta, _) = read_head(path, &mut entries)?;
    Ok(meta)
}

/// The members of a decoded package archive.
pub(super) type Entries<'a> = tar::Entries<'a, Box<dyn Read + Send>>;
/// One member of a decoded package archive.
pub(super) type PkgEntry<'a> = tar::Entry<'a, Box<dyn Read + Send>>;

/// Reads metadata members up to the first payload member, which is returned unread.
pub(super) fn read_head<'a>(
    path: &Path,
    entries: &mut Entries<'a>,
) -> Result<(Metadata, Option<PkgEntry<'a>>)> {
    let mut files = BTreeMap::new();
    let mut first_payload = None;
    for entry in entries.by_ref() {
        let mut entry = entry.map_err(|e| corrupt(path, e))?;
        let name = member_name(path, &entry)?;
        if !name.starts_with('+') || name.contains('/') {
            first_payload = Some(entry);
            break;
        }
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(Error::verify(
                path,
                format!("metadata member {name} is not a file"),
            ));
        }
        let size = entry.header().size().map_err(|e| corrupt(path, e))?;
        if size > MAX_METADATA {
            return Err(Error::verify(
                path,
                format!("metadata member {name} declares {size} bytes; refusing"),
            ));
        }
        let mut buf = Vec::with_capacity(size as usize);
        entry.read_to_end(&mut buf).map_err(|e| corrupt(path, e))?;
        if files.insert(name.clone(), buf).is_some() {
            return Err(Error::verify(path, format!("duplicate member {name}")));
        }
    }
    let contents = files.get("+CONTENTS").ok_or_else(|| {
        Error::verify(
            path,
            "not a package: no +CONTENTS at the head of the archive; is it a pkgsrc binary package?",
        )
    })?;
    let text =
        std::str::from_utf8(contents).map_err(|_| Error::verify(path, "+CONTENTS is not UTF-8"))?;
    let plist =
        PackingList::parse(text).map_err(|e| Error::verify(path, format!("+CONTENTS: {e}")))?;
    validate_plist(&plist).map_err(|e| Error::verify(path, e))?;
    Ok((Metadata { plist, files }, first_payload))
}

/// The archive at `path` could not be read on (`e`): damaged or cut short.
pub(super) fn corrupt(path: &Path, e: std::io::Error) -> Error {
    Error::verify(
        path,
        format!("damaged or truncated archive ({e}); download it again"),
    )
}

/// The archive at `path` ended inside a member or before its payload.
pub(super) fn unexpected_end(path: &Path) -> Error {
    corrupt(
        path,
        std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "archive ended early"),
    )
}
