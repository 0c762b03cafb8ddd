//! The signed update of the catalogue. For each configured repository, the first mirror that
//! answers gives `release` and its signatures; they are checked against the trusted keys and
//! against the line and machine this prefix is for, and a release older than the one held is
//! not taken. Only then is the summary fetched, checked against the size and digest the
//! release signs, and stored in place of what the repository offered before.

use std::fmt;
use std::io::Read;
use std::time::Duration;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::store::{self, Accepted, Held};
use crate::config::{Repository, Settings};
use crate::core::sign::PublicKey;
use crate::error::{Error, Refusal, Result};
use crate::fetch::{join, unsolicited_not_modified, Fetcher, Small, Validators};
use crate::package::archive::Compression;
use crate::package::summary::{self, RemotePkg};
use crate::pkgdb::PkgDb;
use crate::repo::release::{
    extra_signature_name, release_dir, verify_release, Release, RELEASE_FILE, SIGNATURE_FILE,
};
use crate::report::{Notice, Reporter, StaleMirror};

/// What `update` did for one repository.
#[derive(Debug, Clone, Serialize)]
pub struct RepoUpdate {
    /// Priority.
    pub idx: usize,
    /// The mirror used.
    pub url: String,
    /// What became of the repository's entry.
    pub outcome: Outcome,
    /// The release now held.
    pub release: semver::Version,
    /// Packages offered.
    pub packages: usize,
}

/// What became of a repository's entry. Text and JSON output show the same words, which
/// scripts match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Outcome {
    /// A new release was accepted and its packages stored.
    #[serde(rename = "updated")]
    Updated,
    /// The mirror serves the release already held.
    #[serde(rename = "unchanged")]
    Unchanged,
    /// The mirrors that answered serve only releases older than the one held, which is kept.
    #[serde(rename = "kept (mirrors stale)")]
    KeptMirrorsStale,
}

impl Outcome {
    /// The words output shows.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
            Outcome::KeptMirrorsStale => "kept (mirrors stale)",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

const MAX_RELEASE: u64 = 64 << 10;

/// A publish may be between writing the signature and the release file: a verification
/// failure is tried once more after this pause.
const VERIFY_RETRY_PAUSE: Duration = Duration::from_millis(1000);

/// The summaries a repository may offer, best compression first.
const SUMMARIES: [(&str, Compression); 4] = [
    ("pkg_summary.zst", Compression::Zstd),
    ("pkg_summary.bz2", Compression::Bzip2),
    ("pkg_summary.gz", Compression::Gzip),
    ("pkg_summary", Compression::None),
];

/// Fetches every configured repository's signed index and replaces the catalogue.
pub fn update(
    db: &PkgDb,
    settings: &Settings,
    line: Option<u64>,
    arch: &str,
    reporter: &dyn Reporter,
) -> Result<Vec<RepoUpdate>> {
    if settings.repositories.is_empty() {
        return Err(Error::Usage(
            "no repositories configured for this line: give --repo URL, or set repos in its config.toml".to_string(),
        ));
    }
    let fetcher = Fetcher::new(settings.fetch.clone())?;
    let ctx = Ctx {
        db,
        fetcher: &fetcher,
        allow_expired: settings.allow_expired,
        line,
        arch,
        reporter,
    };
    let out = settings
        .repositories
        .iter()
        .enumerate()
        .map(|(idx, r)| ctx.update_one(idx, r))
        .collect::<Result<Vec<_>>>()?;
    db.forget_repositories_from(settings.repositories.len())?;
    Ok(out)
}

/// What the update of every repository works with.
struct Ctx<'a> {
    db: &'a PkgDb,
    fetcher: &'a Fetcher,
    /// Take an index past its expiry.
    allow_expired: bool,
    /// The line the prefix is for, when it is a line's prefix.
    line: Option<u64>,
    /// This machine's architecture.
    arch: &'a str,
    reporter: &'a dyn Reporter,
}

/// One repository being updated.
struct Repo<'a> {
    idx: usize,
    /// The name its release must carry, its mirrors, the keys trusted for it alone.
    config: &'a Repository,
    held: Option<Held>,
}

/// What one mirror gave.
enum FromMirror {
    /// The repository's entry is settled.
    Done(RepoUpdate),
    /// A valid release, but older than the one held: made at this date.
    Stale(String),
}

/// The release file as a mirror answered.
enum ReleaseFile<'h> {
    /// Not modified since the held one, in answer to a conditional request.
    Unchanged(&'h Held),
    /// The file and its validators.
    Body(Vec<u8>, Validators),
}

impl Ctx<'_> {
    /// Tries the repository's mirrors in order until one settles its entry.
    fn update_one(&self, idx: usize, config: &Repository) -> Result<RepoUpdate> {
        let mirrors = &config.mirrors;
        let repo = Repo {
            idx,
            config,
            held: Held::load(self.db, idx)?,
        };
        let mut first_error: Option<Error> = None;
        let mut stale = Vec::new();
        for (m, url) in mirrors.iter().enumerate() {
            match self.try_mirror(&repo, url) {
                Ok(FromMirror::Done(r)) => return Ok(r),
                Ok(FromMirror::Stale(date)) => stale.push(StaleMirror {
                    url: url.clone(),
                    date,
                }),
                Err(e) => {
                    if m + 1 < mirrors.len() {
                        self.reporter.notice(Notice::mirror_failed(&e));
                    }
                    first_error.get_or_insert(e);
                }
            }
        }
        self.no_mirror_settled(&repo, &stale, first_error)
    }

    /// After every mirror: the held release is kept when the mirrors only served older
    /// ones; otherwise the first error is the answer.
    fn no_mirror_settled(
        &self,
        repo: &Repo<'_>,
        stale: &[StaleMirror],
        first_error: Option<Error>,
    ) -> Result<RepoUpdate> {
        if let (Some(h), false) = (&repo.held, stale.is_empty()) {
            self.reporter.notice(Notice::MirrorsStale {
                held: h.release.date.clone(),
                mirrors: stale.to_vec(),
            });
            if first_error.is_none() {
                return self.held_entry(repo.idx, &h.source_url, Outcome::KeptMirrorsStale, h);
            }
        }
        Err(first_error.unwrap_or_else(|| Error::refused(Refusal::Other, "no mirror answered")))
    }

    fn try_mirror(&self, repo: &Repo<'_>, url: &str) -> Result<FromMirror> {
        match self.attempt(repo, url) {
            Err(Error::Verify { .. }) => {
                std::thread::sleep(VERIFY_RETRY_PAUSE);
                self.attempt(repo, url)
            }
            other => other,
        }
    }

    /// One try at a mirror: the signed release, then (when it is new) the summary.
    fn attempt(&self, repo: &Repo<'_>, url: &str) -> Result<FromMirror> {
        let release_url = join(url, RELEASE_FILE);
        let (text, validators) = match self.fetch_release(repo, url, &release_url)? {
            ReleaseFile::Unchanged(h) => {
                return self
                    .held_entry(repo.idx, url, Outcome::Unchanged, h)
                    .map(FromMirror::Done)
            }
            ReleaseFile::Body(text, validators) => (text, validators),
        };
        let keys = &repo.config.keys;
        if keys.is_empty() {
            return Err(Error::Usage(format!(
                "repository {} has no trusted keys: give --trusted-key KEY, or set trusted_keys for it in the line's config.toml",
                repo.config.name
            )));
        }
        let sigs = self.fetch_signatures(url, &release_url, keys)?;
        let release = verify_release(&release_url, &text, &sigs, keys)?;
        self.check_target(&release_url, &release, &repo.config.name)?;
        if let Some(h) = &repo.held {
            if release.older_than(&h.release) {
                return Ok(FromMirror::Stale(release.date));
            }
            if h.release_text.as_bytes() == text.as_slice() {
                store::confirm(self.db, repo.idx, url, &validators)?;
                return self
                    .held_entry(repo.idx, url, Outcome::Unchanged, h)
                    .map(FromMirror::Done);
            }
        }
        let pkgs = fetch_summary(self.fetcher, url, &release, self.reporter)?;
        store::replace(
            self.db,
            &Accepted {
                idx: repo.idx,
                mirrors: &repo.config.mirrors,
                url,
                release_text: &text,
                signature: &sigs[0],
                release: &release,
                validators: &validators,
                pkgs: &pkgs,
            },
        )?;
        Ok(FromMirror::Done(RepoUpdate {
            idx: repo.idx,
            url: url.to_string(),
            outcome: Outcome::Updated,
            release: release.release,
            packages: pkgs.len(),
        }))
    }

    /// The release file, asked conditionally when it would come from the mirror and the
    /// mirror list the held one came from, and that mirror gave validators.
    fn fetch_release<'r>(
        &self,
        repo: &'r Repo<'_>,
        url: &str,
        release_url: &str,
    ) -> Result<ReleaseFile<'r>> {
        let asked = repo.held.as_ref().filter(|h| {
            h.source_url == url
                && h.urls == repo.config.mirrors
                && h.validators != Validators::default()
        });
        match self.fetcher.pointer(
            release_url,
            asked.map(|h| &h.validators),
            MAX_RELEASE,
            &|n| self.reporter.notice(n),
        )? {
            Small::Body(b, v) => Ok(ReleaseFile::Body(b, v)),
            Small::NotModified => asked
                .map(ReleaseFile::Unchanged)
                .ok_or_else(|| unsolicited_not_modified(release_url)),
        }
    }

    /// `release.minisig`, then the signatures by the other trusted keys (key rotation),
    /// which a repository need not have.
    fn fetch_signatures(
        &self,
        url: &str,
        release_url: &str,
        keys: &[PublicKey],
    ) -> Result<Vec<Vec<u8>>> {
        let sig_url = join(url, SIGNATURE_FILE);
        let tell = |n: Notice| self.reporter.notice(n);
        let first = match self.fetcher.pointer(&sig_url, None, MAX_RELEASE, &tell) {
            Ok(small) => body(small, &sig_url)?,
            Err(Error::NotFound { .. }) => {
                return Err(Error::verify(
                    release_url,
                    "no signature (release.minisig): refusing an unsigned index",
                ))
            }
            Err(e) => return Err(e),
        };
        let mut sigs = vec![first];
        for k in keys {
            let u = join(url, &extra_signature_name(&k.id_hex()));
            if let Ok(Small::Body(b, _)) = self.fetcher.pointer(&u, None, MAX_RELEASE, &tell) {
                sigs.push(b);
            }
        }
        Ok(sigs)
    }

    /// Refuses a release for another line or machine: a wrong URL, or a mirror serving
    /// another repository's signed index.
    fn check_target(&self, release_url: &str, release: &Release, name: &str) -> Result<()> {
        if release.repository != name {
            return Err(Error::verify(
                release_url,
                format!(
                    "this index is signed for repository `{}`, not `{name}`; check the repository URL",
                    release.repository
                ),
            ));
        }
        if !self.allow_expired && release.expired_at(time::OffsetDateTime::now_utc()) {
            return Err(Error::verify(
                release_url,
                format!(
                    "this index (made {}) expired {}: the repository must be indexed and signed again; --allow-expired takes it knowingly",
                    release.date, release.expires
                ),
            ));
        }
        if let Some(l) = self.line.filter(|l| *l != release.line) {
            return Err(Error::verify(
                release_url,
                format!(
                    "this index is for line {}, not line {l}; check the repository URL",
                    release.line
                ),
            ));
        }
        if crate::os::canonical_arch(&release.arch) != crate::os::canonical_arch(self.arch) {
            return Err(Error::verify(
                release_url,
                format!(
                    "this index is for {}, this machine is {}; check the repository URL",
                    release.arch, self.arch
                ),
            ));
        }
        Ok(())
    }

    /// The entry as held, reported as coming from `url`.
    fn held_entry(&self, idx: usize, url: &str, outcome: Outcome, h: &Held) -> Result<RepoUpdate> {
        Ok(RepoUpdate {
            idx,
            url: url.to_string(),
            outcome,
            release: h.release.release.clone(),
            packages: self.db.catalogue_count(idx)?,
        })
    }
}

/// The body of a file asked for unconditionally.
fn body(small: Small, url: &str) -> Result<Vec<u8>> {
    match small {
        Small::Body(b, _) => Ok(b),
        Small::NotModified => Err(unsolicited_not_modified(url)),
    }
}

/// Fetches the summary the release signs from the release's own directory, where its name is
/// never reused (so a cache cannot hand out another release's), or from the top level of a
/// repository published before releases had their own directory; checks and parses it.
fn fetch_summary(
    fetcher: &Fetcher,
    url: &str,
    release: &Release,
    reporter: &dyn Reporter,
) -> Result<Vec<RemotePkg>> {
    let own = join(url, &release_dir(&release.release));
    match fetch_summary_in(fetcher, &own, release) {
        Err(Error::NotFound { .. }) => {
            reporter.step(&format!(
                "{own}/ has no pkg_summary (published before each release had its own directory): using the top-level one, which a cache may hold stale; publish with this cbe to fix"
            ));
            fetch_summary_in(fetcher, url, release)
        }
        other => other,
    }
}

/// Fetches the summary in `url` (zstd, then bzip2, gzip, plain), checks it against the
/// release and parses it.
fn fetch_summary_in(fetcher: &Fetcher, url: &str, release: &Release) -> Result<Vec<RemotePkg>> {
    let mut last = None;
    for (name, comp) in SUMMARIES {
        let u = join(url, name);
        // The compressed file may exceed the text it holds; the text is what is checked.
        let got = match fetcher.small(&u, None, release.summary_size + (1 << 20)) {
            Ok(small) => body(small, &u)?,
            Err(e @ Error::NotFound { .. }) => {
                last = Some(e);
                continue;
            }
            Err(e) => return Err(e),
        };
        let text = decode_checked(&u, comp, &got, release)?;
        return summary::parse(&text).map_err(|e| Error::verify(join(url, "pkg_summary"), e));
    }
    Err(last.unwrap_or_else(|| Error::refused(Refusal::Other, format!("{url}: no pkg_summary"))))
}

/// Decompresses a summary, reading no more than the release signs, and checks it is exactly
/// what the release describes.
fn decode_checked(u: &str, comp: Compression, got: &[u8], release: &Release) -> Result<String> {
    let limit = release.summary_size;
    let mut text = Vec::new();
    comp.decoder(got)
        .and_then(|d| d.take(limit + 1).read_to_end(&mut text))
        .map_err(|e| Error::verify(u, format!("cannot decompress: {e}")))?;
    if text.len() as u64 != limit {
        return Err(Error::verify(
            u,
            format!(
                "size mismatch: the signed release says {limit} bytes, got {} or more",
                text.len()
            ),
        ));
    }
    let sha = hex::encode(Sha256::digest(&text));
    if sha != release.summary_sha256 {
        return Err(Error::verify(
            u,
            format!(
                "SHA-256 mismatch: the signed release says {}, got {sha}",
                release.summary_sha256
            ),
        ));
    }
    String::from_utf8(text).map_err(|_| Error::verify(u, "not UTF-8"))
}

#[cfg(test)]
mod tests;
