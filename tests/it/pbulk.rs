//! A bulk build published as a CBE line without repacking: `cbe repo index` over a pbulk
//! output directory (packages in `All/` as pkg_create writes them, with or without pbulk's
//! own `All/pkg_summary.gz`) keeps every pkg_summary field, is signed, and a client installs
//! from it by name: scripts run, a REQUIRES of a system file is met by the file, a REQUIRES
//! of a library by the package that PROVIDES it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::common::{one_line, Client, Env, PkgsrcPkg, SignedRepo, LINE1, MIN_PLATFORM};
use sha2::{Digest, Sha256};

const DATE: &str = "BUILD_DATE=2026-11-30 04:05:06 +0000";

/// The bulk build's packages and the compression each was made with, carrying the
/// +BUILD_INFO keys pbulk's packages carry (and two that pkg_info -X leaves out).
fn bulk(log: &Path) -> Vec<(PkgsrcPkg, &'static str)> {
    let lib = format!("{LINE1}/lib/libfoo.so.1");
    vec![
        (
            PkgsrcPkg::new("gmake-4.4.1", LINE1)
                .comment("GNU version of make")
                .desc("GNU make.\n\nSecond paragraph.\n")
                .build_info(DATE)
                .build_info("CATEGORIES=devel gnu")
                .build_info("HOMEPAGE=https://www.gnu.org/software/make/")
                .build_info("LICENSE=gnu-gpl-v3")
                .build_info("PKGPATH=devel/gmake")
                .build_info("PKG_OPTIONS=nls")
                .build_info("PREV_PKGPATH=devel/gnumake")
                .build_info("CC_VERSION=gcc-13.2.0")
                .build_info("BUILD_HOST=bulk1 SunOS 5.11 joyent_20240101T000000Z")
                .file("bin/gmake", "make\n")
                .install_script(&format!("#!/bin/sh\necho \"$1 $2\" >> {}\n", log.display())),
            "tgz",
        ),
        (
            PkgsrcPkg::new("libfoo-1.0", LINE1)
                .comment("A library")
                .build_info(DATE)
                .build_info("CATEGORIES=devel")
                .build_info("PKGPATH=devel/libfoo")
                .build_info(&format!("PROVIDES={lib}"))
                .build_info("REQUIRES=/lib/libc.so.1")
                .file("lib/libfoo.so.1", "lib\n"),
            "tbz",
        ),
        (
            PkgsrcPkg::new("tool-2.0", LINE1)
                .comment("A tool")
                .build_info(DATE)
                .build_info("CATEGORIES=sysutils")
                .build_info("PKGPATH=sysutils/tool")
                .build_info(&format!("REQUIRES={lib}"))
                .build_info("REQUIRES=/lib/libc.so.1")
                .build_info("SUPERSEDES=oldtool-[0-9]*")
                .depends("gmake>=4")
                .conflicts("oldtool-[0-9]*")
                .file("bin/tool", "tool\n"),
            "txz",
        ),
        (
            PkgsrcPkg::new("tool-doc-2.0", LINE1)
                .comment("The tool's manual")
                .build_info(DATE)
                .build_info("PKGPATH=sysutils/tool-doc")
                .file("share/doc/tool/manual.txt", "manual\n"),
            "tar",
        ),
    ]
}

/// A pbulk output directory with the bulk build's packages in All/; the packages' files.
fn build(env: &Env) -> (SignedRepo<'_>, Vec<(PkgsrcPkg, PathBuf)>) {
    let repo = SignedRepo::new(env, "bulk");
    let built = bulk(&env.path("install.log"))
        .into_iter()
        .map(|(p, suffix)| {
            let f = p.write(&repo.dir.join("All"), suffix);
            (p, f)
        })
        .collect();
    (repo, built)
}

/// What `pkg_info -X FILE` writes of a package file, as pbulk's `build` script runs it: the
/// entry without its closing empty line.
fn pkg_info_x(p: &PkgsrcPkg, file: &Path) -> String {
    let mut lines: Vec<String> = p.summary().lines().map(str::to_string).collect();
    lines.retain(|l| !l.is_empty());
    let at = lines
        .iter()
        .position(|l| l.starts_with("DESCRIPTION="))
        .unwrap_or(lines.len());
    let name = file.file_name().unwrap().to_str().unwrap();
    let size = fs::metadata(file).unwrap().len();
    lines.insert(at, format!("FILE_SIZE={size}"));
    lines.insert(at, format!("FILE_NAME={name}"));
    lines.join("\n") + "\n"
}

/// The lines cbe adds to an entry it derives or keeps: the SHA-256 clients require, and the
/// prefix the package installs into.
fn cbe_lines(file: &Path) -> Vec<String> {
    let sha = hex::encode(Sha256::digest(fs::read(file).unwrap()));
    vec![
        format!("FILE_CKSUM=sha256 {sha}"),
        format!("PREFIX={LINE1}"),
    ]
}

/// The pkg_summary the index wrote, each entry's lines sorted, by PKGNAME.
fn written(repo: &SignedRepo<'_>) -> Vec<(String, Vec<String>)> {
    let mut all: Vec<(String, Vec<String>)> = fs::read_to_string(repo.dir.join("pkg_summary"))
        .unwrap()
        .split("\n\n")
        .filter(|e| !e.trim().is_empty())
        .map(|e| {
            let mut lines: Vec<String> = e.lines().map(str::to_string).collect();
            let name = lines[0].strip_prefix("PKGNAME=").unwrap().to_string();
            lines.sort();
            (name, lines)
        })
        .collect();
    all.sort();
    all
}

/// Entries as they should be written: each entry's lines and the added ones, sorted, by
/// PKGNAME.
fn expected(entries: Vec<(&PkgsrcPkg, String, Vec<String>)>) -> Vec<(String, Vec<String>)> {
    let mut all: Vec<(String, Vec<String>)> = entries
        .into_iter()
        .map(|(p, entry, add)| {
            let mut lines: Vec<String> = entry.lines().map(str::to_string).collect();
            lines.extend(add);
            lines.sort();
            (p.name.clone(), lines)
        })
        .collect();
    all.sort();
    all
}

/// pbulk's own summary text: each package's `pkg_info -X` entry, with `extra` lines added to
/// the entry of the package called `extra_in`.
fn pbulk_summary(built: &[(PkgsrcPkg, PathBuf)], extra_in: &str, extra: &str) -> String {
    built
        .iter()
        .map(|(p, f)| {
            let more = if p.name == extra_in { extra } else { "" };
            format!("{}{more}\n", pkg_info_x(p, f))
        })
        .collect()
}

fn gz(text: &str) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(text.as_bytes()).unwrap();
    gz.finish().unwrap()
}

fn bz2(text: &str) -> Vec<u8> {
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::best());
    bz.write_all(text.as_bytes()).unwrap();
    bz.finish().unwrap()
}

/// The system's libc under the client's root, as on a SmartOS zone: what the packages'
/// `REQUIRES=/lib/libc.so.1` asks of the system.
fn system_libc(env: &Env) {
    let libc = env.root.join("lib/libc.so.1");
    fs::create_dir_all(libc.parent().unwrap()).unwrap();
    fs::write(&libc, "").unwrap();
}

/// Installs `tool` by name (pulling in gmake by DEPENDS and libfoo by REQUIRES), and checks
/// the scripts ran and the files are as the packages say.
fn install_tool(env: &Env, c: &Client) {
    system_libc(env);
    c.ok(&["install", "tool"]);
    let names: Vec<String> = c
        .ok(&["list"])
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(names, ["gmake-4.4.1", "libfoo-1.0", "tool-2.0"]);
    assert_eq!(
        fs::read_to_string(env.path("install.log")).unwrap(),
        "gmake-4.4.1 PRE-INSTALL\ngmake-4.4.1 POST-INSTALL\n"
    );
    assert_eq!(
        fs::read_to_string(env.prefix().join("lib/libfoo.so.1")).unwrap(),
        "lib\n"
    );
    c.ok(&["verify"]);
}

#[test]
fn a_bulk_build_is_indexed_with_every_field_pkg_info_writes_and_installs_by_name() {
    let env = Env::new();
    let (repo, built) = build(&env);
    repo.index("1.0.0");
    let want = expected(
        built
            .iter()
            .map(|(p, f)| (p, pkg_info_x(p, f), cbe_lines(f)))
            .collect(),
    );
    assert_eq!(written(&repo), want);
    // Spelled out for the fields pbulk's packages carry, whatever the fixture says.
    let gmake = &written(&repo)[0].1;
    for line in [
        "PKGNAME=gmake-4.4.1",
        "COMMENT=GNU version of make",
        "CATEGORIES=devel gnu",
        "HOMEPAGE=https://www.gnu.org/software/make/",
        "LICENSE=gnu-gpl-v3",
        "PKGPATH=devel/gmake",
        "PKG_OPTIONS=nls",
        "PREV_PKGPATH=devel/gnumake",
        "BUILD_DATE=2026-11-30 04:05:06 +0000",
        "OPSYS=SunOS",
        "OS_VERSION=5.11",
        "MACHINE_ARCH=x86_64",
        "PKGTOOLS_VERSION=20091115",
        "FILE_NAME=gmake-4.4.1.tgz",
        "DESCRIPTION=GNU make.",
        "DESCRIPTION=",
        "DESCRIPTION=Second paragraph.",
    ] {
        assert!(gmake.iter().any(|l| l == line), "{line} in {gmake:?}");
    }
    assert!(
        !gmake
            .iter()
            .any(|l| l.starts_with("CC_VERSION=") || l.starts_with("BUILD_HOST=")),
        "pkg_info -X leaves the rest of +BUILD_INFO out: {gmake:?}"
    );
    assert!(repo.dir.join("release.minisig").is_file());

    let c = repo.client(repo.dir.to_str().unwrap());
    install_tool(&env, &c);
}

#[test]
fn pbulk_s_own_summary_is_kept_field_for_field_and_served_signed() {
    let env = Env::new();
    let (repo, built) = build(&env);
    // pbulk's entry may say what cbe would not derive: kept as written; another digest
    // algorithm's FILE_CKSUM gives way to the SHA-256 cbe's clients require.
    let extra = "HOMEPAGE=https://example.org/tool\nNO_BIN_ON_FTP=yes\nFILE_CKSUM=sha512 00ff\n";
    let text = pbulk_summary(&built, "tool-2.0", extra);
    fs::write(repo.dir.join("All/pkg_summary.gz"), gz(&text)).unwrap();
    fs::write(repo.dir.join("All/pkg_summary.bz2"), bz2(&text)).unwrap();
    repo.index("1.0.0");
    let want = expected(
        built
            .iter()
            .map(|(p, f)| {
                let mut entry = pkg_info_x(p, f);
                if p.name == "tool-2.0" {
                    entry.push_str(&extra.replace("FILE_CKSUM=sha512 00ff\n", ""));
                }
                (p, entry, cbe_lines(f))
            })
            .collect(),
    );
    assert_eq!(written(&repo), want);
    assert_eq!(
        fs::read(repo.dir.join("All/pkg_summary.gz")).unwrap(),
        gz(&text),
        "pbulk's own files are left as they are"
    );

    // Served over HTTP, signed: the catalogue keeps the fields, and tool installs by name.
    let server = repo.serve();
    let c = repo.client(&server.url("/"));
    let avail: serde_json::Value = serde_json::from_str(&c.ok(&["--json", "avail"])).unwrap();
    let tool = avail
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "tool-2.0")
        .unwrap();
    for (k, v) in [
        ("PKGPATH", "sysutils/tool"),
        ("HOMEPAGE", "https://example.org/tool"),
        ("NO_BIN_ON_FTP", "yes"),
        ("BUILD_DATE", "2026-11-30 04:05:06 +0000"),
    ] {
        assert!(
            tool["other"]
                .as_array()
                .unwrap()
                .iter()
                .any(|kv| kv[0] == k && kv[1] == v),
            "{k}={v} in {tool}"
        );
    }
    assert_eq!(tool["supersedes"][0], "oldtool-[0-9]*");
    install_tool(&env, &c);
}

/// `cbe repo index` of `repo`, which must fail with `code`; returns its one-line error.
fn refused(env: &Env, repo: &SignedRepo<'_>, code: i32) -> String {
    let dir = repo.dir.to_str().unwrap();
    let key = repo.keys.secret.to_str().unwrap();
    let err = env.fails(
        &[
            "repo",
            "index",
            dir,
            "--line",
            "1",
            "--release",
            "1.0.1",
            "--min-platform",
            MIN_PLATFORM,
            "--sign",
            key,
        ],
        code,
    );
    one_line(&err).to_string()
}

/// The index files of a repository, to show a refusal changed none of them.
fn index_files(repo: &SignedRepo<'_>) -> Vec<(String, Vec<u8>)> {
    [
        "pkg_summary",
        "pkg_summary.zst",
        "release",
        "release.minisig",
    ]
    .iter()
    .map(|n| (n.to_string(), fs::read(repo.dir.join(n)).unwrap()))
    .collect()
}

#[test]
fn a_summary_that_does_not_describe_the_directory_is_refused_and_the_old_index_stays() {
    let env = Env::new();
    let (repo, built) = build(&env);
    repo.index("1.0.0");
    let before = index_files(&repo);
    let gzpath = repo.dir.join("All/pkg_summary.gz");
    let put = |text: &str| fs::write(&gzpath, gz(text)).unwrap();
    let good = pbulk_summary(&built, "", "");

    // An entry whose file is missing.
    let ghost = PkgsrcPkg::new("ghost-1.0", LINE1).comment("not built");
    let ghost_file = ghost.write(&env.path("elsewhere"), "tgz");
    put(&format!("{good}{}\n", pkg_info_x(&ghost, &ghost_file)));
    let err = refused(&env, &repo, 1);
    assert!(
        err.contains("All/pkg_summary.gz") && err.contains("names ghost-1.0"),
        "{err}"
    );

    // A file without an entry.
    put(&pbulk_summary(&built[..3], "", ""));
    let err = refused(&env, &repo, 1);
    assert!(
        err.contains("All/tool-doc-2.0.tar") && err.contains("has no entry"),
        "{err}"
    );

    // A size, a name, a digest, a dependency and a library that are not the package's.
    let tool = pkg_info_x(&built[2].0, &built[2].1);
    let size = fs::metadata(&built[2].1).unwrap().len();
    let digest = "ab".repeat(32);
    for (from, to, says) in [
        (
            format!("FILE_SIZE={size}"),
            "FILE_SIZE=7".to_string(),
            "says FILE_SIZE 7".to_string(),
        ),
        (
            "PKGNAME=tool-2.0".into(),
            "PKGNAME=tool-9.9".into(),
            "says PKGNAME tool-9.9, the package has tool-2.0".into(),
        ),
        (
            "COMMENT=".into(),
            format!("FILE_CKSUM=sha256 {digest}\nCOMMENT="),
            format!("says FILE_CKSUM sha256 {digest}"),
        ),
        (
            "DEPENDS=gmake>=4".into(),
            "DEPENDS=gmake>=5".into(),
            "says DEPENDS gmake>=5, the package has gmake>=4".into(),
        ),
        (
            "REQUIRES=/lib/libc.so.1\n".into(),
            String::new(),
            "says REQUIRES".into(),
        ),
    ] {
        put(&good.replace(&tool, &tool.replace(&from, &to)));
        let err = refused(&env, &repo, 4);
        assert!(
            err.contains("All/tool-2.0.txz") && err.contains(&says) && err.contains("regenerate"),
            "{from} -> {to}: {err}"
        );
    }

    // Two copies of pbulk's summary that disagree: one is stale.
    put(&good);
    fs::write(
        repo.dir.join("All/pkg_summary.bz2"),
        bz2(&pbulk_summary(&built[..3], "", "")),
    )
    .unwrap();
    let err = refused(&env, &repo, 1);
    assert!(
        err.contains("All/pkg_summary.gz") && err.contains("All/pkg_summary.bz2"),
        "{err}"
    );
    fs::remove_file(repo.dir.join("All/pkg_summary.bz2")).unwrap();

    // A summary that is not what its name says.
    fs::write(&gzpath, &gz(&good)[..40]).unwrap();
    let err = refused(&env, &repo, 1);
    assert!(
        err.contains("All/pkg_summary.gz") && err.contains("cannot be decoded"),
        "{err}"
    );

    assert_eq!(
        index_files(&repo),
        before,
        "the old index was left as it was"
    );
}
