//! pkgin-test-suite's download and install scenarios, translated: the suites `http-dl`,
//! `file-dl`, `file-size`, `order`, the install/import part of `install` and the massive
//! sizes of `invalid`, over packages
//! laid out as pkgsrc's pkg_create writes them, in a signed repository served by the tests'
//! HTTP server on 127.0.0.1 or read from a directory.
//!
//! Where cbe differs from pkgin on purpose, the test asserts cbe's equivalent and says why:
//! - a transaction is all or nothing: when one download of several fails, pkgin installs
//!   the others and exits 1; cbe installs none, names every failed download, exits with the
//!   first failure's code, and keeps what it fetched in the cache for the retry.
//! - exit codes tell failures apart: 7 not published (404), 4 a file that is not the
//!   index's (size or digest), 5 a transfer cut short; pkgin exits 1 for all.
//! - sizes: pkgin prints the change in disk use ("13B of additional disk space"); cbe's plan
//!   gives the downloads and the installed size of what it installs (the old files stay in
//!   the transaction's trash until the commit, so that is what must fit).
//! - a package marked PKG_PRESERVE is refused by `remove` with exit 1 (pkgin exits 0).
//! - a directory (file://) repository's package is copied into the cache, verified, where
//!   pkgin symlinks it: a repository file changed later (file-dl cuts one in half) cannot
//!   change a package cbe already checked. So cbe counts those bytes "to download" where
//!   pkgin says 0B.
//! - pkgin's PKG_INSTALL_LOG is cbe's `history`: what each transaction installed.
//! - pkgin's `-4`/`-6` (http-dl "test IPv4/IPv6 flags") have no cbe flag: cbe tries the
//!   addresses the system resolves for the repository's host, of either family.

use crate::common;

use std::fs;

use crate::common::{Client, Env, Fault, PkgsrcPkg, SignedRepo, LINE1};

const DATE: &str = "BUILD_DATE=1970-01-01 01:01:01 +0000";

fn pkg(name: &str, comment: &str, pkgpath: &str) -> PkgsrcPkg {
    let category = pkgpath.split('/').next().unwrap();
    PkgsrcPkg::suite(name, comment, category, pkgpath).build_info(DATE)
}

/// The download suites' packages: preserve, and download-{ok,notfound,mismatch,truncate}.
fn download_packages() -> Vec<PkgsrcPkg> {
    let mut v = vec![pkg(
        "preserve-1.0",
        "Package should remain at all times",
        "download/preserve",
    )
    .preserve()];
    for (p, c) in [
        ("ok", "Package tests download success"),
        ("notfound", "Package tests download failure (404)"),
        ("mismatch", "Package tests download failure (corrupt)"),
        ("truncate", "Package tests incorrect pkgin cache"),
    ] {
        v.push(pkg(
            &format!("download-{p}-1.0"),
            c,
            &format!("download/download-{p}"),
        ));
    }
    v
}

fn publish<'e>(env: &'e Env, pkgs: &[PkgsrcPkg]) -> SignedRepo<'e> {
    let repo = SignedRepo::new(env, "repo");
    for p in pkgs {
        p.write(&repo.dir.join("All"), "tgz");
    }
    repo.index("1.0.0");
    repo
}

fn installed(c: &Client) -> Vec<String> {
    c.installed()
}

/// `cbe list` as pkg_info prints it, each line "NAME COMMENT" with the padding squeezed, to
/// compare with the suite's exp/*/pkg_info.* files.
fn pkg_info(c: &Client) -> String {
    squeeze(&c.ok(&["list"]))
}

fn squeeze(text: &str) -> String {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ") + "\n")
        .collect()
}

/// What the cache directory holds (nothing when it is missing): pkgin's `rmdir
/// ${PKGIN_CACHE}` succeeds exactly when this is empty.
fn cache_entries(env: &Env) -> Vec<String> {
    fs::read_dir(env.root.join("var/cache/cbe"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The plan notice's "N B to download, M B installed", from a run's standard error.
fn plan_sizes(stderr: &str) -> &str {
    stderr
        .lines()
        .find_map(|l| l.split_once("to remove; ").map(|(_, sizes)| sizes))
        .unwrap_or_else(|| panic!("no plan summary in:\n{stderr}"))
}

fn stderr_of(c: &Client, args: &[&str]) -> String {
    let o = c.run(args);
    assert!(o.status.success(), "{args:?}: {o:?}");
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn file_len(repo: &SignedRepo<'_>, name: &str) -> u64 {
    fs::metadata(repo.dir.join(format!("All/{name}.tgz")))
        .unwrap()
        .len()
}

fn cached(env: &Env, name: &str) -> bool {
    fs::read_dir(env.root.join("var/cache/cbe"))
        .map(|d| {
            d.flatten().any(|e| {
                e.file_name()
                    .to_string_lossy()
                    .ends_with(&format!("-{name}.tgz"))
            })
        })
        .unwrap_or(false)
}

/// pkg_add of preserve from the repository's file (kept, as pkg_add marks it).
fn pkg_add_preserve(repo: &SignedRepo<'_>, c: &Client) {
    let f = repo.dir.join("All/preserve-1.0.tgz");
    let copy = repo.dir.parent().unwrap().join("preserve-1.0.tgz");
    fs::copy(f, &copy).unwrap();
    c.ok(&["install", copy.to_str().unwrap()]);
}

// suite/http-dl.bats: every test, over HTTP, with the suite's httpd faults: download-notfound
// answers 404, download-mismatch is a complete response of half the file, download-truncate
// promises the whole file and sends part of it.
#[test]
fn http_downloads_only_install_from_the_cache_and_report_every_failure() {
    let env = Env::new();
    let repo = publish(&env, &download_packages());
    let server = repo.serve();
    server.fault("download-notfound-1.0.tgz", Fault::NotFound);
    server.fault("download-mismatch-1.0.tgz", Fault::Short);
    server.fault("download-truncate-1.0.tgz", Fault::Truncate(100));
    let c = repo.client(&server.url("/"));
    let gets = |name: &str| server.requests(&format!("{name}.tgz")).len();
    // "perform initial pkgin setup": pkg_add from the file, then the cache is empty.
    pkg_add_preserve(&repo, &c);
    c.ok(&["update"]);
    assert_eq!(cache_entries(&env), Vec::<String>::new(), "rmdir cache");
    // "test download-only": "1 package to download: download-ok-1.0", in the cache, not
    // installed.
    let err = stderr_of(&c, &["install", "-d", "download-ok"]);
    assert!(err.contains("install download-ok-1.0"), "{err}");
    let size = file_len(&repo, "download-ok-1.0");
    assert_eq!(
        plan_sizes(&err),
        format!("{size} B to download, 16 B installed")
    );
    assert!(cached(&env, "download-ok-1.0"));
    assert!(!installed(&c).contains(&"download-ok-1.0".to_string()));
    // "test install of already-downloaded package": "0B to download, 16B of additional disk
    // space", and no second download.
    let before = gets("download-ok-1.0");
    let err = stderr_of(&c, &["install", "download-ok"]);
    assert_eq!(plan_sizes(&err), "0 B to download, 16 B installed");
    assert_eq!(gets("download-ok-1.0"), before, "installed from the cache");
    assert!(installed(&c).contains(&"download-ok-1.0".to_string()));
    // "test pkgin clean": an empty directory that rmdir removes.
    c.ok(&["clean"]);
    assert_eq!(cache_entries(&env), Vec::<String>::new());
    fs::remove_dir(env.root.join("var/cache/cbe")).unwrap();
    // "test download and install": "[0-9]+[BK] to download, 16B of additional disk space".
    c.ok(&["remove", "download-ok"]);
    let err = stderr_of(&c, &["install", "download-ok"]);
    assert_eq!(
        plan_sizes(&err),
        format!("{size} B to download, 16 B installed")
    );
    assert_eq!(gets("download-ok-1.0"), before + 1);
    assert!(installed(&c).contains(&"download-ok-1.0".to_string()));
    // "test failed download (not found)", "(truncated)", "(mismatch)": each its own exit
    // code (pkgin exits 1 for all), the file named, nothing left in the cache
    // ("[ -L ${PKGIN_CACHE}/download-*-1.0.tgz ]" fails), nothing installed.
    for (name, code, says) in [
        ("download-notfound", 7, "not published"),
        ("download-truncate", 5, "transfer cut"),
        ("download-mismatch", 4, "size mismatch"),
    ] {
        let err = c.fails(&["install", name], code);
        assert!(err.contains(says), "{name}: {err}");
        assert!(err.contains(&format!("{name}-1.0.tgz")), "{name}: {err}");
        assert!(plan_sizes(&err).ends_with(", 22 B installed"), "{err}");
        assert!(!cached(&env, &format!("{name}-1.0")), "{name}");
        assert!(!installed(&c).contains(&format!("{name}-1.0")));
    }
    // "test all failed downloads": every failure named, nothing installed (all or nothing),
    // the good one kept in the cache for the retry; the exit code is the first failed
    // package's in the plan (download-notfound's 7), whichever transfer ends first.
    c.ok(&["remove", "download-ok"]);
    c.ok(&["clean"]);
    c.ok(&["update"]);
    let err = c.fails(
        &[
            "install",
            "download-notfound",
            "download-truncate",
            "download-mismatch",
            "download-ok",
        ],
        7,
    );
    for (name, says) in [
        ("download-notfound", "not published"),
        ("download-truncate", "transfer cut"),
        ("download-mismatch", "size mismatch"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("{name}-1.0.tgz")))
            .unwrap_or_else(|| panic!("{name} not reported: {err}"));
        assert!(line.contains(says), "{line}");
    }
    assert_eq!(installed(&c), ["preserve-1.0"]);
    assert!(cached(&env, "download-ok-1.0"));
    // pkgin installed download-ok in that run; cbe's retry of it needs no download.
    let before = gets("download-ok-1.0");
    let err = stderr_of(&c, &["install", "download-ok"]);
    assert!(plan_sizes(&err).starts_with("0 B to download"), "{err}");
    assert_eq!(gets("download-ok-1.0"), before);
    // "compare pkg_info".
    assert_eq!(
        pkg_info(&c),
        squeeze(
            "download-ok-1.0     Package tests download success
preserve-1.0        Package should remain at all times
"
        ),
        "exp/http-dl/pkg_info.final"
    );
}

// suite/file-dl.bats: the same from a repository directory (pkgin's file:// PKG_REPOS),
// whose files the suite changes in place.
#[test]
fn directory_repositories_download_install_and_refuse_missing_or_short_files() {
    let env = Env::new();
    let repo = publish(&env, &download_packages());
    let c = repo.client(repo.dir.to_str().unwrap());
    // "perform initial pkgin setup".
    pkg_add_preserve(&repo, &c);
    c.ok(&["update"]);
    assert_eq!(cache_entries(&env), Vec::<String>::new(), "rmdir cache");
    // "test download-only": pkgin makes a symlink to the repository's file; cbe a verified
    // copy (see the top of this file).
    let size = file_len(&repo, "download-ok-1.0");
    let err = stderr_of(&c, &["install", "-d", "download-ok"]);
    assert_eq!(
        plan_sizes(&err),
        format!("{size} B to download, 16 B installed")
    );
    let copy = cache_entries(&env)
        .into_iter()
        .find(|n| n.ends_with("-download-ok-1.0.tgz"))
        .expect("download-ok-1.0 in the cache");
    let md = fs::symlink_metadata(env.root.join("var/cache/cbe").join(copy)).unwrap();
    assert!(md.is_file() && md.len() == size, "a copy, not a link");
    assert!(!installed(&c).contains(&"download-ok-1.0".to_string()));
    // "test successful install": from the cache.
    let err = stderr_of(&c, &["install", "download-ok"]);
    assert_eq!(plan_sizes(&err), "0 B to download, 16 B installed");
    assert!(installed(&c).contains(&"download-ok-1.0".to_string()));
    // "test pkgin clean".
    c.ok(&["clean"]);
    assert_eq!(cache_entries(&env), Vec::<String>::new());
    fs::remove_dir(env.root.join("var/cache/cbe")).unwrap();
    // "test download and install".
    c.ok(&["remove", "download-ok"]);
    c.ok(&["install", "download-ok"]);
    assert!(installed(&c).contains(&"download-ok-1.0".to_string()));
    // "test failed pkgin download (not found)": the file removed from the repository.
    fs::remove_file(repo.dir.join("All/download-notfound-1.0.tgz")).unwrap();
    let err = c.fails(&["install", "download-notfound"], 7);
    assert!(err.contains("download-notfound-1.0.tgz"), "{err}");
    assert!(plan_sizes(&err).ends_with(", 22 B installed"), "{err}");
    assert!(!cached(&env, "download-notfound-1.0"));
    // "(mismatch)": the file cut to half its size on disk; refused before pkg_add would run.
    let f = repo.dir.join("All/download-mismatch-1.0.tgz");
    let bytes = fs::read(&f).unwrap();
    fs::write(&f, &bytes[..bytes.len() / 2]).unwrap();
    let err = c.fails(&["install", "download-mismatch"], 4);
    assert!(err.contains("download-mismatch-1.0.tgz"), "{err}");
    assert!(err.contains("size"), "{err}");
    assert!(!cached(&env, "download-mismatch-1.0"));
    assert!(!env.prefix().join("share/doc/download-mismatch").exists());
    // "compare pkg_info".
    assert_eq!(
        pkg_info(&c),
        squeeze(
            "download-ok-1.0     Package tests download success
preserve-1.0        Package should remain at all times
"
        ),
        "exp/file-dl/pkg_info.final"
    );
    // PKG_PRESERVE: pkgin leaves preserve alone; cbe refuses to remove it.
    let err = c.fails(&["remove", "preserve"], 1);
    assert!(err.contains("PKG_PRESERVE"), "{err}");
}

// suite/file-size.bats: an upgrade that grows and one that shrinks, packages made with
// `pkg_create -F none` (plain tar) so the sizes are exact; pkgin prints the change ("13B of
// additional disk space", "27B of disk space will be freed"), cbe the installed size of what
// it installs, from which the same change follows.
#[test]
fn plans_give_the_index_sizes_of_upgrades_that_grow_and_shrink() {
    let env = Env::new();
    let body = |t: &str, text: &str| {
        PkgsrcPkg::new(&format!("file-size-{t}"), LINE1)
            .comment("Package has a static FILE_SIZE")
            .build_info(DATE)
            .build_info("CATEGORIES=cat")
            .build_info("PKGPATH=cat/file-size")
            .file("share/doc/file-size", &format!("{text}\n"))
    };
    let v1 = body("1.0", "Some text to start with.");
    let v2 = body("2.0", "Some more text, more than previously.");
    let v3 = body("3.0", "Less text.");
    let repo = SignedRepo::new(&env, "repo");
    let all = repo.dir.join("All");
    v1.write(&all, "tar");
    repo.index("1.0.0");
    let c = repo.client(repo.dir.to_str().unwrap());
    // "install first package using pkg_add": quietly.
    let pkg = env.path("file-size-1.0.tar");
    fs::copy(all.join("file-size-1.0.tar"), &pkg).unwrap();
    c.ok(&["install", pkg.to_str().unwrap()]);
    let installed_size = || {
        let info: serde_json::Value =
            serde_json::from_str(&c.ok(&["--json", "info", "file-size"])).unwrap();
        info["package"]["size"].as_i64().unwrap()
    };
    // "test first upgrade (increase)", "test second upgrade (decrease)".
    for (v, change) in [(&v2, 13), (&v3, -27)] {
        fs::remove_dir_all(&all).unwrap();
        let file = v.write(&all, "tar");
        repo.index("1.0.0");
        let plan: serde_json::Value =
            serde_json::from_str(&c.ok(&["--json", "--dry-run", "upgrade"])).unwrap();
        assert_eq!(plan["download_bytes"], fs::metadata(file).unwrap().len());
        assert_eq!(plan["install_bytes"], v.size());
        assert_eq!(
            plan["install_bytes"].as_i64().unwrap() - installed_size(),
            change
        );
        c.ok(&["upgrade"]);
        assert_eq!(installed_size() as u64, v.size());
    }
    assert_eq!(installed(&c), ["file-size-3.0"]);
}

// suite/invalid.bats "test massive FILE_SIZE" and "test massive SIZE_PKG": sizes no disk
// holds are refused before anything is fetched ("does not have enough space for download",
// "... for installation"), in dry runs as well; a download-only run needs no room in the
// prefix, so a huge SIZE_PKG does not stop it.
#[test]
fn sizes_that_do_not_fit_are_refused_before_any_download_also_in_dry_runs() {
    let env = Env::new();
    let p = |name: &str, comment: &str| {
        let base = name.rsplit_once('-').unwrap().0;
        pkg(name, comment, &format!("invalid/{base}"))
    };
    let repo = publish(
        &env,
        &[
            p("badfilesize-1.0", "Package FILE_SIZE is too big"),
            p("badsizepkg-1.0", "Package SIZE_PKG is too big").size_pkg(123_456_789_123_456_789),
        ],
    );
    repo.edit_summary(|text| {
        text.split("\n\n")
            .map(|entry| {
                if !entry.contains("PKGNAME=badfilesize-1.0\n") {
                    return entry.to_string();
                }
                let huge = |l: &str| match l.starts_with("FILE_SIZE=") {
                    true => "FILE_SIZE=987654321987654321".to_string(),
                    false => l.to_string(),
                };
                entry.lines().map(huge).collect::<Vec<_>>().join("\n")
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    });
    let server = repo.serve();
    let c = repo.client(&server.url("/"));
    for (name, what) in [("badfilesize", "downloads"), ("badsizepkg", "files")] {
        let mut runs = vec![vec!["--dry-run", "install", name], vec!["install", name]];
        if name == "badfilesize" {
            runs.push(vec!["--dry-run", "install", "-d", name]);
            runs.push(vec!["install", "-d", name]);
        }
        for args in runs {
            let err = c.fails(&args, 1);
            let line = common::one_line(&err);
            assert!(line.contains("not enough space"), "{args:?}: {line}");
            assert!(line.contains(what), "{args:?}: {line}");
            assert!(
                line.starts_with("cbe: error: /"),
                "names the file system: {line}"
            );
        }
        assert!(
            server.requests(&format!("{name}-1.0.tgz")).is_empty(),
            "{name}: nothing was downloaded"
        );
    }
    assert_eq!(cache_entries(&env), Vec::<String>::new());
    assert!(installed(&c).is_empty());
    // Download only: the prefix need not hold it.
    c.ok(&["install", "-d", "badsizepkg"]);
    assert!(cached(&env, "badsizepkg-1.0"));
    assert!(installed(&c).is_empty());
}

// suite/order.bats: PRE-INSTALL runs once per package, in dependency order; the preserved
// pkg_install is upgraded but not removed; autoremove clears what nothing needs.
#[test]
fn install_scripts_run_once_each_in_dependency_order_across_upgrades() {
    let env = Env::new();
    let out = env.path("install-script-output");
    let script = format!(
        "case \"$2\" in\nPRE-INSTALL) echo \"$1\" >> {} ;;\nesac\n",
        out.display()
    );
    let make = |name: &str, deps: &[String], preserve: bool| {
        let base = name.rsplit_once('-').unwrap().0;
        let mut p = PkgsrcPkg::new(name, LINE1)
            .comment(base)
            .build_info(&format!("PKGPATH=cat/{base}"))
            .install_script(&script);
        for d in deps {
            p = p.depends(d);
        }
        if preserve {
            p = p.preserve();
        }
        p
    };
    let set = |version: &str, b_version: &str| {
        let mut v = Vec::new();
        for name in ["a", "b", "c"] {
            let ver = if name == "b" { b_version } else { version };
            let mut middle = vec![format!("a-underneath>={ver}")];
            if name != "a" {
                middle.push(format!("{name}-underneath>={ver}"));
            }
            v.push(make(&format!("{name}-underneath-{ver}"), &[], false));
            v.push(make(&format!("{name}-middle-{ver}"), &middle, false));
            v.push(make(
                &format!("{name}-top-{ver}"),
                &[format!("{name}-middle>={ver}")],
                false,
            ));
        }
        v
    };
    let mut first = set("1.0", "1.0");
    first.push(make("pkg_install-1.0", &[], true));
    let repo = SignedRepo::new(&env, "repo");
    let write = |pkgs: &[PkgsrcPkg]| {
        let all = repo.dir.join("All");
        let _ = fs::remove_dir_all(&all);
        for p in pkgs {
            p.write(&all, "tgz");
        }
    };
    write(&first);
    repo.index("1.0.0");
    let c = repo.client(repo.dir.to_str().unwrap());
    let runs = || {
        let text = fs::read_to_string(&out).unwrap_or_default();
        let _ = fs::remove_file(&out);
        text.lines().map(str::to_string).collect::<Vec<_>>()
    };
    let once_each_after_deps = |lines: &[String], pkgs: &[&str]| {
        for p in pkgs {
            assert_eq!(
                lines.iter().filter(|l| *l == p).count(),
                1,
                "{p}: {lines:?}"
            );
        }
        for (before, after) in [("a-underneath", "a-middle"), ("a-middle", "a-top")] {
            let (b, a) = (
                lines.iter().position(|l| l.starts_with(before)),
                lines.iter().position(|l| l.starts_with(after)),
            );
            if let (Some(b), Some(a)) = (b, a) {
                assert!(b < a, "{before} before {after}: {lines:?}");
            }
        }
    };
    c.ok(&["install", "pkg_install"]);
    runs();
    c.ok(&["install", "a-top", "b-top", "c-top"]);
    let lines = runs();
    assert_eq!(lines.len(), 9, "{lines:?}");
    once_each_after_deps(&lines, &["a-top-1.0", "b-top-1.0", "c-top-1.0"]);
    // The second repository: everything 2.0 except b, and pkg_install 2.0 needs mksh.
    let mut second = set("2.0", "1.0");
    second.push(make("mksh-59b", &[], false));
    second.push(make("pkg_install-2.0", &["mksh-[0-9]*".to_string()], true));
    write(&second);
    repo.index("1.1.0");
    c.ok(&["install", "pkg_install"]);
    assert_eq!(runs(), ["mksh-59b", "pkg_install-2.0"]);
    c.ok(&["upgrade"]);
    let lines = runs();
    once_each_after_deps(&lines, &["a-top-2.0", "c-top-2.0", "a-underneath-2.0"]);
    // pkgin removes b-underneath with what needs it (3) and a-underneath with the rest (5);
    // cbe's remove -r does the same.
    c.ok(&["remove", "-r", "b-underneath"]);
    c.ok(&["remove", "-r", "a-underneath"]);
    c.ok(&["autoremove"]);
    let err = c.fails(&["remove", "pkg_install"], 1);
    assert!(err.contains("PKG_PRESERVE"), "{err}");
    assert_eq!(
        installed(&c),
        ["mksh-59b", "pkg_install-2.0"],
        "exp/order/pkg_info.final"
    );
}

/// cbe's PKG_INSTALL_LOG: each transaction's packages as "ACTION NAME", oldest first.
fn install_log(c: &Client) -> Vec<Vec<String>> {
    let h: serde_json::Value = serde_json::from_str(&c.ok(&["--json", "history"])).unwrap();
    let mut txs: Vec<(i64, Vec<String>)> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|tx| {
            let steps = tx["packages"].as_array().unwrap().iter();
            let steps =
                steps.map(|p| format!("{} {}", p[0].as_str().unwrap(), p[1].as_str().unwrap()));
            (tx["id"].as_i64().unwrap(), steps.collect())
        })
        .collect();
    txs.sort();
    txs.into_iter().map(|(_, steps)| steps).collect()
}

/// The last transaction's installs, in the order cbe made them.
fn last_installs(c: &Client) -> Vec<String> {
    let log = install_log(c);
    let last = log.last().expect("a transaction").clone();
    for step in &last {
        assert!(step.starts_with("install "), "only installs: {last:?}");
    }
    last.iter()
        .map(|s| s["install ".len()..].to_string())
        .collect()
}

fn before(order: &[String], first: &str, then: &str) -> bool {
    let at = |n: &str| {
        order
            .iter()
            .position(|s| s == n)
            .unwrap_or_else(|| panic!("{n}: {order:?}"))
    };
    at(first) < at(then)
}

const START: &str = "preserve-1.0        Package should remain at all times\n";
const FINAL: &str = "deptree-bottom-1.0  Package is at the bottom of a dependency tree
deptree-middle-1.0  Package is in the middle of a dependency tree
deptree-top-1.0     Package is at the top of a dependency tree
pkgpath-1.0         PKGPATH differs to pkgpath-2.0
preserve-1.0        Package should remain at all times
";

// suite/install.bats: against an existing installation, against an empty one, the rest by
// full name, again (nothing to do), and all of it again from an import list of PKGPATHs;
// the installed packages' names, comments, files and BUILD_DATE. (Its queries are in
// tests/it/pkgin_verbs.rs.)
#[test]
fn install_against_existing_and_empty_installations_and_by_import() {
    let env = Env::new();
    let pkgs = vec![
        pkg(
            "preserve-1.0",
            "Package should remain at all times",
            "cat1/preserve",
        )
        .preserve(),
        pkg(
            "pkgpath-1.0",
            "PKGPATH differs to pkgpath-2.0",
            "cat2/pkgpath1",
        ),
        pkg(
            "pkgpath-2.0",
            "PKGPATH differs to pkgpath-1.0",
            "cat2/pkgpath2",
        ),
        pkg(
            "deptree-bottom-1.0",
            "Package is at the bottom of a dependency tree",
            "cat3/deptree-bottom",
        )
        .depends("preserve>=1.0"),
        pkg(
            "deptree-middle-1.0",
            "Package is in the middle of a dependency tree",
            "cat3/deptree-middle",
        )
        .depends("deptree-bottom-[0-9]*"),
        pkg(
            "deptree-top-1.0",
            "Package is at the top of a dependency tree",
            "cat3/deptree-top",
        )
        .depends("deptree-middle>=1.0"),
    ];
    let repo = publish(&env, &pkgs);
    let server = repo.serve();
    let c = repo.client(&server.url("/"));
    // "install first package using pkg_add", "verify first package with pkg_info".
    pkg_add_preserve(&repo, &c);
    assert_eq!(pkg_info(&c), squeeze(START), "exp/install/pkg_info.start");
    // "test pkgin install against existing installation": nothing to do, so nothing is
    // logged ("verify PKG_INSTALL_LOG is missing": no transaction after pkg_add's).
    let plan: serde_json::Value =
        serde_json::from_str(&c.ok(&["--json", "install", "preserve"])).unwrap();
    assert_eq!(plan["install"], serde_json::json!([]));
    assert_eq!(install_log(&c), [["install preserve-1.0"]]);
    assert_eq!(pkg_info(&c), squeeze(START), "exp/install/pkgin-list.start");
    // "create empty installation", "test pkgin install against empty installation".
    let env2 = Env::new();
    let c2 = Client::new(&env2.root)
        .repo(server.url("/"))
        .trust(&repo.keys.public);
    let err = stderr_of(&c2, &["install", "preserve"]);
    assert!(err.contains("install preserve-1.0"), "{err}");
    assert_eq!(
        pkg_info(&c2),
        squeeze(START),
        "exp/install/pkgin-list.start"
    );
    // "install remaining packages": 4 to install, dependencies first; the log holds only
    // installs ("verify PKG_INSTALL_LOG contents").
    c2.ok(&["install", "pkgpath-1.0", "deptree-top-1.0"]);
    let order = last_installs(&c2);
    assert_eq!(order.len(), 4, "{order:?}");
    assert!(before(&order, "deptree-bottom-1.0", "deptree-middle-1.0"));
    assert!(before(&order, "deptree-middle-1.0", "deptree-top-1.0"));
    assert!(order.contains(&"pkgpath-1.0".to_string()));
    assert_eq!(
        pkg_info(&c2),
        squeeze(FINAL),
        "exp/install/pkgin-list.final"
    );
    // "attempt to install already-installed package": nothing to do, by name and (pkg_add's
    // "already recorded as installed") from the file.
    let txs = install_log(&c2).len();
    let err = stderr_of(&c2, &["install", "preserve"]);
    assert!(err.contains("already installed"), "{err}");
    let file = repo.dir.join("All/preserve-1.0.tgz");
    let err = stderr_of(&c2, &["install", file.to_str().unwrap()]);
    assert!(err.contains("already installed"), "{err}");
    assert_eq!(install_log(&c2).len(), txs, "nothing logged");
    // "verify pkgin export", then "rerun installs using pkgin import" into a third, empty
    // root: five installs, dependencies first, and only the listed packages kept (pkgin
    // 20.5.1 and earlier also kept deptree-{middle,bottom}).
    let list = c2.ok(&["export"]);
    assert_eq!(
        list, "cat1/preserve\ncat2/pkgpath1\ncat3/deptree-top\n",
        "exp/install/pkgin.export"
    );
    let file = env2.path("import-list");
    fs::write(&file, &list).unwrap();
    let env3 = Env::new();
    let c3 = Client::new(&env3.root)
        .repo(server.url("/"))
        .trust(&repo.keys.public);
    c3.ok(&["import", file.to_str().unwrap()]);
    let order = last_installs(&c3);
    assert_eq!(order.len(), 5, "{order:?}");
    assert!(before(&order, "preserve-1.0", "deptree-bottom-1.0"));
    assert!(before(&order, "deptree-bottom-1.0", "deptree-middle-1.0"));
    assert!(before(&order, "deptree-middle-1.0", "deptree-top-1.0"));
    assert_eq!(install_log(&c3).len(), 1, "one transaction");
    assert_eq!(
        squeeze(&c3.ok(&["show-keep"])),
        squeeze(
            "deptree-top-1.0      Package is at the top of a dependency tree
pkgpath-1.0          PKGPATH differs to pkgpath-2.0
preserve-1.0         Package should remain at all times
"
        ),
        "exp/install/pkgin.show-keep"
    );
    assert_eq!(
        squeeze(&c3.ok(&["show-no-keep"])),
        squeeze(
            "deptree-bottom-1.0   Package is at the bottom of a dependency tree
deptree-middle-1.0   Package is in the middle of a dependency tree
"
        ),
        "exp/install/pkgin.show-no-keep"
    );
    // "verify pkg_info", "verify pkgin list", "verify package file contents".
    assert_eq!(pkg_info(&c3), squeeze(FINAL), "exp/install/pkg_info.final");
    let mut docs: Vec<String> = fs::read_dir(env3.prefix().join("share/doc"))
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    docs.sort();
    assert_eq!(
        docs.concat(),
        "deptree-bottom-1.0\ndeptree-middle-1.0\ndeptree-top-1.0\npkgpath-1.0\npreserve-1.0\n",
        "exp/install/cat-share-doc-all.out"
    );
    // "verify BUILD_DATE": pkg_info -Q BUILD_DATE preserve-1.0.
    let info: serde_json::Value =
        serde_json::from_str(&c3.ok(&["--json", "info", "preserve-1.0"])).unwrap();
    let build_info = info["build_info"].as_str().unwrap();
    assert!(build_info.lines().any(|l| l == DATE), "{build_info}");
}
