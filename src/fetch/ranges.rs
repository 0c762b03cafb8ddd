//! Downloading a package that has a frame table, into a [`Landing`]: on one connection, or
//! as frame-aligned byte ranges on several at once, each range verified frame by frame as it
//! lands, so that the package can be decoded while it arrives. A server that answers a range
//! with the whole file (`200`) is read as one stream. When every frame has landed, the whole
//! file's SHA-256 is checked against the signed index and the `.part` renamed into the cache.

use std::fs::{self, File};
use std::io::Read;
use std::ops::Range;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use reqwest::header;
use reqwest::StatusCode;

use super::{cut, full_body, header_str, net, status_error, Fail, Fetcher, Pace};
use crate::error::{Error, IoContext, Result};
use crate::landing::{FeedError, Landing};

/// A `.part` being landed into: the landing, the open file, and its name.
pub struct Landed<'a> {
    /// What has landed verified.
    pub landing: &'a Landing,
    /// The `.part`, open for writing at offsets.
    pub file: &'a File,
    /// Its name, for messages.
    pub part: &'a Path,
}

/// The bytes a connection asks for at a time when there are several: small enough that the
/// frames land nearly in file order (a reader waits for the next frame at most one chunk on
/// one connection), large enough that a request's round trip is small beside its transfer
/// (a level-19 frame of 8 MiB decoded is 2-3 MiB).
const CHUNK_BYTES: u64 = 4 << 20;

/// What one connection's thread tells the thread that started it.
enum Event {
    /// The first range's answer came: whether the server sent the range (else the whole file).
    Head(bool),
    /// A range finished (every try of it).
    Done(Result<()>),
}

/// One request's work: the frames it is to fetch, and whether it is the first (the one whose
/// answer tells whether the server honours ranges).
struct Run<'a> {
    url: &'a str,
    to: &'a Landed<'a>,
    frames: Range<usize>,
    first: bool,
    received: &'a AtomicU64,
    stop: &'a AtomicBool,
}

impl Fetcher {
    /// Downloads `url` into `to` on up to `connections` connections (frame-aligned ranges of
    /// about equal bytes; the others start once the first range's answer shows the server
    /// takes ranges), frames already landed not fetched again; then checks the whole file
    /// against `sha256` and renames the `.part` to `dest`. A failure leaves the `.part` as it
    /// is: the next mirror fetches only the frames that have not landed, and a later run checks
    /// again what it finds there.
    pub fn download_landing(
        &self,
        url: &str,
        dest: &Path,
        to: &Landed<'_>,
        sha256: &str,
        connections: usize,
        progress: &dyn Fn(u64),
    ) -> Result<()> {
        self.land_runs(url, to, connections, progress)
            .and_then(|()| match to.landing.whole_digest() {
                // The first connection was answered with the whole file, then cut: the
                // frames after its range are fetched on one connection now.
                None => self.land_runs(url, to, 1, progress),
                Some(_) => Ok(()),
            })
            .and_then(|()| {
                let got = to.landing.whole_digest().ok_or_else(|| {
                    net(
                        url,
                        "the transfer ended before every frame arrived; try again",
                    )
                })?;
                if got != sha256 {
                    return Err(Error::verify(
                        url,
                        format!("SHA-256 mismatch: the signed index says {sha256}, got {got}"),
                    ));
                }
                crate::failpoint::hit("stream-before-rename");
                fs::rename(to.part, dest).at(dest)
            })
    }

    /// Fetches the frames not yet landed on up to `connections` connections, reporting
    /// progress from this thread while they run. Each connection takes the next chunk of
    /// frames in file order when it is free (about [`CHUNK_BYTES`], one frame at least), so
    /// that the frames land nearly in order at the speed of every connection together, and
    /// the reader decoding them as they land is not held to the pace of one connection.
    fn land_runs(
        &self,
        url: &str,
        to: &Landed<'_>,
        connections: usize,
        progress: &dyn Fn(u64),
    ) -> Result<()> {
        // On one connection, one request for all that is missing.
        let chunk = if connections > 1 {
            CHUNK_BYTES
        } else {
            u64::MAX
        };
        let next = std::sync::Mutex::new(0usize);
        let claim = || {
            let mut next = next.lock().unwrap_or_else(|e| e.into_inner());
            let frames = to.landing.chunk_from(*next, chunk)?;
            *next = frames.end;
            Some(frames)
        };
        let received = AtomicU64::new(to.landing.watermark());
        let stop = AtomicBool::new(false);
        let (events, rx) = mpsc::channel();
        std::thread::scope(|s| {
            let (received, stop, claim) = (&received, &stop, &claim);
            let spawn = |mut first: bool, events: mpsc::Sender<Event>| {
                s.spawn(move || {
                    let head = |ranged| {
                        let _ = events.send(Event::Head(ranged));
                    };
                    let mut out = Ok(());
                    while let Some(frames) = claim().filter(|_| !stop.load(Ordering::SeqCst)) {
                        let r = Run {
                            url,
                            to,
                            frames,
                            first,
                            received,
                            stop,
                        };
                        first = false;
                        out = self.with_retries(|| self.fetch_run(&r, &head));
                        if out.is_err() {
                            stop.store(true, Ordering::SeqCst);
                            break;
                        }
                    }
                    if first {
                        // Nothing was left to fetch: the others need not wait for an answer.
                        head(true);
                    }
                    let _ = events.send(Event::Done(out));
                });
            };
            spawn(true, events.clone());
            let (mut running, mut first_err, mut spawned) = (1, None, false);
            while running > 0 {
                match rx.recv_timeout(Duration::from_millis(100)) {
                    // After a 200 (the whole file on one connection) no other is started.
                    Ok(Event::Head(ranged)) if !spawned => {
                        spawned = true;
                        let more = connections.min(to.landing.frames().len()) - 1;
                        for _ in 0..if ranged { more } else { 0 } {
                            spawn(false, events.clone());
                            running += 1;
                        }
                    }
                    Ok(Event::Head(_)) => {}
                    Ok(Event::Done(r)) => {
                        running -= 1;
                        if let Err(e) = r {
                            first_err = Some(telling(first_err.take(), e));
                        }
                    }
                    Err(_) => {}
                }
                progress(received.load(Ordering::Relaxed));
            }
            first_err.map_or(Ok(()), Err)
        })
    }

    /// One try at a run: asks for its frames from the first that has not landed, and feeds
    /// what arrives to the landing. `head` hears whether the server sent the range asked for.
    fn fetch_run(&self, r: &Run<'_>, head: &dyn Fn(bool)) -> Result<(), Fail> {
        let landing = r.to.landing;
        let Some(start) = landing.first_missing(r.frames.clone()) else {
            head(true);
            return Ok(());
        };
        let (size, last) = (landing.size(), r.frames.end - 1);
        let from = landing.frames()[start].offset;
        let end = landing.frames()[last].end();
        let mut req = self.client().map_err(Fail::Stop)?.get(r.url);
        let ranged = from > 0 || end < size;
        if ranged {
            req = req.header(header::RANGE, format!("bytes={from}-{}", end - 1));
        }
        let resp = self.send(req, r.url, &|_| {})?;
        let status = resp.status();
        let mut inc = if ranged && status == StatusCode::PARTIAL_CONTENT {
            let want = format!("bytes {from}-{}/{size}", end - 1);
            let got = header_str(&resp, header::CONTENT_RANGE).unwrap_or_default();
            if got != want {
                return Err(net(
                    r.url,
                    format!("server sent range `{got}`, expected `{want}`; trying again"),
                )
                .into());
            }
            landing.incoming(start, last)
        } else if full_body(status) && (!ranged || r.first) {
            // The whole file, on this connection alone: the others are not started.
            landing.incoming(0, landing.frames().len() - 1)
        } else if full_body(status) {
            return Err(Fail::Stop(net(
                r.url,
                "server answered one byte range with the whole file after honouring another; try again",
            )));
        } else {
            return Err(status_error(r.url, status).into());
        };
        head(status == StatusCode::PARTIAL_CONTENT);
        let expect = inc.end() - inc.at();
        if let Some(n) = resp.content_length().filter(|n| *n != expect) {
            return Err(Fail::Stop(Error::verify(
                r.url,
                format!("size mismatch: the signed index's frame table says {expect} bytes from offset {}, the server sends {n}", inc.at()),
            )));
        }
        let mut pace = Pace::new(&self.opts);
        pace.expect(expect);
        receive_run(r, resp, &mut inc, &mut pace)
    }
}

/// Feeds a response body to the landing until the run's last byte.
fn receive_run(
    r: &Run<'_>,
    mut resp: reqwest::blocking::Response,
    inc: &mut crate::landing::Incoming,
    pace: &mut Pace,
) -> Result<(), Fail> {
    let (url, to) = (r.url, r.to);
    let started = inc.at();
    let mut buf = vec![0u8; 256 << 10];
    while inc.at() < inc.end() {
        if r.stop.load(Ordering::SeqCst) {
            return Err(Fail::Stop(net(url, "stopped: another range failed")));
        }
        let n = match resp.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => return Err(cut(url, &format!("at byte {}", inc.at()), &e)),
        };
        to.landing
            .feed(inc, to.file, &buf[..n])
            .map_err(|e| fed(url, to.part, to.landing, e))?;
        r.received.fetch_add(n as u64, Ordering::Relaxed);
        pace.check(inc.at() - started)
            .map_err(|msg| Fail::Stop(net(url, msg)))?;
    }
    if inc.at() < inc.end() {
        return Err(net(
            url,
            format!("transfer cut at byte {} of {}", inc.at(), inc.end()),
        )
        .into());
    }
    Ok(())
}

/// The error of a [`Landing::feed`] that failed.
fn fed(url: &str, part: &Path, landing: &Landing, e: FeedError) -> Fail {
    Fail::Stop(match e {
        FeedError::Io(e) => Error::io(part, e),
        FeedError::Mismatch { frame: k, got } => {
            let f = &landing.frames()[k];
            Error::verify(
                url,
                format!(
                    "frame {k} (bytes {}-{}) has SHA-256 {}, the signed index's frame table says {}; refusing the package (nothing of that frame was unpacked)",
                    f.offset,
                    f.end() - 1,
                    hex::encode(got),
                    hex::encode(f.sha256)
                ),
            )
        }
        FeedError::TooMany => Error::verify(
            url,
            "the server sent more bytes than the range asked for; refusing",
        ),
    })
}

/// The error to report of two ranges' failures: the first, unless the later one is a
/// verification failure and the first is not (the others' failures are then often only
/// "stopped: another range failed", and a mismatch must be exit 4 whatever the order).
fn telling(first: Option<Error>, later: Error) -> Error {
    match first {
        Some(f) if f.kind() == "verify" || later.kind() != "verify" => f,
        _ => later,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mismatch_is_reported_whichever_range_failed_first() {
        let stopped = || Error::network("http://m/p.tzst", "stopped: another range failed");
        let mismatch = || Error::verify("p.tzst", "frame 3 does not match its digest");
        assert_eq!(telling(Some(stopped()), mismatch()).kind(), "verify");
        assert_eq!(telling(Some(mismatch()), stopped()).kind(), "verify");
        assert_eq!(telling(None, stopped()).kind(), "network");
        let first = telling(Some(stopped()), Error::network("http://m/p.tzst", "second"));
        assert!(first.to_string().contains("another range"), "{first}");
    }
}
