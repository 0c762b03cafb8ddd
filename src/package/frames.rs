//! zstd in several independent frames: written by `pkg create` (and `extra pack`) every 8 MiB
//! of tar, so that readers can decode on several cores while every other zstd still reads the
//! file as one stream.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Arc;

/// Uncompressed bytes per frame.
pub const FRAME_BYTES: usize = 8 << 20;

/// A writer that makes one zstd frame of every [`FRAME_BYTES`] of input. Each frame records
/// its content size and a checksum, so that a reader can decode it straight into a buffer of
/// the right size.
pub struct FrameWriter<W: Write> {
    inner: W,
    comp: zstd::bulk::Compressor<'static>,
    buf: Vec<u8>,
}

impl<W: Write> FrameWriter<W> {
    /// A writer compressing at `level` with two threads.
    pub fn new(inner: W, level: i32) -> io::Result<Self> {
        let mut comp = zstd::bulk::Compressor::new(level)?;
        comp.set_parameter(zstd::zstd_safe::CParameter::ChecksumFlag(true))?;
        comp.set_parameter(zstd::zstd_safe::CParameter::ContentSizeFlag(true))?;
        let _ = comp.set_parameter(zstd::zstd_safe::CParameter::NbWorkers(2));
        Ok(FrameWriter {
            inner,
            comp,
            buf: Vec::with_capacity(FRAME_BYTES),
        })
    }

    fn frame(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let out = self.comp.compress(&self.buf)?;
        self.inner.write_all(&out)?;
        self.buf.clear();
        Ok(())
    }

    /// Writes the last frame and returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.frame()?;
        Ok(self.inner)
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
pub fn scan(file: &mut File) -> io::Result<Option<Vec<(u64, u64)>>> {
    let len = file.metadata()?.len();
    let mut pos = 0u64;
    let mut frames = Vec::new();
    let mut hdr = [0u8; 18];
    while pos < len {
        file.seek(SeekFrom::Start(pos))?;
        let n = read_up_to(file, &mut hdr)?;
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
        if p > len {
            return Ok(None);
        }
        frames.push((pos, p - pos));
        pos = p;
    }
    Ok(Some(frames))
}

fn read_up_to(f: &mut File, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Reads the frames of a file in order, decoded by `workers` threads (frame i by worker
/// i mod workers; each hands over one decoded frame before decoding the next).
pub struct ParallelReader {
    rx: Vec<Receiver<io::Result<Vec<u8>>>>,
    workers: Vec<std::thread::JoinHandle<()>>,
    next: usize,
    frames: usize,
    cur: Vec<u8>,
    pos: usize,
}

impl ParallelReader {
    /// Starts the workers on `path`'s `frames`.
    pub fn new(path: &Path, frames: Vec<(u64, u64)>, workers: usize) -> io::Result<Self> {
        let file = Arc::new(File::open(path)?);
        let frames = Arc::new(frames);
        let n = frames.len();
        let mut rx = Vec::new();
        let mut handles = Vec::new();
        for w in 0..workers {
            // A rendezvous: a worker hands over one decoded frame and only then starts the
            // next, so memory is bounded by workers × two frames.
            let (tx, r) = sync_channel(0);
            rx.push(r);
            let (file, frames) = (file.clone(), frames.clone());
            handles.push(std::thread::spawn(move || {
                let mut i = w;
                while i < frames.len() {
                    let (off, len) = frames[i];
                    let out = (|| -> io::Result<Vec<u8>> {
                        let mut comp = vec![0u8; len as usize];
                        file.read_exact_at(&mut comp, off)?;
                        // A frame that says how big it is decodes straight into a buffer of
                        // that size (no window buffer besides); others are streamed.
                        match zstd::zstd_safe::get_frame_content_size(&comp) {
                            Ok(Some(size)) if size <= 64 << 20 => {
                                zstd::bulk::decompress(&comp, size as usize)
                            }
                            _ => {
                                let mut d = zstd::stream::read::Decoder::with_buffer(&comp[..])?;
                                d.window_log_max(31)?;
                                let mut v = Vec::new();
                                d.read_to_end(&mut v)?;
                                Ok(v)
                            }
                        }
                    })();
                    let failed = out.is_err();
                    if tx.send(out).is_err() || failed {
                        return;
                    }
                    i += workers;
                }
            }));
        }
        Ok(ParallelReader {
            rx,
            workers: handles,
            next: 0,
            frames: n,
            cur: Vec::new(),
            pos: 0,
        })
    }
}

impl Drop for ParallelReader {
    /// Stops the workers (their next hand-over fails once the receivers are gone) and waits
    /// for them, so no decoding outlives the reader.
    fn drop(&mut self) {
        self.rx.clear();
        for h in self.workers.drain(..) {
            let _ = h.join();
        }
    }
}

impl Read for ParallelReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.cur.len() {
            if self.next == self.frames {
                return Ok(0);
            }
            let w = self.next % self.rx.len();
            self.cur = self.rx[w]
                .recv()
                .map_err(|_| io::Error::other("a decoding thread stopped"))??;
            self.pos = 0;
            self.next += 1;
        }
        let n = buf.len().min(self.cur.len() - self.pos);
        buf[..n].copy_from_slice(&self.cur[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}
