//! A bulk build published as a CBE line without repacking: `cbe repo index` over a pbulk
//! output directory (packages in `All/` as pkg_create writes them, with or without pbulk's
//! own `All/pkg_summary.gz`) keeps every pkg_summary field, is signed, and a client installs
//! from it by name: scripts run, a REQUIRES of a system file is met by the file, a REQUIRES
//! of a library by the package that PROVIDES it.

mod common;

use std::fs;
use std::io::Write;

use common::{Env, PkgsrcPkg, SignedRepo, LINE1};

const DATE: &str = "BUILD_DATE=2026-11-30 04:05:06 +0000";

/// The bulk build's three packages, with the +BUILD_INFO keys pbulk's packages carry.
fn bulk(log: &std::path::Path) -> Vec<PkgsrcPkg> {
    let lib = format!("{LINE1}/lib/libfoo.so.1");
    vec![
        PkgsrcPkg::new("gmake-4.4.1", LINE1)
            .comment("GNU version of make")
            .desc("GNU make.\nSecond line.\n")
            .build_info(DATE)
            .build_info("CATEGORIES=devel gnu")
            .build_info("HOMEPAGE=https://www.gnu.org/software/make/")
            .build_info("LICENSE=gnu-gpl-v3")
            .build_info("PKGPATH=devel/gmake")
            .file("bin/gmake", "make\n")
            .install_script(&format!("#!/bin/sh\necho \"$1 $2\" >> {}\n", log.display())),
        PkgsrcPkg::new("libfoo-1.0", LINE1)
            .comment("A library")
            .build_info(DATE)
            .build_info("CATEGORIES=devel")
            .build_info("PKGPATH=devel/libfoo")
            .build_info(&format!("PROVIDES={lib}"))
            .build_info("REQUIRES=/lib/libc.so.1")
            .file("lib/libfoo.so.1", "lib\n"),
        PkgsrcPkg::new("tool-2.0", LINE1)
            .comment("A tool")
            .build_info(DATE)
            .build_info("CATEGORIES=sysutils")
            .build_info("PKGPATH=sysutils/tool")
            .build_info(&format!("REQUIRES={lib}"))
            .build_info("SUPERSEDES=oldtool-[0-9]*")
            .depends("gmake>=4")
            .conflicts("oldtool-[0-9]*")
            .file("bin/tool", "tool\n"),
    ]
}

/// The pkg_summary the index wrote, as entries of KEY=VALUE lines.
fn written(repo: &SignedRepo<'_>) -> Vec<Vec<(String, String)>> {
    fs::read_to_string(repo.dir.join("pkg_summary"))
        .unwrap()
        .split("\n\n")
        .filter(|e| !e.trim().is_empty())
        .map(|e| {
            e.lines()
                .map(|l| {
                    let (k, v) = l.split_once('=').unwrap();
                    (k.to_string(), v.to_string())
                })
                .collect()
        })
        .collect()
}

fn value<'a>(entry: &'a [(String, String)], key: &str) -> Vec<&'a str> {
    entry
        .iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .collect()
}

fn entry<'a>(all: &'a [Vec<(String, String)>], name: &str) -> &'a [(String, String)] {
    all.iter()
        .find(|e| value(e, "PKGNAME") == [name])
        .unwrap_or_else(|| panic!("no entry for {name}"))
}

/// pbulk's own All/pkg_summary.gz for `pkgs`: pkg_info -X's entry and FILE_SIZE, plus
/// `extra` lines in the entry of the first package.
fn write_pbulk_summary(repo: &SignedRepo<'_>, pkgs: &[PkgsrcPkg], extra: &str) {
    let mut text = String::new();
    for (i, p) in pkgs.iter().enumerate() {
        let size = fs::metadata(repo.dir.join(format!("All/{}.tgz", p.name)))
            .map(|m| m.len())
            .unwrap_or(1);
        let entry = p.summary();
        let entry = entry.trim_end();
        text.push_str(entry);
        text.push_str(&format!("\nFILE_NAME={}.tgz\nFILE_SIZE={size}\n", p.name));
        if i == 0 {
            text.push_str(extra);
        }
        text.push('\n');
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(text.as_bytes()).unwrap();
    fs::write(repo.dir.join("All/pkg_summary.gz"), gz.finish().unwrap()).unwrap();
}

#[test]
fn a_bulk_build_is_indexed_with_every_field_and_installs_by_name() {
    let env = Env::new();
    let log = env.path("install.log");
    let pkgs = bulk(&log);
    let repo = SignedRepo::new(&env, "bulk");
    for p in &pkgs {
        p.write(&repo.dir.join("All"), "tgz");
    }
    repo.index("1.0.0");
    let all = written(&repo);
    let gmake = entry(&all, "gmake-4.4.1");
    for (k, v) in [
        ("PKGPATH", "devel/gmake"),
        ("CATEGORIES", "devel gnu"),
        ("HOMEPAGE", "https://www.gnu.org/software/make/"),
        ("LICENSE", "gnu-gpl-v3"),
        ("BUILD_DATE", "2026-11-30 04:05:06 +0000"),
        ("OPSYS", "SunOS"),
        ("OS_VERSION", "5.11"),
        ("COMMENT", "GNU version of make"),
        ("FILE_NAME", "gmake-4.4.1.tgz"),
    ] {
        assert_eq!(value(gmake, k), [v], "{k}");
    }
    assert_eq!(value(gmake, "DESCRIPTION"), ["GNU make.", "Second line."]);
    assert_eq!(value(gmake, "MACHINE_ARCH").len(), 1);
    assert!(value(gmake, "FILE_CKSUM")[0].starts_with("sha256 "));
    let tool = entry(&all, "tool-2.0");
    assert_eq!(value(tool, "DEPENDS"), ["gmake>=4"]);
    assert_eq!(value(tool, "CONFLICTS"), ["oldtool-[0-9]*"]);
    assert_eq!(value(tool, "SUPERSEDES"), ["oldtool-[0-9]*"]);
    let libfoo = entry(&all, "libfoo-1.0");
    assert_eq!(value(libfoo, "REQUIRES"), ["/lib/libc.so.1"]);
    assert_eq!(
        value(libfoo, "PROVIDES"),
        [format!("{LINE1}/lib/libfoo.so.1")]
    );

    // The system's libc under the client's root, as on a real SmartOS zone.
    let libc = env.root.join("lib/libc.so.1");
    fs::create_dir_all(libc.parent().unwrap()).unwrap();
    fs::write(&libc, "").unwrap();
    let c = repo.client(repo.dir.to_str().unwrap());
    c.ok(&["install", "tool"]);
    assert_eq!(
        c.ok(&["list"])
            .lines()
            .map(|l| l.split_whitespace().next().unwrap())
            .collect::<Vec<_>>(),
        ["gmake-4.4.1", "libfoo-1.0", "tool-2.0"]
    );
    assert_eq!(
        fs::read_to_string(&log).unwrap(),
        "gmake-4.4.1 PRE-INSTALL\ngmake-4.4.1 POST-INSTALL\n"
    );
    c.ok(&["verify"]);
}

#[test]
fn pbulk_s_own_summary_is_kept_field_for_field_and_checked_against_the_files() {
    let env = Env::new();
    let pkgs = bulk(&env.path("log"));
    let repo = SignedRepo::new(&env, "bulk");
    for p in &pkgs {
        p.write(&repo.dir.join("All"), "tgz");
    }
    write_pbulk_summary(&repo, &pkgs, "FILE_CKSUM=sha512 00ff\nPKG_OPTIONS=guile\n");
    repo.index("1.0.0");
    let all = written(&repo);
    let gmake = entry(&all, "gmake-4.4.1");
    assert_eq!(
        value(gmake, "PKG_OPTIONS"),
        ["guile"],
        "pbulk's fields are kept"
    );
    let cksum = value(gmake, "FILE_CKSUM");
    assert_eq!(cksum.len(), 1);
    assert!(cksum[0].starts_with("sha256 "), "{cksum:?}");
    assert_eq!(value(gmake, "PKGTOOLS_VERSION"), ["20091115"]);
    assert_eq!(value(gmake, "DESCRIPTION"), ["GNU make.", "Second line."]);
    // A client reads it as any index.
    let c = repo.client(repo.dir.to_str().unwrap());
    assert!(c.ok(&["avail"]).contains("gmake-4.4.1"));
}

#[test]
fn a_summary_that_does_not_describe_the_directory_is_refused() {
    let env = Env::new();
    let pkgs = bulk(&env.path("log"));
    let repo = SignedRepo::new(&env, "bulk");
    for p in &pkgs {
        p.write(&repo.dir.join("All"), "tgz");
    }
    let index = |code: i32| {
        env.fails(
            &[
                "repo",
                "index",
                repo.dir.to_str().unwrap(),
                "--line",
                "1",
                "--release",
                "1.0.0",
                "--min-platform",
                common::MIN_PLATFORM,
                "--sign",
                repo.keys.secret.to_str().unwrap(),
            ],
            code,
        )
    };
    // An entry whose file is missing.
    let mut more = pkgs.clone();
    more.push(PkgsrcPkg::new("ghost-1.0", LINE1).comment("not built"));
    write_pbulk_summary(&repo, &more, "");
    let err = index(1);
    assert!(
        err.contains("names ghost-1.0") && err.contains("pkg_summary.gz"),
        "{err}"
    );
    // A file without an entry.
    write_pbulk_summary(&repo, &pkgs[..2], "");
    let err = index(1);
    assert!(
        err.contains("tool-2.0.tgz") && err.contains("has no entry"),
        "{err}"
    );
    // A size that is not the file's.
    let mut text = String::new();
    for p in &pkgs {
        text.push_str(p.summary().trim_end());
        text.push_str(&format!("\nFILE_NAME={}.tgz\nFILE_SIZE=7\n\n", p.name));
    }
    fs::write(repo.dir.join("All/pkg_summary.gz"), gz(&text)).unwrap();
    let err = index(4);
    assert!(err.contains("FILE_SIZE=7"), "{err}");
    // A name that is not the package's.
    let text = pkgs
        .iter()
        .map(|p| {
            let size = fs::metadata(repo.dir.join(format!("All/{}.tgz", p.name)))
                .unwrap()
                .len();
            format!(
                "{}\nFILE_NAME={}.tgz\nFILE_SIZE={size}\n\n",
                p.summary()
                    .trim_end()
                    .replace("PKGNAME=gmake-4.4.1", "PKGNAME=gmake-9.9"),
                p.name
            )
        })
        .collect::<String>();
    fs::write(repo.dir.join("All/pkg_summary.gz"), gz(&text)).unwrap();
    let err = index(4);
    assert!(
        err.contains("PKGNAME=gmake-9.9") && err.contains("gmake-4.4.1"),
        "{err}"
    );
    assert!(!repo.dir.join("release").exists(), "nothing was announced");
}

fn gz(text: &str) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(text.as_bytes()).unwrap();
    gz.finish().unwrap()
}
