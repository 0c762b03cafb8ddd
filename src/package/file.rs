//! A package file opened once. What is verified is what is read: the digest is taken from the
//! same open file that the metadata is read from and the payload unpacked from, so a file
//! swapped by name between the check and the use (a planted cache entry) is never read.

use std::fs::File;
use std::io::Read;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::error::{Error, IoContext, Result};
use crate::landing::Landing;

/// An open package file and the name it was opened by (for messages only).
#[derive(Debug, Clone)]
pub struct PackageFile {
    path: PathBuf,
    file: Arc<File>,
    /// The size and SHA-256 its bytes were found to have through this descriptor.
    digest: Option<(u64, String)>,
    /// For a package still downloading: how much of it has landed verified. Every read
    /// waits for the bytes it wants to land.
    landing: Option<Arc<Landing>>,
}

impl PackageFile {
    /// Opens the package at `path`, which must be a regular file.
    pub fn open(path: &Path) -> Result<PackageFile> {
        let file = File::open(path).at(path)?;
        if !file.metadata().at(path)?.is_file() {
            return Err(Error::verify(
                path,
                "not a regular file: refusing to read it",
            ));
        }
        Ok(PackageFile {
            path: path.to_path_buf(),
            file: Arc::new(file),
            digest: None,
            landing: None,
        })
    }

    /// The package `file`, open under `path`, whose every byte was hashed through this same
    /// descriptor as it was written into it or read from it, and found to be `size` bytes
    /// with SHA-256 `sha256` (a download, a checked cache entry): [`PackageFile::verify`]
    /// against the same digest does not read it again.
    pub(crate) fn hashed(path: &Path, file: File, size: u64, sha256: &str) -> PackageFile {
        PackageFile {
            path: path.to_path_buf(),
            file: Arc::new(file),
            digest: Some((size, sha256.to_ascii_lowercase())),
            landing: None,
        }
    }

    /// The package `file`, open under `path`, while its download lands into it: every read
    /// waits for its bytes to land verified against the frame table, and the download checks
    /// the whole file's `size` and `sha256` at its end, which [`PackageFile::landed`] waits
    /// for. What it vouches for before then is what the frame table vouched for.
    pub fn landing(
        path: &Path,
        file: File,
        size: u64,
        sha256: &str,
        landing: Arc<Landing>,
    ) -> PackageFile {
        PackageFile {
            landing: Some(landing),
            ..PackageFile::hashed(path, file, size, sha256)
        }
    }

    /// The landing of a package still downloading.
    pub fn landing_of(&self) -> Option<&Arc<Landing>> {
        self.landing.as_ref()
    }

    /// Waits for the download of a package that was read while it landed to finish: `Ok`
    /// once the whole file matched the signed index and is in the cache. At once for any
    /// other package.
    pub fn landed(&self) -> Result<()> {
        self.landing.as_ref().map_or(Ok(()), |l| l.outcome())
    }

    /// The name it was opened by.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The open file, for reading at offsets (`pread`: no shared position).
    pub fn file(&self) -> &Arc<File> {
        &self.file
    }

    /// A reader of the whole file from its start, independent of every other reader.
    pub fn reader(&self) -> impl Read + Send + 'static {
        AtReader {
            file: self.file.clone(),
            pos: 0,
            landing: self.landing.clone(),
        }
    }

    /// Checks the file's size and SHA-256 against what a signed index says of it, before any
    /// byte of it is decompressed.
    pub fn verify(&self, size: u64, sha256: &str) -> Result<()> {
        if self
            .digest
            .as_ref()
            .is_some_and(|(n, sha)| *n == size && sha.eq_ignore_ascii_case(sha256))
        {
            return Ok(());
        }
        let mut sha = Sha256::new();
        let mut n = 0u64;
        let mut r = self.reader();
        let mut buf = vec![0u8; 256 << 10];
        loop {
            let got = r.read(&mut buf).at(&self.path)?;
            if got == 0 {
                break;
            }
            n += got as u64;
            if n > size {
                break;
            }
            sha.update(&buf[..got]);
        }
        let got = hex::encode(sha.finalize());
        if n != size || !got.eq_ignore_ascii_case(sha256) {
            return Err(Error::verify(
                &self.path,
                format!(
                    "SHA-256 mismatch: the signed index says {size} bytes, {sha256}; the file has {n}{} bytes, {got}",
                    if n > size { "+" } else { "" }
                ),
            ));
        }
        Ok(())
    }
}

/// Reads an open file from a position of its own.
struct AtReader {
    file: Arc<File>,
    pos: u64,
    landing: Option<Arc<Landing>>,
}

impl Read for AtReader {
    fn read(&mut self, mut buf: &mut [u8]) -> std::io::Result<usize> {
        if let Some(l) = &self.landing {
            let mark = l.wait_for(self.pos + 1)?;
            let n = mark.saturating_sub(self.pos).min(buf.len() as u64);
            buf = &mut buf[..n as usize];
        }
        let n = self.file.read_at(buf, self.pos)?;
        if self.landing.is_some() {
            let pos = self.pos;
            crate::failpoint::trace(|| format!("read {pos} {}", pos + n as u64));
        }
        self.pos += n as u64;
        Ok(n)
    }
}

impl std::io::Seek for AtReader {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        let len = match &self.landing {
            Some(l) => l.size(),
            None => self.file.metadata()?.len(),
        };
        let new = match to {
            std::io::SeekFrom::Start(n) => Some(n),
            std::io::SeekFrom::End(d) => len.checked_add_signed(d),
            std::io::SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        self.pos = new.ok_or_else(|| std::io::Error::other("seek before the start"))?;
        Ok(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_verified_is_what_is_read() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.tzst");
        std::fs::write(&p, b"signed bytes").unwrap();
        let sha = hex::encode(Sha256::digest(b"signed bytes"));
        let pkg = PackageFile::open(&p).unwrap();
        // Replaced by name after opening: the open file still reads what was verified.
        std::fs::remove_file(&p).unwrap();
        std::fs::write(&p, b"attacker bytes").unwrap();
        pkg.verify(12, &sha).unwrap();
        let mut s = String::new();
        pkg.reader().read_to_string(&mut s).unwrap();
        assert_eq!(s, "signed bytes");
        let e = pkg.verify(12, &"0".repeat(64)).unwrap_err();
        assert!(e.to_string().contains("SHA-256 mismatch"), "{e}");
        assert!(
            PackageFile::open(d.path()).is_err(),
            "a directory is refused"
        );
    }
}
