//! A package's frame table: the byte range and SHA-256 of each of its zstd frames, carried in
//! the signed `pkg_summary` as `FRAME` lines beside `FILE_CKSUM`. With it a download can be
//! decoded while it arrives, each frame handed to the decoder only once its digest matches,
//! so no byte the signature has not vouched for is ever decompressed. Every other reader
//! ignores the field (pkgin and pkg_install skip keys they do not know) and the package file
//! itself is unchanged.
//!
//! The format, as README's package-format section gives it: one `FRAME=<offset> <length>
//! <sha256>` line per frame, in file order, offsets and lengths in decimal bytes, the digest
//! in lowercase hex; the frames tile the file exactly (the first at 0, each at the end of the
//! one before, the last ending at `FILE_SIZE`). Written only for packages of two frames or
//! more: a single frame is the whole file, which `FILE_CKSUM` already covers.

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;

use sha2::{Digest, Sha256};

use super::archive::Compression;
use super::frames;
use super::summary::RemotePkg;
pub use crate::landing::Frame;

/// The `pkg_summary` key of a frame table's lines.
pub const FIELD: &str = "FRAME";

/// The frames of one package, tiling its file from the first byte to the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameTable {
    frames: Vec<Frame>,
}

impl FrameTable {
    /// The SHA-256 (hex) and size of `file`, and its table (`None` when the file is not a
    /// plain sequence of zstd frames, or is one frame only), in one read of the file: `repo
    /// index` needs both of every package.
    pub fn hash_file(file: &File) -> io::Result<(String, u64, Option<FrameTable>)> {
        let ranges = frames::scan(file)?
            .filter(|r| r.len() >= 2)
            .unwrap_or_default();
        let (mut whole, mut frame) = (Sha256::new(), Sha256::new());
        let mut table = Vec::with_capacity(ranges.len());
        let mut buf = vec![0u8; 256 << 10];
        let mut at = 0u64;
        loop {
            let n = file.read_at(&mut buf, at)?;
            if n == 0 {
                break;
            }
            whole.update(&buf[..n]);
            let mut chunk = &buf[..n];
            // Each frame's digest ends where the frame does, wherever that falls in a chunk.
            while let (false, Some(&(offset, len))) = (chunk.is_empty(), ranges.get(table.len())) {
                let take = (offset + len - at).min(chunk.len() as u64) as usize;
                frame.update(&chunk[..take]);
                (at, chunk) = (at + take as u64, &chunk[take..]);
                if at == offset + len {
                    let sha256 = std::mem::take(&mut frame).finalize().into();
                    table.push(Frame {
                        offset,
                        len,
                        sha256,
                    });
                }
            }
            at += chunk.len() as u64;
        }
        let table = (!table.is_empty() && table.len() == ranges.len())
            .then_some(FrameTable { frames: table });
        Ok((hex::encode(whole.finalize()), at, table))
    }

    /// The table `p`'s summary entry gives, checked against its `FILE_SIZE`; `None` when it
    /// gives none. The error says what is wrong with it.
    pub fn of_summary(p: &RemotePkg) -> Result<Option<FrameTable>, String> {
        let lines = p.other.iter().filter(|(k, _)| k == FIELD);
        let frames = lines
            .map(|(_, v)| parse_line(v))
            .collect::<Result<Vec<Frame>, String>>()?;
        if frames.is_empty() {
            return Ok(None);
        }
        // Frames are zstd's: a reader of another compression could not use them.
        if Compression::of_name(&p.file_name) != Some(Compression::Zstd) {
            return Err(format!(
                "FRAME lines for {}, which is not a zstd (.tzst) package",
                p.file_name
            ));
        }
        let size = p
            .file_size
            .ok_or("FRAME lines without a FILE_SIZE to tile")?;
        let mut at = 0;
        for f in &frames {
            if f.offset != at || f.len == 0 {
                return Err(format!(
                    "FRAME at offset {} does not follow the frame before it (expected {at}, nonempty)",
                    f.offset
                ));
            }
            // Checked: a table whose sum wraps round could otherwise appear to tile the file.
            at = f.offset.checked_add(f.len).ok_or_else(|| {
                format!(
                    "FRAME at offset {} of length {} overflows a 64-bit offset",
                    f.offset, f.len
                )
            })?;
        }
        if at != size {
            return Err(format!(
                "FRAME lines cover {at} bytes but FILE_SIZE is {size}"
            ));
        }
        Ok(Some(FrameTable { frames }))
    }

    /// Adds the table's lines to `p`'s summary entry, replacing any it had.
    pub fn write_to(&self, p: &mut RemotePkg) {
        p.other.retain(|(k, _)| k != FIELD);
        for f in &self.frames {
            let line = format!("{} {} {}", f.offset, f.len, hex::encode(f.sha256));
            p.other.push((FIELD.to_string(), line));
        }
    }

    /// The frames, in file order.
    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    /// The frames, for a download's [`crate::landing::Landing`].
    pub fn into_frames(self) -> Vec<Frame> {
        self.frames
    }
}

fn parse_line(v: &str) -> Result<Frame, String> {
    let bad = || format!("FRAME={v}: expected \"<offset> <length> <sha256 hex>\"");
    let mut it = v.split(' ');
    let (Some(o), Some(l), Some(h), None) = (it.next(), it.next(), it.next(), it.next()) else {
        return Err(bad());
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(o) || !digits(l) || h.len() != 64 || h.bytes().any(|b| b.is_ascii_uppercase()) {
        return Err(bad());
    }
    let mut sha256 = [0u8; 32];
    hex::decode_to_slice(h, &mut sha256).map_err(|_| bad())?;
    Ok(Frame {
        offset: o.parse().map_err(|_| bad())?,
        len: l.parse().map_err(|_| bad())?,
        sha256,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A file of `n` zstd frames of different bytes each.
    fn frames_file(dir: &std::path::Path, n: usize) -> File {
        let path = dir.join("p.tzst");
        let mut f = File::create(&path).unwrap();
        for i in 0..n {
            let data = vec![b'a' + i as u8; 1000 + i];
            f.write_all(&zstd::bulk::compress(&data, 3).unwrap())
                .unwrap();
        }
        File::open(&path).unwrap()
    }

    fn entry(size: u64) -> RemotePkg {
        RemotePkg {
            file_size: Some(size),
            file_name: "p-1.0.tzst".to_string(),
            ..RemotePkg::default()
        }
    }

    #[test]
    fn a_table_for_a_package_that_is_not_zstd_is_refused() {
        let mut p = entry(10);
        p.file_name = "p-1.0.tgz".to_string();
        p.other
            .push((FIELD.to_string(), format!("0 10 {}", "ab".repeat(32))));
        let e = FrameTable::of_summary(&p).unwrap_err();
        assert!(e.contains("p-1.0.tgz, which is not a zstd"), "{e}");
    }

    #[test]
    fn a_table_written_to_a_summary_entry_reads_back_and_tiles_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = frames_file(dir.path(), 3);
        let size = file.metadata().unwrap().len();
        let (sha, n, table) = FrameTable::hash_file(&file).unwrap();
        let path = dir.path().join("p.tzst");
        assert_eq!((sha, n), crate::digest::hash_file(&path).unwrap());
        let table = table.unwrap();
        assert_eq!(table.frames().len(), 3);
        let mut p = entry(size);
        table.write_to(&mut p);
        table.write_to(&mut p);
        assert_eq!(p.other.len(), 3, "written twice, listed once");
        assert_eq!(FrameTable::of_summary(&p).unwrap(), Some(table.clone()));
        let mut bytes = vec![0; size as usize];
        file.read_exact_at(&mut bytes, 0).unwrap();
        for f in table.frames() {
            assert!(f.matches(&bytes[f.offset as usize..f.end() as usize]));
        }
        assert!(!table.frames()[0].matches(&bytes[1..=table.frames()[0].len as usize]));
    }

    #[test]
    fn one_frame_or_no_zstd_gives_no_table() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            FrameTable::hash_file(&frames_file(dir.path(), 1))
                .unwrap()
                .2,
            None
        );
        let gz = dir.path().join("p.tgz");
        std::fs::write(&gz, b"\x1f\x8b not zstd").unwrap();
        assert_eq!(
            FrameTable::hash_file(&File::open(&gz).unwrap()).unwrap().2,
            None
        );
        assert_eq!(FrameTable::of_summary(&entry(10)).unwrap(), None);
    }

    #[test]
    fn a_table_that_does_not_tile_the_file_is_refused() {
        let h = "ab".repeat(32);
        let with = |size: u64, lines: &[String]| {
            let mut p = entry(size);
            for l in lines {
                p.other.push((FIELD.to_string(), l.clone()));
            }
            FrameTable::of_summary(&p)
        };
        let ok = [format!("0 10 {h}"), format!("10 5 {h}")];
        assert!(with(15, &ok).unwrap().is_some());
        let cases: [(u64, Vec<String>, &str); 7] = [
            (16, ok.to_vec(), "cover 15 bytes but FILE_SIZE is 16"),
            (
                15,
                vec![format!("0 10 {h}"), format!("11 4 {h}")],
                "does not follow",
            ),
            (
                15,
                vec![format!("0 0 {h}"), format!("0 15 {h}")],
                "does not follow",
            ),
            (10, vec![format!("0 10 {}", h.to_uppercase())], "expected"),
            (10, vec![format!("0 10 {h} extra")], "expected"),
            (10, vec![format!("0 -10 {h}")], "expected"),
            (
                15,
                vec![
                    format!("0 10 {h}"),
                    format!("10 {} {h}", u64::MAX - 4),
                    format!("5 10 {h}"),
                ],
                "overflows",
            ),
        ];
        for (size, lines, want) in cases {
            let e = with(size, &lines).unwrap_err();
            assert!(e.contains(want), "{lines:?}: {e}");
        }
    }
}
