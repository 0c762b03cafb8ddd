//! A repository's files against its signed index: the one check `repo check` (the gate)
//! reports on and `repo publish` refuses on, so that what the gate passes is what publish
//! lets through and what clients accept.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::package::summary::RemotePkg;
use crate::repo::release::Release;

/// Whether `summary_text` is the pkg_summary the release file vouches for (SUMMARY_SHA256
/// and SUMMARY_SIZE): a client refuses any other. `Err` says how they differ.
pub fn summary_matches_release(
    release: &Release,
    summary_text: &str,
) -> std::result::Result<(), String> {
    let sha = hex::encode(Sha256::digest(summary_text.as_bytes()));
    let size = summary_text.len() as u64;
    if sha == release.summary_sha256 && size == release.summary_size {
        return Ok(());
    }
    Err(format!(
        "pkg_summary has {size} bytes, SHA-256 {sha}; the release file says {} bytes, {}",
        release.summary_size, release.summary_sha256
    ))
}

/// Whether every copy of the summary in `dir` (`pkg_summary`, `.zst`, `.xz`, `.bz2`, `.gz`)
/// says `summary_text`: clients and pkgin read whichever they find first, so a stale or
/// damaged one is served as the release's. `Err` names the first that does not and why.
pub fn summary_copies_match(
    dir: &Path,
    summary_text: &str,
) -> std::result::Result<(), (PathBuf, String)> {
    for name in super::bulk::NAMES {
        let path = dir.join(name);
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let why = match super::bulk::decode_text(&bytes) {
            Ok(text) if text == summary_text => continue,
            Ok(_) => "says other than the summary the release file vouches for".to_string(),
            Err(e) => format!("cannot be decoded ({e})"),
        };
        return Err((path, format!("{why}; run `cbe repo index` again")));
    }
    Ok(())
}

/// Whether the file at `path` has the size and SHA-256 the index gives `p`: the bytes a
/// client downloads are checked against exactly these.
pub fn package_matches_index(p: &RemotePkg, path: &Path) -> std::result::Result<(), String> {
    let (Some(size), Some(want)) = (p.file_size, &p.sha256) else {
        return Err("the index has no FILE_SIZE and sha256 FILE_CKSUM for it".to_string());
    };
    match crate::digest::hash_file(path) {
        Ok((got, n)) if n == size && got == *want => Ok(()),
        Ok((got, n)) => Err(format!(
            "the index says {size} bytes, SHA-256 {want}; the file has {n} bytes, {got}"
        )),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Whether a package built for `prefix` belongs in line `line`'s repositories: clients
/// install a line's packages into its prefix and refuse one built for another.
pub fn prefix_is_the_lines(prefix: &str, line: u64) -> std::result::Result<(), String> {
    let want = crate::lines::line_prefix_name(line);
    if prefix.trim_end_matches('/') == want {
        return Ok(());
    }
    let other = prefix.strip_prefix("/opt/smartos-cbe/").map_or_else(
        || "its own repository".to_string(),
        |n| format!("line {n}'s repository"),
    );
    Err(format!(
        "built for the prefix {prefix}, not line {line}'s {want}; rebuild it for line {line} \
         or index it into {other}"
    ))
}
