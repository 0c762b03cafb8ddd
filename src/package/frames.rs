//! zstd in several independent frames: written by `pkg create` (and `extra pack`) every 8 MiB
//! of tar, so that readers can decode on several cores while every other zstd still reads the
//! file as one stream.

use std::fs::File;
use std::io::{self, Read, Write};
use std::os::unix::fs::FileExt;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;

use crate::landing::Landing;

/// The largest zstd window a frame may ask for (2^27 = 128 MiB, the zstd tool's own default
/// limit): a decoder allocates the window before it reads any data, so a frame of a few
/// bytes asking for 2 GiB would otherwise get it. A frame that needs more is a damaged
/// archive. Every zstd decoder cbe makes, here and in [`super::archive`], applies it.
pub const MAX_WINDOW_LOG: u32 = 27;

/// Uncompressed bytes per frame.
pub const FRAME_BYTES: usize = 8 << 20;

/// A writer that makes one zstd frame of every [`FRAME_BYTES`] of input. Each frame records
/// its content size and a checksum, so that a reader can decode it straight into a buffer of
/// the right size. Frames are independent, so they are compressed on every core at once and
/// written in order; at most two frames per worker are in memory at a time.
pub struct FrameWriter<W: Write> {
    inner: W,
    buf: Vec<u8>,
    pool: Option<Pool>,
}

/// The compressing threads, each with its own compressor, and the frames on their way.
struct Pool {
    jobs: Option<SyncSender<(u64, Vec<u8>)>>,
    done: Receiver<(u64, io::Result<Vec<u8>>)>,
    workers: Vec<std::thread::JoinHandle<()>>,
    sent: u64,
    written: u64,
    ready: std::collections::BTreeMap<u64, Vec<u8>>,
    limit: u64,
}

impl<W: Write> FrameWriter<W> {
    /// A writer compressing at `level` on every core (up to eight).
    pub fn new(inner: W, level: i32) -> io::Result<Self> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        Self::with_threads(inner, level, threads)
    }

    /// A writer compressing at `level` on `threads` threads.
    pub fn with_threads(inner: W, level: i32, threads: usize) -> io::Result<Self> {
        // A bad level fails here, not in a worker.
        compressor(level)?;
        Ok(FrameWriter {
            inner,
            buf: Vec::with_capacity(FRAME_BYTES),
            pool: Some(Pool::start(level, threads.max(1))),
        })
    }

    fn frame(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let data = std::mem::replace(&mut self.buf, Vec::with_capacity(FRAME_BYTES));
        let pool = self.pool.as_mut().ok_or_else(gone)?;
        pool.send(data)?;
        while pool.sent - pool.written >= pool.limit {
            pool.receive(&mut self.inner)?;
        }
        Ok(())
    }

    /// Writes the last frame and returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.frame()?;
        let mut pool = self.pool.take().ok_or_else(gone)?;
        pool.jobs = None;
        while pool.written < pool.sent {
            pool.receive(&mut self.inner)?;
        }
        for w in pool.workers.drain(..) {
            let _ = w.join();
        }
        Ok(self.inner)
    }
}

fn gone() -> io::Error {
    io::Error::other("the frame compressors stopped")
}

/// One frame's compressor: content size and checksum recorded.
fn compressor(level: i32) -> io::Result<zstd::bulk::Compressor<'static>> {
    let mut comp = zstd::bulk::Compressor::new(level)?;
    comp.set_parameter(zstd::zstd_safe::CParameter::ChecksumFlag(true))?;
    comp.set_parameter(zstd::zstd_safe::CParameter::ContentSizeFlag(true))?;
    Ok(comp)
}

impl Pool {
    fn start(level: i32, threads: usize) -> Pool {
        let (jobs, rx) = sync_channel::<(u64, Vec<u8>)>(threads);
        let rx = Arc::new(std::sync::Mutex::new(rx));
        let (tx, done) = sync_channel(threads * 2);
        let workers = (0..threads)
            .map(|_| {
                let (rx, tx) = (rx.clone(), tx.clone());
                std::thread::spawn(move || compress_frames(level, &rx, &tx))
            })
            .collect();
        Pool {
            jobs: Some(jobs),
            done,
            workers,
            sent: 0,
            written: 0,
            ready: Default::default(),
            limit: threads as u64 * 2,
        }
    }

    fn send(&mut self, data: Vec<u8>) -> io::Result<()> {
        let jobs = self.jobs.as_ref().ok_or_else(gone)?;
        jobs.send((self.sent, data)).map_err(|_| gone())?;
        self.sent += 1;
        Ok(())
    }

    /// Waits for one frame, then writes every frame that is next in order.
    fn receive(&mut self, out: &mut impl Write) -> io::Result<()> {
        let (seq, frame) = self.done.recv().map_err(|_| gone())?;
        self.ready.insert(seq, frame?);
        while let Some(f) = self.ready.remove(&self.written) {
            out.write_all(&f)?;
            self.written += 1;
        }
        Ok(())
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        // Workers end when the job channel closes; results no one will read are dropped.
        self.jobs = None;
        while self.done.try_recv().is_ok() {}
    }
}

fn compress_frames(
    level: i32,
    jobs: &std::sync::Mutex<Receiver<(u64, Vec<u8>)>>,
    done: &SyncSender<(u64, io::Result<Vec<u8>>)>,
) {
    let mut comp = match compressor(level) {
        Ok(c) => c,
        Err(e) => {
            let _ = done.send((u64::MAX, Err(e)));
            return;
        }
    };
    loop {
        let job = jobs.lock().map(|rx| rx.recv());
        let Ok(Ok((seq, data))) = job else {
            return;
        };
        if done.send((seq, comp.compress(&data))).is_err() {
            return;
        }
    }
}

impl<W: Write> Write for FrameWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let n = data.len().min(FRAME_BYTES - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == FRAME_BYTES {
            self.frame()?;
        }
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// The byte ranges of the zstd frames in `file`, read from frame and block headers without
/// decompressing anything. `None` when the file is not a plain sequence of zstd frames.
/// Reads at offsets only: the descriptor may be shared, and its position is not ours.
pub fn scan(file: &File) -> io::Result<Option<Vec<(u64, u64)>>> {
    let len = file.metadata()?.len();
    let mut pos = 0u64;
    let mut frames = Vec::new();
    let mut hdr = [0u8; 18];
    while pos < len {
        let n = read_up_to(file, &mut hdr, pos)?;
        if n < 6 || hdr[..4] != [0x28, 0xb5, 0x2f, 0xfd] {
            return Ok(None);
        }
        let fhd = hdr[4];
        let single = fhd & 0x20 != 0;
        let checksum = fhd & 0x04 != 0;
        let did = [0u64, 1, 2, 4][(fhd & 3) as usize];
        let fcs = match fhd >> 6 {
            0 => u64::from(single),
            1 => 2,
            2 => 4,
            _ => 8,
        };
        let mut p = pos + 5 + u64::from(!single) + did + fcs;
        loop {
            let mut b = [0u8; 3];
            file.read_exact_at(&mut b, p)?;
            let h = u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16;
            let last = h & 1 == 1;
            let size = u64::from(h >> 3);
            let data = match (h >> 1) & 3 {
                0 | 2 => size,
                1 => 1,
                _ => return Ok(None),
            };
            p += 3 + data;
            if p > len {
                return Ok(None);
            }
            if last {
                break;
            }
        }
        if checksum {
            p += 4;
        }
        if p > len || p - pos > MAX_SEGMENT {
            return Ok(None);
        }
        frames.push((pos, p - pos));
        pos = p;
    }
    Ok(Some(frames))
}

fn read_up_to(f: &File, buf: &mut [u8], at: u64) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read_at(&mut buf[n..], at + n as u64)? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// The largest compressed segment the parallel reader takes; a file with a bigger one is
/// read as one stream instead (memory stays bounded).
const MAX_SEGMENT: u64 = 64 << 20;

/// Decoded bytes handed over at a time.
const CHUNK: usize = 4 << 20;

/// The byte ranges of the independent bzip2 streams in `file` (as written by `extra pack`
/// and pbzip2: one stream per 900 kB block). A stream starts with `BZh1`..`BZh9` and the
/// block magic; a match inside compressed data would make the parallel decode fail as a
/// damaged archive, never decode wrongly (each stream must end exactly where the next
/// begins). `None` when the file has one stream, or a stream too big to take whole.
pub fn scan_bzip2(file: &File) -> io::Result<Option<Vec<(u64, u64)>>> {
    const MAGIC: &[u8] = b"1AY&SY";
    let len = file.metadata()?.len();
    let finder = memchr::memmem::Finder::new(b"BZh");
    let mut starts = Vec::new();
    let mut buf = vec![0u8; 4 << 20];
    let mut pos = 0u64;
    // Each window overlaps the previous one by 9 bytes, so a start that straddles two
    // windows is still seen once.
    while pos < len {
        let n = file.read_at(&mut buf, pos)?;
        if n == 0 {
            break;
        }
        let window = &buf[..n];
        for i in finder.find_iter(window) {
            let s = pos + i as u64;
            if starts.last() == Some(&s) {
                continue;
            }
            if i + 10 <= n {
                if (b'1'..=b'9').contains(&window[i + 3]) && &window[i + 4..i + 10] == MAGIC {
                    starts.push(s);
                }
            } else if pos + (n as u64) < len {
                break; // seen again, whole, in the next window
            }
        }
        if pos + n as u64 >= len {
            break;
        }
        pos += n.saturating_sub(9).max(1) as u64;
    }
    if starts.first() != Some(&0) || starts.len() < 2 {
        return Ok(None);
    }
    let mut segs = Vec::with_capacity(starts.len());
    for (i, &s) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(len);
        if end - s > MAX_SEGMENT {
            return Ok(None);
        }
        segs.push((s, end - s));
    }
    Ok(Some(segs))
}

/// What the segments of a [`ParallelReader`] are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// zstd frames (from [`scan`]).
    Zstd,
    /// bzip2 streams (from [`scan_bzip2`]).
    Bzip2,
}

/// One hand-over from a worker: decoded bytes, and whether they end their segment.
type Chunk = io::Result<(Vec<u8>, bool)>;

/// Decodes one segment, handing its bytes over in chunks of at most [`CHUNK`]. Returns false
/// when the reader is gone or the segment failed.
fn decode_segment(codec: Codec, comp: &[u8], tx: &SyncSender<Chunk>, w: &mut Worker) -> bool {
    if codec == Codec::Zstd {
        // A frame that says how big it is, and is small, decodes straight into a buffer of
        // that size (no window buffer besides), reused from an earlier frame.
        if let Ok(Some(size)) = zstd::zstd_safe::get_frame_content_size(comp) {
            if size <= CHUNK as u64 * 2 {
                let mut v = w.spares.take();
                v.reserve(size as usize);
                let out = w.bulk.decompress_to_buffer(comp, &mut v).map(|_| (v, true));
                let failed = out.is_err();
                return w.hand_over(tx, out) && !failed;
            }
        }
    }
    let mut input = io::Cursor::new(comp);
    let last = match codec {
        Codec::Zstd => zstd::stream::read::Decoder::with_buffer(&mut input)
            .and_then(|mut d| {
                d.window_log_max(MAX_WINDOW_LOG)?;
                Ok(d.single_frame())
            })
            .map(|d| pump(d, tx, w)),
        Codec::Bzip2 => Ok(pump(bzip2::bufread::BzDecoder::new(&mut input), tx, w)),
    };
    let out = match last {
        Ok(Some(Ok(v))) if input.position() == comp.len() as u64 => Ok((v, true)),
        Ok(Some(Ok(_))) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "a compressed stream ends before its segment does",
        )),
        Ok(Some(Err(e))) | Err(e) => Err(e),
        Ok(None) => return false,
    };
    let failed = out.is_err();
    w.hand_over(tx, out) && !failed
}

/// Reads `stream` to its end, handing over every full chunk; returns the last (possibly
/// short) chunk or the error, or `None` when the reader has gone.
fn pump<R: Read>(
    mut stream: R,
    tx: &SyncSender<Chunk>,
    w: &mut Worker,
) -> Option<io::Result<Vec<u8>>> {
    loop {
        let mut v = w.spares.take();
        v.resize(CHUNK, 0);
        let mut n = 0;
        loop {
            match stream.read(&mut v[n..]) {
                Ok(0) => {
                    v.truncate(n);
                    return Some(Ok(v));
                }
                Ok(k) => {
                    n += k;
                    if n == v.len() {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Some(Err(e)),
            }
        }
        if !w.hand_over(tx, Ok((v, false))) {
            return None;
        }
    }
}

/// Buffers the reader has finished with, shared by every worker: the one that starts a
/// segment next takes one, so no buffer waits idle with a worker that is still blocked
/// handing over its last one (per-worker spares kept two buffers per worker alive, a pool
/// keeps one per worker and the reader's).
#[derive(Clone, Default)]
struct Spares(Arc<std::sync::Mutex<Vec<Vec<u8>>>>);

impl Spares {
    /// An empty buffer: a spare when there is one (no allocation, no page faults, and the
    /// memory stays with the few buffers in flight), else a new one.
    fn take(&self) -> Vec<u8> {
        let reused = self.0.lock().ok().and_then(|mut s| s.pop());
        let mut v = reused.unwrap_or_default();
        v.clear();
        v
    }

    /// Keeps `v` for the next [`Spares::take`] (a buffer never filled is not worth keeping).
    fn give(&self, v: Vec<u8>) {
        if let (true, Ok(mut spares)) = (v.capacity() > 0, self.0.lock()) {
            spares.push(v);
        }
    }
}

/// The buffers of every [`ParallelReader`] in the process, reused from package to package:
/// freed and made again for each, 8 MiB at a time on new threads, they stayed resident in
/// the allocator's arenas (peak RSS of the 50-package install 77.6-94.9 MiB over five runs
/// on fresh ext4, 78.2-80.0 MiB with this pool).
static SPARES: std::sync::LazyLock<Spares> = std::sync::LazyLock::new(Spares::default);

/// Lets go of the spare decoding buffers, once no more packages are to be read for a while:
/// a transaction does so when every package is staged, so that its commit has the memory.
pub fn release_spares() {
    if let Ok(mut spares) = SPARES.0.lock() {
        *spares = Vec::new();
    }
}

/// A decoding thread's reusable parts: the shared spare buffers and a zstd decompression
/// context.
struct Worker {
    spares: Spares,
    bulk: zstd::bulk::Decompressor<'static>,
}

impl Worker {
    /// Hands `chunk` to the reader; false when the reader has gone, the buffer then kept
    /// for the next package's reader.
    fn hand_over(&self, tx: &SyncSender<Chunk>, chunk: Chunk) -> bool {
        match tx.send(chunk) {
            Ok(()) => true,
            Err(std::sync::mpsc::SendError(unread)) => {
                if let Ok((v, _)) = unread {
                    self.spares.give(v);
                }
                false
            }
        }
    }
}

/// Reads the segments (zstd frames or bzip2 streams) of a file in order, decoded by
/// `workers` threads (segment i by worker i mod workers). Each worker hands over one chunk
/// before decoding on, and the reader gives a chunk back before taking the next, so memory
/// is bounded by workers + 1 chunks whatever the archive expands to.
pub struct ParallelReader {
    rx: Vec<Receiver<Chunk>>,
    /// Where finished buffers go back, for whichever worker decodes next.
    spares: Spares,
    workers: Vec<std::thread::JoinHandle<()>>,
    next: usize,
    segments: usize,
    cur: Vec<u8>,
    pos: usize,
    /// The current chunk ends its segment.
    seg_end: bool,
    /// Set when the reader is dropped: a worker that was waiting for a frame to land then
    /// stops without decoding it.
    closed: Arc<std::sync::atomic::AtomicBool>,
    /// Whether the workers wait for frames to land (and so may wait long).
    gated: bool,
}

impl ParallelReader {
    /// Starts the workers on `path`'s `segments`. Spare buffers are the process's: the
    /// packages of a transaction, read one after the other, decode into the same few.
    pub fn new(
        file: Arc<File>,
        codec: Codec,
        segments: Vec<(u64, u64)>,
        workers: usize,
    ) -> io::Result<Self> {
        Self::with_spares(file, codec, segments, workers, SPARES.clone(), None)
    }

    /// Starts the workers on the zstd frames `segments` of a file still downloading: each
    /// worker reads a frame only once `landing` has it verified (no byte the signed index
    /// has not vouched for reaches the decompressor), and fails with the download's error.
    pub fn gated(
        file: Arc<File>,
        segments: Vec<(u64, u64)>,
        workers: usize,
        landing: Arc<Landing>,
    ) -> io::Result<Self> {
        let spares = SPARES.clone();
        Self::with_spares(file, Codec::Zstd, segments, workers, spares, Some(landing))
    }

    /// Starts the workers, reusing the buffers of `spares`.
    fn with_spares(
        file: Arc<File>,
        codec: Codec,
        segments: Vec<(u64, u64)>,
        workers: usize,
        spares: Spares,
        gate: Option<Arc<Landing>>,
    ) -> io::Result<Self> {
        let segs = Arc::new(segments);
        let n = segs.len();
        let closed = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let gated = gate.is_some();
        let mut rx = Vec::new();
        let mut handles = Vec::new();
        for w in 0..workers {
            let (tx, r) = sync_channel(0);
            rx.push(r);
            let bulk = zstd::bulk::Decompressor::new()?;
            let (file, segs, spares) = (file.clone(), segs.clone(), spares.clone());
            let (gate, closed) = (gate.clone(), closed.clone());
            handles.push(std::thread::spawn(move || {
                let mut worker = Worker { spares, bulk };
                let mut i = w;
                let mut comp = Vec::new();
                while i < segs.len() {
                    let (off, len) = segs[i];
                    // Sized only once the frame has landed: until then its length is only
                    // what the table claims, and no memory is taken on a claim.
                    let landed = gate.as_ref().map_or(Ok(0), |g| g.wait_for(off + len));
                    if closed.load(std::sync::atomic::Ordering::SeqCst) {
                        return;
                    }
                    let read = landed.and_then(|_| {
                        comp.resize(len as usize, 0);
                        file.read_exact_at(&mut comp, off)
                    });
                    if let Err(e) = read {
                        let _ = tx.send(Err(e));
                        return;
                    }
                    crate::failpoint::trace(|| format!("decode {off}"));
                    if !decode_segment(codec, &comp, &tx, &mut worker) {
                        return;
                    }
                    i += workers;
                }
            }));
        }
        Ok(ParallelReader {
            rx,
            spares,
            workers: handles,
            next: 0,
            segments: n,
            cur: Vec::new(),
            pos: 0,
            seg_end: true,
            closed,
            gated,
        })
    }
}

impl Drop for ParallelReader {
    /// Stops the workers (their next hand-over fails once the receivers are gone) and waits
    /// for them, so no decoding outlives the reader. Workers waiting for frames to land are
    /// not waited for: they stop, without decoding, once the frame lands or the download
    /// fails (the metadata is read from the first frame while the others still arrive).
    fn drop(&mut self) {
        self.rx.clear();
        self.closed.store(true, std::sync::atomic::Ordering::SeqCst);
        for h in self.workers.drain(..) {
            if !self.gated {
                let _ = h.join();
            }
        }
        self.spares.give(std::mem::take(&mut self.cur));
    }
}

impl Read for ParallelReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.cur.len() {
            if self.seg_end {
                if self.next == self.segments {
                    return Ok(0);
                }
                self.next += 1;
            }
            let w = (self.next - 1) % self.rx.len();
            // Given back before the next is taken: the worker this hand-over unblocks
            // finds it.
            self.spares.give(std::mem::take(&mut self.cur));
            let (v, end) = self.rx[w]
                .recv()
                .map_err(|_| io::Error::other("a decoding thread stopped"))??;
            self.cur = v;
            self.pos = 0;
            self.seg_end = end;
        }
        let n = buf.len().min(self.cur.len() - self.pos);
        buf[..n].copy_from_slice(&self.cur[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn frames_compressed_on_several_threads_come_out_in_order() {
        // Three and a half frames of data that differs from frame to frame.
        let data: Vec<u8> = (0..FRAME_BYTES * 7 / 2)
            .map(|i| ((i / FRAME_BYTES) as u8).wrapping_mul(31) ^ (i % 251) as u8)
            .collect();
        for threads in [1, 3] {
            let mut w = FrameWriter::with_threads(Vec::new(), 3, threads).unwrap();
            for chunk in data.chunks(1 << 20) {
                w.write_all(chunk).unwrap();
            }
            let out = w.finish().unwrap();
            assert_eq!(
                zstd::decode_all(&out[..]).unwrap(),
                data,
                "{threads} threads"
            );
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("f.zst");
            std::fs::write(&path, &out).unwrap();
            let frames = scan(&File::open(&path).unwrap()).unwrap().unwrap();
            assert_eq!(frames.len(), 4, "{threads} threads");
        }
    }

    fn bz(data: &[u8]) -> Vec<u8> {
        let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn sample(n: usize, seed: u8) -> Vec<u8> {
        (0..n)
            .map(|i| (i as u8).wrapping_mul(seed) ^ (i >> 7) as u8)
            .collect()
    }

    fn read_all(path: &Path, codec: Codec, segs: Vec<(u64, u64)>) -> io::Result<Vec<u8>> {
        let mut r = ParallelReader::new(Arc::new(File::open(path)?), codec, segs, 2)?;
        let mut out = Vec::new();
        r.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn bzip2_streams_decode_in_parallel_and_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let parts: Vec<Vec<u8>> = (1..6).map(|k| sample(300_000 * k, k as u8 * 3)).collect();
        let mut file = Vec::new();
        for p in &parts {
            file.extend(bz(p));
        }
        let path = dir.path().join("t.tar.bz2");
        std::fs::write(&path, &file).unwrap();
        let segs = scan_bzip2(&File::open(&path).unwrap()).unwrap().unwrap();
        assert_eq!(segs.len(), 5);
        assert_eq!(read_all(&path, Codec::Bzip2, segs).unwrap(), parts.concat());
        // One stream only: read as one stream by the caller.
        std::fs::write(&path, bz(&parts[0])).unwrap();
        assert!(scan_bzip2(&File::open(&path).unwrap()).unwrap().is_none());
    }

    #[test]
    fn bzip2_damage_and_false_starts_are_errors_not_wrong_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.tar.bz2");
        let (a, b) = (sample(200_000, 5), sample(200_000, 7));
        // A stream followed by bytes that look like a stream start but are not one.
        let mut file = bz(&a);
        file.extend_from_slice(b"BZh91AY&SYnot really bzip2 at all");
        file.extend(bz(&b));
        std::fs::write(&path, &file).unwrap();
        let segs = scan_bzip2(&File::open(&path).unwrap()).unwrap().unwrap();
        assert_eq!(segs.len(), 3);
        assert!(read_all(&path, Codec::Bzip2, segs).is_err());
        // A stream cut short.
        let mut file = bz(&a);
        let second = bz(&b);
        file.extend_from_slice(&second[..second.len() / 2]);
        std::fs::write(&path, &file).unwrap();
        let segs = scan_bzip2(&File::open(&path).unwrap()).unwrap().unwrap();
        assert!(read_all(&path, Codec::Bzip2, segs).is_err());
    }

    /// However far ahead of the reader the workers could decode, the buffers they decode
    /// into are one per worker and the reader's: the reader sees no more distinct ones.
    #[test]
    fn decoded_buffers_are_one_per_worker_and_the_readers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.zst");
        let frames: Vec<Vec<u8>> = (0..16).map(|k| sample(1 << 20, k as u8 * 7 + 1)).collect();
        let mut file = Vec::new();
        for f in &frames {
            file.extend(zstd::encode_all(&f[..], 1).unwrap());
        }
        std::fs::write(&path, &file).unwrap();
        for workers in [2, 3] {
            let segs = scan(&File::open(&path).unwrap()).unwrap().unwrap();
            let file = Arc::new(File::open(&path).unwrap());
            let spares = Spares::default();
            let mut r = ParallelReader::with_spares(file, Codec::Zstd, segs, workers, spares, None)
                .unwrap();
            let (mut out, mut buf) = (Vec::new(), vec![0u8; 256 << 10]);
            let mut seen = std::collections::HashSet::new();
            loop {
                let n = r.read(&mut buf).unwrap();
                if n == 0 {
                    break;
                }
                out.extend_from_slice(&buf[..n]);
                seen.insert(r.cur.as_ptr() as usize);
                // A slow reader: every worker has time to finish its next segment.
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            assert_eq!(out, frames.concat(), "{workers} workers");
            assert!(
                seen.len() <= workers + 1,
                "{workers} workers decoded into {} buffers",
                seen.len()
            );
        }
    }

    #[test]
    fn a_frame_expanding_past_its_chunk_is_handed_over_in_pieces() {
        // 40 MiB of zeros in frames without a content size: decoded in bounded chunks.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("z.zst");
        let mut file = Vec::new();
        for _ in 0..2 {
            let mut e = zstd::stream::write::Encoder::new(Vec::new(), 3).unwrap();
            e.include_contentsize(false).unwrap();
            e.write_all(&vec![0u8; 20 << 20]).unwrap();
            file.extend(e.finish().unwrap());
        }
        std::fs::write(&path, &file).unwrap();
        let segs = scan(&File::open(&path).unwrap()).unwrap().unwrap();
        assert_eq!(segs.len(), 2);
        let file = Arc::new(File::open(&path).unwrap());
        let mut r = ParallelReader::new(file, Codec::Zstd, segs, 2).unwrap();
        let mut buf = vec![0u8; 1 << 20];
        let (mut total, mut biggest) = (0usize, 0usize);
        loop {
            let n = r.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            total += n;
            biggest = biggest.max(r.cur.len());
        }
        assert_eq!(total, 40 << 20);
        assert!(biggest <= CHUNK, "a chunk of {biggest} bytes");
    }
}
