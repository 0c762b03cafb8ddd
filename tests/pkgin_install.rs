//! pkgin-test-suite's download and install scenarios, translated: the suites `http-dl`,
//! `file-dl`, `file-size`, `order` and the install/import part of `install`, over packages
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

mod common;

use std::fs;

use common::{Client, Env, Fault, PkgsrcPkg, SignedRepo, LINE1};

const DATE: &str = "BUILD_DATE=1970-01-01 01:01:01 +0000";

fn pkg(name: &str, comment: &str, pkgpath: &str) -> PkgsrcPkg {
    let base = name.rsplit_once('-').unwrap().0;
    PkgsrcPkg::new(name, LINE1)
        .comment(comment)
        .build_info(DATE)
        .build_info(&format!(
            "CATEGORIES={}",
            pkgpath.split('/').next().unwrap()
        ))
        .build_info(&format!("PKGPATH={pkgpath}"))
        .file(&format!("share/doc/{base}"), &format!("{name}\n"))
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
    c.ok(&["list"])
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
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

// suite/http-dl.bats: every test, over HTTP.
#[test]
fn http_downloads_only_install_from_the_cache_and_report_every_failure() {
    let env = Env::new();
    let repo = publish(&env, &download_packages());
    let server = repo.serve();
    server.fault("download-notfound-1.0.tgz", Fault::NotFound);
    server.fault("download-mismatch-1.0.tgz", Fault::Short);
    server.fault("download-truncate-1.0.tgz", Fault::Truncate(100));
    let c = repo.client(&server.url("/"));
    pkg_add_preserve(&repo, &c);
    // "test download-only": in the cache, not installed.
    c.ok(&["install", "-d", "download-ok"]);
    assert!(cached(&env, "download-ok-1.0"));
    assert!(!installed(&c).contains(&"download-ok-1.0".to_string()));
    // "test install of already-downloaded package": no second download.
    let gets = |s: &common::Server| s.requests("download-ok-1.0.tgz").len();
    let before = gets(&server);
    c.ok(&["install", "download-ok"]);
    assert_eq!(gets(&server), before, "installed from the cache");
    // "test pkgin clean", "test download and install".
    c.ok(&["clean"]);
    assert!(!cached(&env, "download-ok-1.0"));
    c.ok(&["remove", "download-ok"]);
    c.ok(&["install", "download-ok"]);
    assert!(installed(&c).contains(&"download-ok-1.0".to_string()));
    // The three failures, one at a time: each its own exit code, nothing left in the cache.
    for (name, code, says) in [
        ("download-notfound", 7, "not published"),
        ("download-truncate", 5, "transfer cut"),
        ("download-mismatch", 4, "size mismatch"),
    ] {
        let err = c.fails(&["install", name], code);
        assert!(err.contains(says), "{name}: {err}");
        assert!(!cached(&env, &format!("{name}-1.0")), "{name}");
        assert!(!installed(&c).contains(&format!("{name}-1.0")));
    }
    // "test all failed downloads": every failure named, nothing installed (all or nothing),
    // the good one kept in the cache for the retry.
    c.ok(&["remove", "download-ok"]);
    c.ok(&["clean"]);
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
    for name in [
        "download-notfound",
        "download-truncate",
        "download-mismatch",
    ] {
        assert!(
            err.contains(&format!("{name}-1.0.tgz")),
            "{name} not reported: {err}"
        );
    }
    assert_eq!(
        installed(&c),
        ["preserve-1.0"],
        "exp/http-dl/pkg_info.final less download-ok"
    );
    assert!(cached(&env, "download-ok-1.0"));
}

// suite/file-dl.bats: the same from a repository directory (pkgin's file:// PKG_REPOS).
#[test]
fn directory_repositories_download_install_and_refuse_missing_or_short_files() {
    let env = Env::new();
    let repo = publish(&env, &download_packages());
    let c = repo.client(repo.dir.to_str().unwrap());
    pkg_add_preserve(&repo, &c);
    c.ok(&["install", "-d", "download-ok"]);
    assert!(cached(&env, "download-ok-1.0"));
    c.ok(&["install", "download-ok"]);
    c.ok(&["clean"]);
    c.ok(&["remove", "download-ok"]);
    c.ok(&["install", "download-ok"]);
    // "test failed pkgin download (not found)": the file removed from the repository.
    fs::remove_file(repo.dir.join("All/download-notfound-1.0.tgz")).unwrap();
    let err = c.fails(&["install", "download-notfound"], 7);
    assert!(err.contains("download-notfound-1.0.tgz"), "{err}");
    // "(mismatch)": the file cut to half its size on disk.
    let f = repo.dir.join("All/download-mismatch-1.0.tgz");
    let bytes = fs::read(&f).unwrap();
    fs::write(&f, &bytes[..bytes.len() / 2]).unwrap();
    let err = c.fails(&["install", "download-mismatch"], 4);
    assert!(err.contains("size"), "{err}");
    assert!(!cached(&env, "download-mismatch-1.0"));
    assert_eq!(
        installed(&c),
        ["download-ok-1.0", "preserve-1.0"],
        "exp/file-dl/pkg_info.final"
    );
    // PKG_PRESERVE: pkgin leaves preserve alone; cbe refuses to remove it.
    let err = c.fails(&["remove", "preserve"], 1);
    assert!(err.contains("PKG_PRESERVE"), "{err}");
}

// suite/file-size.bats: an upgrade that grows and one that shrinks, sizes from the index;
// and suite/invalid.bats's massive SIZE_PKG and FILE_SIZE, refused up front.
#[test]
fn plans_give_the_index_sizes_and_what_does_not_fit_is_refused_before_any_download() {
    let env = Env::new();
    let body = |t: &str| {
        PkgsrcPkg::new(&format!("file-size-{t}"), LINE1)
            .comment("Package has a static FILE_SIZE")
            .build_info("PKGPATH=cat/file-size")
    };
    let v1 = body("1.0").file("share/doc/file-size", "Some text to start with.");
    let v2 = body("2.0").file(
        "share/doc/file-size",
        "Some more text, more than previously.",
    );
    let v3 = body("3.0").file("share/doc/file-size", "Less text.");
    let repo = publish(&env, std::slice::from_ref(&v1));
    let c = repo.client(repo.dir.to_str().unwrap());
    c.ok(&["install", "file-size"]);
    for v in [&v2, &v3] {
        let all = repo.dir.join("All");
        fs::remove_dir_all(&all).unwrap();
        v.write(&all, "tgz");
        repo.index("1.0.0");
        let plan: serde_json::Value =
            serde_json::from_str(&c.ok(&["--json", "--dry-run", "upgrade"])).unwrap();
        let file = fs::metadata(all.join(format!("{}.tgz", v.name)))
            .unwrap()
            .len();
        assert_eq!(plan["download_bytes"], file);
        assert_eq!(plan["install_bytes"], v.size());
        c.ok(&["upgrade"]);
    }
    assert_eq!(installed(&c), ["file-size-3.0"]);

    // Sizes no disk holds: refused before anything is fetched, dry run or not.
    let env = Env::new();
    let huge = PkgsrcPkg::new("huge-1.0", LINE1)
        .comment("claims 112,283 TiB")
        .size_pkg(123_456_789_012_345_678)
        .file("share/huge", "h\n");
    let repo = publish(&env, &[huge]);
    let server = repo.serve();
    let c = repo.client(&server.url("/"));
    for args in [
        vec!["--dry-run", "install", "huge"],
        vec!["install", "huge"],
    ] {
        let err = c.fails(&args, 1);
        assert!(err.contains("not enough space"), "{err}");
    }
    assert!(
        server.requests("huge-1.0.tgz").is_empty(),
        "nothing was downloaded"
    );
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

// suite/install.bats: against an existing installation, against an empty one, the rest by
// full name, again (nothing to do), and all of it again from an import list of PKGPATHs.
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
    pkg_add_preserve(&repo, &c);
    // Against the existing installation: nothing to do.
    let plan: serde_json::Value =
        serde_json::from_str(&c.ok(&["--json", "install", "preserve"])).unwrap();
    assert_eq!(plan["install"], serde_json::json!([]));
    // Against an empty one.
    let env2 = Env::new();
    let c2 = Client::new(&env2.root)
        .repo(server.url("/"))
        .trust(&repo.keys.public);
    c2.ok(&["install", "preserve"]);
    assert_eq!(
        installed(&c2),
        ["preserve-1.0"],
        "exp/install/pkgin-list.start"
    );
    c2.ok(&["install", "pkgpath-1.0", "deptree-top-1.0"]);
    assert_eq!(
        installed(&c2),
        [
            "deptree-bottom-1.0",
            "deptree-middle-1.0",
            "deptree-top-1.0",
            "pkgpath-1.0",
            "preserve-1.0"
        ],
        "exp/install/pkgin-list.final"
    );
    // "attempt to install already-installed package": nothing to do, with or without -f.
    let o = c2.run(&["install", "preserve"]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("already installed"));
    // export, then "rerun installs using pkgin import" into a third, empty root.
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
    assert_eq!(installed(&c3), installed(&c2));
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
}
