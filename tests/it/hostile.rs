//! Hostile and malformed archives: every one refused with a clear one-line error (exit 4),
//! nothing written into the prefix or outside it.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::{one_line, Client, Env, SignedRepo, LINE1};
use sha2::{Digest, Sha256};

enum Kind<'a> {
    File(&'a [u8]),
    Symlink(&'a str),
    Hardlink(&'a str),
    Dir,
    Char,
    Fifo,
    /// A regular file whose header declares this many bytes; a few follow.
    Huge(u64),
}

struct Member<'a> {
    path: &'a str,
    kind: Kind<'a>,
    mode: u32,
}

fn file<'a>(path: &'a str, data: &'a [u8]) -> Member<'a> {
    Member {
        path,
        kind: Kind::File(data),
        mode: 0o644,
    }
}

/// The `+CONTENTS` lines a well-behaved package would have for `m`.
fn plist_for(members: &[Member<'_>]) -> String {
    let mut s = format!("@name evil-1.0\n@cwd {LINE1}\n");
    for m in members {
        match m.kind {
            Kind::File(d) => s.push_str(&format!(
                "{}\n@comment SHA256:{}\n@comment Size:{}\n",
                m.path,
                hex::encode(Sha256::digest(d)),
                d.len()
            )),
            Kind::Symlink(t) => s.push_str(&format!("{}\n@comment Symlink:{t}\n", m.path)),
            Kind::Huge(n) => s.push_str(&format!(
                "{}\n@comment SHA256:{}\n@comment Size:{n}\n",
                m.path,
                hex::encode(Sha256::digest(b""))
            )),
            Kind::Hardlink(_) | Kind::Char | Kind::Fifo => s.push_str(&format!("{}\n", m.path)),
            Kind::Dir => {}
        }
    }
    s
}

/// Writes a package with the raw members given, bypassing every check a tar writer makes.
fn write_pkg(env: &Env, name: &str, contents: &str, members: &[Member<'_>]) -> PathBuf {
    let path = env.path(&format!("hostile/{name}.tzst"));
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut b = tar::Builder::new(Vec::new());
    let mut add = |path: &str, kind: &Kind<'_>, mode: u32| {
        let mut h = tar::Header::new_gnu();
        let name = path.as_bytes();
        h.as_gnu_mut().unwrap().name[..name.len()].copy_from_slice(name);
        h.set_mode(mode);
        let data: &[u8] = match kind {
            Kind::File(d) => {
                h.set_entry_type(tar::EntryType::Regular);
                d
            }
            Kind::Symlink(t) | Kind::Hardlink(t) => {
                h.set_entry_type(if matches!(kind, Kind::Symlink(_)) {
                    tar::EntryType::Symlink
                } else {
                    tar::EntryType::Link
                });
                h.as_gnu_mut().unwrap().linkname[..t.len()].copy_from_slice(t.as_bytes());
                &[]
            }
            Kind::Dir => {
                h.set_entry_type(tar::EntryType::Directory);
                &[]
            }
            Kind::Char => {
                h.set_entry_type(tar::EntryType::Char);
                &[]
            }
            Kind::Fifo => {
                h.set_entry_type(tar::EntryType::Fifo);
                &[]
            }
            Kind::Huge(_) => {
                h.set_entry_type(tar::EntryType::Regular);
                &[0u8; 512]
            }
        };
        h.set_size(match kind {
            Kind::Huge(n) => *n,
            _ => data.len() as u64,
        });
        h.set_cksum();
        b.append(&h, data).unwrap();
    };
    add("+CONTENTS", &Kind::File(contents.as_bytes()), 0o644);
    add("+COMMENT", &Kind::File(b"hostile\n"), 0o644);
    for m in members {
        add(m.path, &m.kind, m.mode);
    }
    // Two zstd frames, so that from a repository the package has a frame table and is
    // unpacked while it downloads.
    let tar = b.into_inner().unwrap();
    let (head, tail) = tar.split_at(tar.len() / 2);
    let mut bytes = zstd::bulk::compress(head, 1).unwrap();
    bytes.extend(zstd::bulk::compress(tail, 1).unwrap());
    fs::write(&path, bytes).unwrap();
    path
}

fn env_with_base() -> Env {
    let env = Env::new();
    let base = env.pkg(
        "base-1",
        &[("bin/base", "base"), ("share/link", "@->/tmp")],
        &[],
    );
    env.ok(&["install", base.to_str().unwrap()]);
    env
}

fn refused(env: &Env, pkg: &Path, what: &str) {
    let before = env.snapshot();
    let outside = common::snapshot(env.dir.path());
    let err = env.fails(&["--cbe", "1", "install", pkg.to_str().unwrap()], 4);
    let line = one_line(&err);
    assert!(line.contains(what), "expected `{what}` in: {line}");
    assert!(line.contains(".tzst"), "the error names the file: {line}");
    assert_eq!(env.snapshot(), before, "the prefix changed");
    let after_outside = common::snapshot(env.dir.path());
    let new: Vec<_> = after_outside
        .keys()
        .filter(|k| !outside.contains_key(*k) && !k.contains(".cbe"))
        .collect();
    assert!(new.is_empty(), "written outside the prefix: {new:?}");
    env.ok(&["--cbe", "1", "verify"]);
    refused_streamed(env, pkg, what);
}

/// The same package from a repository over HTTP, signed with its frame table: refused as
/// it is unpacked while it downloads, with the same error and nothing left behind.
fn refused_streamed(env: &Env, pkg: &Path, what: &str) {
    let stem = pkg.file_stem().unwrap().to_str().unwrap();
    let keys = env.keygen(&format!("keys/hostile-{stem}"));
    let repo = SignedRepo::open(env, env.path(&format!("hostile-repo/{stem}")), keys);
    // `repo index` refuses a hostile package: a well-behaved evil-1.0 is indexed, then the
    // hostile one put in its place with its own size, digest and frame table, as a
    // repository whose signing key signs anything would serve it.
    let ok = [file("bin/ok", b"ok")];
    let benign = write_pkg(env, &format!("benign-{stem}"), &plist_for(&ok), &ok);
    let served = repo.dir.join("All").join(pkg.file_name().unwrap());
    fs::copy(&benign, &served).unwrap();
    repo.index("1.0.0");
    fs::copy(pkg, &served).unwrap();
    let bytes = fs::read(pkg).unwrap();
    let first = zstd::zstd_safe::find_frame_compressed_size(&bytes).unwrap();
    let frame = |o: usize, l: usize| {
        let sha = hex::encode(Sha256::digest(&bytes[o..o + l]));
        format!("FRAME={o} {l} {sha}")
    };
    let table = [frame(0, first), frame(first, bytes.len() - first)].join("\n");
    repo.edit_summary(|s| {
        let mut out: Vec<String> = Vec::new();
        for l in s.lines() {
            if l.starts_with("FRAME=") {
                continue;
            } else if l.starts_with("FILE_SIZE=") {
                out.push(format!("FILE_SIZE={}", bytes.len()));
                out.push(table.clone());
            } else if l.starts_with("FILE_CKSUM=") {
                out.push(format!(
                    "FILE_CKSUM=sha256 {}",
                    hex::encode(Sha256::digest(&bytes))
                ));
            } else {
                out.push(l.to_string());
            }
        }
        out.join("\n") + "\n"
    });
    let server = repo.serve();
    // A root of its own with base-1 installed: the local install's root keeps no catalogue.
    let root = env.path(&format!("hostile-root/{stem}"));
    let base = env.path("pkgs/base-1.tzst");
    let c = Client::new(&root)
        .repo(server.url(""))
        .trust(&repo.keys.public)
        .timeout(2);
    c.ok(&["install", base.to_str().unwrap()]);
    let prefix = root.join(LINE1.trim_start_matches('/'));
    let before = common::snapshot(&prefix);
    let outside = common::snapshot(env.dir.path());
    let err = c.fails(&["install", "evil"], 4);
    let line = err.lines().last().unwrap_or_default();
    assert!(line.contains(what), "streamed: expected `{what}` in: {err}");
    assert_eq!(
        common::snapshot(&prefix),
        before,
        "streamed: the prefix changed"
    );
    let new: Vec<_> = common::snapshot(env.dir.path())
        .into_keys()
        .filter(|k| !outside.contains_key(k) && !k.contains(".cbe"))
        .filter(|k| !k.starts_with(&format!("hostile-root/{stem}/var")))
        .collect();
    assert!(
        new.is_empty(),
        "streamed: written outside the prefix: {new:?}"
    );
    let staging = prefix.join(".cbe/staging");
    assert!(
        !staging.exists() || fs::read_dir(&staging).unwrap().count() == 0,
        "streamed: staging not emptied"
    );
}

#[test]
fn absolute_and_dotdot_members() {
    let env = env_with_base();
    let m = [file("bin/x", b"x")];
    let p = write_pkg(&env, "abs", &plist_for(&m), &[file("/etc/evil", b"x")]);
    refused(&env, &p, "absolute path");
    let p = write_pkg(
        &env,
        "dotdot",
        &plist_for(&m),
        &[file("bin/../../../../evil", b"x")],
    );
    refused(&env, &p, "..");
    let bad = [file("../evil", b"x")];
    let p = write_pkg(&env, "dotdot-plist", &plist_for(&bad), &bad);
    refused(&env, &p, "..");
    let bad = [file("/etc/evil", b"x")];
    let p = write_pkg(&env, "abs-plist", &plist_for(&bad), &bad);
    refused(&env, &p, "absolute path");
}

#[test]
fn members_named_like_cbes_own_state() {
    let env = env_with_base();
    // Configuration that would send the next `update` to the package's own repository.
    let bad = [file(".cbe/config.toml", b"repos = [\"http://evil\"]\n")];
    let p = write_pkg(&env, "config", &plist_for(&bad), &bad);
    refused(&env, &p, "named like cbe's own state");
    // A symlink where cbe writes its configuration's temporary.
    let bad = [Member {
        path: ".cbe/config.toml.part",
        kind: Kind::Symlink("/etc/passwd"),
        mode: 0o777,
    }];
    let p = write_pkg(&env, "part", &plist_for(&bad), &bad);
    refused(&env, &p, "named like cbe's own state");
    // Beside a tree cbe manages: a staging directory and an extra tree's stamp.
    let bad = [file("share/.proto.extra.cbe-staging-1/x", b"x")];
    let p = write_pkg(&env, "staging", &plist_for(&bad), &bad);
    refused(&env, &p, "named like cbe's own state");
    let bad = [file(".cbe-extra", b"KEY=forged\n")];
    let p = write_pkg(&env, "stamp", &plist_for(&bad), &bad);
    refused(&env, &p, "named like cbe's own state");
}

#[test]
fn writes_through_symlinks() {
    let env = env_with_base();
    // The package's own symlink, then a file beneath it.
    let m = [
        Member {
            path: "lib",
            kind: Kind::Symlink("/tmp"),
            mode: 0o777,
        },
        file("lib/evil", b"x"),
    ];
    let p = write_pkg(&env, "own-link", &plist_for(&m), &m);
    refused(&env, &p, "written through lib");
    // A symlink already on disk (base-1's share/link -> /tmp).
    let m = [file("share/link/evil", b"x")];
    let p = write_pkg(&env, "disk-link", &plist_for(&m), &m);
    refused(&env, &p, "symlink");
    // Directories (`@pkgdir`) too: beneath the package's own symlink, or one on disk.
    let evil = format!("cbe-hostile-{}", std::process::id());
    let m = [Member {
        path: "lib",
        kind: Kind::Symlink("/tmp"),
        mode: 0o777,
    }];
    let contents = format!("{}@pkgdir lib/{evil}\n", plist_for(&m));
    let p = write_pkg(&env, "own-link-dir", &contents, &m);
    refused(&env, &p, "written through lib");
    assert!(!Path::new("/tmp").join(&evil).exists(), "made /tmp/{evil}");
    let contents = format!("{}@pkgdir share/link/{evil}\n", plist_for(&[]));
    let p = write_pkg(&env, "disk-link-dir", &contents, &[]);
    refused(&env, &p, "through the symlink");
    assert!(!Path::new("/tmp").join(&evil).exists(), "made /tmp/{evil}");
}

#[test]
fn hard_links_devices_fifos_setuid() {
    let env = env_with_base();
    let m = [Member {
        path: "bin/h",
        kind: Kind::Hardlink("/etc/passwd"),
        mode: 0o644,
    }];
    let p = write_pkg(&env, "hardlink-abs", &plist_for(&m), &m);
    refused(&env, &p, "hard link");
    let m = [Member {
        path: "bin/h",
        kind: Kind::Hardlink("../../x"),
        mode: 0o644,
    }];
    let p = write_pkg(&env, "hardlink-up", &plist_for(&m), &m);
    refused(&env, &p, "hard link");
    let m = [Member {
        path: "dev/null",
        kind: Kind::Char,
        mode: 0o666,
    }];
    let p = write_pkg(&env, "device", &plist_for(&m), &m);
    refused(&env, &p, "device");
    let m = [Member {
        path: "run/fifo",
        kind: Kind::Fifo,
        mode: 0o666,
    }];
    let p = write_pkg(&env, "fifo", &plist_for(&m), &m);
    refused(&env, &p, "FIFO");
    let m = [Member {
        path: "bin/su",
        kind: Kind::File(b"su"),
        mode: 0o4755,
    }];
    let p = write_pkg(&env, "setuid", &plist_for(&m), &m);
    refused(&env, &p, "setuid");
    // Allowed when asked.
    env.ok(&[
        "--cbe",
        "1",
        "install",
        "--allow-setuid",
        p.to_str().unwrap(),
    ]);
}

#[test]
fn members_disagreeing_with_the_packing_list() {
    let env = env_with_base();
    let m = [file("bin/a", b"a")];
    let p = write_pkg(
        &env,
        "dup",
        &plist_for(&m),
        &[file("bin/a", b"a"), file("bin/a", b"a")],
    );
    refused(&env, &p, "duplicate member bin/a");
    let p = write_pkg(
        &env,
        "unlisted",
        &plist_for(&m),
        &[file("bin/a", b"a"), file("bin/extra", b"e")],
    );
    refused(&env, &p, "bin/extra is not in +CONTENTS");
    let m2 = [file("bin/a", b"a"), file("bin/b", b"b")];
    let p = write_pkg(&env, "missing", &plist_for(&m2), &[file("bin/a", b"a")]);
    refused(&env, &p, "bin/b is listed in +CONTENTS but missing");
    let p = write_pkg(
        &env,
        "size",
        &plist_for(&[file("bin/a", b"a")]),
        &[file("bin/a", b"a much larger file")],
    );
    refused(&env, &p, "archive says 18 bytes, +CONTENTS says 1");
    let p = write_pkg(
        &env,
        "digest",
        &plist_for(&[file("bin/a", b"a")]),
        &[file("bin/a", b"b")],
    );
    refused(&env, &p, "SHA-256 mismatch");
    // A header (and packing list) declaring a petabyte, with 512 bytes behind it: refused on
    // the declared size, before anything is written.
    let m = [Member {
        path: "bin/huge",
        kind: Kind::Huge(1 << 50),
        mode: 0o644,
    }];
    let p = write_pkg(&env, "huge", &plist_for(&m), &m);
    refused(&env, &p, "payload expands past");
    // The same with no size in the packing list (as older pkg_create wrote them): refused
    // when the member's header is read, still before its data.
    let p = write_pkg(
        &env,
        "huge-unlisted-size",
        &format!("@name evil-1.0\n@cwd {LINE1}\nbin/huge\n"),
        &m,
    );
    refused(&env, &p, "payload expands past");
    let p = write_pkg(
        &env,
        "linktarget",
        &plist_for(&[Member {
            path: "bin/l",
            kind: Kind::Symlink("x"),
            mode: 0o777,
        }]),
        &[Member {
            path: "bin/l",
            kind: Kind::Symlink("/etc/shadow"),
            mode: 0o777,
        }],
    );
    refused(&env, &p, "symlink to /etc/shadow in the archive");
    let p = write_pkg(
        &env,
        "dir-for-file",
        &plist_for(&[file("bin/a", b"a")]),
        &[Member {
            path: "bin/a",
            kind: Kind::Dir,
            mode: 0o755,
        }],
    );
    refused(
        &env,
        &p,
        "is a directory in the archive but a file in +CONTENTS",
    );
}

#[test]
fn malformed_packing_lists() {
    let env = env_with_base();
    let m = [file("bin/a", b"a")];
    let p = write_pkg(&env, "noname", &format!("@cwd {LINE1}\nbin/a\n"), &m);
    refused(&env, &p, "no @name");
    let p = write_pkg(
        &env,
        "badname",
        &format!("@name evil\n@cwd {LINE1}\nbin/a\n"),
        &m,
    );
    refused(&env, &p, "not NAME-VERSION");
    let p = write_pkg(
        &env,
        "directive",
        &format!("@name evil-1\n@cwd {LINE1}\n@frobnicate\nbin/a\n"),
        &m,
    );
    refused(&env, &p, "unknown directive @frobnicate");
    let p = write_pkg(
        &env,
        "digest",
        &format!("@name evil-1\n@cwd {LINE1}\nbin/a\n@comment SHA256:xyz\n"),
        &m,
    );
    refused(&env, &p, "line 4");
    let p = write_pkg(
        &env,
        "twice",
        &format!("@name evil-1\n@cwd {LINE1}\nbin/a\nbin/a\n"),
        &m,
    );
    refused(&env, &p, "listed twice");
}
