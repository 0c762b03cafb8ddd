//! Building a package from a staged directory (`cbe pkg create`, pkg_create's `-p -c -d -P
//! -C -B`): metadata members first, then the payload in packing-list order, compressed with
//! zstd.

use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use super::archive::Compression;
use super::paths::validate_plist;
use super::plist::{Entry, EntryKind, PackingList};
use crate::digest::hash_file;
use crate::error::{Error, IoContext, Refusal, Result};

/// Everything `pkg create` needs besides the staged files.
#[derive(Debug, Clone, Default)]
pub struct CreateSpec {
    /// The staged directory: its contents become the prefix's contents.
    pub from: PathBuf,
    /// `NAME-VERSION`.
    pub name: String,
    /// The prefix the files were built for (`/opt/smartos-cbe/3`).
    pub prefix: String,
    /// One-line comment.
    pub comment: String,
    /// Long description.
    pub description: String,
    /// `@pkgdep` patterns.
    pub depends: Vec<String>,
    /// `@pkgcfl` patterns.
    pub conflicts: Vec<String>,
    /// `+BUILD_INFO` entries (given ones win over the defaults).
    pub build_info: Vec<(String, String)>,
    /// A command that proves the package works, kept in `+BUILD_INFO`.
    pub smoke_test: Option<String>,
    /// `+INSTALL`: run with `PRE-INSTALL` and `POST-INSTALL` (pkg_create's `-i`).
    pub install_script: Option<Vec<u8>>,
    /// `+DEINSTALL`: run with `DEINSTALL` and `POST-DEINSTALL` (pkg_create's `-k`).
    pub deinstall_script: Option<Vec<u8>>,
    /// The payload's compression: zstd, or one pkg_add and pkgin read (gzip, bzip2, xz);
    /// none given: zstd.
    pub compression: Option<Compression>,
    /// Its level (default: the compression's own, [`Compression::levels`]).
    pub level: Option<i32>,
}

/// The key under which the smoke test is kept in `+BUILD_INFO`.
pub const SMOKE_TEST_KEY: &str = "CBE_SMOKE_TEST";

impl CreateSpec {
    /// Reads a small `KEY=VALUE` file (pkg_summary's keys: `PKGNAME`, `PREFIX`, `COMMENT`,
    /// `DESCRIPTION` (repeated), `DEPENDS`, `CONFLICTS`, `SMOKE_TEST`; any other key goes to
    /// `+BUILD_INFO`) into this spec; flags given later add to or override it.
    pub fn read_file(&mut self, path: &Path) -> Result<()> {
        let text = fs::read_to_string(path).at(path)?;
        let mut desc = Vec::new();
        for (no, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((k, v)) = line.split_once('=') else {
                return Err(Error::malformed(
                    path,
                    format!("line {}: expected KEY=VALUE", no + 1),
                ));
            };
            match k {
                "PKGNAME" => self.name = v.to_string(),
                "PREFIX" => self.prefix = v.to_string(),
                "COMMENT" => self.comment = v.to_string(),
                "DESCRIPTION" => desc.push(v.to_string()),
                "DEPENDS" => self.depends.push(v.to_string()),
                "CONFLICTS" => self.conflicts.push(v.to_string()),
                "SMOKE_TEST" => self.smoke_test = Some(v.to_string()),
                _ => self.build_info.push((k.to_string(), v.to_string())),
            }
        }
        if !desc.is_empty() {
            self.description = desc.join("\n");
        }
        Ok(())
    }
}

/// The host's machine architecture in pkgsrc's words (`CBE_ARCH` overrides it).
pub fn host_arch() -> String {
    match std::env::var("CBE_ARCH") {
        Ok(a) => crate::os::canonical_arch(&a).to_string(),
        Err(_) => crate::os::machine_arch().to_string(),
    }
}

/// What `+BUILD_INFO` says of the machine a package is made on, as pkgsrc writes it:
/// `OPSYS` is `uname -s` (`SunOS` on illumos), `OS_VERSION` is `uname -r`.
fn host_build_info(sys: Option<&crate::os::System>) -> BTreeMap<String, String> {
    let mut info = BTreeMap::new();
    info.insert("MACHINE_ARCH".into(), host_arch());
    if let Some(s) = sys {
        info.insert("OPSYS".into(), s.sysname.clone());
        info.insert("OS_VERSION".into(), s.release.clone());
    }
    info
}

struct Item {
    rel: String,
    abs: PathBuf,
    kind: ItemKind,
}

enum ItemKind {
    File { size: u64, mode: u32 },
    HardLink { to: String },
    Symlink(String),
}

/// Builds the package described by `spec` into `out` (written beside it and renamed, so a
/// failed build leaves no half-written package). Returns the packing list written.
pub fn create(spec: &CreateSpec, out: &Path) -> Result<PackingList> {
    check_spec(spec)?;
    let mut items = Vec::new();
    let mut dirs = Vec::new();
    let mut inodes: HashMap<(u64, u64), String> = HashMap::new();
    walk(&spec.from, "", &mut items, &mut dirs, &mut inodes)?;
    let (plist, size_pkg) = packing_list(spec, &items, dirs)?;
    validate_plist(&plist).map_err(|e| Error::Usage(format!("{}: {e}", spec.from.display())))?;
    let desc = if spec.description.is_empty() {
        format!("{}\n", spec.comment)
    } else {
        format!("{}\n", spec.description.trim_end())
    };
    // pkg_create's member order: +CONTENTS, +COMMENT, +DESC, then the scripts.
    let mut meta: Vec<(&str, Vec<u8>)> = vec![
        ("+CONTENTS", plist.render().into_bytes()),
        ("+COMMENT", format!("{}\n", spec.comment).into_bytes()),
        ("+DESC", desc.into_bytes()),
    ];
    meta.extend(spec.install_script.clone().map(|s| ("+INSTALL", s)));
    meta.extend(spec.deinstall_script.clone().map(|s| ("+DEINSTALL", s)));
    meta.push(("+BUILD_INFO", build_info(spec).into_bytes()));
    meta.push(("+SIZE_PKG", format!("{size_pkg}\n").into_bytes()));
    let tmp = crate::fsutil::part_path(out);
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).at(parent)?;
    }
    let file = File::create(&tmp).at(&tmp)?;
    let compression = spec.compression.unwrap_or_default();
    let encoder = Encoder::new(compression, spec.level, BufWriter::new(file));
    if let Err(e) = encoder.and_then(|enc| write_archive(enc, &meta, &items)) {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io(out, e));
    }
    fs::rename(&tmp, out).at(out)?;
    Ok(plist)
}

fn check_spec(spec: &CreateSpec) -> Result<()> {
    let compression = spec.compression.unwrap_or_default();
    let (levels, _) = compression.levels();
    if let Some(l) = spec.level.filter(|l| !levels.contains(l)) {
        return Err(Error::Usage(format!(
            "--level {l}: {} takes {} to {}",
            compression.name(),
            levels.start(),
            levels.end()
        )));
    }
    if !crate::version::PkgName::new(&spec.name).is_valid() {
        return Err(Error::Usage(format!(
            "--name `{}` is not NAME-VERSION (e.g. gcc7-7.5.0nb3)",
            spec.name
        )));
    }
    if !spec.prefix.starts_with('/') {
        return Err(Error::Usage(format!(
            "--prefix `{}` must be an absolute path",
            spec.prefix
        )));
    }
    Ok(())
}

/// The packing list of the walked tree, each file hashed; and the payload's size.
fn packing_list(
    spec: &CreateSpec,
    items: &[Item],
    dirs: Vec<String>,
) -> Result<(PackingList, u64)> {
    let mut plist = PackingList {
        name: spec.name.clone(),
        prefix: spec.prefix.trim_end_matches('/').to_string(),
        depends: spec.depends.clone(),
        conflicts: spec.conflicts.clone(),
        dirs,
        ..PackingList::default()
    };
    if plist.prefix.is_empty() {
        plist.prefix = "/".to_string();
    }
    let mut digests: HashMap<&str, (String, u64, u32)> = HashMap::new();
    let mut size_pkg = 0u64;
    for it in items {
        let file = |sha: String, n: u64, mode: u32| Entry {
            path: it.rel.clone(),
            kind: EntryKind::File,
            mode: Some(mode),
            sha256: Some(sha),
            md5: None,
            size: Some(n),
            owner: None,
            group: None,
        };
        let entry = match &it.kind {
            ItemKind::File { size, mode } => {
                let (sha, n) = hash_file(&it.abs).at(&it.abs)?;
                if n != *size {
                    return Err(Error::refused(
                        Refusal::Other,
                        format!("{}: changed while the package was built", it.abs.display()),
                    ));
                }
                size_pkg += n;
                digests.insert(&it.rel, (sha.clone(), n, *mode));
                file(sha, n, *mode)
            }
            ItemKind::HardLink { to } => {
                let (sha, n, mode) = digests[to.as_str()].clone();
                file(sha, n, mode)
            }
            ItemKind::Symlink(t) => Entry {
                path: it.rel.clone(),
                kind: EntryKind::Symlink(t.clone()),
                mode: None,
                sha256: None,
                md5: None,
                size: None,
                owner: None,
                group: None,
            },
        };
        plist.entries.push(entry);
    }
    Ok((plist, size_pkg))
}

/// The platform image a package built here is stamped with: `CBE_PLATFORM_IMAGE`, else the
/// running image (`uname -v` on SmartOS); none on a machine without one.
pub fn build_platform() -> Option<String> {
    let stamp = std::env::var("CBE_PLATFORM_IMAGE").ok();
    match crate::platform::host(stamp.as_deref()) {
        Ok(crate::platform::Host::Known(s, _)) => Some(s.to_string()),
        _ => None,
    }
}

/// The pkg_install version a package claims to be written for. pkg_add refuses a package
/// whose PKGTOOLS_VERSION is not eight digits (a date) or is newer than its own, so this is
/// an old one every pkg_install in use accepts (checked against pkg_install 20211115 by
/// compat/oracle.sh); which cbe wrote a package is in its +BUILD_INFO's CBE_CREATE_VERSION.
pub const PKGTOOLS_VERSION: &str = "20091115";

/// `+BUILD_INFO`: the host's facts, the builder's platform image, then the spec's own keys.
fn build_info(spec: &CreateSpec) -> String {
    let mut info = host_build_info(crate::os::system().ok().as_ref());
    if let Some(s) = build_platform() {
        info.insert("BUILD_PLATFORM".into(), s);
    }
    info.insert("PKGTOOLS_VERSION".into(), PKGTOOLS_VERSION.into());
    info.insert(
        "CBE_CREATE_VERSION".into(),
        env!("CARGO_PKG_VERSION").into(),
    );
    for (k, v) in &spec.build_info {
        info.insert(k.clone(), v.clone());
    }
    if let Some(cmd) = &spec.smoke_test {
        info.insert(SMOKE_TEST_KEY.into(), cmd.clone());
    }
    info.iter().map(|(k, v)| format!("{k}={v}\n")).collect()
}

/// The compressing writer of a package being made.
enum Encoder {
    /// Independent frames, compressed on every core and decoded on two (cbe's own).
    Zstd(super::frames::FrameWriter<BufWriter<File>>),
    Gzip(flate2::write::GzEncoder<BufWriter<File>>),
    Bzip2(bzip2::write::BzEncoder<BufWriter<File>>),
    Xz(xz2::write::XzEncoder<BufWriter<File>>),
    None(BufWriter<File>),
}

impl Encoder {
    fn new(c: Compression, level: Option<i32>, out: BufWriter<File>) -> std::io::Result<Self> {
        let level = level.unwrap_or(c.levels().1);
        let unsigned = level.unsigned_abs();
        Ok(match c {
            Compression::Zstd => Encoder::Zstd(super::frames::FrameWriter::new(out, level)?),
            Compression::Gzip => Encoder::Gzip(flate2::write::GzEncoder::new(
                out,
                flate2::Compression::new(unsigned),
            )),
            Compression::Bzip2 => Encoder::Bzip2(bzip2::write::BzEncoder::new(
                out,
                bzip2::Compression::new(unsigned),
            )),
            Compression::Xz => Encoder::Xz(xz2::write::XzEncoder::new(out, unsigned)),
            Compression::None => Encoder::None(out),
        })
    }

    /// Ends the compressed stream; the file, to be synced.
    fn finish(self) -> std::io::Result<BufWriter<File>> {
        match self {
            Encoder::Zstd(e) => e.finish(),
            Encoder::Gzip(e) => e.finish(),
            Encoder::Bzip2(e) => e.finish(),
            Encoder::Xz(e) => e.finish(),
            Encoder::None(w) => Ok(w),
        }
    }

    fn inner(&mut self) -> &mut dyn Write {
        match self {
            Encoder::Zstd(e) => e,
            Encoder::Gzip(e) => e,
            Encoder::Bzip2(e) => e,
            Encoder::Xz(e) => e,
            Encoder::None(w) => w,
        }
    }
}

impl Write for Encoder {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner().write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner().flush()
    }
}

/// The archive: metadata members first, as pkg_install reads them, then the payload; synced.
fn write_archive(enc: Encoder, meta: &[(&str, Vec<u8>)], items: &[Item]) -> std::io::Result<()> {
    let mut tar = tar::Builder::new(enc);
    tar.mode(tar::HeaderMode::Deterministic);
    for (name, body) in meta {
        let mut h = tar::Header::new_gnu();
        h.set_size(body.len() as u64);
        // pkg_create's modes: scripts executable, the packing list writable, the rest
        // read-only.
        h.set_mode(match *name {
            "+CONTENTS" => 0o644,
            n if n.ends_with("INSTALL") => 0o555,
            _ => 0o444,
        });
        h.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut h, name, body.as_slice())?;
    }
    for it in items {
        let mut h = tar::Header::new_gnu();
        match &it.kind {
            ItemKind::File { size, mode } => {
                h.set_entry_type(tar::EntryType::Regular);
                h.set_size(*size);
                h.set_mode(*mode);
                tar.append_data(&mut h, &it.rel, File::open(&it.abs)?)?;
            }
            ItemKind::HardLink { to } => {
                h.set_entry_type(tar::EntryType::Link);
                h.set_size(0);
                h.set_mode(0o644);
                tar.append_link(&mut h, &it.rel, to)?;
            }
            ItemKind::Symlink(t) => {
                h.set_entry_type(tar::EntryType::Symlink);
                h.set_size(0);
                h.set_mode(0o777);
                tar.append_link(&mut h, &it.rel, t)?;
            }
        }
    }
    let enc = tar.into_inner()?;
    let mut w = enc.finish()?;
    w.flush()?;
    w.into_inner().map_err(|e| e.into_error())?.sync_all()
}

fn walk(
    dir: &Path,
    rel: &str,
    items: &mut Vec<Item>,
    dirs: &mut Vec<String>,
    inodes: &mut HashMap<(u64, u64), String>,
) -> Result<()> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .at(dir)?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<std::io::Result<_>>()
        .at(dir)?;
    names.sort();
    if names.is_empty() && !rel.is_empty() {
        dirs.push(rel.to_string());
    }
    for name in names {
        let name = name.into_string().map_err(|n| {
            Error::Usage(format!("{}: file name {n:?} is not UTF-8", dir.display()))
        })?;
        let abs = dir.join(&name);
        let r = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        let md = fs::symlink_metadata(&abs).at(&abs)?;
        let ft = md.file_type();
        if ft.is_dir() {
            walk(&abs, &r, items, dirs, inodes)?;
        } else if ft.is_symlink() {
            let t = fs::read_link(&abs).at(&abs)?;
            items.push(Item {
                rel: r,
                abs,
                kind: ItemKind::Symlink(t.to_string_lossy().into_owned()),
            });
        } else if ft.is_file() {
            let key = (md.dev(), md.ino());
            if md.nlink() > 1 {
                if let Some(first) = inodes.get(&key) {
                    items.push(Item {
                        rel: r,
                        abs,
                        kind: ItemKind::HardLink { to: first.clone() },
                    });
                    continue;
                }
                inodes.insert(key, r.clone());
            }
            items.push(Item {
                rel: r,
                abs,
                kind: ItemKind::File {
                    size: md.len(),
                    mode: md.mode() & 0o7777,
                },
            });
        } else {
            let what = if ft.is_block_device() || ft.is_char_device() {
                "a device"
            } else if ft.is_fifo() {
                "a FIFO"
            } else {
                "a socket or other special file"
            };
            return Err(Error::Usage(format!(
                "{} is {what}; packages carry only files, directories and links",
                abs.display()
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_info_on_illumos_says_sunos() {
        let sys = crate::os::System {
            sysname: "SunOS".into(),
            release: "5.11".into(),
            version: "joyent_20180329T002515Z".into(),
            machine: "i86pc".into(),
        };
        let info = host_build_info(Some(&sys));
        assert_eq!(info["OPSYS"], "SunOS");
        assert_eq!(info["OS_VERSION"], "5.11");
        // pkgsrc's name, never uname -m's `i86pc`.
        assert_ne!(info["MACHINE_ARCH"], "i86pc");
    }
}
