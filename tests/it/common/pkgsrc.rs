//! Packages laid out byte for byte as pkgsrc's `pkg_create` writes them (pkg_install's
//! `create/perform.c` and `create/build.c`), for the tests that are about pkgsrc
//! compatibility:
//!
//! - a pax-restricted tar with `hdrcharset=BINARY` (pkg_create sets that option, so libarchive
//!   writes a pax header `DIR/PaxHeader/NAME` holding `21 hdrcharset=BINARY` before every
//!   member, with the member's mode and owner), compressed by the suffix: `.tgz` gzip,
//!   `.tbz` bzip2, `.txz` xz, `.tar` none;
//! - members in pkg_create's order: `+CONTENTS` (0644), `+COMMENT`, `+DESC` (0444), then
//!   `+INSTALL`, `+DEINSTALL`, `+DISPLAY`, `+BUILD_VERSION`, `+BUILD_INFO`, `+SIZE_PKG`,
//!   `+SIZE_ALL`, `+PRESERVE` when present, then the payload in packing-list order. The
//!   members pkg_create reads from files (`-i`, `-k`, `-D`, `-B`, `-s`, `-n`) keep those
//!   files' modes: its `load_memory_file` stores the 0555/0444 it is given but writes the
//!   file's own stat, so a pkgsrc build's work files give 0644 (seen with pkg_create
//!   20211115 by compat/oracle.sh's run, COMPAT.md);
//! - `+CONTENTS` as `pkg_create -I PREFIX -p DIR` writes it: `@name`, `@cwd PREFIX`, the
//!   `@pkgdep`/`@blddep`/`@pkgcfl` lines, the packing list with `@comment MD5:` after each
//!   file and `@comment Symlink:` after each symlink, then `@cwd PREFIX` and an `@ignore`
//!   before each metadata member.
//!
//! `pkg_info -X` of such a package is [`PkgsrcPkg::summary`], so a test can also write the
//! unsigned `pkg_summary` that pbulk and pkgin-test-suite write.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use md5::{Digest, Md5};

/// The `+BUILD_INFO` keys `pkg_info -X` copies into a summary entry (pkg_install's
/// `info/show.c`); a package's other build information stays out of pkg_summary.
const SUMMARY_BUILD_INFO: [&str; 14] = [
    "PKGPATH",
    "CATEGORIES",
    "PROVIDES",
    "REQUIRES",
    "PKG_OPTIONS",
    "OPSYS",
    "OS_VERSION",
    "MACHINE_ARCH",
    "LICENSE",
    "HOMEPAGE",
    "PKGTOOLS_VERSION",
    "BUILD_DATE",
    "PREV_PKGPATH",
    "SUPERSEDES",
];

/// pkg_create's mtime for every member here: fixed so a package is the same bytes each run.
const MTIME: u64 = 1_700_000_000;

/// The mode of a metadata member pkg_create read from a file: that file's (a pkgsrc build's
/// work files are 0644).
const FROM_FILE: u32 = 0o644;

/// One entry of the packing list, in order.
#[derive(Clone)]
enum Item {
    File {
        path: String,
        content: Vec<u8>,
        mode: u32,
    },
    Symlink {
        path: String,
        target: String,
    },
    /// A directive line written as is (`@exec …`, `@dirrm share/x`, `@option preserve`).
    Directive(String),
}

/// A package to build as pkg_create would.
#[derive(Clone)]
pub struct PkgsrcPkg {
    pub name: String,
    pub prefix: String,
    pub comment: String,
    pub desc: Option<String>,
    depends: Vec<String>,
    build_depends: Vec<String>,
    conflicts: Vec<String>,
    build_info: Vec<String>,
    items: Vec<Item>,
    install: Option<String>,
    deinstall: Option<String>,
    display: Option<String>,
    preserve: bool,
    size_pkg: Option<u64>,
}

impl PkgsrcPkg {
    /// A package of line 1 as pkgin-test-suite's create_pkg_* helpers make it: its comment,
    /// `CATEGORIES` and `PKGPATH` in `+BUILD_INFO`, and one file, `share/doc/<base>`, holding
    /// its name.
    pub fn suite(name: &str, comment: &str, categories: &str, pkgpath: &str) -> PkgsrcPkg {
        let base = name.rsplit_once('-').unwrap().0;
        PkgsrcPkg::new(name, super::LINE1)
            .comment(comment)
            .build_info(&format!("CATEGORIES={categories}"))
            .build_info(&format!("PKGPATH={pkgpath}"))
            .file(&format!("share/doc/{base}"), &format!("{name}\n"))
    }

    /// `name` is NAME-VERSION; `prefix` what `-I` gives (the prefix it installs into).
    pub fn new(name: &str, prefix: &str) -> PkgsrcPkg {
        PkgsrcPkg {
            name: name.to_string(),
            prefix: prefix.to_string(),
            comment: format!("{name} made as pkg_create makes it"),
            desc: None,
            depends: Vec::new(),
            build_depends: Vec::new(),
            conflicts: Vec::new(),
            build_info: Vec::new(),
            items: Vec::new(),
            install: None,
            deinstall: None,
            display: None,
            preserve: false,
            size_pkg: None,
        }
    }

    pub fn comment(mut self, c: &str) -> Self {
        self.comment = c.to_string();
        self
    }
    pub fn desc(mut self, d: &str) -> Self {
        self.desc = Some(d.to_string());
        self
    }
    /// `-P`: an `@pkgdep` pattern.
    pub fn depends(mut self, pattern: &str) -> Self {
        self.depends.push(pattern.to_string());
        self
    }
    /// `-T`: an `@blddep` package name.
    pub fn build_depends(mut self, name: &str) -> Self {
        self.build_depends.push(name.to_string());
        self
    }
    /// `-C`: an `@pkgcfl` pattern.
    pub fn conflicts(mut self, pattern: &str) -> Self {
        self.conflicts.push(pattern.to_string());
        self
    }
    /// A `KEY=VALUE` line of `+BUILD_INFO` (after MACHINE_ARCH, OPSYS, OS_VERSION and
    /// PKGTOOLS_VERSION, which every package has; see [`PkgsrcPkg::build_info_text`]).
    pub fn build_info(mut self, kv: &str) -> Self {
        self.build_info.push(kv.to_string());
        self
    }
    /// A regular file, mode 0644; the content is written as given.
    pub fn file(self, path: &str, content: &str) -> Self {
        self.file_mode(path, content.as_bytes(), 0o644)
    }
    pub fn file_mode(mut self, path: &str, content: &[u8], mode: u32) -> Self {
        self.items.push(Item::File {
            path: path.to_string(),
            content: content.to_vec(),
            mode,
        });
        self
    }
    pub fn symlink(mut self, path: &str, target: &str) -> Self {
        self.items.push(Item::Symlink {
            path: path.to_string(),
            target: target.to_string(),
        });
        self
    }
    /// A directive line in the packing list at this point (`@exec mkdir -p %D/x`).
    pub fn directive(mut self, line: &str) -> Self {
        self.items.push(Item::Directive(line.to_string()));
        self
    }
    /// `-i`: the `+INSTALL` script.
    pub fn install_script(mut self, text: &str) -> Self {
        self.install = Some(text.to_string());
        self
    }
    /// `-k`: the `+DEINSTALL` script.
    pub fn deinstall_script(mut self, text: &str) -> Self {
        self.deinstall = Some(text.to_string());
        self
    }
    /// `-D`: the `+DISPLAY` message (pkg_create also adds `@display +DISPLAY`).
    pub fn display(mut self, text: &str) -> Self {
        self.display = Some(text.to_string());
        self
    }
    /// `-n`: a `+PRESERVE` file (PKG_PRESERVE: not to be deleted).
    pub fn preserve(mut self) -> Self {
        self.preserve = true;
        self
    }
    /// `-s`: `+SIZE_PKG` as given instead of the sum of the files' sizes.
    pub fn size_pkg(mut self, size: u64) -> Self {
        self.size_pkg = Some(size);
        self
    }

    /// The package's base name (PKGBASE): the name without `-VERSION`.
    pub fn base(&self) -> &str {
        self.name.rsplit_once('-').map_or(&self.name, |(b, _)| b)
    }

    /// `+BUILD_INFO` as pkgin-test-suite's create_pkg_buildinfo writes it.
    pub fn build_info_text(&self) -> String {
        let mut s = format!(
            "MACHINE_ARCH={}\nOPSYS=SunOS\nOS_VERSION=5.11\nPKGTOOLS_VERSION=20091115\n",
            super::ARCH
        );
        for kv in &self.build_info {
            s.push_str(kv);
            s.push('\n');
        }
        s
    }

    /// `+SIZE_PKG`: the files' sizes summed, unless given.
    pub fn size(&self) -> u64 {
        self.size_pkg.unwrap_or_else(|| {
            self.items
                .iter()
                .map(|i| match i {
                    Item::File { content, .. } => content.len() as u64,
                    _ => 0,
                })
                .sum()
        })
    }

    /// `+CONTENTS` exactly as pkg_create writes it.
    pub fn contents(&self) -> String {
        let mut s = format!("@name {}\n@cwd {}\n", self.name, self.prefix);
        for d in &self.depends {
            s.push_str(&format!("@pkgdep {d}\n"));
        }
        for d in &self.build_depends {
            s.push_str(&format!("@blddep {d}\n"));
        }
        for c in &self.conflicts {
            s.push_str(&format!("@pkgcfl {c}\n"));
        }
        for item in &self.items {
            match item {
                Item::File { path, content, .. } => s.push_str(&format!(
                    "{path}\n@comment MD5:{}\n",
                    hex::encode(Md5::digest(content))
                )),
                Item::Symlink { path, target } => {
                    s.push_str(&format!("{path}\n@comment Symlink:{target}\n"))
                }
                Item::Directive(line) => {
                    s.push_str(line);
                    s.push('\n');
                }
            }
        }
        s.push_str(&format!("@cwd {}\n", self.prefix));
        for (name, _, _) in self.meta_members() {
            s.push_str(&format!("@ignore\n{name}\n"));
            if name == "+DISPLAY" {
                s.push_str("@display +DISPLAY\n");
            }
        }
        s
    }

    /// The metadata members after `+CONTENTS`, in pkg_create's order, with their modes.
    fn meta_members(&self) -> Vec<(&'static str, String, u32)> {
        let mut v = vec![
            ("+COMMENT", format!("{}\n", self.comment), 0o444),
            (
                "+DESC",
                self.desc.clone().unwrap_or(format!("{}\n", self.comment)),
                0o444,
            ),
        ];
        if let Some(t) = &self.install {
            v.push(("+INSTALL", t.clone(), FROM_FILE));
        }
        if let Some(t) = &self.deinstall {
            v.push(("+DEINSTALL", t.clone(), FROM_FILE));
        }
        if let Some(t) = &self.display {
            v.push(("+DISPLAY", t.clone(), FROM_FILE));
        }
        v.push(("+BUILD_INFO", self.build_info_text(), FROM_FILE));
        v.push(("+SIZE_PKG", format!("{}\n", self.size()), FROM_FILE));
        if self.preserve {
            v.push((
                "+PRESERVE",
                "These contents are ignored\n".into(),
                FROM_FILE,
            ));
        }
        v
    }

    /// The uncompressed tar.
    pub fn tar(&self) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        append(&mut b, "+CONTENTS", self.contents().as_bytes(), 0o644);
        for (name, text, mode) in self.meta_members() {
            append(&mut b, name, text.as_bytes(), mode);
        }
        for item in &self.items {
            match item {
                Item::File {
                    path,
                    content,
                    mode,
                } => append(&mut b, path, content, *mode),
                Item::Symlink { path, target } => {
                    pax_header(&mut b, path, 0o777);
                    let mut h = header(0o777);
                    h.set_entry_type(tar::EntryType::Symlink);
                    h.set_size(0);
                    b.append_link(&mut h, path, target).unwrap();
                }
                Item::Directive(_) => {}
            }
        }
        b.into_inner().unwrap()
    }

    /// Writes the package into `dir` as `NAME.SUFFIX` (`tgz`, `tbz`, `txz` or `tar`) and
    /// returns its path.
    pub fn write(&self, dir: &Path, suffix: &str) -> PathBuf {
        fs::create_dir_all(dir).unwrap();
        let tar = self.tar();
        let bytes = match suffix {
            "tgz" => {
                let mut e =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                e.write_all(&tar).unwrap();
                e.finish().unwrap()
            }
            "tbz" => {
                let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::best());
                e.write_all(&tar).unwrap();
                e.finish().unwrap()
            }
            "txz" => {
                let mut e = xz2::write::XzEncoder::new(Vec::new(), 6);
                e.write_all(&tar).unwrap();
                e.finish().unwrap()
            }
            "tar" => tar,
            other => panic!("pkg_create writes no .{other}"),
        };
        let out = dir.join(format!("{}.{suffix}", self.name));
        fs::write(&out, bytes).unwrap();
        out
    }

    /// The package's entry in pkg_summary as `pkg_info -X` writes it of an installed package
    /// (given the package file, it also writes FILE_NAME and FILE_SIZE before DESCRIPTION),
    /// ending in an empty line.
    pub fn summary(&self) -> String {
        let mut s = format!("PKGNAME={}\n", self.name);
        for d in &self.depends {
            s.push_str(&format!("DEPENDS={d}\n"));
        }
        for c in &self.conflicts {
            s.push_str(&format!("CONFLICTS={c}\n"));
        }
        s.push_str(&format!(
            "COMMENT={}\nSIZE_PKG={}\n",
            self.comment,
            self.size()
        ));
        for l in self.build_info_text().lines() {
            let key = l.split_once('=').map_or(l, |(k, _)| k);
            if SUMMARY_BUILD_INFO.contains(&key) {
                s.push_str(l);
                s.push('\n');
            }
        }
        for l in self.desc.as_deref().unwrap_or(&self.comment).lines() {
            s.push_str(&format!("DESCRIPTION={l}\n"));
        }
        s.push('\n');
        s
    }
}

fn header(mode: u32) -> tar::Header {
    let mut h = tar::Header::new_ustar();
    h.set_mode(mode);
    h.set_mtime(MTIME);
    h.set_uid(0);
    h.set_gid(0);
    h.set_username("root").unwrap();
    h.set_groupname("wheel").unwrap();
    h
}

/// The pax header libarchive writes before each member under `hdrcharset=BINARY`.
fn pax_header(b: &mut tar::Builder<Vec<u8>>, path: &str, mode: u32) {
    let name = match path.rsplit_once('/') {
        Some((dir, base)) => format!("{dir}/PaxHeader/{base}"),
        None => format!("PaxHeader/{path}"),
    };
    let data = b"21 hdrcharset=BINARY\n";
    let mut h = header(mode);
    h.set_entry_type(tar::EntryType::XHeader);
    h.set_size(data.len() as u64);
    b.append_data(&mut h, name, &data[..]).unwrap();
}

fn append(b: &mut tar::Builder<Vec<u8>>, path: &str, data: &[u8], mode: u32) {
    pax_header(b, path, mode);
    let mut h = header(mode);
    h.set_entry_type(tar::EntryType::Regular);
    h.set_size(data.len() as u64);
    b.append_data(&mut h, path, data).unwrap();
}
