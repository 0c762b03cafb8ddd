//! Fetching from repositories: http and https (system CA store, proxy variables), `file://`
//! URLs and plain paths. Small files (the index) come into memory; packages stream through
//! SHA-256 into a `.part` file, resume with `Range` (only a `206` with the right
//! `Content-Range` is appended to; a `200` restarts; a `416` on a complete `.part` means
//! "verify it"), retry with backoff, and are verified before anyone reads them.
//!
//! Every transfer has a pace ([`Pace`]): one that averages less than `min_rate` bytes a second
//! over `timeout` seconds, or runs past its deadline, is abandoned without retrying that URL,
//! so the caller moves on to the next mirror. A status other than the ones asked for (an
//! unsolicited `304`, a `206` to a request without `Range`, …) is a server failure.
//!
//! Files on this machine are opened with care: a repository's file must be a regular file
//! (never a device or FIFO, even through a symlink) and is read up to a cap; a `.part` in the
//! cache is opened with `O_NOFOLLOW` and kept only when it is this user's regular file with no
//! other name, else removed and created again with `O_EXCL`.
//!
//! Errors keep three kinds apart, as users must tell them apart: not published (404, exit 7),
//! network or server failure (exit 5), verification failure (exit 4).

use std::collections::VecDeque;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use reqwest::blocking::{Client, Response};
use reqwest::header;
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::error::{Error, IoContext, Result};
use crate::fsutil::part_path;
use crate::report::Notice;

mod ranges;
pub use ranges::Landed;

/// How to fetch.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Give up on a connection that sends nothing for this long.
    pub timeout: Duration,
    /// Attempts per URL for network failures (resuming each time).
    pub attempts: u32,
    /// The slowest a transfer may go, in bytes a second averaged over the last `timeout`: a
    /// slower one is abandoned and the next mirror tried. 0: no floor.
    pub min_rate: u64,
    /// The longest one transfer may take. `None`: `timeout` plus its size at `min_rate`.
    pub deadline: Option<Duration>,
}

/// `min_rate`'s default, bytes a second.
pub const DEFAULT_MIN_RATE: u64 = 1024;

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(30),
            attempts: 3,
            min_rate: DEFAULT_MIN_RATE,
            deadline: None,
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

/// Whether a cache between cbe and the repository may answer a request from what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Freshness {
    /// Yes: the file's name is never reused for other bytes (packages, a release's own
    /// index, signed manifests).
    Cached,
    /// No, it must check with the origin (`Cache-Control: no-cache`): a pointer that every
    /// publish replaces.
    Revalidate,
}

/// Fetches from URLs and paths.
pub struct Fetcher {
    /// Made on the first http(s) request: making it reads every CA certificate of the
    /// system, which a repository that is a directory never needs.
    client: OnceLock<std::result::Result<Client, String>>,
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
    Error::network(url, msg)
}

fn describe(e: &reqwest::Error) -> String {
    let mut s = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        return connect_failure(e);
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

/// A connection that could not be made, in the user's terms: the host and port, why (from
/// the system's error, not reqwest's layers of "client error (Connect)"), and what to do.
fn connect_failure(e: &reqwest::Error) -> String {
    let (host, port) = e.url().map_or((String::from("?"), 0), |u| {
        (
            u.host_str().unwrap_or("?").to_string(),
            u.port_or_known_default().unwrap_or(0),
        )
    });
    let mut why = None;
    let mut src = std::error::Error::source(e);
    while let Some(x) = src {
        if let Some(io) = x.downcast_ref::<std::io::Error>() {
            why = Some(match io.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    "connection refused: nothing listens there".to_string()
                }
                std::io::ErrorKind::TimedOut => "no answer to the connection".to_string(),
                _ => io.to_string(),
            });
        } else if x.to_string().contains("dns error") {
            why = Some(format!("cannot resolve {host}"));
        }
        src = x.source();
    }
    format!(
        "cannot connect to {host} port {port} ({}); check that the server is up and the \
         repository URL (`repos`) is right, or try another mirror",
        why.unwrap_or_else(|| "the connection failed".to_string())
    )
}

/// How long a request may go unanswered before the user is told whom cbe waits for (half
/// the timeout when that is shorter).
pub const TELL_AFTER: Duration = Duration::from_secs(2);

/// The scheme, host and port of `url`, as a notice names the server.
fn server_of(url: &str) -> &str {
    let after = url.find("://").map_or(0, |i| i + 3);
    url[after..].find('/').map_or(url, |i| &url[..after + i])
}

/// A `304 Not Modified` nobody asked for (no validators were sent) says nothing about what
/// is held: the server is misbehaving, as with any other unexpected status.
pub fn unsolicited_not_modified(url: &str) -> Error {
    net(
        url,
        "server answered 304 Not Modified to a request that was not conditional; try again later or use another mirror",
    )
}

/// A server that did not answer within `timeout`: final for this URL.
fn no_answer(url: &str, timeout: Duration) -> Error {
    net(
        url,
        format!("no answer within {} s (--timeout)", secs(timeout)),
    )
}

/// A body that stopped arriving: a timed-out read is final for this URL (the next mirror is
/// tried), any other cut is worth another attempt.
fn cut(url: &str, when: &str, e: &std::io::Error) -> Fail {
    let msg = io_describe(e);
    let said = format!("transfer cut {when}: {msg}");
    // The system's error is a source only where the message did not already say it (-v
    // would print it twice): behind the timeout hint.
    let e = if msg == e.to_string() {
        Error::network(url, said)
    } else {
        Error::network_from(url, said, std::io::Error::new(e.kind(), e.to_string()))
    };
    if msg.starts_with("timed out") {
        Fail::Stop(e)
    } else {
        Fail::Again(e)
    }
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

/// What to do about a 404: an index file missing means no repository is published at that
/// URL (an update would fetch the same 404); a package missing means the catalogue is older
/// than the repository, which `cbe update` fixes.
fn not_published_hint(url: &str) -> &'static str {
    let name = url.rsplit('/').next().unwrap_or(url);
    if name.starts_with("pkg_summary") || name.starts_with("release") {
        "not published (404): no cbe repository index is there; check the repository URL (`repos` in the pin file or config.toml, or --repo)"
    } else {
        "not published (404): the repository no longer has it; `cbe update` fetches its current index, then try again"
    }
}

fn status_error(url: &str, status: StatusCode) -> Error {
    if status == StatusCode::NOT_FOUND || status == StatusCode::GONE {
        Error::NotFound {
            url: url.to_string(),
            hint: not_published_hint(url).into(),
        }
    } else {
        net(
            url,
            format!("server answered {status}; try again later or use another mirror"),
        )
    }
}

/// Why one attempt at a URL failed: worth another attempt there, or not.
enum Fail {
    /// A network failure: try the same URL again (resuming).
    Again(Error),
    /// Final for this URL: a verification failure, a 404, or a transfer abandoned as too
    /// slow (the next mirror is tried instead).
    Stop(Error),
}

impl From<Error> for Fail {
    fn from(e: Error) -> Fail {
        if matches!(e, Error::Network { .. }) {
            Fail::Again(e)
        } else {
            Fail::Stop(e)
        }
    }
}

/// One transfer's pace: abandoned past its deadline, or when it averaged less than
/// `min_rate` bytes a second over the last `window`. Checked after every read; a read itself
/// waits at most `timeout`, so a transfer ends at most `timeout` past either limit.
struct Pace {
    start: Instant,
    window: Duration,
    min_rate: u64,
    cap: Option<Duration>,
    deadline: Option<Duration>,
    /// (when, bytes so far), oldest first, spanning a little more than `window`.
    samples: VecDeque<(Instant, u64)>,
}

impl Pace {
    fn new(opts: &FetchOptions) -> Pace {
        let start = Instant::now();
        Pace {
            start,
            window: opts.timeout,
            min_rate: opts.min_rate,
            cap: opts.deadline,
            deadline: opts.deadline,
            samples: VecDeque::from([(start, 0)]),
        }
    }

    /// `bytes` are expected: the deadline is `timeout` plus their time at `min_rate`, or the
    /// configured deadline if that is sooner.
    fn expect(&mut self, bytes: u64) {
        let derived = (self.min_rate > 0).then(|| {
            self.window
                .saturating_add(Duration::from_secs_f64(bytes as f64 / self.min_rate as f64))
        });
        self.deadline = match (derived, self.cap) {
            (Some(d), Some(c)) => Some(d.min(c)),
            (d, c) => d.or(c),
        };
    }

    /// Whether the transfer, `total` bytes so far, may go on; else what to tell the user.
    fn check(&mut self, total: u64) -> std::result::Result<(), String> {
        let now = Instant::now();
        if let Some(d) = self.deadline {
            if now.duration_since(self.start) > d {
                return Err(format!(
                    "abandoned: not finished within its deadline of {} s ({total} bytes so far); raise `deadline` or lower `min_rate` in config.toml for a slow link",
                    secs(d)
                ));
            }
        }
        if self.min_rate == 0 {
            return Ok(());
        }
        if self
            .samples
            .back()
            .is_none_or(|(t, _)| now.duration_since(*t) >= Duration::from_millis(100))
        {
            self.samples.push_back((now, total));
        }
        while self.samples.len() > 2 && now.duration_since(self.samples[1].0) >= self.window {
            self.samples.pop_front();
        }
        let (t0, b0) = self.samples[0];
        let span = now.duration_since(t0);
        if span >= self.window {
            let rate = total.saturating_sub(b0) as f64 / span.as_secs_f64();
            if rate < self.min_rate as f64 {
                return Err(format!(
                    "abandoned: {rate:.0} bytes/s over the last {} s is below min_rate ({} bytes/s); lower `min_rate` in config.toml for a slow link",
                    secs(span),
                    self.min_rate
                ));
            }
        }
        Ok(())
    }
}

/// Seconds for messages: `4`, `0.1`.
fn secs(d: Duration) -> String {
    let s = format!("{:.1}", d.as_secs_f64());
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

impl Fetcher {
    /// A fetcher with the system's CA store and the environment's proxy settings.
    pub fn new(opts: FetchOptions) -> Result<Fetcher> {
        Ok(Fetcher {
            client: OnceLock::new(),
            opts,
        })
    }

    fn client(&self) -> Result<&Client> {
        let made = self.client.get_or_init(|| {
            Client::builder()
                // `timeout` to connect, then `timeout` for the response's head: separate
                // bounds, each exactly what --timeout says.
                .connect_timeout(self.opts.timeout)
                // In the blocking client this bounds the wait for the response's head, and
                // each wait for bytes of the body; [`Pace`] bounds the whole transfer.
                .timeout(self.opts.timeout)
                .user_agent(concat!("cbe/", env!("CARGO_PKG_VERSION")))
                .build()
                .map_err(|e| describe(&e))
        });
        made.as_ref().map_err(|msg| net("(client)", msg.clone()))
    }

    /// Sends `req` and waits for the response's head, at most `timeout` to connect and
    /// `timeout` more for the head, telling `tell` once which server it waits for after
    /// [`TELL_AFTER`]. A server that does not answer in time is not asked again: the caller
    /// moves on to the next mirror at once (a hung server stays hung; retrying it tripled the
    /// wait).
    fn send(
        &self,
        req: reqwest::blocking::RequestBuilder,
        url: &str,
        tell: &dyn Fn(Notice),
    ) -> Result<Response, Fail> {
        let (tx, rx) = std::sync::mpsc::channel();
        // A waiter that gave up has dropped `rx`: the answer is then let go.
        std::thread::spawn(move || {
            let _ = tx.send(req.send());
        });
        // Before the timeout ends the wait, however short it is.
        let tell_after = TELL_AFTER.min(self.opts.timeout / 2);
        let got = match rx.recv_timeout(tell_after) {
            Ok(got) => got,
            Err(_) => {
                tell(Notice::ServerWait {
                    server: server_of(url).to_string(),
                    timeout: secs(self.opts.timeout),
                });
                // reqwest's own bounds end the request; this one stops waiting for it even
                // if a slow resolver or TLS handshake outlasts them.
                let rest = (self.opts.timeout * 2).saturating_sub(tell_after);
                rx.recv_timeout(rest)
                    .map_err(|_| Fail::Stop(no_answer(url, self.opts.timeout)))?
            }
        };
        got.map_err(|e| {
            if e.is_timeout() {
                Fail::Stop(no_answer(url, self.opts.timeout))
            } else {
                Fail::from(Error::network_from(url, describe(&e), e.without_url()))
            }
        })
    }

    /// Runs `f` until it succeeds, fails for good, or has failed transiently
    /// `attempts` times, doubling the pause between tries.
    fn with_retries<T>(&self, mut f: impl FnMut() -> Result<T, Fail>) -> Result<T> {
        let mut delay = Duration::from_millis(200);
        let mut attempt = 1;
        loop {
            match f() {
                Ok(v) => return Ok(v),
                Err(Fail::Again(_)) if attempt < self.opts.attempts => {
                    std::thread::sleep(delay);
                    delay *= 2;
                    attempt += 1;
                }
                Err(Fail::Again(e) | Fail::Stop(e)) => return Err(e),
            }
        }
    }

    /// Fetches a small file (at most `limit` bytes) into memory, conditionally when
    /// validators are given. For files whose name never changes its bytes: a cache may
    /// answer.
    pub fn small(&self, url: &str, cond: Option<&Validators>, limit: u64) -> Result<Small> {
        self.small_as(url, cond, limit, Freshness::Cached, &|_| {})
    }

    /// [`Fetcher::small`] for a pointer (`release` and its signatures), which each publish
    /// replaces: caches on the way are asked to check with the origin first. `tell` hears
    /// which server it waits for when one has not answered within [`TELL_AFTER`].
    pub fn pointer(
        &self,
        url: &str,
        cond: Option<&Validators>,
        limit: u64,
        tell: &dyn Fn(Notice),
    ) -> Result<Small> {
        self.small_as(url, cond, limit, Freshness::Revalidate, tell)
    }

    fn small_as(
        &self,
        url: &str,
        cond: Option<&Validators>,
        limit: u64,
        fresh: Freshness,
        tell: &dyn Fn(Notice),
    ) -> Result<Small> {
        if let Some(path) = local_path(url) {
            let (file, _) = open_regular(
                url,
                &path,
                "not published: no such file in the repository directory",
            )?;
            let mut body = Vec::new();
            file.take(limit + 1).read_to_end(&mut body).at(&path)?;
            if body.len() as u64 > limit {
                return Err(too_large(url, limit));
            }
            return Ok(Small::Body(body, Validators::default()));
        }
        let conditional = cond.is_some_and(|v| v.etag.is_some() || v.last_modified.is_some());
        let client = self.client()?;
        self.with_retries(|| {
            let mut pace = Pace::new(&self.opts);
            let mut req = client.get(url);
            if fresh == Freshness::Revalidate {
                req = req.header(header::CACHE_CONTROL, "no-cache");
            }
            if let Some(v) = cond {
                if let Some(e) = &v.etag {
                    req = req.header(header::IF_NONE_MATCH, e);
                }
                if let Some(m) = &v.last_modified {
                    req = req.header(header::IF_MODIFIED_SINCE, m);
                }
            }
            let mut resp = self.send(req, url, tell)?;
            let status = resp.status();
            if status == StatusCode::NOT_MODIFIED {
                if conditional {
                    return Ok(Small::NotModified);
                }
                return Err(unsolicited_not_modified(url).into());
            }
            if !full_body(status) {
                return Err(status_error(url, status).into());
            }
            if resp.content_length().is_some_and(|n| n > limit) {
                return Err(too_large(url, limit).into());
            }
            pace.expect(resp.content_length().unwrap_or(limit));
            let validators = validators(&resp);
            let mut body = Vec::new();
            let mut buf = vec![0u8; 64 << 10];
            loop {
                let n = match resp.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) => return Err(cut(url, &format!("after {} bytes", body.len()), &e)),
                };
                body.extend_from_slice(&buf[..n]);
                if body.len() as u64 > limit {
                    return Err(too_large(url, limit).into());
                }
                pace.check(body.len() as u64)
                    .map_err(|msg| Fail::Stop(net(url, msg)))?;
            }
            Ok(Small::Body(body, validators))
        })
    }

    /// Downloads `url` to `dest`, which must end up exactly `size` bytes with SHA-256
    /// `sha256`; resumes a `.part` left by an earlier attempt. Nothing is at `dest` unless it
    /// verified. Returns the file open: its bytes were hashed as they were written through
    /// this descriptor, so what is read from it needs no second pass (only this user, whose
    /// file it is, could change it meanwhile).
    pub fn download(
        &self,
        url: &str,
        dest: &Path,
        size: u64,
        sha256: &str,
        progress: &dyn Fn(u64),
    ) -> Result<File> {
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
    ) -> Result<File, Fail> {
        let mut pace = Pace::new(&self.opts);
        let mut file = open_part(part)?;
        let mut have = file.metadata().at(part)?.len();
        if have > size {
            file.set_len(0).at(part)?;
            have = 0;
        }
        if have == size && size > 0 {
            if verify_and_place(url, dest, part, &mut file, size, sha256).is_ok() {
                return Ok(file);
            }
            file.set_len(0).at(part)?;
            have = 0;
        }
        pace.expect(size - have);
        let mut req = self.client().map_err(Fail::Stop)?.get(url);
        if have > 0 {
            req = req.header(header::RANGE, format!("bytes={have}-"));
        }
        let resp = self.send(req, url, &|_| {})?;
        let status = resp.status();
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
                )
                .into());
            }
            true
        } else if status == StatusCode::RANGE_NOT_SATISFIABLE && have > 0 {
            // The server thinks we have it all: verify what we have.
            return match verify_and_place(url, dest, part, &mut file, size, sha256) {
                Ok(()) => Ok(file),
                Err(e) => {
                    drop(file);
                    let _ = fs::remove_file(part);
                    Err(Fail::from(e))
                }
            };
        } else if full_body(status) {
            false
        } else {
            return Err(status_error(url, status).into());
        };
        if !append {
            file.set_len(0).at(part)?;
        }
        // A complete response of another length is a different file, not a cut transfer:
        // refused as a mismatch (exit 4) before a byte is kept, and not retried.
        let offered = if append { have } else { 0 };
        if let Some(n) = resp
            .content_length()
            .filter(|n| offered.saturating_add(*n) != size)
        {
            file.set_len(0).at(part)?;
            return Err(Fail::Stop(Error::verify(
                url,
                format!(
                    "size mismatch: the signed index says {size} bytes, the server sends {}",
                    offered.saturating_add(n)
                ),
            )));
        }
        // One pass: what an earlier attempt left is hashed first, then every byte as it
        // arrives, so the finished file is not read again.
        let mut sha = Sha256::new();
        file.seek(SeekFrom::Start(0)).at(part)?;
        let already =
            std::io::copy(&mut (&mut file).take(size), &mut HashSink(&mut sha)).at(part)?;
        file.seek(SeekFrom::End(0)).at(part)?;
        let total = receive(
            Transfer {
                url,
                part,
                size,
                progress,
            },
            resp,
            &mut file,
            &mut sha,
            already,
            &mut pace,
        )?;
        crate::os::start_writeback(&file);
        if total < size {
            return Err(net(url, format!("transfer cut after {total} of {size} bytes")).into());
        }
        let got = hex::encode(sha.finalize());
        if already > 0 && got != sha256 {
            // What an earlier attempt left need not be a prefix of this file (a streaming
            // download cut short leaves gaps between its ranges): the whole file once more,
            // from its first byte, before the mirror is blamed.
            file.set_len(0).at(part)?;
            return Err(Fail::Again(net(
                url,
                format!("SHA-256 mismatch after resuming at byte {already}; fetching the whole file again"),
            )));
        }
        check_and_place(url, dest, part, (&got, total), size, sha256)
            .inspect_err(|_| {
                let _ = fs::remove_file(part);
            })
            .map_err(Fail::from)?;
        Ok(file)
    }
}

/// One transfer into a `.part`, for [`receive`].
struct Transfer<'a> {
    url: &'a str,
    part: &'a Path,
    size: u64,
    progress: &'a dyn Fn(u64),
}

/// Reads the response body into `file` (after the `already` bytes an earlier attempt left),
/// hashing as the bytes arrive and holding the transfer to its pace; returns the bytes now in
/// the file. More than the signed size is refused and the `.part` removed.
fn receive(
    t: Transfer<'_>,
    mut resp: Response,
    file: &mut File,
    sha: &mut Sha256,
    already: u64,
    pace: &mut Pace,
) -> Result<u64, Fail> {
    let (url, part, size) = (t.url, t.part, t.size);
    let mut buf = vec![0u8; 256 << 10];
    let mut total = already;
    loop {
        let n = match resp.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => {
                file.flush().at(part)?;
                return Err(cut(url, &format!("after {total} of {size} bytes"), &e));
            }
        };
        total += n as u64;
        if total > size {
            let _ = fs::remove_file(part);
            return Err(Error::verify(
                url,
                format!(
                    "the server sent more than the {size} bytes the signed index says; refusing"
                ),
            )
            .into());
        }
        file.write_all(&buf[..n]).at(part)?;
        sha.update(&buf[..n]);
        (t.progress)(total);
        // What arrived is kept in the .part: the next mirror resumes from it.
        pace.check(total - already)
            .map_err(|msg| Fail::Stop(net(url, msg)))?;
    }
    Ok(total)
}

/// The statuses whose body is the whole file: anything else (a `206` nobody asked for, a
/// `204`, a redirect not followed) is the server's failure.
fn full_body(status: StatusCode) -> bool {
    status == StatusCode::OK || status == StatusCode::NON_AUTHORITATIVE_INFORMATION
}

fn too_large(url: &str, limit: u64) -> Error {
    Error::verify(url, format!("larger than {limit} bytes; refusing"))
}

/// What to send next time to ask whether `resp`'s file changed. Nothing when the file
/// changed less than two seconds before the answer: static servers derive both Last-Modified
/// and the ETag from the modification time in whole seconds (nginx's is mtime-size), so a
/// file replaced within that second by one of the same size (two releases' `release`
/// pointers are) would be answered "304 unchanged" for ever.
fn validators(resp: &Response) -> Validators {
    let got = Validators {
        etag: header_str(resp, header::ETAG),
        last_modified: header_str(resp, header::LAST_MODIFIED),
    };
    keep_if_settled(got, header_str(resp, header::DATE).as_deref())
}

/// `got`, unless its `Last-Modified` is within two seconds of the response's `Date` (RFC
/// 9110's weak validator): such a response is fetched again in full next time.
fn keep_if_settled(got: Validators, date: Option<&str>) -> Validators {
    let Some(lm) = &got.last_modified else {
        // No time to judge by: the ETag is the server's own (a content hash, for S3).
        return got;
    };
    let settled = date.and_then(|d| {
        let d = httpdate::parse_http_date(d).ok()?;
        let m = httpdate::parse_http_date(lm).ok()?;
        Some(d.duration_since(m).is_ok_and(|age| age.as_secs() >= 2))
    });
    if settled == Some(true) {
        got
    } else {
        Validators::default()
    }
}

fn header_str(resp: &Response, name: header::HeaderName) -> Option<String> {
    resp.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The effective user, whose files in the cache cbe may reuse.
pub(crate) fn euid() -> u32 {
    nix::unistd::geteuid().as_raw()
}

/// Removes what is at `path` (a symlink itself, never its target) so that cbe can create its
/// own file there; one line naming it when that fails.
pub(crate) fn remove_planted(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::verify(
            path,
            format!("something cbe did not write is in the way and cannot be removed ({e}); remove it, or give --cache-dir a directory of your own"),
        )),
    }
}

/// Whether a file in the cache may be read as cbe left it: a regular file with no other
/// name that only its owner may write (whoever else could write to it, or to a second name
/// of it, could change its bytes between the check of its digest and their use); the
/// owner's rule is the caller's.
pub(crate) fn unshared_file(md: &fs::Metadata) -> bool {
    md.is_file() && md.nlink() == 1 && md.mode() & 0o022 == 0
}

/// Opens `<file>.part` in the cache for writing without ever following a symlink. One left
/// by an earlier attempt is kept (to resume) only when it is a regular file of this user's with
/// no other name that no one else may write; anything else there (a symlink, a FIFO, another
/// user's file, a hard link to some other file, a file writable by others) is removed, never
/// followed or truncated through, and a new file is created with `O_EXCL`.
pub(crate) fn open_part(part: &Path) -> Result<File> {
    let ours = |md: &fs::Metadata| unshared_file(md) && md.uid() == euid();
    for _ in 0..4 {
        match fs::symlink_metadata(part) {
            Ok(md) if ours(&md) => {
                match OpenOptions::new()
                    .read(true)
                    .write(true)
                    .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
                    .open(part)
                {
                    // Checked again on the descriptor: it may have been replaced meanwhile.
                    Ok(f) if f.metadata().is_ok_and(|m| ours(&m)) => return Ok(f),
                    Ok(_) => remove_planted(part)?,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(_) => remove_planted(part)?,
                }
            }
            Ok(_) => remove_planted(part)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                match OpenOptions::new()
                    .read(true)
                    .write(true)
                    .create_new(true)
                    .mode(0o644)
                    .custom_flags(libc::O_NOFOLLOW)
                    .open(part)
                {
                    Ok(f) => return Ok(f),
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                    Err(e) => return Err(Error::io(part, e)),
                }
            }
            Err(e) => return Err(Error::io(part, e)),
        }
    }
    Err(Error::verify(
        part,
        "replaced again and again while cbe opens it: someone is planting files in the cache; give --cache-dir a directory of your own",
    ))
}

/// Opens a repository's file on this machine for reading: it must be a regular file. A
/// symlink is followed only to a regular file (the content is verified against the signed
/// index either way); a device, FIFO or directory is refused before it is opened, and the
/// open does not block, so `/dev/zero` is not read forever nor a FIFO waited on.
fn open_regular(url: &str, path: &Path, missing: &str) -> Result<(File, fs::Metadata)> {
    let not_regular = |md: &fs::Metadata| {
        Error::verify(
            url,
            format!(
                "not a regular file ({}): refusing to read it; a repository directory must hold plain files",
                kind(md)
            ),
        )
    };
    let md = fs::metadata(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound {
                url: url.to_string(),
                hint: missing.into(),
            }
        } else {
            Error::io(path, e)
        }
    })?;
    if !md.is_file() {
        return Err(not_regular(&md));
    }
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .at(path)?;
    let opened = file.metadata().at(path)?;
    if !opened.is_file() {
        return Err(not_regular(&opened));
    }
    Ok((file, opened))
}

/// What a file that is not a regular file is, for messages.
fn kind(md: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = md.file_type();
    if t.is_dir() {
        "a directory"
    } else if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_symlink() {
        "a symbolic link"
    } else {
        "not a file"
    }
}

/// The SHA-256 and length of what `file` holds, read from its start.
pub(crate) fn hash_open(mut file: &File) -> std::io::Result<(String, u64)> {
    let mut sha = Sha256::new();
    file.seek(SeekFrom::Start(0))?;
    let n = std::io::copy(&mut file, &mut HashSink(&mut sha))?;
    Ok((hex::encode(sha.finalize()), n))
}

/// Checks a complete `.part`, already open, and renames it to `dest`.
fn verify_and_place(
    url: &str,
    dest: &Path,
    part: &Path,
    file: &mut File,
    size: u64,
    sha256: &str,
) -> Result<()> {
    let (got, len) = hash_open(file).at(part)?;
    check_and_place(url, dest, part, (&got, len), size, sha256)
}

/// Renames `part`, whose digest and length are `(got, len)`, to `dest` if they are the signed
/// index's. The file is not synced: a cached file is verified again before every use, so a
/// torn one after a power cut is fetched again, never used. A rename replaces a symlink at
/// `dest`, never writes through it.
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
) -> Result<File> {
    let (input, md) = open_regular(
        url,
        src,
        "not published: the repository directory does not have it; run `cbe update`",
    )?;
    if md.len() != size {
        return Err(Error::verify(
            url,
            format!(
                "size mismatch: the signed index says {size} bytes, the file has {}",
                md.len()
            ),
        ));
    }
    let mut out = open_part(part)?;
    out.set_len(0).at(part)?;
    let mut input = input.take(size + 1);
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
    let got = hex::encode(sha.finalize());
    let bad = if total != size {
        Some(format!(
            "size mismatch: the signed index says {size} bytes, the file has {}",
            if total > size {
                format!("more than {size}")
            } else {
                total.to_string()
            }
        ))
    } else if got != sha256 {
        Some(format!(
            "SHA-256 mismatch: the signed index says {sha256}, got {got}"
        ))
    } else {
        None
    };
    if let Some(msg) = bad {
        drop(out);
        let _ = fs::remove_file(part);
        return Err(Error::verify(url, msg));
    }
    fs::rename(part, dest).at(dest)?;
    Ok(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(window_ms: u64, min_rate: u64, deadline_ms: Option<u64>) -> FetchOptions {
        FetchOptions {
            timeout: Duration::from_millis(window_ms),
            attempts: 1,
            min_rate,
            deadline: deadline_ms.map(Duration::from_millis),
        }
    }

    #[test]
    fn validators_of_a_file_changed_in_the_last_seconds_are_not_kept() {
        let v = |etag: Option<&str>, lm: Option<&str>| Validators {
            etag: etag.map(str::to_string),
            last_modified: lm.map(str::to_string),
        };
        let (lm, date) = (
            "Mon, 07 Dec 2026 06:47:01 GMT",
            "Mon, 07 Dec 2026 06:47:03 GMT",
        );
        let both = v(Some("\"6a0f-ee\""), Some(lm));
        assert_eq!(keep_if_settled(both.clone(), Some(date)), both);
        for date in [
            Some(lm),
            Some("Mon, 07 Dec 2026 06:47:02 GMT"),
            Some("garbage"),
            None,
        ] {
            assert_eq!(
                keep_if_settled(both.clone(), date),
                Validators::default(),
                "{date:?}"
            );
        }
        // Without a modification time the ETag is kept: nothing says it is time-derived.
        let etag = v(Some("\"d41d8cd9\""), None);
        assert_eq!(keep_if_settled(etag.clone(), None), etag);
    }

    #[test]
    fn a_download_is_read_through_the_descriptor_it_was_hashed_through() {
        let dir = tempfile::tempdir().unwrap();
        let (repo, dest) = (dir.path().join("p.tzst"), dir.path().join("cache.tzst"));
        let good = b"the bytes the index vouches for";
        fs::write(&repo, good).unwrap();
        let sha = hex::encode(Sha256::digest(good));
        let fetcher = Fetcher::new(FetchOptions::default()).unwrap();
        let size = good.len() as u64;
        let file = fetcher
            .download(repo.to_str().unwrap(), &dest, size, &sha, &|_| {})
            .unwrap();
        // Swapped by name once checked: the descriptor still reads what was hashed.
        let planted = dir.path().join("planted");
        fs::write(&planted, b"other bytes, as long as the good").unwrap();
        fs::rename(&planted, &dest).unwrap();
        let mut read = Vec::new();
        (&file).seek(SeekFrom::Start(0)).unwrap();
        (&file).read_to_end(&mut read).unwrap();
        assert_eq!(read, good);
    }

    #[test]
    fn pace_abandons_a_drip_but_not_a_steady_transfer() {
        let mut slow = Pace::new(&opts(200, 1000, None));
        slow.expect(1 << 20);
        assert!(slow.check(1).is_ok(), "not judged before a whole window");
        std::thread::sleep(Duration::from_millis(250));
        let e = slow.check(10).unwrap_err();
        assert!(e.contains("below min_rate (1000 bytes/s)"), "{e}");

        let mut steady = Pace::new(&opts(200, 1000, None));
        steady.expect(1 << 20);
        for i in 1..=10u64 {
            std::thread::sleep(Duration::from_millis(50));
            steady.check(i * 1000).unwrap();
        }

        // min_rate 0: no floor, and no derived deadline.
        let mut off = Pace::new(&opts(50, 0, None));
        off.expect(1 << 30);
        std::thread::sleep(Duration::from_millis(120));
        off.check(0).unwrap();
    }

    #[test]
    fn pace_deadline_is_the_sooner_of_the_configured_and_the_derived() {
        let mut p = Pace::new(&opts(50, 0, Some(100)));
        p.expect(1 << 30);
        std::thread::sleep(Duration::from_millis(150));
        let e = p.check(5).unwrap_err();
        assert!(e.contains("deadline of 0.1 s (5 bytes so far)"), "{e}");

        // Derived: 50 ms + 100 bytes at 1000 bytes/s = 150 ms, sooner than 10 s.
        let mut p = Pace::new(&opts(50, 1000, Some(10_000)));
        p.expect(100);
        assert_eq!(p.deadline, Some(Duration::from_millis(150)));
    }

    #[test]
    fn open_part_replaces_what_is_planted_and_keeps_its_own() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "precious").unwrap();
        let part = dir.path().join("x.part");

        // A symlink, dangling or not: replaced, the target untouched and not created.
        for target in [victim.clone(), dir.path().join("nowhere")] {
            std::os::unix::fs::symlink(&target, &part).unwrap();
            let mut f = open_part(&part).unwrap();
            f.write_all(b"new").unwrap();
            assert!(fs::symlink_metadata(&part).unwrap().is_file());
            fs::remove_file(&part).unwrap();
        }
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        assert!(!dir.path().join("nowhere").exists());

        // A FIFO: replaced, without blocking on it.
        nix::unistd::mkfifo(&part, nix::sys::stat::Mode::S_IRWXU).unwrap();
        open_part(&part).unwrap();
        assert!(fs::symlink_metadata(&part).unwrap().is_file());

        // Its own: kept, to resume.
        fs::write(&part, "half").unwrap();
        assert_eq!(open_part(&part).unwrap().metadata().unwrap().len(), 4);

        // Its own but writable by others (who may hold it open for writing): replaced.
        fs::set_permissions(&part, fs::Permissions::from_mode(0o666)).unwrap();
        assert_eq!(open_part(&part).unwrap().metadata().unwrap().len(), 0);
        fs::write(&part, "half").unwrap();

        // A second name of another file: replaced.
        fs::remove_file(&part).unwrap();
        fs::hard_link(&victim, &part).unwrap();
        let f = open_part(&part).unwrap();
        assert_eq!(f.metadata().unwrap().len(), 0);
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");

        // A directory cannot be removed: one error naming it.
        fs::remove_file(&part).unwrap();
        fs::create_dir(&part).unwrap();
        let e = open_part(&part).unwrap_err().to_string();
        assert!(
            e.contains("x.part") && e.contains("cannot be removed"),
            "{e}"
        );
    }
}
