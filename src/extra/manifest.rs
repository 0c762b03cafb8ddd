//! The manifest published beside a smartos-extra tarball: the archive's size and SHA-256 and
//! the recipe key, signed (`.minisig`, minisign's format) so that nothing unsigned is
//! unpacked.

use std::fmt::Write as _;

use serde::Serialize;

/// A parsed manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Manifest {
    /// The recipe key: `<source commit>/<arch>`.
    pub key: String,
    /// The smartos-extra commit the tree was built from.
    pub source_commit: String,
    /// Machine arch (after alias mapping).
    pub arch: String,
    /// The tarball's file name.
    pub archive: String,
    /// Its size.
    pub archive_size: u64,
    /// Its SHA-256.
    pub archive_sha256: String,
    /// The platform image of the machine that built it (`unknown` off SmartOS).
    pub builder_platform: String,
    /// When it was packed.
    pub date: String,
}

impl Manifest {
    /// Parses a manifest's text.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let get = |key: &str| -> Result<String, String> {
            text.lines()
                .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
                .map(|v| v.trim().to_string())
                .ok_or_else(|| format!("no {key}= line"))
        };
        let size = get("ARCHIVE_SIZE")?;
        let sha = get("ARCHIVE_SHA256")?;
        if sha.len() != 64 || !sha.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err("ARCHIVE_SHA256 is not 64 hex digits".into());
        }
        let archive = get("ARCHIVE")?;
        if archive.contains('/') || archive.starts_with('.') {
            return Err(format!("ARCHIVE `{archive}` must be a plain file name"));
        }
        Ok(Manifest {
            key: get("KEY")?,
            source_commit: get("SOURCE_COMMIT")?,
            arch: get("MACHINE_ARCH")?,
            archive,
            archive_size: size
                .parse()
                .map_err(|_| format!("ARCHIVE_SIZE `{size}` is not a number"))?,
            archive_sha256: sha.to_ascii_lowercase(),
            builder_platform: get("BUILDER_PLATFORM")?,
            date: get("DATE")?,
        })
    }

    /// The manifest's text.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "KEY={}", self.key);
        let _ = writeln!(s, "SOURCE_COMMIT={}", self.source_commit);
        let _ = writeln!(s, "MACHINE_ARCH={}", self.arch);
        let _ = writeln!(s, "ARCHIVE={}", self.archive);
        let _ = writeln!(s, "ARCHIVE_SIZE={}", self.archive_size);
        let _ = writeln!(s, "ARCHIVE_SHA256={}", self.archive_sha256);
        let _ = writeln!(s, "BUILDER_PLATFORM={}", self.builder_platform);
        let _ = writeln!(s, "DATE={}", self.date);
        s
    }
}
