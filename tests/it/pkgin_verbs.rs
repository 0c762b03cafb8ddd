//! pkgin's query verbs and short aliases, translated from pkgin-test-suite: the suites
//! `categories`, `empty`, `invalid` and `summary-zst`, and the query part of `install`, over
//! packages laid out as pkgsrc's pkg_create writes them, in a signed repository.
//!
//! Where cbe promises pkgin's output shape (`show-full-deps`, `show-pkg-category`, `stats`,
//! `show-keep`, `show-no-keep`, `provides`, `requires`, `pkg-content`), the expected text is
//! the suite's `exp/` file; elsewhere the tests assert behaviour.
//!
//! Left out, and why:
//! - `empty`: "initial/subsequent pkgin update" and the SQL log checks are about pkgin's own
//!   SQLite log file; cbe has none. `pkg-descr`/`pkg-build-defs` are not cbe verbs (`cbe
//!   info` shows an installed package's description and build information). pkgin's `-v`
//!   is its version; cbe's `-v` is `--verbose`, so `--version` is tested instead. pkgin
//!   exits 1 on a usage error; cbe exits 2 (its documented usage status), so the usage
//!   tests assert 2. `upgrade`, `install`, `remove`, `autoremove` and `export` on an empty
//!   prefix belong to those verbs' own tests; here only their aliases are checked to behave
//!   as the long names do.
//! - `categories`: pkgin's expectations there are its bug NetBSDfr/pkgin#103 (a category
//!   compared with the whole CATEGORIES value); cbe does what the verbs are meant to do,
//!   which the suite's comments spell out ("should list two and three", "should list all
//!   three categories").
//! - `invalid`: the massive SIZE_PKG refusal is the up-front space check's (issue 15 item 3,
//!   tested with it); the massive FILE_SIZE and missing FILE_SIZE are asserted as refusals
//!   that install nothing, whatever stage refuses them.
//! - `install`: the install, import and export scenarios belong to the install and PKGPATH
//!   tests; `show-deps` and `show-rev-deps` are asserted by content, not pkgin's title line.

use std::fs;

use crate::common::{Client, Env, PkgsrcPkg, SignedRepo, LINE1};

const BUILD_DATE: &str = "BUILD_DATE=1970-01-01 12:34:56 +0000";

/// A package as pkgin-test-suite's create_pkg_* helpers make it.
fn pkg(name: &str, comment: &str, categories: &str, pkgpath: &str) -> PkgsrcPkg {
    PkgsrcPkg::suite(name, comment, categories, pkgpath).build_info(BUILD_DATE)
}

/// Writes `pkgs` into the repository, indexes and signs it; returns a client of it.
fn publish<'e>(env: &'e Env, pkgs: &[PkgsrcPkg]) -> (SignedRepo<'e>, Client) {
    let repo = SignedRepo::new(env, "repo");
    for p in pkgs {
        p.write(&repo.dir.join("All"), "tgz");
    }
    repo.index("1.0.0");
    let client = repo.client(repo.dir.to_str().unwrap());
    (repo, client)
}

/// The summary's entry for `name`, changed line by line by `f` (None drops the line).
fn edit_entry(text: &str, name: &str, f: impl Fn(&str) -> Option<String>) -> String {
    text.split("\n\n")
        .map(|entry| {
            if !entry.lines().any(|l| l == format!("PKGNAME={name}")) {
                return entry.to_string();
            }
            entry.lines().filter_map(&f).collect::<Vec<_>>().join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Runs `long` and each of `aliases` with `args`; insists they all exit and print alike.
fn same_as_aliases(c: &Client, long: &str, aliases: &[&str], args: &[&str]) -> (i32, String) {
    let run = |verb: &str| {
        let mut all = vec![verb];
        all.extend_from_slice(args);
        let o = c.run(&all);
        (
            o.status.code().unwrap(),
            String::from_utf8(o.stdout).unwrap(),
        )
    };
    let want = run(long);
    for a in aliases {
        assert_eq!(run(a), want, "`{a}` behaves as `{long}`");
    }
    want
}

/// The packages of pkgin-test-suite's `install` suite.
fn install_suite_packages() -> Vec<PkgsrcPkg> {
    vec![
        pkg(
            "preserve-1.0",
            "Package should remain at all times",
            "cat1",
            "cat1/preserve",
        )
        .preserve(),
        pkg(
            "pkgpath-1.0",
            "PKGPATH differs to pkgpath-2.0",
            "cat2",
            "cat2/pkgpath1",
        ),
        pkg(
            "pkgpath-2.0",
            "PKGPATH differs to pkgpath-1.0",
            "cat2",
            "cat2/pkgpath2",
        ),
        pkg(
            "deptree-bottom-1.0",
            "Package is at the bottom of a dependency tree",
            "cat3",
            "cat3/deptree-bottom",
        )
        .depends("preserve>=1.0"),
        pkg(
            "deptree-middle-1.0",
            "Package is in the middle of a dependency tree",
            "cat3",
            "cat3/deptree-middle",
        )
        .depends("deptree-bottom-[0-9]*"),
        pkg(
            "deptree-top-1.0",
            "Package is at the top of a dependency tree",
            "cat3",
            "cat3/deptree-top",
        )
        .depends("deptree-middle>=1.0"),
    ]
}

/// The `install` suite's state once its installs are done: preserve, pkgpath-1.0 and
/// deptree-top (with its two dependencies).
fn installed_suite(env: &Env) -> Client {
    let (_repo, c) = publish(env, &install_suite_packages());
    c.ok(&["install", "preserve", "pkgpath-1.0", "deptree-top-1.0"]);
    c
}

// pkgin-test-suite: suite/install.bats "verify pkgin show-full-deps"
#[test]
fn show_full_deps_lists_every_dependency_deepest_first_as_pkgin_does() {
    let env = Env::new();
    let c = installed_suite(&env);
    let (code, out) = same_as_aliases(&c, "show-full-deps", &["sfd"], &["deptree-top-1.0"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "full dependency tree for deptree-top-1.0\n\tpreserve>=1.0\n\tdeptree-bottom-[0-9]*\n\tdeptree-middle>=1.0\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&c.ok(&["--json", "sfd", "deptree-top"])).unwrap();
    assert_eq!(json["package"], "deptree-top-1.0");
    assert_eq!(json["depends"][0]["package"], "preserve-1.0");
    assert_eq!(json["depends"][2]["pattern"], "deptree-middle>=1.0");
}

// pkgin-test-suite: suite/install.bats "verify pkgin show-keep", "verify pkgin show-no-keep"
#[test]
fn show_keep_and_show_no_keep_list_kept_and_automatic_packages_as_pkgin_does() {
    let env = Env::new();
    let c = installed_suite(&env);
    let (code, kept) = same_as_aliases(&c, "show-keep", &["sk"], &[]);
    assert_eq!(code, 0);
    assert_eq!(
        kept,
        "deptree-top-1.0      Package is at the top of a dependency tree\n\
         pkgpath-1.0          PKGPATH differs to pkgpath-2.0\n\
         preserve-1.0         Package should remain at all times\n"
    );
    let (code, auto) = same_as_aliases(&c, "show-no-keep", &["snk"], &[]);
    assert_eq!(code, 0);
    assert_eq!(
        auto,
        "deptree-bottom-1.0   Package is at the bottom of a dependency tree\n\
         deptree-middle-1.0   Package is in the middle of a dependency tree\n"
    );
}

// pkgin-test-suite: suite/install.bats "verify pkgin stats"
#[test]
fn stats_counts_installed_and_offered_packages_as_pkgin_does() {
    let env = Env::new();
    let c = installed_suite(&env);
    let (code, out) = same_as_aliases(&c, "stats", &["st"], &[]);
    assert_eq!(code, 0);
    let re = regex::Regex::new(
        "^Local package database:\n\tInstalled packages: 5\n\tDisk space occupied: [0-9]+[BK]\n\n\
         Remote package database.s.:\n\tNumber of repositories: 1\n\tPackages available: 6\n\
         \tTotal size of packages: [0-9.]+[BK]\n$",
    )
    .unwrap();
    assert!(re.is_match(&out), "{out}");
    let json: serde_json::Value = serde_json::from_str(&c.ok(&["--json", "stats"])).unwrap();
    assert_eq!(json["local"]["packages"], 5);
    assert_eq!(json["remote"]["packages"], 6);
}

// pkgin-test-suite: suite/install.bats "verify pkgin pkg-content"
#[test]
fn pkg_content_shows_an_installed_package_files_as_pkg_info_does() {
    let env = Env::new();
    let c = installed_suite(&env);
    let (code, out) = same_as_aliases(&c, "pkg-content", &["pc"], &["preserve"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "Information for preserve-1.0:\n\n*** PACKAGE MAY NOT BE DELETED ***\n\nFiles:\n{LINE1}/share/doc/preserve\n"
        )
    );
}

#[test]
fn pkg_content_of_a_package_not_installed_downloads_it_verified_then_reads_the_cache() {
    let env = Env::new();
    let c = installed_suite(&env);
    // Not in the cache yet: a dry run downloads nothing and says so.
    let err = c.fails(&["--dry-run", "pkg-content", "pkgpath-2.0"], 1);
    assert!(err.contains("not in the download cache"), "{err}");
    let first: serde_json::Value =
        serde_json::from_str(&c.ok(&["--json", "pkg-content", "pkgpath-2.0"])).unwrap();
    assert_eq!(first["source"], "downloaded");
    assert_eq!(first["files"][0], "share/doc/pkgpath");
    assert_eq!(first["preserve"], false);
    let again: serde_json::Value =
        serde_json::from_str(&c.ok(&["--json", "--dry-run", "pc", "pkgpath-2.0"])).unwrap();
    assert_eq!(again["source"], "cache");
    assert!(!env.prefix().join("share/doc/pkgpath-2.0").exists());
    assert_eq!(c.ok(&["ls"]).lines().count(), 5, "nothing was installed");
}

// pkgin-test-suite: suite/install.bats "verify pkgin show-deps", "verify pkgin show-rev-deps",
// "verify pkgin search"
#[test]
fn show_deps_show_rev_deps_and_search_answer_under_their_aliases() {
    let env = Env::new();
    let c = installed_suite(&env);
    let (code, deps) = same_as_aliases(&c, "show-deps", &["sd"], &["deptree-top-1.0"]);
    assert_eq!(code, 0);
    assert!(deps.contains("deptree-middle>=1.0"), "{deps}");
    let (code, rev) = same_as_aliases(&c, "show-rev-deps", &["srd"], &["deptree-bottom"]);
    assert_eq!(code, 0);
    // Transitive, farthest first, as pkgin's tree lists it (exp/install/pkgin.show-rev-deps).
    assert_eq!(
        rev.lines().collect::<Vec<_>>(),
        ["deptree-top-1.0", "deptree-middle-1.0"],
        "{rev}"
    );
    let (code, found) = same_as_aliases(&c, "search", &["se"], &["preserve"]);
    assert_eq!(code, 0);
    let line = found.lines().find(|l| l.contains("preserve-1.0")).unwrap();
    assert!(line.contains('=') && line.contains("Package should remain at all times"));
}

#[test]
fn provides_and_requires_list_the_index_shared_libraries_as_pkgin_does() {
    let env = Env::new();
    let (_repo, c) = publish(
        &env,
        &[
            pkg(
                "provides-1.0",
                "Provides a library",
                "devel",
                "devel/provides",
            )
            .build_info("PROVIDES=/opt/smartos-cbe/1/lib/libprovides.so"),
            pkg(
                "requires-1.0",
                "Requires a library",
                "devel",
                "devel/requires",
            )
            .build_info("REQUIRES=/opt/smartos-cbe/1/lib/libprovides.so")
            .build_info("REQUIRES=/lib/libc.so.1"),
        ],
    );
    let (code, out) = same_as_aliases(&c, "provides", &["prov"], &["provides"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "Files provided by provides-1.0:\n\t/opt/smartos-cbe/1/lib/libprovides.so\n"
    );
    let (code, out) = same_as_aliases(&c, "requires", &["req"], &["requires-1.0"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "Files required by requires-1.0:\n\t/opt/smartos-cbe/1/lib/libprovides.so\n\t/lib/libc.so.1\n"
    );
    assert_eq!(
        c.ok(&["req", "provides"]),
        "Nothing required by provides-1.0.\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&c.ok(&["--json", "requires", "requires"])).unwrap();
    assert_eq!(json["list"], "requires");
    assert_eq!(json["files"][1], "/lib/libc.so.1");
    let err = c.fails(&["provides", "nothing-here"], 1);
    assert!(err.contains("nothing-here is not available"), "{err}");
}

/// pkgin-test-suite's `categories` packages.
fn category_packages() -> Vec<PkgsrcPkg> {
    vec![
        pkg(
            "one-1.0",
            "Package belongs to one category",
            "cat1",
            "cat1/one",
        )
        .preserve(),
        pkg(
            "two-1.0",
            "Package belongs to two categories",
            "cat1 cat2",
            "cat2/two",
        ),
        pkg(
            "three-1.0",
            "Package belongs to three categories",
            "cat1 cat2 cat3",
            "cat3/three",
        ),
    ]
}

// pkgin-test-suite: suite/categories.bats "verify pkgin show-category"
#[test]
fn show_category_lists_every_package_of_a_category() {
    let env = Env::new();
    let (_repo, c) = publish(&env, &category_packages());
    let (code, out) = same_as_aliases(&c, "show-category", &["sc"], &["cat1"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "one-1.0              Package belongs to one category\n\
         three-1.0            Package belongs to three categories\n\
         two-1.0              Package belongs to two categories\n"
    );
    // pkgin prints nothing here (its bug #103); the packages in cat2 are two and three.
    let out = c.ok(&["sc", "cat2"]);
    let names: Vec<&str> = out.lines().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(names, ["three-1.0", "two-1.0"]);
}

// pkgin-test-suite: suite/categories.bats "verify pkgin show-pkg-category"
#[test]
fn show_pkg_category_prints_a_package_categories_as_pkgin_does() {
    let env = Env::new();
    let (_repo, c) = publish(&env, &category_packages());
    let (code, out) = same_as_aliases(&c, "show-pkg-category", &["spc"], &["two"]);
    assert_eq!(code, 0);
    assert_eq!(out, "cat1 cat2    - two-1.0\n");
    assert_eq!(c.ok(&["spc", "three"]), "cat1 cat2 cat3 - three-1.0\n");
}

// pkgin-test-suite: suite/categories.bats "verify pkgin show-all-categories"
#[test]
fn show_all_categories_lists_each_category_once() {
    let env = Env::new();
    let (_repo, c) = publish(&env, &category_packages());
    let (code, out) = same_as_aliases(&c, "show-all-categories", &["sac"], &[]);
    assert_eq!(code, 0);
    // pkgin prints only cat1 (its bug #103); every category is what the verb promises.
    assert_eq!(out, "cat1\ncat2\ncat3\n");
    let json: serde_json::Value = serde_json::from_str(&c.ok(&["--json", "sac"])).unwrap();
    assert_eq!(json, serde_json::json!(["cat1", "cat2", "cat3"]));
}

/// A client of an empty signed repository.
fn empty_repo(env: &Env) -> Client {
    publish(env, &[]).1
}

// pkgin-test-suite: suite/empty.bats "test pkgin stats"
#[test]
fn stats_of_an_empty_repository_are_pkgin_empty_stats() {
    let env = Env::new();
    let c = empty_repo(&env);
    let (code, out) = same_as_aliases(&c, "stats", &["st"], &[]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "Local package database:\n\tInstalled packages: 0\n\tDisk space occupied: 0B\n\n\
         Remote package database(s):\n\tNumber of repositories: 1\n\tPackages available: 0\n\
         \tTotal size of packages: 0B\n"
    );
}

// pkgin-test-suite: suite/empty.bats "test pkgin list", "test pkgin avail", "test pkgin
// show-keep", "test pkgin show-no-keep", "test pkgin show-category", "test pkgin
// show-all-categories", "test pkgin clean"
#[test]
fn empty_lists_succeed_with_nothing_to_show() {
    let env = Env::new();
    let c = empty_repo(&env);
    for (long, short, args) in [
        ("list", "ls", &[][..]),
        ("avail", "av", &[]),
        ("show-keep", "sk", &[]),
        ("show-no-keep", "snk", &[]),
        ("show-category", "sc", &["category-does-not-exist"]),
        ("show-all-categories", "sac", &[]),
        ("clean", "cl", &[]),
    ] {
        let (code, out) = same_as_aliases(&c, long, &[short], args);
        assert_eq!((code, out.as_str()), (0, ""), "{long}");
    }
    let err = String::from_utf8(c.run(&["sk"]).stderr).unwrap();
    assert!(
        err.contains("empty non-autoremovable package list"),
        "{err}"
    );
    let err = String::from_utf8(c.run(&["snk"]).stderr).unwrap();
    assert!(err.contains("empty autoremovable package list"), "{err}");
    let err = String::from_utf8(c.run(&["sac"]).stderr).unwrap();
    assert!(err.contains("No categories found."), "{err}");
}

// pkgin-test-suite: suite/empty.bats "test pkgin search (missing package)", "test pkgin
// show-pkg-category", "test pkgin pkg-* commands (missing package)"
#[test]
fn asking_about_a_missing_package_fails() {
    let env = Env::new();
    let c = empty_repo(&env);
    for (long, short) in [
        ("search", "se"),
        ("show-pkg-category", "spc"),
        ("pkg-content", "pc"),
        ("show-full-deps", "sfd"),
        ("provides", "prov"),
        ("requires", "req"),
    ] {
        let (code, _) = same_as_aliases(&c, long, &[short], &["pkg-does-not-exist"]);
        assert_eq!(code, 1, "{long}");
    }
    let err = c.fails(&["pc", "pkg-does-not-exist"], 1);
    assert!(
        err.contains("is not available in the repositories"),
        "{err}"
    );
}

// pkgin-test-suite: suite/empty.bats "test pkgin upgrade", "test pkgin full-upgrade", "test
// pkgin install", "test pkgin remove", "test pkgin autoremove", "test pkgin export"
#[test]
fn the_changing_verbs_answer_to_pkgin_aliases() {
    let env = Env::new();
    let c = empty_repo(&env);
    same_as_aliases(&c, "upgrade", &["ug", "full-upgrade", "fug"], &[]);
    let (code, _) = same_as_aliases(&c, "install", &["in"], &["pkg-does-not-exist"]);
    assert_ne!(code, 0);
    let (code, _) = same_as_aliases(&c, "remove", &["rm"], &["pkg-does-not-exist"]);
    assert_ne!(code, 0);
    same_as_aliases(&c, "autoremove", &["ar"], &[]);
    same_as_aliases(&c, "export", &["ex"], &[]);
    same_as_aliases(&c, "update", &["up"], &[]);
}

// pkgin-test-suite: suite/empty.bats "test pkgin search (no arguments)", "test pkgin pkg-*
// commands (no arguments)", "test pkgin usage (invalid command)", "test pkgin usage (no
// command)", "test pkgin -h", "test pkgin -v"
#[test]
fn usage_errors_exit_2_and_help_and_version_exit_0() {
    let env = Env::new();
    let c = empty_repo(&env);
    for args in [
        &["ojnk"][..],
        &[],
        &["search"],
        &["se"],
        &["pkg-content"],
        &["pc"],
        &["show-category"],
        &["install", "--no-such-flag", "x"],
    ] {
        let err = c.fails(args, 2);
        assert!(err.contains("Usage:"), "{args:?}: {err}");
    }
    let help = env.ok(&["-h"]);
    for verb in [
        "show-full-deps",
        "pkg-content",
        "stats",
        "show-all-categories",
    ] {
        assert!(help.contains(verb), "{help}");
    }
    assert!(env.ok(&["--version"]).starts_with("cbe "));
}

// pkgin-test-suite: suite/summary-zst.bats "verify pkgin avail", "install package from zstd
// summary"
#[test]
fn a_repository_with_only_a_zstd_summary_is_read_and_installed_from() {
    let env = Env::new();
    let (repo, c) = publish(
        &env,
        &[
            pkg(
                "preserve-1.0",
                "Package should remain at all times",
                "cat1",
                "cat1/preserve",
            )
            .preserve(),
            pkg("basic-1.0", "Basic test package", "cat1", "cat1/basic"),
        ],
    );
    for ext in ["gz", "bz2"] {
        let _ = fs::remove_file(repo.dir.join(format!("pkg_summary.{ext}")));
    }
    assert!(repo.dir.join("pkg_summary.zst").is_file());
    let avail = c.ok(&["avail"]);
    assert!(avail.contains("basic-1.0") && avail.contains("preserve-1.0"));
    c.ok(&["install", "basic"]);
    assert_eq!(
        fs::read_to_string(env.prefix().join("share/doc/basic")).unwrap(),
        "basic-1.0\n"
    );
}

/// pkgin-test-suite's `invalid` repository: exaggerated or missing pkg_summary values.
fn invalid_repo(env: &Env) -> Client {
    let p = |name: &str, comment: &str| {
        let base = name.rsplit_once('-').unwrap().0;
        pkg(name, comment, "invalid", &format!("invalid/{base}"))
    };
    let mut badsum = PkgsrcPkg::new("badsum-1.0", LINE1)
        .comment("Package pkg_summary is invalid")
        .build_info("CATEGORIES=invalid")
        .build_info("PKGPATH=invalid/badsum");
    badsum = badsum.file("share/doc/badsum", "badsum-1.0\n");
    let (repo, c) = publish(
        env,
        &[
            p("preserve-1.0", "Package should remain at all times").preserve(),
            p("badfilesize-1.0", "Package FILE_SIZE is too big"),
            p("nofilesize-1.0", "Package has no FILE_SIZE"),
            badsum,
        ],
    );
    repo.edit_summary(|text| {
        let text = edit_entry(text, "badfilesize-1.0", |l| {
            Some(if l.starts_with("FILE_SIZE=") {
                "FILE_SIZE=987654321987654321".to_string()
            } else {
                l.to_string()
            })
        });
        edit_entry(&text, "nofilesize-1.0", |l| {
            (!l.starts_with("FILE_SIZE=")).then(|| l.to_string())
        })
    });
    c
}

// pkgin-test-suite: suite/invalid.bats "test massive FILE_SIZE", "test no FILE_SIZE", "test
// package with missing or invalid pkg_summary entries", "test pkgin stats with large values"
#[test]
fn exaggerated_or_missing_summary_values_are_refused_and_counted() {
    let env = Env::new();
    let c = invalid_repo(&env);
    for name in ["badfilesize", "nofilesize"] {
        let o = c.run(&["install", name]);
        assert!(!o.status.success(), "{name} installed");
        assert!(!env.prefix().join(format!("share/doc/{name}")).exists());
    }
    // No BUILD_DATE: nothing cbe needs is missing.
    c.ok(&["install", "badsum"]);
    assert!(env.prefix().join("share/doc/badsum").is_file());
    let stats = c.ok(&["stats"]);
    assert!(stats.contains("Total size of packages: 877P"), "{stats}");
}

// pkgin-test-suite: suite/http-dl.bats "test download-only" (the download-only part of
// pkgin's `-d`; the download failures are the download tests')
#[test]
fn install_download_only_fills_the_cache_and_installs_nothing() {
    let env = Env::new();
    let (_repo, c) = publish(&env, &install_suite_packages());
    let cache = env.path("cache");
    let c = c.cache_dir(&cache);
    let would = c.ok(&["--dry-run", "install", "-d", "deptree-top"]);
    assert_eq!(would.lines().count(), 4, "{would}");
    assert!(!cache.exists() || fs::read_dir(&cache).unwrap().count() == 0);
    let json: serde_json::Value =
        serde_json::from_str(&c.ok(&["--json", "install", "--download-only", "deptree-top"]))
            .unwrap();
    let got = json.as_array().unwrap();
    assert_eq!(got.len(), 4);
    for d in got {
        assert!(std::path::Path::new(d["file"].as_str().unwrap()).is_file());
    }
    assert_eq!(c.ok(&["list"]), "", "nothing installed");
    c.ok(&["install", "deptree-top"]);
    assert_eq!(c.ok(&["list"]).lines().count(), 4);
    let file = env.path("repo/All/preserve-1.0.tgz");
    let err = c.fails(&["install", "-d", file.to_str().unwrap()], 2);
    assert!(err.contains("--download-only"), "{err}");
}
