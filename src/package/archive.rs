//! Opening package archives: compression detected from the first bytes, decoded as a stream.

use super::file::PackageFile;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::fs::FileExt;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::frames::{scan, scan_bzip2, Codec, ParallelReader, MAX_WINDOW_LOG};
use crate::error::{IoContext, Result};

/// The compressions cbe reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Compression {
    /// zstd (cbe's native format; several frames are one stream).
    #[default]
    Zstd,
    /// gzip, as pkg_create writes by default.
    Gzip,
    /// bzip2 (several streams are one stream).
    Bzip2,
    /// xz.
    Xz,
    /// An uncompressed tar.
    None,
}

/// The file name suffixes of packages, each with its compression, as pkgsrc names them.
const SUFFIXES: [(&str, Compression); 5] = [
    (".tzst", Compression::Zstd),
    (".tgz", Compression::Gzip),
    (".tbz", Compression::Bzip2),
    (".txz", Compression::Xz),
    (".tar", Compression::None),
];

impl Compression {
    /// The compression a package file's name says (`gcc-12.tgz`: gzip), if it is named as
    /// packages are.
    pub fn of_name(name: &str) -> Option<Compression> {
        SUFFIXES
            .iter()
            .find(|(s, _)| name.ends_with(s))
            .map(|(_, c)| *c)
    }

    /// Its name, as `--compression` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Compression::Zstd => "zstd",
            Compression::Gzip => "gzip",
            Compression::Bzip2 => "bzip2",
            Compression::Xz => "xz",
            Compression::None => "none",
        }
    }

    /// The suffix of a package file with this compression.
    pub fn suffix(self) -> &'static str {
        SUFFIXES
            .iter()
            .find(|(_, c)| *c == self)
            .map_or(".tar", |(s, _)| s)
    }

    /// The levels its encoder takes, and the one used when none is given: zstd's 19 (the
    /// install reads it as fast as any), the others' own defaults (pkg_create's gzip is
    /// libarchive's, zlib's 6).
    pub fn levels(self) -> (std::ops::RangeInclusive<i32>, i32) {
        match self {
            Compression::Zstd => (1..=22, 19),
            Compression::Gzip => (1..=9, 6),
            Compression::Bzip2 => (1..=9, 9),
            Compression::Xz => (0..=9, 6),
            Compression::None => (0..=0, 0),
        }
    }

    /// Tells the compression from an archive's first bytes.
    pub fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(b"BZh") {
            Compression::Bzip2
        } else if head.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
            Compression::Xz
        } else {
            Compression::None
        }
    }

    /// A decoder of `inner` for this compression.
    pub fn decoder<'a, R: BufRead + Send + 'a>(
        self,
        inner: R,
    ) -> std::io::Result<Box<dyn Read + Send + 'a>> {
        Ok(match self {
            Compression::Zstd => {
                let mut d = zstd::stream::read::Decoder::with_buffer(inner)?;
                d.window_log_max(MAX_WINDOW_LOG)?;
                Box::new(d)
            }
            Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(inner)),
            Compression::Bzip2 => Box::new(bzip2::bufread::MultiBzDecoder::new(inner)),
            Compression::Xz => Box::new(xz2::bufread::XzDecoder::new_multi_decoder(inner)),
            Compression::None => Box::new(inner),
        })
    }
}

/// Threads decoding one package at most. Decoded frames are one per thread and the reader's
/// (8 MiB each), so every thread more adds 8 MiB to an install's peak memory (issue 17: under
/// 100 MiB) whatever the machine; two decode level-19 zstd at about 1 GB/s on the benchmark
/// machine, three times what the writers behind them install.
const DECODERS: usize = 2;

/// Whether several packages are being staged at once (an [`Alongside`] lives).
static ALONGSIDE: AtomicUsize = AtomicUsize::new(0);

/// Held while several packages are unpacked at once: each is then decoded as one stream on
/// the thread that reads it, not on [`DECODERS`] threads of its own, since the packages beside
/// it keep the other cores busy. As fast, and lighter: a zstd window rather than decoded
/// frames in flight (the 50-package benchmark install, two packages at a time: 2.47-2.64 s
/// and 98-103 MiB peak RSS with a thread each, 2.51-2.59 s and 82-91 MiB streamed; issue
/// 17's bound is 100 MiB).
pub struct Alongside(());

impl Alongside {
    /// Marks the start of staging several packages at once, until the value is dropped.
    pub fn begin() -> Alongside {
        ALONGSIDE.fetch_add(1, Ordering::SeqCst);
        Alongside(())
    }
}

impl Drop for Alongside {
    fn drop(&mut self) {
        ALONGSIDE.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The threads of its own that decode a package opened now: none (it is decoded as one
/// stream) on one core or beside other packages ([`Alongside`]).
fn decoders(cores: usize) -> usize {
    if cores == 1 || ALONGSIDE.load(Ordering::SeqCst) > 0 {
        0
    } else {
        cores.min(DECODERS)
    }
}

/// A reader of the decompressed bytes of `pkg`, read through its one open file. A zstd file of
/// several frames, or a bzip2 file of several streams, is decoded on threads of its own
/// ([`decoders`]), segment by segment, in order.
pub fn open_decoded(pkg: &PackageFile) -> Result<Box<dyn Read + Send>> {
    let path = pkg.path();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = decoders(cores);
    if threads == 0 {
        return open_streamed(pkg, 1 << 20);
    }
    let file = pkg.file().clone();
    if let Some(l) = pkg.landing_of() {
        // Still landing: the frames are the table's, each read once it has landed.
        let segs = l.frames().iter().map(|f| (f.offset, f.len)).collect();
        let r = ParallelReader::gated(file, segs, threads, l.clone()).at(path)?;
        return Ok(Box::new(r));
    }
    if let Some((codec, segs)) = segments(pkg.file()) {
        let r = ParallelReader::new(file, codec, segs, threads).at(path)?;
        return Ok(Box::new(r));
    }
    open_streamed(pkg, 1 << 20)
}

/// A reader of the decompressed bytes of `pkg` on this thread, decoding no further ahead than
/// it is read: what the metadata is read through, since the parallel reader would decode two
/// whole frames (16 MiB) of a large package to give the few kilobytes of its head.
pub fn open_head(pkg: &PackageFile) -> Result<Box<dyn Read + Send>> {
    open_streamed(pkg, 64 << 10)
}

/// One decoder reading `pkg` (through its landing, when still arriving) `chunk` bytes at a time.
fn open_streamed(pkg: &PackageFile, chunk: usize) -> Result<Box<dyn Read + Send>> {
    let path = pkg.path();
    let mut buf = BufReader::with_capacity(chunk, pkg.reader());
    let head = buf.fill_buf().at(path)?;
    let compression = Compression::sniff(head);
    compression.decoder(buf).at(path)
}

/// The independent segments of `file` when it has more than one: zstd frames or bzip2
/// streams. Read at offsets only, since the descriptor is shared by every reader of the
/// package (metadata first, then the payload): a shared position left at the end by the
/// first reader once made every later one decode on a single core. `None` also when the
/// file cannot be scanned: decoded as one stream, a damaged file then says what is wrong.
fn segments(file: &File) -> Option<(Codec, Vec<(u64, u64)>)> {
    let mut magic = [0u8; 4];
    file.read_exact_at(&mut magic, 0).ok()?;
    let found = match Compression::sniff(&magic) {
        Compression::Zstd => (Codec::Zstd, scan(file).ok()??),
        Compression::Bzip2 => (Codec::Bzip2, scan_bzip2(file).ok()??),
        _ => return None,
    };
    (found.1.len() > 1).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Seek, SeekFrom};

    /// Packages staged beside others are decoded as one stream each, whatever the cores; a
    /// package alone on one core too.
    #[test]
    fn packages_staged_alongside_others_decode_as_one_stream_each() {
        let first = Alongside::begin();
        let second = Alongside::begin();
        assert_eq!(decoders(8), 0);
        drop(first);
        assert_eq!(decoders(8), 0, "while any is held");
        drop(second);
        // Other tests may stage several packages meanwhile: no more than two, at any rate.
        assert!(decoders(8) <= DECODERS);
        assert_eq!(decoders(1), 0);
    }

    /// Every reader of a package shares one descriptor; whatever position an earlier reader
    /// left on it, a later one still finds the frames and decodes them on several cores.
    #[test]
    fn frames_found_whatever_the_shared_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.tzst");
        let (a, b) = (vec![b'a'; 100_000], vec![b'b'; 50_000]);
        let mut bytes = zstd::encode_all(&a[..], 3).unwrap();
        bytes.extend(zstd::encode_all(&b[..], 3).unwrap());
        std::fs::write(&path, &bytes).unwrap();
        let pkg = PackageFile::open(&path).unwrap();

        let mut first = Vec::new();
        open_decoded(&pkg).unwrap().read_to_end(&mut first).unwrap();
        (&**pkg.file()).seek(SeekFrom::End(0)).unwrap();
        let (codec, segs) = segments(pkg.file()).expect("two frames");
        assert_eq!((codec, segs.len()), (Codec::Zstd, 2));
        let mut again = Vec::new();
        open_decoded(&pkg).unwrap().read_to_end(&mut again).unwrap();
        assert_eq!(first, [a, b].concat());
        assert_eq!(again, first);
    }

    /// One frame is one stream: nothing to decode in parallel.
    #[test]
    fn one_frame_is_not_segmented() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.tzst");
        std::fs::write(&path, zstd::encode_all(&b"x"[..], 3).unwrap()).unwrap();
        assert!(segments(&File::open(&path).unwrap()).is_none());
    }
}
