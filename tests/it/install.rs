//! Installing, upgrading, verifying and removing packages from files.

use crate::common;

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crate::common::{one_line, Env, LINE1};

/// A toolchain-shaped package: a few thousand files in nested directories, relative and
/// absolute symlinks, a hard link.
fn big_tree(version_tag: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for d in 0..20 {
        for f in 0..100 {
            files.push((
                format!("lib/gcc/x86_64/{d}/sub/file{f}.h"),
                format!("header {d} {f} {version_tag}\n"),
            ));
        }
    }
    for f in 0..1000 {
        files.push((
            format!("share/doc/toolchain/page{f}.txt"),
            format!("page {f}\n"),
        ));
    }
    files.push((
        "bin/gcc".into(),
        format!("!#!/bin/sh\necho gcc {version_tag}\n"),
    ));
    files.push(("bin/cc".into(), "@->gcc".into()));
    files.push(("bin/abs-link".into(), "@->/usr/bin/env".into()));
    files.push(("lib/libgcc_s.so".into(), "@->libgcc_s.so.1".into()));
    files.push(("lib/libgcc_s.so.1".into(), format!("elf {version_tag}")));
    files.push(("share/empty/".into(), String::new()));
    files
}

fn refs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[test]
fn big_package_with_cycle_installs_verifies_upgrades_and_removes() {
    let env = Env::new();
    let t1 = big_tree("v1");
    let gcc1 = env.pkg("gcc7-7.5.0", &refs(&t1), &["--depends", "binutils>=2.30"]);
    // binutils depends back on gcc7: a cycle, and shares lib/ and share/doc with it.
    let binutils = env.pkg(
        "binutils-2.41",
        &[
            ("bin/ld", "!ld"),
            ("share/doc/binutils/README", "ld docs"),
            ("lib/libbfd.so", "bfd"),
        ],
        &["--depends", "gcc7-[0-9]*"],
    );
    let out = env.ok(&[
        "install",
        gcc1.to_str().unwrap(),
        binutils.to_str().unwrap(),
    ]);
    assert!(
        out.contains("install: gcc7-7.5.0") && out.contains("install: binutils-2.41"),
        "{out}"
    );
    let p = env.prefix();
    assert!(fs::symlink_metadata(p.join("bin/cc"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        fs::read_link(p.join("bin/abs-link")).unwrap().to_str(),
        Some("/usr/bin/env")
    );
    assert!(p.join("share/empty").is_dir());
    assert_eq!(
        fs::metadata(p.join("bin/gcc"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o755
    );
    env.ok(&["--cbe", "1", "verify"]);
    let list = env.ok(&["--cbe", "1", "list"]);
    assert!(list.contains("binutils-2.41") && list.contains("gcc7-7.5.0"));
    assert!(env
        .ok(&["--cbe", "1", "which", "bin/ld"])
        .contains("binutils-2.41"));
    assert!(env
        .ok(&["--cbe", "1", "which", &format!("{LINE1}/lib/libgcc_s.so")])
        .contains("gcc7-7.5.0"));

    // Upgrade: some files change, some disappear, some are new.
    let mut t2 = big_tree("v2");
    t2.retain(|(p, _)| !p.contains("/19/"));
    t2.push(("libexec/cc1".into(), "!cc1 v2".into()));
    let gcc2 = env.pkg(
        "gcc7-7.5.0nb1",
        &refs(&t2),
        &["--depends", "binutils>=2.30"],
    );
    let out = env.ok(&["install", gcc2.to_str().unwrap()]);
    assert!(
        out.contains("upgrade: gcc7-7.5.0nb1 (was gcc7-7.5.0)"),
        "{out}"
    );
    assert!(
        !p.join("lib/gcc/x86_64/19").exists(),
        "a directory emptied by the upgrade stays"
    );
    assert_eq!(
        fs::read_to_string(p.join("lib/gcc/x86_64/3/sub/file7.h")).unwrap(),
        "header 3 7 v2\n"
    );
    assert!(p.join("libexec/cc1").exists());
    env.ok(&["--cbe", "1", "verify"]);

    // Removing gcc7 alone would break binutils.
    let err = env.fails(&["--cbe", "1", "remove", "gcc7"], 1);
    assert!(
        one_line(&err).contains("binutils-2.41 depends on gcc7-[0-9]*"),
        "{err}"
    );
    // Both at once is fine, cycle and all; shared directories go with the last user.
    env.ok(&["--cbe", "1", "remove", "gcc7", "binutils"]);
    let left = env.snapshot();
    assert!(left.is_empty(), "left behind: {left:?}");
    assert!(env.ok(&["--cbe", "1", "list"]).is_empty());
    let hist = env.ok(&["--cbe", "1", "history"]);
    assert!(
        hist.contains("upgrade gcc7-7.5.0nb1 (was gcc7-7.5.0)")
            && hist.contains("remove binutils-2.41"),
        "{hist}"
    );
}

#[test]
fn shared_directories_are_reference_counted() {
    let env = Env::new();
    let a = env.pkg("a-1", &[("share/common/a.txt", "a")], &[]);
    let b = env.pkg("b-1", &[("share/common/b.txt", "b")], &[]);
    env.ok(&["install", a.to_str().unwrap(), b.to_str().unwrap()]);
    env.ok(&["--cbe", "1", "remove", "a"]);
    assert!(env.prefix().join("share/common/b.txt").exists());
    env.ok(&["--cbe", "1", "remove", "b"]);
    assert!(!env.prefix().join("share").exists());
}

#[test]
fn verify_reports_modified_missing_and_wrong_mode() {
    let env = Env::new();
    let a = env.pkg(
        "a-1",
        &[
            ("bin/a", "!aaa"),
            ("lib/x", "x"),
            ("lib/y", "y"),
            ("lib/l", "@->x"),
        ],
        &[],
    );
    env.ok(&["install", a.to_str().unwrap()]);
    let p = env.prefix();
    fs::write(p.join("lib/x"), "tampered").unwrap();
    fs::remove_file(p.join("lib/y")).unwrap();
    fs::set_permissions(p.join("bin/a"), fs::Permissions::from_mode(0o777)).unwrap();
    fs::remove_file(p.join("lib/l")).unwrap();
    std::os::unix::fs::symlink("elsewhere", p.join("lib/l")).unwrap();
    let o = env.cbe(&["--cbe", "1", "verify"]);
    assert_eq!(o.status.code(), Some(4));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("lib/x: modified"), "{out}");
    assert!(out.contains("lib/y: missing"), "{out}");
    assert!(out.contains("bin/a: wrong-mode"), "{out}");
    assert!(out.contains("lib/l: wrong-target"), "{out}");
    // JSON carries the same.
    let o = env.cbe(&["--cbe", "1", "--json", "verify"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["problems"].as_array().unwrap().len(), 4);
}

#[test]
fn several_files_are_one_transaction() {
    let env = Env::new();
    let good = env.pkg("good-1", &[("bin/good", "good")], &[]);
    // The second package is damaged: nothing of the first may stay.
    let bad = env.pkg("bad-1", &[("bin/bad", "bad")], &[]);
    let bytes = fs::read(&bad).unwrap();
    fs::write(&bad, &bytes[..bytes.len() - 20]).unwrap();
    let err = env.fails(
        &["install", good.to_str().unwrap(), bad.to_str().unwrap()],
        4,
    );
    assert!(one_line(&err).contains("bad-1.tzst"), "{err}");
    assert!(env.snapshot().is_empty(), "{:?}", env.snapshot());
    assert!(env.ok(&["--cbe", "1", "list"]).is_empty());
}

#[test]
fn refusals_name_the_problem_and_change_nothing() {
    let env = Env::new();
    let base = env.pkg("base-1", &[("bin/base", "base")], &[]);
    env.ok(&["install", base.to_str().unwrap()]);
    let before = env.snapshot();

    // Missing dependency.
    let needy = env.pkg(
        "needy-1",
        &[("bin/needy", "n")],
        &["--depends", "absent>=1"],
    );
    let err = env.fails(&["install", needy.to_str().unwrap()], 1);
    assert!(one_line(&err).contains("needy-1 needs absent>=1"), "{err}");

    // Another prefix.
    let stage = env.stage("other", &[("bin/other", "o")]);
    let other = env.pkg_from("other-1", &stage, "/opt/smartos-cbe/2", &[]);
    let err = env.fails(&["--cbe", "1", "install", other.to_str().unwrap()], 1);
    assert!(
        one_line(&err).contains("built for prefix /opt/smartos-cbe/2"),
        "{err}"
    );

    // Another machine arch.
    let foreign = env.pkg(
        "foreign-1",
        &[("bin/foreign", "f")],
        &["--build-info", "MACHINE_ARCH=sparc64"],
    );
    let err = env.fails(&["install", foreign.to_str().unwrap()], 1);
    assert!(
        one_line(&err).contains("built for machine arch sparc64"),
        "{err}"
    );

    // A file owned by another package.
    let clash = env.pkg("clash-1", &[("bin/base", "mine")], &[]);
    let err = env.fails(&["install", clash.to_str().unwrap()], 1);
    assert!(
        one_line(&err).contains("bin/base already belongs to base-1"),
        "{err}"
    );

    // A declared conflict.
    let cfl = env.pkg(
        "cfl-1",
        &[("bin/cfl", "c")],
        &["--conflicts", "base-[0-9]*"],
    );
    let err = env.fails(&["install", cfl.to_str().unwrap()], 1);
    assert!(one_line(&err).contains("conflicts with base-1"), "{err}");

    // An unowned file in the way, unless --force.
    fs::write(env.prefix().join("bin/stray"), "user's").unwrap();
    let stray = env.pkg("stray-1", &[("bin/stray", "pkg")], &[]);
    let err = env.fails(&["install", stray.to_str().unwrap()], 1);
    assert!(one_line(&err).contains("belongs to no package"), "{err}");
    fs::remove_file(env.prefix().join("bin/stray")).unwrap();

    // Truncated and corrupt packages.
    let bytes = fs::read(&base).unwrap();
    let trunc = env.path("pkgs/trunc-1.tzst");
    fs::write(&trunc, &bytes[..bytes.len() / 2]).unwrap();
    let err = env.fails(&["install", trunc.to_str().unwrap()], 4);
    assert!(one_line(&err).contains("trunc-1.tzst"), "{err}");
    let mut corrupt = bytes.clone();
    let mid = corrupt.len() / 2;
    for b in &mut corrupt[mid..mid + 16] {
        *b ^= 0x5a;
    }
    let bad = env.path("pkgs/corrupt-1.tzst");
    fs::write(&bad, corrupt).unwrap();
    let err = env.fails(&["install", bad.to_str().unwrap()], 4);
    assert!(one_line(&err).contains("corrupt-1.tzst"), "{err}");
    let junk = env.path("pkgs/junk.tzst");
    fs::write(&junk, b"this is not a package").unwrap();
    let err = env.fails(&["--cbe", "1", "install", junk.to_str().unwrap()], 4);
    assert!(one_line(&err).contains("junk.tzst"), "{err}");

    // Not installed.
    let err = env.fails(&["--cbe", "1", "remove", "nothere"], 1);
    assert!(one_line(&err).contains("nothere is not installed"), "{err}");

    assert_eq!(env.snapshot(), before);
    env.ok(&["--cbe", "1", "verify"]);
}

#[test]
fn force_replaces_an_unowned_file_and_upgrade_keeps_dependents() {
    let env = Env::new();
    fs::create_dir_all(env.prefix().join("bin")).unwrap();
    fs::write(env.prefix().join("bin/tool"), "user's").unwrap();
    let tool = env.pkg("tool-1.0", &[("bin/tool", "pkg")], &[]);
    env.ok(&["install", "--force", tool.to_str().unwrap()]);
    assert_eq!(
        fs::read_to_string(env.prefix().join("bin/tool")).unwrap(),
        "pkg"
    );

    let user = env.pkg(
        "user-1",
        &[("bin/user", "u")],
        &["--depends", "tool>=1.0<2"],
    );
    env.ok(&["install", user.to_str().unwrap()]);
    // An upgrade that would break `user` is refused.
    let tool2 = env.pkg("tool-2.0", &[("bin/tool", "pkg2")], &[]);
    let err = env.fails(&["install", tool2.to_str().unwrap()], 1);
    assert!(
        one_line(&err).contains("user-1 depends on tool>=1.0<2"),
        "{err}"
    );
    let tool11 = env.pkg("tool-1.1", &[("bin/tool", "pkg11")], &[]);
    env.ok(&["install", tool11.to_str().unwrap()]);
    // Installing the same version again does nothing.
    let o = env.cbe(&["install", tool11.to_str().unwrap()]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("already installed"));
    // dry run changes nothing
    let out = env.ok(&["--dry-run", "--cbe", "1", "remove", "-r", "tool"]);
    assert!(
        out.contains("would remove tool-1.1") && out.contains("would remove user-1"),
        "{out}"
    );
    assert!(env.prefix().join("bin/tool").exists());
    env.ok(&["--cbe", "1", "remove", "-r", "tool"]);
    assert!(env.ok(&["--cbe", "1", "list"]).is_empty());
}

#[test]
fn keep_unkeep_info_and_json() {
    let env = Env::new();
    let a = env.pkg("a-1.0", &[("bin/a", "a")], &["--smoke-test", "a --version"]);
    let info = env.ok(&["info", a.to_str().unwrap()]);
    assert!(info.contains("Information for a-1.0"), "{info}");
    env.ok(&["install", "--automatic", a.to_str().unwrap()]);
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["--cbe", "1", "--json", "list"])).unwrap();
    assert_eq!(v[0]["name"], "a-1.0");
    assert_eq!(v[0]["automatic"], true);
    env.ok(&["--cbe", "1", "keep", "a"]);
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["--cbe", "1", "--json", "list"])).unwrap();
    assert_eq!(v[0]["automatic"], false);
    let info = env.ok(&["--cbe", "1", "--json", "info", "a"]);
    let v: serde_json::Value = serde_json::from_str(&info).unwrap();
    assert!(v["build_info"]
        .as_str()
        .unwrap()
        .contains("CBE_SMOKE_TEST=a --version"));
    let err = env.fails(&["list"], 2);
    assert!(err.contains("--cbe N"), "{err}");
}

#[test]
fn create_from_spec_file_with_hard_links() {
    let env = Env::new();
    let stage = env.stage("ln", &[("bin/tool", "!tool body"), ("share/x", "x")]);
    fs::hard_link(stage.join("bin/tool"), stage.join("bin/tool-again")).unwrap();
    let spec = env.path("spec");
    fs::write(
        &spec,
        format!(
            "# a package spec\nPKGNAME=linked-2.0nb1\nPREFIX={LINE1}\nCOMMENT=Hard links\nDESCRIPTION=Line one\nDESCRIPTION=Line two\nDEPENDS=\nOPSYS=SunOS\n"
        )
        .replace("DEPENDS=\n", ""),
    )
    .unwrap();
    let out = env.path("pkgs/linked.tzst");
    env.ok(&[
        "pkg",
        "create",
        "--level",
        "1",
        "--from",
        stage.to_str().unwrap(),
        "--spec",
        spec.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    let info = env.ok(&["info", out.to_str().unwrap()]);
    assert!(
        info.contains("linked-2.0nb1") && info.contains("Line one\nLine two"),
        "{info}"
    );
    env.ok(&["install", out.to_str().unwrap()]);
    use std::os::unix::fs::MetadataExt;
    let a = fs::metadata(env.prefix().join("bin/tool")).unwrap();
    let b = fs::metadata(env.prefix().join("bin/tool-again")).unwrap();
    assert_eq!(a.ino(), b.ino(), "hard links stay hard links");
    assert_eq!(
        fs::read_to_string(env.prefix().join("bin/tool-again")).unwrap(),
        "tool body"
    );
    env.ok(&["--cbe", "1", "verify"]);
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["--cbe", "1", "--json", "info", "linked"])).unwrap();
    assert!(v["build_info"].as_str().unwrap().contains("OPSYS=SunOS"));
    assert!(
        v["package"]["source"].as_str().unwrap().starts_with('/'),
        "{v}"
    );

    // Usage errors: exit 2.
    let err = env.fails(
        &[
            "pkg",
            "create",
            "--from",
            stage.to_str().unwrap(),
            "--name",
            "noversion",
            "--prefix",
            LINE1,
            "-o",
            "x.tzst",
        ],
        2,
    );
    assert!(err.contains("not NAME-VERSION"), "{err}");
}

#[test]
fn packages_of_several_zstd_frames_decode_in_parallel_and_stay_ordinary_tar_zst() {
    let env = Env::new();
    // 20 MB of incompressible data: three frames of 8 MiB of tar.
    let big = common::noise(20_000_000, 11);
    let p = env.pkg(
        "frames-1.0",
        &[
            ("share/a", &big[..7_000_000]),
            ("share/b", &big[7_000_000..]),
            ("bin/x", "!x"),
        ],
        &[],
    );
    let bytes = fs::read(&p).unwrap();
    let frames = bytes
        .windows(4)
        .filter(|w| *w == [0x28, 0xb5, 0x2f, 0xfd])
        .count();
    assert!(
        frames >= 3,
        "expected several frames, found {frames} magic numbers"
    );
    // Any zstd and tar read it as one stream.
    let o = std::process::Command::new("tar")
        .arg("-I")
        .arg("zstd")
        .arg("-tf")
        .arg(&p)
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("share/b"));
    env.ok(&["install", p.to_str().unwrap()]);
    env.ok(&["--cbe", "1", "verify"]);
    assert_eq!(
        fs::read_to_string(env.prefix().join("share/b")).unwrap(),
        &big[7_000_000..]
    );
    // A corrupted frame in the middle is caught as damage, not silently skipped.
    let mut bad = bytes.clone();
    let mid = bad.len() / 2;
    for b in &mut bad[mid..mid + 64] {
        *b ^= 0x55;
    }
    let badp = env.path("pkgs/frames-bad.tzst");
    fs::write(&badp, bad).unwrap();
    env.ok(&["--cbe", "1", "remove", "frames"]);
    let err = env.fails(&["install", badp.to_str().unwrap()], 4);
    assert!(common::one_line(&err).contains("frames-bad.tzst"), "{err}");
    assert!(env.snapshot().is_empty());
}
