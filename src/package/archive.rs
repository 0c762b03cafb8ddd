//! Opening package archives: compression detected from the first bytes, decoded as a stream.

use super::file::PackageFile;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};

use super::frames::{scan, scan_bzip2, Codec, ParallelReader, MAX_WINDOW_LOG};
use crate::error::{IoContext, Result};

/// The compressions cbe reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// zstd (cbe's native format; several frames are one stream).
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

impl Compression {
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

/// A reader of the decompressed bytes of `pkg`, read through its one open file. A zstd file of
/// several frames, or a bzip2 file of several streams, is decoded on every core (up to four),
/// segment by segment, in order.
pub fn open_decoded(pkg: &PackageFile) -> Result<Box<dyn Read + Send>> {
    let path = pkg.path();
    // The same open file (a duplicate descriptor), never the name again.
    let mut file: File = pkg.file().try_clone().at(path)?;
    let cores = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4);
    let mut magic = [0u8; 4];
    let compression = match std::io::Read::read_exact(&mut file, &mut magic) {
        Ok(()) => Compression::sniff(&magic),
        Err(_) => Compression::None,
    };
    if cores > 1 {
        let segments = match compression {
            Compression::Zstd => scan(&mut file).ok().flatten().map(|s| (Codec::Zstd, s)),
            Compression::Bzip2 => scan_bzip2(&mut file)
                .ok()
                .flatten()
                .map(|s| (Codec::Bzip2, s)),
            _ => None,
        };
        if let Some((codec, segs)) = segments {
            if segs.len() > 1 {
                let r = ParallelReader::new(pkg.file().clone(), codec, segs, cores).at(path)?;
                return Ok(Box::new(r));
            }
        }
    }
    std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(0)).at(path)?;
    let mut buf = BufReader::with_capacity(1 << 20, file);
    let head = buf.fill_buf().at(path)?;
    let compression = Compression::sniff(head);
    compression.decoder(buf).at(path)
}
