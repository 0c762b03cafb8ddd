//! Fetching from repositories: http and https (system CA store, proxy variables), `file://`
//! URLs and plain paths. Small files (the index) come into memory; packages stream through
//! SHA-256 into a `.part` file, resume with `Range` (only a `206` with the right
//! `Content-Range` is appended to; a `200` restarts; a `416` on a complete `.part` means
//! "verify it"), retry with backoff, and are verified before anyone reads them.
//!
//! Errors keep three kinds apart, as users must tell them apart: not published (404, exit 7),
//! network or server failure (exit 5), verification failure (exit 4).

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::blocking::{Client, Response};
use reqwest::header;
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::error::{Error, IoContext, Result};
use crate::fsutil::part_path;

/// How to fetch.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Give up on a connection that sends nothing for this long.
    pub timeout: Duration,
    /// Attempts per URL for network failures (resuming each time).
    pub attempts: u32,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(30),
            attempts: 3,
        }
    }
}

/// A conditional request's validators, and what a fetch returned of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// `ETag`.
    pub etag: Option<String>,
    /// `Last-Modified`.
    pub last_modified: Option<String>,
}

/// A small file fetched into memory.
#[derive(Debug)]
pub enum Small {
    /// The server said it has not changed (304).
    NotModified,
    /// The body and its validators.
    Body(Vec<u8>, Validators),
}

/// Fetches from URLs and paths.
pub struct Fetcher {
    client: Client,
    opts: FetchOptions,
}

/// Joins a repository base URL and a file name.
pub fn join(base: &str, name: &str) -> String {
    format!("{}/{}", base.trim_end_matches('/'), name)
}

fn local_path(url: &str) -> Option<PathBuf> {
    if let Some(rest) = url.strip_prefix("file://") {
        return Some(PathBuf::from(rest));
    }
    if url.starts_with("http://") || url.starts_with("https://") {
        return None;
    }
    Some(PathBuf::from(url))
}

fn net(url: &str, msg: impl Into<String>) -> Error {
    Error::Network {
        url: url.to_string(),
        msg: msg.into(),
    }
}

fn describe(e: &reqwest::Error) -> String {
    let mut s = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "cannot connect".to_string()
    } else {
        "transfer failed".to_string()
    };
    let mut src = std::error::Error::source(e);
    while let Some(x) = src {
        s.push_str(": ");
        s.push_str(&x.to_string());
        src = x.source();
    }
    s
}

/// Says "timed out" when a body read timed out, which reqwest reports as a decode error.
fn io_describe(e: &std::io::Error) -> String {
    let mut timed_out = e.kind() == std::io::ErrorKind::TimedOut;
    let mut src: Option<&(dyn std::error::Error + 'static)> = e.get_ref().map(|x| x as _);
    while let Some(x) = src {
        if let Some(r) = x.downcast_ref::<reqwest::Error>() {
            timed_out |= r.is_timeout();
        }
        if let Some(io) = x.downcast_ref::<std::io::Error>() {
            timed_out |= io.kind() == std::io::ErrorKind::TimedOut;
        }
        timed_out |= x.to_string().contains("timed out");
        src = x.source();
    }
    if timed_out {
        "timed out waiting for the server; raise --timeout or try another mirror".to_string()
    } else {
        e.to_string()
    }
}

fn status_error(url: &str, status: StatusCode) -> Error {
    if status == StatusCode::NOT_FOUND || status == StatusCode::GONE {
        Error::NotFound {
            url: url.to_string(),
            hint: "not published (404): the repository does not have it; run `cbe update`, or check the URL".into(),
        }
    } else {
        net(
            url,
            format!("server answered {status}; try again later or use another mirror"),
        )
    }
}

/// Whether an error is worth retrying at the same URL.
fn transient(e: &Error) -> bool {
    matches!(e, Error::Network { .. })
}

impl Fetcher {
    /// A fetcher with the system's CA store and the environment's proxy settings.
    pub fn new(opts: FetchOptions) -> Result<Fetcher> {
        let client = Client::builder()
            .connect_timeout(Duration::from_secs(10).min(opts.timeout))
            // In the blocking client this bounds each wait for bytes, not the whole transfer.
            .timeout(opts.timeout)
            .user_agent(concat!("cbe/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| net("(client)", describe(&e)))?;
        Ok(Fetcher { client, opts })
    }

    /// Runs `f` until it succeeds, fails for good, or has failed transiently
    /// `attempts` times, doubling the pause between tries.
    fn with_retries<T>(&self, mut f: impl FnMut() -> Result<T>) -> Result<T> {
        let mut delay = Duration::from_millis(200);
        let mut attempt = 1;
        loop {
            match f() {
                Err(e) if transient(&e) && attempt < self.opts.attempts => {
                    std::thread::sleep(delay);
                    delay *= 2;
                    attempt += 1;
                }
                r => return r,
            }
        }
    }

    /// Fetches a small file (at most `limit` bytes) into memory, conditionally when
    /// validators are given.
    pub fn small(&self, url: &str, cond: Option<&Validators>, limit: u64) -> Result<Small> {
        if let Some(path) = local_path(url) {
            let md = fs::metadata(&path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    Error::NotFound {
                        url: url.to_string(),
                        hint: "not published: no such file in the repository directory".into(),
                    }
                } else {
                    Error::io(&path, e)
                }
            })?;
            if md.len() > limit {
                return Err(Error::verify(
                    url,
                    format!("larger than {limit} bytes; refusing"),
                ));
            }
            return Ok(Small::Body(
                fs::read(&path).at(&path)?,
                Validators::default(),
            ));
        }
        self.with_retries(|| {
            let mut req = self.client.get(url);
            if let Some(v) = cond {
                if let Some(e) = &v.etag {
                    req = req.header(header::IF_NONE_MATCH, e);
                }
                if let Some(m) = &v.last_modified {
                    req = req.header(header::IF_MODIFIED_SINCE, m);
                }
            }
            let resp = req.send().map_err(|e| net(url, describe(&e)))?;
            if resp.status() == StatusCode::NOT_MODIFIED {
                return Ok(Small::NotModified);
            }
            if !resp.status().is_success() {
                return Err(status_error(url, resp.status()));
            }
            let validators = Validators {
                etag: header_str(&resp, header::ETAG),
                last_modified: strong_last_modified(&resp),
            };
            let mut body = Vec::new();
            resp.take(limit + 1)
                .read_to_end(&mut body)
                .map_err(|e| net(url, format!("transfer cut: {}", io_describe(&e))))?;
            if body.len() as u64 > limit {
                return Err(Error::verify(
                    url,
                    format!("larger than {limit} bytes; refusing"),
                ));
            }
            Ok(Small::Body(body, validators))
        })
    }

    /// Downloads `url` to `dest`, which must end up exactly `size` bytes with SHA-256
    /// `sha256`; resumes a `.part` left by an earlier attempt. Nothing is at `dest` unless it
    /// verified.
    pub fn download(
        &self,
        url: &str,
        dest: &Path,
        size: u64,
        sha256: &str,
        progress: &dyn Fn(u64),
    ) -> Result<()> {
        let part = part_path(dest);
        if let Some(src) = local_path(url) {
            return copy_verified(url, &src, dest, &part, size, sha256);
        }
        self.with_retries(|| self.download_once(url, dest, &part, size, sha256, progress))
    }

    fn download_once(
        &self,
        url: &str,
        dest: &Path,
        part: &Path,
        size: u64,
        sha256: &str,
        progress: &dyn Fn(u64),
    ) -> Result<()> {
        let mut have = fs::metadata(part).map(|m| m.len()).unwrap_or(0);
        if have > size {
            fs::remove_file(part).at(part)?;
            have = 0;
        }
        if have == size && size > 0 {
            if finish(url, dest, part, size, sha256).is_ok() {
                return Ok(());
            }
            have = 0;
        }
        let mut req = self.client.get(url);
        if have > 0 {
            req = req.header(header::RANGE, format!("bytes={have}-"));
        }
        let resp = req.send().map_err(|e| net(url, describe(&e)))?;
        let status = resp.status();
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(part)
            .at(part)?;
        let append = if have > 0 && status == StatusCode::PARTIAL_CONTENT {
            let want = format!("bytes {have}-{}/{size}", size - 1);
            let got = header_str(&resp, header::CONTENT_RANGE).unwrap_or_default();
            if got != want {
                // Not the piece asked for: start over.
                file.set_len(0).at(part)?;
                return Err(net(
                    url,
                    format!(
                        "server sent range `{got}`, expected `{want}`; retrying from the start"
                    ),
                ));
            }
            true
        } else if status == StatusCode::RANGE_NOT_SATISFIABLE && have > 0 {
            // The server thinks we have it all: verify what we have.
            file.set_len(have).at(part)?;
            drop(file);
            return match finish(url, dest, part, size, sha256) {
                Ok(()) => Ok(()),
                Err(e) => {
                    let _ = fs::remove_file(part);
                    Err(e)
                }
            };
        } else if status.is_success() {
            false
        } else {
            return Err(status_error(url, status));
        };
        if !append {
            file.set_len(0).at(part)?;
        }
        // One pass: what an earlier attempt left is hashed first, then every byte as it
        // arrives, so the finished file is not read again.
        let mut sha = Sha256::new();
        file.seek(SeekFrom::Start(0)).at(part)?;
        let already =
            std::io::copy(&mut (&mut file).take(size), &mut HashSink(&mut sha)).at(part)?;
        file.seek(SeekFrom::End(0)).at(part)?;
        let mut resp = resp;
        let mut buf = vec![0u8; 256 << 10];
        let mut total = already;
        loop {
            let n = match resp.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) => {
                    file.flush().at(part)?;
                    return Err(net(
                        url,
                        format!(
                            "transfer cut after {total} of {size} bytes: {}",
                            io_describe(&e)
                        ),
                    ));
                }
            };
            total += n as u64;
            if total > size {
                drop(file);
                let _ = fs::remove_file(part);
                return Err(Error::verify(
                    url,
                    format!("the server sent more than the {size} bytes the signed index says; refusing"),
                ));
            }
            file.write_all(&buf[..n]).at(part)?;
            sha.update(&buf[..n]);
            progress(total);
        }
        crate::os::start_writeback(&file);
        drop(file);
        if total < size {
            return Err(net(
                url,
                format!("transfer cut after {total} of {size} bytes"),
            ));
        }
        let got = hex::encode(sha.finalize());
        check_and_place(url, dest, part, (&got, total), size, sha256).inspect_err(|_| {
            let _ = fs::remove_file(part);
        })
    }
}

/// `Last-Modified`, unless it is within a second or two of the response's `Date`: then the
/// file may change again within the same second and a conditional request on it would miss
/// that (RFC 9110's weak validator). Such a response is fetched again in full next time.
fn strong_last_modified(resp: &Response) -> Option<String> {
    let lm = header_str(resp, header::LAST_MODIFIED)?;
    let date = header_str(resp, header::DATE)?;
    let (lm_t, date_t) = (
        httpdate::parse_http_date(&lm).ok()?,
        httpdate::parse_http_date(&date).ok()?,
    );
    match date_t.duration_since(lm_t) {
        Ok(d) if d.as_secs() >= 2 => Some(lm),
        _ => None,
    }
}

fn header_str(resp: &Response, name: header::HeaderName) -> Option<String> {
    resp.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// Checks a complete `.part` and renames it to `dest`.
fn finish(url: &str, dest: &Path, part: &Path, size: u64, sha256: &str) -> Result<()> {
    let (got, len) = crate::digest::hash_file(part).at(part)?;
    check_and_place(url, dest, part, (&got, len), size, sha256)
}

/// Renames `part`, whose digest and length are `(got, len)`, to `dest` if they are the signed
/// index's. The file is not synced: a cached file is verified again before every use, so a
/// torn one after a power cut is fetched again, never used.
fn check_and_place(
    url: &str,
    dest: &Path,
    part: &Path,
    (got, len): (&str, u64),
    size: u64,
    sha256: &str,
) -> Result<()> {
    if len != size {
        return Err(Error::verify(
            url,
            format!("size mismatch: the signed index says {size} bytes, got {len}"),
        ));
    }
    if got != sha256 {
        return Err(Error::verify(
            url,
            format!("SHA-256 mismatch: the signed index says {sha256}, got {got}"),
        ));
    }
    fs::rename(part, dest).at(dest)
}

fn copy_verified(
    url: &str,
    src: &Path,
    dest: &Path,
    part: &Path,
    size: u64,
    sha256: &str,
) -> Result<()> {
    let mut input = File::open(src).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound {
                url: url.to_string(),
                hint: "not published: the repository directory does not have it; run `cbe update`"
                    .into(),
            }
        } else {
            Error::io(src, e)
        }
    })?;
    let mut out = File::create(part).at(part)?;
    let mut sha = Sha256::new();
    let mut buf = vec![0u8; 256 << 10];
    let mut total = 0u64;
    loop {
        let n = input.read(&mut buf).at(src)?;
        if n == 0 {
            break;
        }
        total += n as u64;
        if total > size {
            break;
        }
        sha.update(&buf[..n]);
        out.write_all(&buf[..n]).at(part)?;
    }
    crate::os::start_writeback(&out);
    drop(out);
    let got = hex::encode(sha.finalize());
    let bad = if total != size {
        Some(format!(
            "size mismatch: the signed index says {size} bytes, the file has {}",
            fs::metadata(src).map(|m| m.len()).unwrap_or(total)
        ))
    } else if got != sha256 {
        Some(format!(
            "SHA-256 mismatch: the signed index says {sha256}, got {got}"
        ))
    } else {
        None
    };
    if let Some(msg) = bad {
        let _ = fs::remove_file(part);
        return Err(Error::verify(url, msg));
    }
    fs::rename(part, dest).at(dest)
}

/// A writer that only hashes.
struct HashSink<'a>(&'a mut Sha256);

impl Write for HashSink<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.update(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
