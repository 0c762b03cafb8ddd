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
