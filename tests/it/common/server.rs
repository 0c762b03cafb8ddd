//! A small HTTP/1.1 file server of the tests' own on 127.0.0.1, with faults on demand:
//! 404, 500, a cut transfer, corrupted bytes, a stall, a server that ignores `Range`.
//! It honours `Range`, `ETag`/`If-None-Match` and counts requests per path.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    NotFound,
    ServerError,
    /// Send only this many bytes of the body, then close.
    Truncate(usize),
    /// Flip bytes in the middle of the body.
    Corrupt,
    /// A complete response of only the first half of the file (pkgin-test-suite's
    /// download-mismatch: the headers agree with what is sent, the file is not the index's).
    Short,
    /// Send the headers and a little, then nothing.
    Stall,
    /// Answer every request with the whole file and 200.
    IgnoreRange,
    /// Validate by `Last-Modified` (the file's mtime) and `If-Modified-Since` only, no
    /// `ETag`, as python's http.server does.
    LastModifiedOnly,
    /// Send the headers, then the body one byte a second: a mirror that is up, never idle
    /// long enough to time out, and useless.
    Drip,
    /// Flip the 8 bytes of the file at this offset, wherever a response holds them.
    CorruptAt(usize),
    /// Send the file up to this offset, then wait for [`Server::release`] (20 s at most)
    /// before the rest.
    HoldAt(usize),
    /// Answer a range from a nonzero offset with `206` and the Content-Range asked for, but
    /// the bytes from this many earlier: a mirror whose ranges are off.
    ShiftRange(usize),
    /// Answer a range from a nonzero offset with the bytes asked for under a Content-Range
    /// one byte later than asked.
    LieRange,
}

#[derive(Default)]
struct State {
    released: bool,
    faults: HashMap<String, Fault>,
    requests: Vec<(String, HashMap<String, String>)>,
}

pub struct Server {
    pub port: u16,
    root: PathBuf,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `root` until dropped.
    pub fn start(root: PathBuf) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (st, sp, rt) = (state.clone(), stop.clone(), root.clone());
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if sp.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (st, sp, rt) = (st.clone(), sp.clone(), rt.clone());
                std::thread::spawn(move || {
                    let _ = handle(conn, &rt, &st, &sp);
                });
            }
        });
        Server {
            port,
            root,
            state,
            stop,
            thread: Some(thread),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!(
            "http://127.0.0.1:{}/{}",
            self.port,
            path.trim_start_matches('/')
        )
    }

    /// Sets a fault on every path ending with `suffix`.
    pub fn fault(&self, suffix: &str, f: Fault) {
        self.state
            .lock()
            .unwrap()
            .faults
            .insert(suffix.to_string(), f);
    }

    /// Lets every response held by [`Fault::HoldAt`] go on.
    pub fn release(&self) {
        self.state.lock().unwrap().released = true;
    }

    pub fn clear_faults(&self) {
        self.state.lock().unwrap().faults.clear();
    }

    /// Requests seen for paths ending with `suffix`: their headers (lower-case names).
    pub fn requests(&self, suffix: &str) -> Vec<HashMap<String, String>> {
        self.state
            .lock()
            .unwrap()
            .requests
            .iter()
            .filter(|(p, _)| p.ends_with(suffix))
            .map(|(_, h)| h.clone())
            .collect()
    }
}

/// A server that accepts connections and never answers: a port listened on whose
/// connections the kernel completes and no one reads. Hung while the listener lives.
pub fn hung() -> (TcpListener, String) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://127.0.0.1:{}/", l.local_addr().unwrap().port());
    (l, url)
}

/// A URL on 127.0.0.1 that nothing listens on: a port bound, then let go.
pub fn dead_url() -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://127.0.0.1:{}/", l.local_addr().unwrap().port())
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn handle(
    mut conn: TcpStream,
    root: &std::path::Path,
    state: &Mutex<State>,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let fault = {
        let mut s = state.lock().unwrap();
        s.requests.push((path.clone(), headers.clone()));
        s.faults
            .iter()
            .find(|(k, _)| path.ends_with(k.as_str()))
            .map(|(_, f)| *f)
    };
    let file = root.join(path.trim_start_matches('/'));
    let respond =
        |conn: &mut TcpStream, status: &str, extra: &str, body: &[u8]| -> std::io::Result<()> {
            head(conn, status, extra, body.len())?;
            conn.write_all(body)
        };
    if line.starts_with("PUT ") {
        // Uploads, as nginx's WebDAV module takes them: written aside, then renamed.
        let len: usize = headers
            .get("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0u8; len];
        std::io::Read::read_exact(&mut reader, &mut body)?;
        if path.contains("..") {
            return respond(&mut conn, "403 Forbidden", "", b"no");
        }
        std::fs::create_dir_all(file.parent().unwrap())?;
        let tmp = file.with_extension("upload-tmp");
        std::fs::write(&tmp, &body)?;
        std::fs::rename(&tmp, &file)?;
        return respond(&mut conn, "201 Created", "", b"");
    }
    match fault {
        Some(Fault::NotFound) => return respond(&mut conn, "404 Not Found", "", b"not found"),
        Some(Fault::ServerError) => {
            return respond(&mut conn, "500 Internal Server Error", "", b"oops")
        }
        _ => {}
    }
    let Ok(mut body) = std::fs::read(&file) else {
        return respond(&mut conn, "404 Not Found", "", b"not found");
    };
    let etag = format!(
        "\"{}-{}\"",
        body.len(),
        body.iter()
            .fold(0u32, |a, b| a.wrapping_mul(31).wrapping_add(*b as u32))
    );
    if fault == Some(Fault::LastModifiedOnly) {
        let mtime = std::fs::metadata(&file)?.modified()?;
        let lm = httpdate::fmt_http_date(mtime);
        let date = httpdate::fmt_http_date(std::time::SystemTime::now());
        if headers.get("if-modified-since") == Some(&lm) {
            write!(
                conn,
                "HTTP/1.1 304 Not Modified\r\nDate: {date}\r\nLast-Modified: {lm}\r\nConnection: close\r\n\r\n"
            )?;
            return Ok(());
        }
        return respond(
            &mut conn,
            "200 OK",
            &format!("Date: {date}\r\nLast-Modified: {lm}\r\n"),
            &body,
        );
    }
    if headers.get("if-none-match") == Some(&etag) {
        write!(
            conn,
            "HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n"
        )?;
        return Ok(());
    }
    let total = body.len();
    // The file offset of the body's first byte.
    let mut offset = 0usize;
    let mut status = "200 OK".to_string();
    let mut extra = format!("ETag: {etag}\r\nAccept-Ranges: bytes\r\n");
    if fault != Some(Fault::IgnoreRange) {
        if let Some(r) = headers.get("range").and_then(|r| r.strip_prefix("bytes=")) {
            let (a, b) = r.split_once('-').unwrap_or((r, ""));
            let start: usize = a.parse().unwrap_or(0);
            let last: usize = b.parse().unwrap_or(usize::MAX).min(total.max(1) - 1);
            if start >= total {
                write!(conn, "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */{total}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")?;
                return Ok(());
            }
            offset = start;
            let (from, said) = match fault {
                Some(Fault::ShiftRange(n)) if start > 0 => (start.saturating_sub(n), start),
                Some(Fault::LieRange) if start > 0 => (start, start + 1),
                _ => (start, start),
            };
            body = body[from..=last - (start - from)].to_vec();
            status = "206 Partial Content".into();
            extra.push_str(&format!("Content-Range: bytes {said}-{last}/{total}\r\n"));
        }
    }
    match fault {
        Some(Fault::Corrupt) => {
            let mid = body.len() / 2;
            for b in body.iter_mut().skip(mid).take(8) {
                *b ^= 0xff;
            }
            respond(&mut conn, &status, &extra, &body)
        }
        Some(Fault::Short) => {
            let half = body.len() / 2;
            body.truncate(half);
            respond(&mut conn, &status, &extra, &body)
        }
        Some(Fault::Truncate(n)) => {
            head(&mut conn, &status, &extra, body.len())?;
            conn.write_all(&body[..n.min(body.len())])?;
            conn.flush()?;
            let _ = conn.shutdown(std::net::Shutdown::Both);
            Ok(())
        }
        Some(Fault::Stall) => {
            head(&mut conn, &status, &extra, body.len())?;
            conn.write_all(&body[..body.len().min(10)])?;
            conn.flush()?;
            for _ in 0..300 {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Ok(())
        }
        Some(Fault::Drip) => {
            head(&mut conn, &status, &extra, body.len())?;
            for b in &body {
                conn.write_all(std::slice::from_ref(b))?;
                conn.flush()?;
                for _ in 0..20 {
                    if stop.load(Ordering::SeqCst) {
                        return Ok(());
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
            }
            Ok(())
        }
        Some(Fault::CorruptAt(at)) => {
            for (i, b) in body.iter_mut().enumerate() {
                if (at..at + 8).contains(&(offset + i)) {
                    *b ^= 0xff;
                }
            }
            respond(&mut conn, &status, &extra, &body)
        }
        Some(Fault::HoldAt(at)) => {
            head(&mut conn, &status, &extra, body.len())?;
            let split = at.saturating_sub(offset).min(body.len());
            conn.write_all(&body[..split])?;
            conn.flush()?;
            for _ in 0..400 {
                if stop.load(Ordering::SeqCst) || state.lock().unwrap().released {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            conn.write_all(&body[split..])
        }
        _ => respond(&mut conn, &status, &extra, &body),
    }
}

/// A response's head: its status, its length, `extra` header lines, and the blank line.
fn head(conn: &mut TcpStream, status: &str, extra: &str, len: usize) -> std::io::Result<()> {
    write!(
        conn,
        "HTTP/1.1 {status}\r\nContent-Length: {len}\r\nConnection: close\r\n{extra}\r\n"
    )
}
