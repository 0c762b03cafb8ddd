//! The release file: which repository it is (a name, the line, the machine), which release and
//! oldest platform image, when it was made and until when it may be trusted, and the digest of
//! its `pkg_summary`. It is what the repository's signature (`release.minisig`) covers, so the
//! signature covers the index through it, and binds it to one repository and one period: a
//! signed index of another repository, or an old one replayed forever, is refused.

use std::fmt::Write as _;

use serde::Serialize;

use crate::core::sign::{PublicKey, Signature};
use crate::error::{Error, Result};

/// A parsed release file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Release {
    /// The repository's name (`cbe` for a line's own, another for each further repository).
    pub repository: String,
    /// The CBE line (`3`).
    pub line: u64,
    /// The release (`3.2.1`).
    pub release: semver::Version,
    /// `MACHINE_ARCH` (`x86_64`).
    pub arch: String,
    /// The oldest platform image the release supports (`20180329T002515Z`).
    pub min_platform: String,
    /// When the index was made, RFC 3339 UTC: a client never goes back to an older one.
    pub date: String,
    /// Until when the signature vouches for the index, RFC 3339 UTC: a client refuses it after.
    pub expires: String,
    /// SHA-256 of the uncompressed `pkg_summary`.
    pub summary_sha256: String,
    /// Size of the uncompressed `pkg_summary`.
    pub summary_size: u64,
}

/// The file names of a repository.
pub const RELEASE_FILE: &str = "release";
/// The signature of the release file.
pub const SIGNATURE_FILE: &str = "release.minisig";

/// Where a repository keeps release `v`'s own copy of its index, relative to its top: the
/// name is never reused for other bytes, so caches may keep it for ever.
pub fn release_dir(v: &semver::Version) -> String {
    format!("releases/{v}")
}

impl Release {
    /// Parses the release file's text.
    pub fn parse(text: &str) -> Result<Release, String> {
        let get = |key: &str| -> Result<String, String> {
            text.lines()
                .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
                .map(|v| v.trim().to_string())
                .ok_or_else(|| format!("no {key}= line"))
        };
        let line = get("LINE")?;
        let release = get("RELEASE")?;
        let size = get("SUMMARY_SIZE")?;
        let sha = get("SUMMARY_SHA256")?;
        if sha.len() != 64 || !sha.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err("SUMMARY_SHA256 is not 64 hex digits".to_string());
        }
        let r = Release {
            repository: get("REPOSITORY")?,
            line: line
                .parse()
                .map_err(|_| format!("LINE `{line}` is not a number"))?,
            release: semver::Version::parse(&release)
                .map_err(|e| format!("RELEASE `{release}` is not a semver version: {e}"))?,
            arch: get("MACHINE_ARCH")?,
            min_platform: get("MIN_PLATFORM")?,
            date: get("DATE")?,
            expires: get("EXPIRES")?,
            summary_sha256: sha.to_ascii_lowercase(),
            summary_size: size
                .parse()
                .map_err(|_| format!("SUMMARY_SIZE `{size}` is not a number"))?,
        };
        if r.release.major != r.line {
            return Err(format!(
                "RELEASE {} is not a release of line {}",
                r.release, r.line
            ));
        }
        for (key, v) in [("DATE", &r.date), ("EXPIRES", &r.expires)] {
            parse_time(v).ok_or_else(|| format!("{key} `{v}` is not an RFC 3339 time"))?;
        }
        Ok(r)
    }

    /// The release file's text.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "REPOSITORY={}", self.repository);
        let _ = writeln!(s, "LINE={}", self.line);
        let _ = writeln!(s, "RELEASE={}", self.release);
        let _ = writeln!(s, "MACHINE_ARCH={}", self.arch);
        let _ = writeln!(s, "MIN_PLATFORM={}", self.min_platform);
        let _ = writeln!(s, "DATE={}", self.date);
        let _ = writeln!(s, "EXPIRES={}", self.expires);
        let _ = writeln!(s, "SUMMARY_SHA256={}", self.summary_sha256);
        let _ = writeln!(s, "SUMMARY_SIZE={}", self.summary_size);
        s
    }

    /// Whether this release is older than `other` (made earlier).
    pub fn older_than(&self, other: &Release) -> bool {
        match (parse_time(&self.date), parse_time(&other.date)) {
            (Some(a), Some(b)) => a < b,
            _ => false,
        }
    }

    /// Whether the signature no longer vouches for this index at `now`.
    pub fn expired_at(&self, now: time::OffsetDateTime) -> bool {
        parse_time(&self.expires).is_none_or(|e| e <= now)
    }
}

fn parse_time(s: &str) -> Option<time::OffsetDateTime> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
}

/// The name of the extra signature by key `id` (key rotation).
pub fn extra_signature_name(id: &str) -> String {
    format!("{SIGNATURE_FILE}-{id}")
}

/// Checks a release file's text against its signature with any of `keys`; returns the
/// release. Errors are verification failures naming the file.
pub fn verify_release(
    origin: &str,
    text: &[u8],
    sig_texts: &[Vec<u8>],
    keys: &[PublicKey],
) -> Result<Release> {
    let sig_origin = format!("{origin}.minisig");
    let sigs: Vec<Signature> = sig_texts
        .iter()
        .map(|t| {
            std::str::from_utf8(t)
                .map_err(|_| "not UTF-8".to_string())
                .and_then(Signature::parse)
                .map_err(|e| Error::verify(&sig_origin, e))
        })
        .collect::<Result<_>>()?;
    if keys.is_empty() {
        return Err(Error::verify(
            origin,
            "no trusted keys configured; add the repository's public key (trusted_keys, --trusted-key)",
        ));
    }
    let mut why = Vec::new();
    let mut ok = false;
    'outer: for sig in &sigs {
        for k in keys {
            match k.verify(text, sig) {
                Ok(()) => {
                    ok = true;
                    break 'outer;
                }
                Err(e) => why.push(e),
            }
        }
    }
    if !ok {
        return Err(Error::verify(
            origin,
            format!("bad signature: {}; refusing this index", why.join("; ")),
        ));
    }
    let text = std::str::from_utf8(text).map_err(|_| Error::verify(origin, "not UTF-8"))?;
    Release::parse(text).map_err(|e| Error::verify(origin, e))
}
