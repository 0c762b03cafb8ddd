//! Downloading the packages a plan needs: a few at a time, into a cache keyed by SHA-256
//! that is re-verified before reuse and shared by every line and process (one downloader per
//! digest at a time, through a lock file beside it).

use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::catalogue::{CatPkg, Catalogue};
use crate::config::Settings;
use crate::digest::hash_file;
use crate::error::{Error, IoContext, Result};
use crate::fetch::Fetcher;
use crate::report::Reporter;

/// Where a package with this digest is cached: keyed by the digest, named also by the file
/// so that messages say which package they are about.
pub fn cache_path(cache: &Path, sha256: &str, file_name: &str) -> PathBuf {
    cache.join(format!("{sha256}-{file_name}"))
}

/// Fetches every package into the cache (verified) and returns their paths, in order.
pub fn fetch_all(
    cat: &Catalogue,
    pkgs: &[&CatPkg],
    settings: &Settings,
    reporter: &(dyn Reporter + Sync),
) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(&settings.cache_dir).at(&settings.cache_dir)?;
    let fetcher = Fetcher::new(settings.fetch.clone())?;
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<Result<PathBuf>>>> =
        Mutex::new((0..pkgs.len()).map(|_| None).collect());
    let workers = settings.parallel.min(pkgs.len()).max(1);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap_or_else(|e| e.into_inner());
                    let i = *n;
                    *n += 1;
                    i
                };
                if i >= pkgs.len() {
                    break;
                }
                let r = fetch_one(cat, pkgs[i], settings, &fetcher, reporter);
                let failed = r.is_err();
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
                if failed {
                    // Stop handing out work; the others finish what they hold.
                    *next.lock().unwrap_or_else(|e| e.into_inner()) = pkgs.len();
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut out = Vec::with_capacity(pkgs.len());
    let mut first_err = None;
    for r in results.into_iter().flatten() {
        match r {
            Ok(p) => out.push(p),
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    match first_err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

fn fetch_one(
    cat: &Catalogue,
    p: &CatPkg,
    settings: &Settings,
    fetcher: &Fetcher,
    reporter: &dyn Reporter,
) -> Result<PathBuf> {
    let name = &p.pkg.name;
    let (Some(size), Some(sha)) = (p.pkg.file_size, p.pkg.sha256.as_deref()) else {
        return Err(Error::verify(
            name,
            "the signed index gives no FILE_SIZE and sha256 FILE_CKSUM for it; refusing to fetch unverifiable bytes",
        ));
    };
    let dest = cache_path(&settings.cache_dir, sha, &p.pkg.file_name);
    let lock_path = settings.cache_dir.join(format!("{sha}.lock"));
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .at(&lock_path)?;
    lock.lock().at(&lock_path)?;
    if dest.exists() {
        match hash_file(&dest) {
            Ok((got, len)) if got == sha && len == size => return Ok(dest),
            _ => {
                reporter.notice(&format!(
                    "cached {} does not match the index; fetching it again",
                    dest.display()
                ));
                fs::remove_file(&dest).at(&dest)?;
            }
        }
    }
    let mut first_err: Option<Error> = None;
    let urls = cat.urls_of(p);
    for (m, url) in urls.iter().enumerate() {
        reporter.step(&format!("downloading {url}"));
        let progress = |done: u64| reporter.bytes(name, done, size);
        match fetcher.download(url, &dest, size, sha, &progress) {
            Ok(()) => return Ok(dest),
            Err(e) => {
                if m + 1 < urls.len() {
                    reporter.notice(&format!("{e}; trying the next mirror"));
                }
                // A verification failure says more than a later mirror's 404.
                let keep_new = matches!(
                    (&first_err, &e),
                    (None, _)
                        | (
                            Some(Error::NotFound { .. }),
                            Error::Verify { .. } | Error::Network { .. }
                        )
                );
                if keep_new {
                    first_err = Some(e);
                }
            }
        }
    }
    Err(first_err.unwrap_or_else(|| Error::Refused(format!("{name}: no mirror configured"))))
}
