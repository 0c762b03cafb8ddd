//! Packages shaped like pkgsrc's own pkg_create output (MD5 digests, `@ignore`, `@comment`
//! headers) compressed with gzip, bzip2, xz or not at all, made with the system's tar.

use crate::common;

use std::fs;
use std::process::Command;

use crate::common::{one_line, Env, PkgsrcPkg, LINE1};
use md5::{Digest, Md5};

fn make(env: &Env, name: &str, compress: &str, ext: &str, tamper: bool) -> std::path::PathBuf {
    let dir = env.path(&format!("pkgsrc/{name}-{ext}"));
    fs::create_dir_all(dir.join("bin")).unwrap();
    fs::create_dir_all(dir.join("share/doc")).unwrap();
    let tool = b"#!/bin/sh\necho pkgsrc\n";
    fs::write(dir.join("bin/tool"), tool).unwrap();
    std::os::unix::fs::symlink("tool", dir.join("bin/tool-alias")).unwrap();
    fs::write(dir.join("share/doc/README"), b"readme\n").unwrap();
    let md5 = |b: &[u8]| hex::encode(Md5::digest(b));
    let readme_md5 = if tamper {
        md5(b"something else")
    } else {
        md5(b"readme\n")
    };
    let contents = format!(
        "@comment $NetBSD$\n@name {name}\n@comment ORIGIN:devel/{name}\n@cwd {LINE1}\n@src\n\
         @blddep gmake-4.4\nbin/tool\n@comment MD5:{}\nbin/tool-alias\n@comment Symlink:tool\n\
         share/doc/README\n@comment MD5:{readme_md5}\n@ignore\n+BUILD_INFO\n@pkgdir share/empty\n",
        md5(tool)
    );
    fs::write(dir.join("+CONTENTS"), contents).unwrap();
    fs::write(
        dir.join("+COMMENT"),
        "A package made like pkg_create makes them\n",
    )
    .unwrap();
    fs::write(dir.join("+DESC"), "Made by the test.\n").unwrap();
    fs::write(
        dir.join("+BUILD_INFO"),
        "MACHINE_ARCH=x86_64\nOPSYS=SunOS\n",
    )
    .unwrap();
    fs::write(dir.join("+SIZE_PKG"), "29\n").unwrap();
    let out = env.path(&format!("pkgsrc/{name}.{ext}"));
    let mut cmd = format!(
        "cd '{}' && tar --owner=0 --group=0 -cf - +CONTENTS +COMMENT +DESC +BUILD_INFO +SIZE_PKG bin/tool bin/tool-alias share/doc/README",
        dir.display()
    );
    if !compress.is_empty() {
        cmd.push_str(&format!(" | {compress}"));
    }
    cmd.push_str(&format!(" > '{}'", out.display()));
    let st = Command::new("sh").arg("-c").arg(&cmd).status().unwrap();
    assert!(st.success(), "{cmd}");
    out
}

#[test]
fn gzip_bzip2_xz_and_plain_tar_packages_install() {
    let env = Env::new();
    for (i, (compress, ext)) in [
        ("gzip -9", "tgz"),
        ("bzip2", "tbz"),
        ("xz", "txz"),
        ("", "tar"),
        ("zstd -q", "tzst"),
    ]
    .iter()
    .enumerate()
    {
        let name = format!("pkgsrc{i}-1.0nb2");
        let p = make(&env, &name, compress, ext, false);
        let o = env.cbe_env(
            &["--cbe", "1", "install", p.to_str().unwrap()],
            &[("CBE_ARCH", "x86_64")],
        );
        assert!(
            o.status.success(),
            "{ext}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        env.ok(&["--cbe", "1", "remove", &format!("pkgsrc{i}")]);
    }
    let p = make(&env, "keep-1.0", "gzip", "tgz", false);
    let o = env.cbe_env(
        &["--cbe", "1", "install", p.to_str().unwrap()],
        &[("CBE_ARCH", "x86_64")],
    );
    assert!(o.status.success());
    let pfx = env.prefix();
    assert_eq!(
        fs::read_link(pfx.join("bin/tool-alias")).unwrap().to_str(),
        Some("tool")
    );
    assert!(pfx.join("share/empty").is_dir());
    assert!(
        !pfx.join("+BUILD_INFO").exists(),
        "metadata must not land in the prefix"
    );
    env.ok(&["--cbe", "1", "verify"]);
}

#[test]
fn md5_mismatch_is_refused() {
    let env = Env::new();
    let p = make(&env, "bad-1.0", "bzip2", "tbz", true);
    let o = env.cbe_env(
        &["--cbe", "1", "install", p.to_str().unwrap()],
        &[("CBE_ARCH", "x86_64")],
    );
    assert_eq!(o.status.code(), Some(4));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(one_line(&err).contains("MD5 mismatch"), "{err}");
    assert!(common::snapshot(&env.prefix()).is_empty());
}

#[test]
fn packages_laid_out_as_pkg_create_writes_them_install_verify_and_remove() {
    let env = Env::new();
    for suffix in ["tgz", "tbz", "txz", "tar"] {
        let pkg = PkgsrcPkg::new(&format!("layout-{suffix}-1.0"), LINE1)
            .build_info(&format!("PKGPATH=devel/layout-{suffix}"))
            .file_mode("bin/tool", b"#!/bin/sh\necho layout\n", 0o755)
            .symlink("bin/tool-alias", "tool")
            .file("share/doc/layout/README", "readme\n")
            .write(&env.path("pkgsrc"), suffix);
        let o = env.cbe_env(
            &["--cbe", "1", "install", pkg.to_str().unwrap()],
            &[("CBE_ARCH", "x86_64")],
        );
        assert!(
            o.status.success(),
            "{suffix}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let pfx = env.prefix();
        assert_eq!(
            fs::read(pfx.join("bin/tool")).unwrap(),
            b"#!/bin/sh\necho layout\n"
        );
        assert_eq!(
            fs::read_link(pfx.join("bin/tool-alias")).unwrap().to_str(),
            Some("tool")
        );
        assert!(!pfx.join("+CONTENTS").exists() && !pfx.join("+SIZE_PKG").exists());
        env.ok(&["--cbe", "1", "verify"]);
        env.ok(&["--cbe", "1", "remove", &format!("layout-{suffix}")]);
        assert!(common::snapshot(&pfx).is_empty(), "{suffix}");
    }
}

/// `pkg create --compression` writes packages pkg_add and pkgin can read (pkg_install reads
/// gzip, bzip2 and xz, not zstd): the compression by its magic bytes, the members in
/// pkg_create's order and modes, the payload after the metadata; a repository of all four
/// kinds is indexed, passes the gate, and each installs. A name that says another
/// compression than the one asked for, and a level the compression does not have, are
/// refused before anything is written.
#[test]
fn pkg_create_writes_every_compression_pkgsrc_reads() {
    let env = Env::new();
    let repo = crate::common::SignedRepo::new(&env, "repo");
    let kinds = [
        ("gzip", "tgz", &[0x1f, 0x8b][..]),
        ("xz", "txz", &[0xfd, b'7', b'z', b'X', b'Z', 0]),
        ("bzip2", "tbz", b"BZh"),
        ("zstd", "tzst", &[0x28, 0xb5, 0x2f, 0xfd]),
    ];
    for (kind, ext, magic) in kinds {
        let name = format!("{kind}pkg-1.0");
        let file = format!("bin/{kind}");
        let stage = env.stage(&name, &[(&file, "!#!/bin/sh\necho kind\n")]);
        let out = repo.dir.join(format!("All/{name}.{ext}"));
        let mut args = vec!["pkg", "create", "--compression", kind, "--name", &name];
        args.extend([
            "--prefix",
            LINE1,
            "--comment",
            "k",
            "-o",
            out.to_str().unwrap(),
        ]);
        args.extend(["--from", stage.to_str().unwrap()]);
        env.ok(&args);
        let bytes = fs::read(&out).unwrap();
        assert!(bytes.starts_with(magic), "{kind}");
        let listing = Command::new("tar")
            .args(["-tvf"])
            .arg(&out)
            .args(if kind == "zstd" {
                vec!["--zstd"]
            } else {
                vec![]
            })
            .output()
            .unwrap();
        let listing = String::from_utf8_lossy(&listing.stdout).into_owned();
        let members: Vec<(&str, &str)> = listing
            .lines()
            .map(|l| {
                (
                    l.split_whitespace().next().unwrap(),
                    l.split_whitespace().last().unwrap(),
                )
            })
            .collect();
        let want = [
            ("-rw-r--r--", "+CONTENTS"),
            ("-r--r--r--", "+COMMENT"),
            ("-r--r--r--", "+DESC"),
            ("-r--r--r--", "+BUILD_INFO"),
            ("-r--r--r--", "+SIZE_PKG"),
            ("-rwxr-xr-x", file.as_str()),
        ];
        assert_eq!(members, want, "{kind}: {listing}");
    }
    repo.index("1.0.0");
    let summary = fs::read_to_string(repo.dir.join("pkg_summary")).unwrap();
    for (kind, ext, _) in kinds {
        assert!(
            summary.contains(&format!("FILE_NAME={kind}pkg-1.0.{ext}\n")),
            "{summary}"
        );
    }
    let gate = env.ok(&[
        "repo",
        "check",
        repo.dir.to_str().unwrap(),
        "--trusted-key",
        repo.keys.public.to_str().unwrap(),
    ]);
    assert!(gate.contains("0 failed"), "{gate}");
    let client = repo.client(repo.dir.to_str().unwrap());
    client.ok(&["install", "gzippkg", "xzpkg", "bzip2pkg", "zstdpkg"]);
    assert_eq!(client.installed().len(), 4);

    // Refused before anything is written: a name saying another compression, a level the
    // compression does not have.
    let stage = env.stage("w", &[("bin/w", "w")]);
    for (flags, file, says) in [
        (
            ["--compression", "gzip"],
            "wrong.tzst",
            "the name says zstd, not the gzip asked for; name it",
        ),
        (
            ["--level", "19"],
            "level.tgz",
            "--level 19: gzip takes 1 to 9",
        ),
    ] {
        let out = env.path(file);
        let mut args = vec!["pkg", "create", "--name", "w-1.0", "--prefix", LINE1];
        args.extend(["--comment", "w", "-o", out.to_str().unwrap()]);
        args.extend(["--from", stage.to_str().unwrap()]);
        args.extend(flags);
        let err = env.fails(&args, 2);
        assert!(one_line(&err).contains(says), "{err}");
        assert!(!out.exists());
    }
}

/// `+BUILD_INFO` is read one way everywhere, as pkg_install reads it: one space after `=` is
/// not the value's, and of a repeated key the last line wins, both for what installing
/// checks (MACHINE_ARCH, from the package) and what is asked of the installed database
/// (PKGPATH).
#[test]
fn build_info_is_read_one_way_everywhere() {
    let env = Env::new();
    let c = env.client();
    let pkgs = env.path("pkgs");
    let p = PkgsrcPkg::new("tool-1.0", LINE1)
        .file("bin/tool", "tool\n")
        .build_info("PKGPATH=devel/old-tool")
        .build_info("PKGPATH= devel/tool")
        .write(&pkgs, "tgz");
    c.ok(&["install", p.to_str().unwrap()]);
    assert_eq!(c.ok(&["export"]), "devel/tool\n");
    // The fixture writes this machine's MACHINE_ARCH first; a later line says otherwise.
    let other = PkgsrcPkg::new("other-1.0", LINE1)
        .file("bin/other", "other\n")
        .build_info("MACHINE_ARCH=sparc64")
        .write(&pkgs, "tgz");
    let err = c.fails(&["install", other.to_str().unwrap()], 1);
    assert!(
        one_line(&err).contains("built for machine arch sparc64"),
        "{err}"
    );
}

/// compat/oracle.sh found the real pkg_add refusing every package `cbe pkg create` wrote
/// ("contains an invalid pkg_install version"): pkg_add takes PKGTOOLS_VERSION only as eight
/// digits (a date) no newer than its own. cbe writes an old date, the one the fixture's
/// pkg_create packages carry, and says which cbe wrote it in CBE_CREATE_VERSION.
#[test]
fn pkg_create_writes_a_pkgtools_version_pkg_add_accepts() {
    let env = Env::new();
    let stage = env.stage("v", &[("bin/v", "v")]);
    let out = env.path("v-1.0.tgz");
    let mut args = vec!["pkg", "create", "--name", "v-1.0", "--prefix", LINE1];
    args.extend(["--comment", "v", "-o", out.to_str().unwrap()]);
    args.extend(["--from", stage.to_str().unwrap()]);
    env.ok(&args);
    let tar = Command::new("tar")
        .args(["-xzOf"])
        .arg(&out)
        .arg("+BUILD_INFO")
        .output()
        .unwrap();
    let info = String::from_utf8(tar.stdout).unwrap();
    let version = info
        .lines()
        .find_map(|l| l.strip_prefix("PKGTOOLS_VERSION="))
        .unwrap_or_else(|| panic!("no PKGTOOLS_VERSION in {info}"));
    assert!(
        version.len() >= 8 && version[..8].bytes().all(|b| b.is_ascii_digit()),
        "{version}"
    );
    // Not newer than the pkg_install the oracle ran (20211115), nor than the fixture's.
    let fixture = PkgsrcPkg::new("f-1.0", LINE1).build_info_text();
    assert!(
        fixture.contains(&format!("PKGTOOLS_VERSION={version}\n")),
        "{version} vs {fixture}"
    );
    assert!(
        info.contains(&format!(
            "CBE_CREATE_VERSION={}\n",
            env!("CARGO_PKG_VERSION")
        )),
        "{info}"
    );
}

/// A relative `--root` (as compat/oracle.sh first ran cbe) is taken from the working
/// directory: `+INSTALL` runs with its metadata directory as working directory, and was
/// "not found" there before `--root` was made absolute.
#[test]
fn scripts_run_under_a_relative_root() {
    let env = Env::new();
    let pkg = PkgsrcPkg::new("rel-1.0", LINE1)
        .file("share/rel/README", "rel\n")
        .install_script("#!/bin/sh\necho \"$2\" >> \"$PKG_PREFIX/rel-phases\"\n")
        .write(&env.path("pkgsrc"), "tgz");
    let o = common::cbe()
        .current_dir(env.path(""))
        .args(["--root", "root", "--cbe", "1", "install"])
        .arg(&pkg)
        .env("CBE_ARCH", "x86_64")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        fs::read_to_string(env.prefix().join("rel-phases")).unwrap(),
        "PRE-INSTALL\nPOST-INSTALL\n"
    );
}

/// What the real pkg_create 20211115 wrote for this package in compat/oracle.sh's run
/// (COMPAT.md): a `hdrcharset=BINARY` pax header before every member, `+INSTALL` and the
/// other members read from files with those files' 0644, `+COMMENT`/`+DESC` 0444. The
/// fixture writes the same headers, and cbe installs such a package and runs its
/// non-executable `+INSTALL` through the shell, as pkg_add does.
#[test]
fn pkg_create_pax_headers_and_0644_scripts_install() {
    let env = Env::new();
    let pkg = PkgsrcPkg::new("simple-1.0", LINE1)
        .build_info("PKGPATH=devel/layout")
        .file_mode("bin/tool", b"#!/bin/sh\necho layout\n", 0o755)
        .symlink("bin/tool-alias", "tool")
        .file("share/doc/layout/README", "readme\n")
        .install_script("#!/bin/sh\necho \"$2\" >> \"$PKG_PREFIX/ran\"\n");
    let tar = pkg.tar();
    let mut headers = Vec::new();
    let mut off = 0;
    while off + 512 <= tar.len() && tar[off..off + 512].iter().any(|&b| b != 0) {
        let h = &tar[off..off + 512];
        let name = String::from_utf8_lossy(&h[..100])
            .trim_end_matches('\0')
            .to_string();
        let mode = u32::from_str_radix(
            String::from_utf8_lossy(&h[100..107]).trim_matches(|c| c == '\0' || c == ' '),
            8,
        )
        .unwrap();
        let size = usize::from_str_radix(
            String::from_utf8_lossy(&h[124..135]).trim_matches(|c| c == '\0' || c == ' '),
            8,
        )
        .unwrap();
        if h[156] == b'x' {
            assert_eq!(&tar[off + 512..off + 512 + size], b"21 hdrcharset=BINARY\n");
        }
        headers.push(format!("{name} {} {mode:o}", h[156] as char));
        off += 512 + size.div_ceil(512) * 512;
    }
    let real = [
        "PaxHeader/+CONTENTS x 644",
        "+CONTENTS 0 644",
        "PaxHeader/+COMMENT x 444",
        "+COMMENT 0 444",
        "PaxHeader/+DESC x 444",
        "+DESC 0 444",
        "PaxHeader/+INSTALL x 644",
        "+INSTALL 0 644",
        "PaxHeader/+BUILD_INFO x 644",
        "+BUILD_INFO 0 644",
        "PaxHeader/+SIZE_PKG x 644",
        "+SIZE_PKG 0 644",
        "bin/PaxHeader/tool x 755",
        "bin/tool 0 755",
        "bin/PaxHeader/tool-alias x 777",
        "bin/tool-alias 2 777",
        "share/doc/layout/PaxHeader/README x 644",
        "share/doc/layout/README 0 644",
    ];
    assert_eq!(headers, real);
    let file = pkg.write(&env.path("pkgsrc"), "tgz");
    let o = env.cbe_env(
        &["--cbe", "1", "install", file.to_str().unwrap()],
        &[("CBE_ARCH", "x86_64")],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        fs::read_to_string(env.prefix().join("ran")).unwrap(),
        "PRE-INSTALL\nPOST-INSTALL\n"
    );
    assert_eq!(
        fs::read_link(env.prefix().join("bin/tool-alias"))
            .unwrap()
            .to_str(),
        Some("tool")
    );
}

/// pkgin reads `pkg_summary` beside the packages (its repository URL is pbulk's `All/`), so
/// `repo index` leaves a copy of its summary in `All/` where pbulk left none (compat/oracle.sh
/// ran the real pkgin against it). The copy is cbe's own: the next index replaces it rather
/// than keeping it as pbulk's; pbulk's own summary is never overwritten.
#[test]
fn repo_index_leaves_pkgin_its_summary_beside_the_packages() {
    let env = Env::new();
    let repo = crate::common::SignedRepo::new(&env, "repo");
    let make = |name: &str| {
        let stage = env.stage(name, &[(&format!("share/{name}"), name)]);
        let out = repo.dir.join(format!("All/{name}.tgz"));
        let mut args = vec!["pkg", "create", "--name", name, "--prefix", LINE1];
        args.extend(["--comment", "c", "-o", out.to_str().unwrap()]);
        args.extend(["--from", stage.to_str().unwrap()]);
        env.ok(&args);
    };
    let copy = || {
        let mut text = String::new();
        let f = fs::File::open(repo.dir.join("All/pkg_summary.gz")).unwrap();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(f), &mut text).unwrap();
        text
    };
    make("one-1.0");
    repo.index("1.0.0");
    assert_eq!(
        copy(),
        fs::read_to_string(repo.dir.join("pkg_summary")).unwrap()
    );
    make("two-1.0");
    repo.index("1.0.1");
    let text = copy();
    assert!(text.contains("PKGNAME=two-1.0\n"), "{text}");
    assert_eq!(
        text,
        fs::read_to_string(repo.dir.join("pkg_summary")).unwrap()
    );

    // pbulk's summary (what pkg_info -X wrote) is kept as it is.
    let pbulk = env.path("pbulk");
    let pkg = PkgsrcPkg::new("three-1.0", LINE1).file("share/three", "3\n");
    let file = pkg.write(&pbulk.join("All"), "tgz");
    let size = fs::metadata(&file).unwrap().len();
    let entry = pkg.summary().replace(
        "DESCRIPTION=",
        &format!("FILE_NAME=three-1.0.tgz\nFILE_SIZE={size}\nDESCRIPTION="),
    );
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, entry.as_bytes()).unwrap();
    let theirs = gz.finish().unwrap();
    fs::write(pbulk.join("All/pkg_summary.gz"), &theirs).unwrap();
    let keys = env.keygen("keys/pbulk");
    let dir = pbulk.to_str().unwrap();
    let mut args = vec!["repo", "index", dir, "--line", "1", "--release", "1.0.0"];
    args.extend([
        "--min-platform",
        crate::common::MIN_PLATFORM,
        "--machine-arch",
        "x86_64",
    ]);
    args.extend(["--sign", keys.secret.to_str().unwrap()]);
    env.ok(&args);
    assert_eq!(fs::read(pbulk.join("All/pkg_summary.gz")).unwrap(), theirs);
}
