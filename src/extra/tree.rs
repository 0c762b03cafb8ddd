//! Trees as tarballs: packing a built tree (deterministic order; zstd, or bzip2 written as
//! independent streams so that it can be decoded on several cores), unpacking one safely
//! into a staging directory, and the stamp that records what was installed.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};
use crate::package::check_rel_path;
use crate::package::PackageFile;

/// The stamp file inside an installed tree: its key, then one line per entry.
pub use crate::package::EXTRA_STAMP as STAMP;

/// Compression of a tarball.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packing {
    /// zstd (the default: decodes ~25× faster than bzip2).
    Zstd,
    /// bzip2, as independent 900 kB streams.
    Bzip2,
}

impl Packing {
    /// The file suffix.
    pub fn suffix(self) -> &'static str {
        match self {
            Packing::Zstd => "tar.zst",
            Packing::Bzip2 => "tar.bz2",
        }
    }
}

/// Writes `tree` as a tar (sorted, owner 0, the stamp left out) compressed by `packing`.
pub fn pack(tree: &Path, out: &Path, packing: Packing) -> Result<()> {
    let file = File::create(out).at(out)?;
    let result = (|| -> std::io::Result<()> {
        match packing {
            Packing::Zstd => {
                let enc = crate::package::frames::FrameWriter::new(BufWriter::new(file), 19)?;
                let enc = write_tar(tree, enc)?;
                enc.finish()?
                    .into_inner()
                    .map_err(|e| e.into_error())?
                    .sync_all()
            }
            Packing::Bzip2 => {
                let w = BlockBz2::new(BufWriter::new(file));
                let w = write_tar(tree, w)?;
                w.finish()?
                    .into_inner()
                    .map_err(|e| e.into_error())?
                    .sync_all()
            }
        }
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(out);
        Error::io(out, e)
    })
}

fn write_tar<W: Write>(tree: &Path, w: W) -> std::io::Result<W> {
    let mut b = tar::Builder::new(w);
    b.follow_symlinks(false);
    b.mode(tar::HeaderMode::Deterministic);
    let mut entries = Vec::new();
    walk(tree, tree, &mut entries)?;
    entries.sort();
    for rel in entries {
        if rel == STAMP {
            continue;
        }
        b.append_path_with_name(tree.join(&rel), &rel)?;
    }
    b.into_inner()
}

fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for e in fs::read_dir(dir)? {
        let e = e?;
        let p = e.path();
        let rel = p
            .strip_prefix(base)
            .map_err(std::io::Error::other)?
            .to_string_lossy()
            .into_owned();
        let ft = e.file_type()?;
        out.push(rel);
        if ft.is_dir() {
            walk(base, &p, out)?;
        }
    }
    Ok(())
}

/// A bzip2 writer that ends a stream every 900 kB of input, as pbzip2 does, so that the
/// streams can be decoded independently.
struct BlockBz2<W: Write> {
    inner: W,
    buf: Vec<u8>,
}

const BZ_BLOCK: usize = 900 * 1000;

impl<W: Write> BlockBz2<W> {
    fn new(inner: W) -> Self {
        BlockBz2 {
            inner,
            buf: Vec::with_capacity(BZ_BLOCK),
        }
    }
    fn flush_block(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let mut enc = bzip2::write::BzEncoder::new(&mut self.inner, bzip2::Compression::best());
        enc.write_all(&self.buf)?;
        enc.finish()?;
        self.buf.clear();
        Ok(())
    }
    fn finish(mut self) -> std::io::Result<W> {
        self.flush_block()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for BlockBz2<W> {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let room = BZ_BLOCK - self.buf.len();
        let n = room.min(data.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == BZ_BLOCK {
            self.flush_block()?;
        }
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Unpacks the tarball at `archive` into `staging` (a new, empty directory of ours),
/// refusing absolute paths, `..`, writes through a symlink, hard links outside the tree,
/// devices and FIFOs, and setuid/setgid bits.
pub fn unpack(archive: &Path, staging: &Path) -> Result<()> {
    unpack_from(&PackageFile::open(archive)?, staging)
}

/// [`unpack`] of a tarball already open (and verified through that open file).
pub fn unpack_from(tarball: &PackageFile, staging: &Path) -> Result<()> {
    let archive = tarball.path();
    let reader = crate::package::archive::open_decoded(tarball)?;
    let mut ar = tar::Archive::new(reader);
    let mut links: HashSet<String> = HashSet::new();
    let mut seen: HashSet<String> = HashSet::new();
    let hostile = |msg: String| Error::verify(archive, format!("hostile archive: {msg}"));
    for entry in ar.entries().at(archive)? {
        let mut entry =
            entry.map_err(|e| Error::verify(archive, format!("damaged archive: {e}")))?;
        let raw = entry.path_bytes().into_owned();
        let name = String::from_utf8(raw.clone())
            .map_err(|_| hostile("a member name is not UTF-8".into()))?;
        if name.starts_with('/') {
            return Err(hostile(format!("member {name:?} has an absolute path")));
        }
        let name = name
            .trim_start_matches("./")
            .trim_end_matches('/')
            .to_string();
        if name.is_empty() {
            continue;
        }
        check_rel_path(&name).map_err(|e| hostile(format!("member {e}")))?;
        crate::failpoint::hit("extra-unpack");
        if !seen.insert(name.clone()) {
            return Err(hostile(format!("duplicate member {name}")));
        }
        if let Some(anc) = crate::core::relpath::ancestors(&name).find(|a| links.contains(*a)) {
            return Err(hostile(format!(
                "{name} would be written through the symlink {anc}"
            )));
        }
        let header = entry.header();
        let mode = header.mode().unwrap_or(0o644) & 0o7777;
        if mode & 0o6000 != 0 {
            return Err(hostile(format!("{name} has setuid/setgid bits")));
        }
        let target = staging.join(&name);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).at(parent)?;
        }
        match header.entry_type() {
            tar::EntryType::Directory => {
                fs::create_dir_all(&target).at(&target)?;
                fs::set_permissions(&target, fs::Permissions::from_mode(mode | 0o700))
                    .at(&target)?;
            }
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                let mut out = File::create(&target).at(&target)?;
                std::io::copy(&mut entry, &mut out).map_err(|e| {
                    Error::verify(archive, format!("damaged archive at {name}: {e}"))
                })?;
                out.set_permissions(fs::Permissions::from_mode(mode))
                    .at(&target)?;
            }
            tar::EntryType::Symlink => {
                let t = entry
                    .link_name_bytes()
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default();
                std::os::unix::fs::symlink(&t, &target).at(&target)?;
                links.insert(name.clone());
            }
            tar::EntryType::Link => {
                let t = entry
                    .link_name_bytes()
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default();
                let t = t.trim_start_matches("./").to_string();
                if check_rel_path(&t).is_err() || !seen.contains(&t) || links.contains(&t) {
                    return Err(hostile(format!(
                        "hard link {name} -> {t} points outside the tree"
                    )));
                }
                fs::hard_link(staging.join(&t), &target).at(&target)?;
            }
            other => {
                return Err(hostile(format!(
                    "{name} is a {other:?}; trees carry only files, directories and links"
                )));
            }
        }
    }
    Ok(())
}

/// One line of the stamp: what an entry of the installed tree must still be.
fn describe(path: &Path, rel: &str) -> std::io::Result<String> {
    let md = fs::symlink_metadata(path)?;
    let kind = if md.file_type().is_symlink() {
        "l"
    } else if md.is_dir() {
        "d"
    } else {
        "f"
    };
    let size = if kind == "f" { md.len() } else { 0 };
    Ok(format!(
        "{kind} {:o} {size} {} {rel}",
        md.mode() & 0o7777,
        md.mtime() * 1_000_000_000 + md.mtime_nsec()
    ))
}

/// Writes the stamp into a finished tree: its key and every entry as it is now.
pub fn write_stamp(tree: &Path, key: &str) -> Result<()> {
    let mut entries = Vec::new();
    walk(tree, tree, &mut entries).at(tree)?;
    entries.retain(|e| e != STAMP);
    entries.sort();
    let mut text = format!("KEY={key}\n");
    for rel in entries {
        text.push_str(&describe(&tree.join(&rel), &rel).at(tree.join(&rel))?);
        text.push('\n');
    }
    crate::fsutil::write_atomic(&tree.join(STAMP), text.as_bytes())?;
    crate::failpoint::hit("extra-stamped");
    Ok(())
}

/// The key the installed tree at `dest` is stamped with, if it is still as installed.
pub fn installed_key(dest: &Path) -> Option<(String, bool)> {
    let text = fs::read_to_string(dest.join(STAMP)).ok()?;
    let mut lines = text.lines();
    let key = lines.next()?.strip_prefix("KEY=")?.to_string();
    let mut expected: HashSet<&str> = HashSet::new();
    let mut intact = true;
    for l in lines {
        let rel = l.splitn(5, ' ').nth(4).unwrap_or("");
        expected.insert(rel);
        if describe(&dest.join(rel), rel).ok().as_deref() != Some(l) {
            intact = false;
            break;
        }
    }
    if intact {
        let mut now = Vec::new();
        if walk(dest, dest, &mut now).is_err() {
            intact = false;
        }
        intact &= now
            .iter()
            .filter(|e| *e != STAMP)
            .all(|e| expected.contains(e.as_str()));
    }
    Some((key, intact))
}

/// A staging directory beside `dest` (same filesystem, so the swap is a rename).
pub fn staging_for(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tree".into());
    dest.with_file_name(format!(".{name}.cbe-staging-{}", std::process::id()))
}

/// A new, empty staging directory for `dest`, on the same file system (checked: a `dest` that
/// is a mount point of its own cannot be replaced by a rename).
pub fn make_staging(dest: &Path) -> Result<PathBuf> {
    let staging = staging_for(dest);
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).at(&staging)?;
    if dest.exists() {
        if let Err(e) = crate::fsutil::same_file_system(&staging, dest, "the extra tree") {
            let _ = fs::remove_dir(&staging);
            return Err(e);
        }
    }
    Ok(staging)
}

/// Puts `staging` in place of `dest`. Where the system can exchange two directories in one
/// step (Linux's `renameat2(RENAME_EXCHANGE)`), `dest` is the old tree or the new one at every
/// instant; elsewhere the old tree is renamed aside and the new one in, and a crash between
/// the two renames is repaired by [`recover`] before the next sync. The old tree is deleted
/// last.
pub fn swap(staging: &Path, dest: &Path) -> Result<()> {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tree".into());
    let old = dest.with_file_name(format!(".{name}.cbe-old"));
    let _ = fs::remove_dir_all(&old);
    if dest.exists() && crate::os::exchange(staging, dest).at(dest)? {
        // `staging` now holds the old tree.
        crate::failpoint::hit("extra-swapped");
        fs::remove_dir_all(staging).at(staging)?;
        return Ok(());
    }
    if dest.exists() {
        fs::rename(dest, &old).at(dest)?;
    }
    crate::failpoint::hit("extra-swap");
    fs::rename(staging, dest).at(dest)?;
    crate::failpoint::hit("extra-swapped");
    if old.exists() {
        fs::remove_dir_all(&old).at(&old)?;
    }
    Ok(())
}

/// Repairs what an interrupted sync left beside `dest`: an old tree renamed aside with no new
/// one in place goes back; staging directories are deleted.
pub fn recover(dest: &Path) -> Result<()> {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tree".into());
    let old = dest.with_file_name(format!(".{name}.cbe-old"));
    if old.exists() {
        if dest.exists() {
            fs::remove_dir_all(&old).at(&old)?;
        } else {
            fs::rename(&old, dest).at(dest)?;
        }
    }
    if let Some(parent) = dest.parent() {
        let prefix = format!(".{name}.cbe-staging-");
        if let Ok(rd) = fs::read_dir(parent) {
            for e in rd.flatten() {
                if e.file_name().to_string_lossy().starts_with(&prefix) {
                    let _ = fs::remove_dir_all(e.path());
                }
            }
        }
    }
    Ok(())
}

/// Reads all of a file, for hashing small manifests.
pub fn read_all(path: &Path) -> Result<Vec<u8>> {
    let mut v = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut v))
        .at(path)?;
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    #[test]
    fn a_tree_that_is_a_mount_point_is_refused_before_unpacking() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("proto.extra");
        fs::create_dir(&dest).unwrap();
        // On one file system: a staging directory beside the tree.
        let staging = make_staging(&dest).unwrap();
        assert_eq!(staging.parent(), dest.parent());
        fs::remove_dir(&staging).unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "tmpfs"])
            .arg(&dest)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !mounted {
            eprintln!("cannot mount a tmpfs here (not root?): only the one-file-system case ran");
            return;
        }
        let r = make_staging(&dest);
        let _ = Command::new("umount").arg(&dest).status();
        let e = r.unwrap_err().to_string();
        assert!(e.contains("proto.extra is on another file system"), "{e}");
        assert!(
            !staging_for(&dest).exists(),
            "the staging directory is removed"
        );
    }
}
