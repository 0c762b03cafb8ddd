//! pkgin-test-suite's upgrade scenarios, translated: the suites `upgrade`, `pkgin-upgrade`,
//! `partial-upgrade`, `supersedes`, `provreq`, `conflict`, `switch-repo`, `break-depends` and
//! `autoremove`, over packages laid out as pkgsrc's pkg_create writes them, in a signed
//! repository. The suite switches repositories by repointing a symlink; here the same
//! repository directory is republished with the second set of packages as a newer release,
//! which is what a client sees of the switch.
//!
//! Where cbe differs from pkgin on purpose, the test asserts cbe's equivalent and says why:
//! - `pkg_add` of the first packages is `cbe install` of the files (cbe owns its prefix; no
//!   second tool writes into it).
//! - pkgin's `upgrade` brings the kept packages up to date and `full-upgrade` every one;
//!   cbe's `upgrade` is the full upgrade (a CBE line is one set). pkgin 26 upgrades its own
//!   tools first and asks for a second run (pkgin-upgrade); cbe is not managed by itself,
//!   so one run does all of it, in one transaction.
//! - pkgin installs a package whose REQUIRES nobody provides after a warning, or leaves it
//!   out with exit 0; cbe pulls in the package that PROVIDES it (provreq) and refuses one
//!   that nothing provides.
//! - pkgin's database tables (local_conflicts, remote_provides, …) are its own; the
//!   equivalent questions are asked of cbe's commands.
//! - A refresh is a same-version package with another BUILD_DATE, as pkgin 25 decides it;
//!   changed DEPENDS alone are not (break-depends keeps required-left-1.0 of the first
//!   repository).

use std::fs;

use crate::common::{Client, Env, PkgsrcPkg, SignedRepo, LINE1};

const DATE_1: &str = "1970-01-01 01:01:01 +0000";
const DATE_2: &str = "1970-01-02 02:02:02 +0000";

/// A package as the suite's create_pkg_* helpers make it: a comment, BUILD_DATE (when
/// given), CATEGORIES and PKGPATH, and one file under share/doc holding its name.
fn pkg(name: &str, comment: &str, pkgpath: &str, date: Option<&str>) -> PkgsrcPkg {
    let category = pkgpath.split('/').next().unwrap();
    let p = PkgsrcPkg::suite(name, comment, category, pkgpath);
    match date {
        Some(d) => p.build_info(&format!("BUILD_DATE={d}")),
        None => p,
    }
}

/// One suite's repository and the client of it.
struct Suite<'e> {
    env: &'e Env,
    repo: SignedRepo<'e>,
    client: Client,
}

impl<'e> Suite<'e> {
    /// The first repository, published as release 1.0.0.
    fn new(env: &'e Env, first: &[PkgsrcPkg]) -> Suite<'e> {
        let repo = SignedRepo::new(env, "repo");
        let client = repo.client(repo.dir.to_str().unwrap());
        let s = Suite { env, repo, client };
        s.publish(first, "1.0.0", "2030-01-01T00:00:00Z");
        s
    }

    fn publish(&self, pkgs: &[PkgsrcPkg], release: &str, date: &str) {
        let all = self.repo.dir.join("All");
        let _ = fs::remove_dir_all(&all);
        fs::create_dir_all(&all).unwrap();
        for p in pkgs {
            p.write(&all, "tgz");
        }
        self.repo.index(release);
        self.repo.set_date(date);
    }

    /// The suite's `ln -s repo2 packages`: the second set of packages, as release 1.1.0.
    fn switch(&self, second: &[PkgsrcPkg]) {
        self.publish(second, "1.1.0", "2030-02-01T00:00:00Z");
    }

    /// `pkg_add` of package files of the first repository (kept, as pkg_add marks them).
    fn pkg_add(&self, names: &[&str]) {
        let files: Vec<String> = names
            .iter()
            .map(|n| {
                let p = self.repo.dir.join("All").join(format!("{n}.tgz"));
                fs::copy(&p, self.env.path(&format!("{n}.tgz"))).unwrap();
                self.env.path(&format!("{n}.tgz")).display().to_string()
            })
            .collect();
        let mut args = vec!["install"];
        args.extend(files.iter().map(String::as_str));
        self.client.ok(&args);
    }

    /// `pkg_info`: the installed packages' names, sorted.
    fn installed(&self) -> Vec<String> {
        self.client.installed()
    }

    /// `pkg_info -Q BUILD_DATE NAME`.
    fn build_date(&self, name: &str) -> String {
        let v: serde_json::Value =
            serde_json::from_str(&self.client.ok(&["--json", "info", name])).unwrap();
        let bi = v["build_info"].as_str().unwrap().to_string();
        bi.lines()
            .find_map(|l| l.strip_prefix("BUILD_DATE="))
            .unwrap_or_default()
            .to_string()
    }

    /// `pkgin show-keep` (true) or `show-no-keep` (false): names, sorted.
    fn kept(&self, keep: bool) -> Vec<String> {
        let out = self
            .client
            .ok(&[if keep { "show-keep" } else { "show-no-keep" }]);
        let mut v: Vec<String> = out
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .map(str::to_string)
            .collect();
        v.sort();
        v
    }

    /// The dry run's plan as JSON: (name, action, refresh) of each install, and the removals.
    fn plan(&self, args: &[&str]) -> (Vec<(String, String, bool)>, Vec<String>) {
        let mut all = vec!["--json", "--dry-run"];
        all.extend_from_slice(args);
        let v: serde_json::Value = serde_json::from_str(&self.client.ok(&all)).unwrap();
        let mut installs: Vec<(String, String, bool)> = v["install"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|w| {
                        (
                            w["name"].as_str().unwrap().to_string(),
                            w["action"].as_str().unwrap().to_string(),
                            w["refresh"].as_bool().unwrap(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        installs.sort();
        let removes = v["remove"]
            .as_array()
            .map(|a| a.iter().map(|r| r.as_str().unwrap().to_string()).collect())
            .unwrap_or_default();
        (installs, removes)
    }
}

fn names(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn change(name: &str, action: &str, refresh: bool) -> (String, String, bool) {
    (name.to_string(), action.to_string(), refresh)
}

fn upgrade_repos() -> (Vec<PkgsrcPkg>, Vec<PkgsrcPkg>) {
    let d1 = Some(DATE_1);
    let d2 = Some(DATE_2);
    let first = vec![
        pkg(
            "refresh-1.0",
            "Package should be refreshed",
            "cat1/refresh",
            d1,
        ),
        pkg(
            "upgrade-1.0",
            "Package should be upgraded",
            "cat1/upgrade",
            d1,
        ),
        pkg(
            "pkgpath-1.0",
            "PKGPATH differs to pkgpath-2.0",
            "cat2/pkgpath1",
            d1,
        ),
        pkg(
            "pkgpath-2.0",
            "PKGPATH differs to pkgpath-1.0",
            "cat2/pkgpath2",
            d1,
        ),
        pkg(
            "deptree-bottom-1.0",
            "Package is at the bottom of a dependency tree",
            "cat3/deptree-bottom",
            d1,
        )
        .depends("refresh>=1.0"),
        pkg(
            "deptree-top-1.0",
            "Package is at the top of a dependency tree",
            "cat3/deptree-top",
            d1,
        )
        .depends("deptree-bottom>=1.0"),
    ];
    let second = vec![
        pkg(
            "refresh-1.0",
            "Package should be refreshed",
            "cat1/refresh",
            d2,
        ),
        pkg(
            "upgrade-2.0",
            "Package should be upgraded",
            "cat1/upgrade",
            d2,
        ),
        // The original BUILD_DATE: a package the upgrade must leave alone.
        pkg(
            "pkgpath-1.0",
            "PKGPATH differs to pkgpath-2.0",
            "cat2/pkgpath1",
            d1,
        ),
        pkg(
            "pkgpath-2.0",
            "PKGPATH differs to pkgpath-1.0",
            "cat2/pkgpath2",
            d2,
        ),
        pkg(
            "deptree-bottom-2.0",
            "Package is at the bottom of a dependency tree",
            "cat3/deptree-bottom",
            d2,
        ),
        pkg(
            "deptree-middle-2.0",
            "Package is in the middle of a dependency tree",
            "cat3/deptree-middle",
            d2,
        )
        .depends("deptree-bottom-[0-9]*"),
        pkg(
            "deptree-top-2.0",
            "Package is at the top of a dependency tree",
            "cat3/deptree-top",
            d2,
        )
        .depends("deptree-middle>=2.0"),
    ];
    (first, second)
}

// suite/upgrade.bats: install, switch, full-upgrade (output only, download only, real),
// BUILD_DATE refreshed, keep flags kept, PKGPATH respected by upgrade and import, an
// explicit install crossing PKGPATH, import back and forth, final contents.
#[test]
fn upgrade_refreshes_rebuilds_follows_pkgpath_and_keeps_keep_flags() {
    let env = Env::new();
    let (first, second) = upgrade_repos();
    let s = Suite::new(&env, &first);
    s.pkg_add(&["refresh-1.0"]);
    s.client
        .ok(&["install", "deptree-top", "pkgpath-1.0", "upgrade"]);
    assert_eq!(s.build_date("refresh"), DATE_1);

    s.switch(&second);
    let (installs, removes) = s.plan(&["upgrade"]);
    assert_eq!(
        installs,
        [
            change("deptree-bottom-2.0", "upgrade", false),
            change("deptree-middle-2.0", "install", false),
            change("deptree-top-2.0", "upgrade", false),
            change("refresh-1.0", "reinstall", true),
            change("upgrade-2.0", "upgrade", false),
        ],
        "exp/upgrade/full-upgrade-output-only.regex: 1 to refresh, 3 to upgrade, 1 to install"
    );
    assert!(removes.is_empty());
    // -d fug: the downloads alone, then the same plan with nothing left to download.
    let fetched: serde_json::Value =
        serde_json::from_str(&s.client.ok(&["--json", "upgrade", "-d"])).unwrap();
    assert_eq!(fetched.as_array().unwrap().len(), 5);
    let again: serde_json::Value =
        serde_json::from_str(&s.client.ok(&["--json", "--dry-run", "upgrade"])).unwrap();
    assert_eq!(again["install"].as_array().unwrap().len(), 5);
    s.client.ok(&["upgrade"]);
    assert_eq!(
        s.build_date("refresh"),
        DATE_2,
        "refreshed from the new build"
    );
    assert_eq!(
        s.plan(&["upgrade"]),
        (vec![], vec![]),
        "nothing left to upgrade"
    );

    assert_eq!(
        s.kept(true),
        names(&[
            "deptree-top-2.0",
            "pkgpath-1.0",
            "refresh-1.0",
            "upgrade-2.0"
        ])
    );
    assert_eq!(
        s.kept(false),
        names(&["deptree-bottom-2.0", "deptree-middle-2.0"])
    );

    // PKGPATH: upgrade left pkgpath-1.0; importing its own PKGPATH does not change it.
    let list = env.path("import-pkgpath1");
    fs::write(&list, "cat2/pkgpath1\n").unwrap();
    s.client.ok(&["import", list.to_str().unwrap()]);
    assert!(s.installed().contains(&"pkgpath-1.0".to_string()));
    // Asked for by name, the other PKGPATH's package is an upgrade.
    let (installs, _) = s.plan(&["install", "pkgpath-2.0"]);
    assert_eq!(installs, [change("pkgpath-2.0", "upgrade", false)]);
    s.client.ok(&["install", "pkgpath-2.0"]);
    // And import goes back and forth between the two.
    s.client.ok(&["import", list.to_str().unwrap()]);
    assert!(s.installed().contains(&"pkgpath-1.0".to_string()));
    let list2 = env.path("import-pkgpath2");
    fs::write(&list2, "cat2/pkgpath2\n").unwrap();
    s.client.ok(&["import", list2.to_str().unwrap()]);

    assert_eq!(
        s.installed(),
        names(&[
            "deptree-bottom-2.0",
            "deptree-middle-2.0",
            "deptree-top-2.0",
            "pkgpath-2.0",
            "refresh-1.0",
            "upgrade-2.0"
        ]),
        "exp/upgrade/pkg_info.final"
    );
    let mut docs: Vec<String> = fs::read_dir(env.prefix().join("share/doc"))
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    docs.sort();
    assert_eq!(
        docs.concat(),
        "deptree-bottom-2.0\ndeptree-middle-2.0\ndeptree-top-2.0\npkgpath-2.0\nrefresh-1.0\nupgrade-2.0\n",
        "exp/upgrade/cat-share-doc-all.out"
    );
    // export writes PKGPATHs, as pkgin's does.
    assert_eq!(
        s.client.ok(&["export"]),
        "cat1/refresh\ncat1/upgrade\ncat2/pkgpath2\ncat3/deptree-top\n"
    );
}

// suite/pkgin-upgrade.bats: the package tools and everything else; cbe does it in one run.
#[test]
fn one_upgrade_refreshes_upgrades_and_installs_new_dependencies() {
    let env = Env::new();
    let d1 = Some(DATE_1);
    let d2 = Some(DATE_2);
    let py = "Interpreted, interactive, object-oriented programming language";
    let first = vec![
        pkg("readline-8.3nb1", "GNU readline", "devel/readline", d1),
        pkg(
            "sqlite3-3.50.4",
            "SQL Database Engine",
            "databases/sqlite3",
            d1,
        ),
        pkg(
            "pkg_install-20250417",
            "pkgsrc tools",
            "pkgtools/pkg_install",
            d1,
        ),
        pkg("pkgin-25.7.0", "pkgin", "pkgtools/pkgin", d1)
            .depends("pkg_install>=20250417")
            .depends("sqlite3>=3.50"),
        pkg("python312-3.12.11", py, "lang/python312", d1)
            .depends("readline-[0-9]*")
            .depends("sqlite3>=3.50"),
        pkg("llvm-19.1.7", "LLVM", "lang/llvm", d1).depends("python312>=3.12"),
    ];
    let second = vec![
        pkg("readline-8.3nb1", "GNU readline", "devel/readline", d2),
        pkg(
            "sqlite3-3.51.1",
            "SQL Database Engine",
            "databases/sqlite3",
            d2,
        ),
        pkg(
            "pkg_install-20250417",
            "pkgsrc tools",
            "pkgtools/pkg_install",
            d2,
        ),
        pkg("pkgin-25.10.0", "pkgin", "pkgtools/pkgin", d2)
            .depends("pkg_install>=20250417")
            .depends("sqlite3>=3.50"),
        pkg("mpdecimal-4.0.1", "decimal", "math/mpdecimal", d2),
        pkg("python312-3.12.12", py, "lang/python312", d2)
            .depends("readline-[0-9]*")
            .depends("sqlite3>=3.50"),
        pkg("python313-3.13.11", py, "lang/python313", d2)
            .depends("mpdecimal>=4.0.1")
            .depends("readline-[0-9]*"),
        pkg("llvm-19.1.7", "LLVM", "lang/llvm", d2).depends("python313>=3.13"),
    ];
    let s = Suite::new(&env, &first);
    s.pkg_add(&["pkg_install-20250417", "sqlite3-3.50.4", "pkgin-25.7.0"]);
    s.client.ok(&["install", "llvm"]);
    assert_eq!(
        s.installed(),
        names(&[
            "llvm-19.1.7",
            "pkg_install-20250417",
            "pkgin-25.7.0",
            "python312-3.12.11",
            "readline-8.3nb1",
            "sqlite3-3.50.4"
        ]),
        "exp/pkgin-upgrade/pkg_info.initial"
    );
    s.switch(&second);
    let (installs, _) = s.plan(&["upgrade"]);
    assert_eq!(
        installs,
        [
            change("llvm-19.1.7", "reinstall", true),
            change("mpdecimal-4.0.1", "install", false),
            change("pkg_install-20250417", "reinstall", true),
            change("pkgin-25.10.0", "upgrade", false),
            change("python312-3.12.12", "upgrade", false),
            change("python313-3.13.11", "install", false),
            change("readline-8.3nb1", "reinstall", true),
            change("sqlite3-3.51.1", "upgrade", false),
        ],
        "upgrade-output-only.regex and upgrade-rest.regex, as one"
    );
    s.client.ok(&["upgrade"]);
    assert_eq!(
        s.installed(),
        names(&[
            "llvm-19.1.7",
            "mpdecimal-4.0.1",
            "pkg_install-20250417",
            "pkgin-25.10.0",
            "python312-3.12.12",
            "python313-3.13.11",
            "readline-8.3nb1",
            "sqlite3-3.51.1"
        ]),
        "exp/pkgin-upgrade/pkg_info.final"
    );
    assert_eq!(s.build_date("readline"), DATE_2);
}

// suite/partial-upgrade.bats: installing npm upgrades what it needs, from the right PKGPATH.
#[test]
fn install_brings_outdated_dependencies_up_to_date_from_their_own_pkgpath() {
    let env = Env::new();
    let (d1, d2) = (Some(DATE_1), Some(DATE_2));
    let gcc = "GCC support shared libraries";
    let py = "Interpreted, interactive, object-oriented programming language";
    let node = "V8 JavaScript for clients and servers";
    let first = vec![
        pkg("gcc12-libs-12.2.0", gcc, "lang/gcc12-libs", d1),
        pkg("python38-3.8.6", py, "lang/python38", d1),
        pkg("nodejs-14.16.1", node, "lang/nodejs", d1).depends("gcc12-libs>=12.2.0"),
        pkg(
            "npm-6.14.11",
            "Package manager for JavaScript",
            "lang/npm",
            d1,
        )
        .depends("nodejs-[0-9]*")
        .depends("python38>=3.8.0"),
    ];
    let second = vec![
        pkg("gcc12-libs-12.2.0", gcc, "lang/gcc12-libs", d2),
        pkg("python310-3.10.9", py, "lang/python310", d2).depends("gcc12-libs>=12.2.0"),
        pkg("nodejs-14.21.1", node, "lang/nodejs14", d2).depends("gcc12-libs>=12.2.0"),
        pkg("nghttp2-1.51.0", "HTTP/2 in C", "www/nghttp2", d2),
        pkg("nodejs-19.2.0", node, "lang/nodejs", d2)
            .depends("gcc12-libs>=12.2.0")
            .depends("nghttp2>=1.45.1"),
        pkg(
            "npm-8.15.1",
            "Package manager for JavaScript",
            "lang/npm",
            d2,
        )
        .depends("nodejs-[0-9]*")
        .depends("python310>=3.10"),
    ];
    let s = Suite::new(&env, &first);
    s.pkg_add(&[
        "gcc12-libs-12.2.0",
        "python38-3.8.6",
        "nodejs-14.16.1",
        "npm-6.14.11",
    ]);
    s.switch(&second);
    let (installs, _) = s.plan(&["install", "npm"]);
    assert_eq!(
        installs,
        [
            change("gcc12-libs-12.2.0", "reinstall", true),
            change("nghttp2-1.51.0", "install", false),
            change("nodejs-19.2.0", "upgrade", false),
            change("npm-8.15.1", "upgrade", false),
            change("python310-3.10.9", "install", false),
        ],
        "1 to refresh, 2 to upgrade, 2 to install"
    );
    s.client.ok(&["install", "npm"]);
    assert_eq!(s.build_date("gcc12-libs"), DATE_2);
    assert_eq!(s.build_date("python38"), DATE_1);
    assert_eq!(
        s.installed(),
        names(&[
            "gcc12-libs-12.2.0",
            "nghttp2-1.51.0",
            "nodejs-19.2.0",
            "npm-8.15.1",
            "python310-3.10.9",
            "python38-3.8.6"
        ]),
        "exp/partial-upgrade/pkgin.list"
    );
}

// suite/supersedes.bats: SUPERSEDES in the catalogue replaces installed packages; the
// replacement inherits keep.
#[test]
fn upgrade_replaces_superseded_packages_and_the_replacement_inherits_keep() {
    let env = Env::new();
    let (d1, d2) = (Some(DATE_1), Some(DATE_2));
    let gcc = "The GNU Compiler Collection (GCC) support shared libraries";
    let node = "V8 JavaScript for clients and servers";
    let first = vec![
        pkg("gcc12-libs-12.2.0", gcc, "lang/gcc12-libs", d1),
        pkg("nodejs-14.16.1", node, "lang/nodejs", d1).depends("gcc12-libs>=12.2.0"),
        pkg(
            "npm-6.14.11",
            "Package manager for JavaScript",
            "lang/npm",
            d1,
        )
        .depends("nodejs-[0-9]*"),
        pkg("app-1.0", "App depends on npm", "sysutils/app", d1).depends("npm-[0-9]*"),
        pkg(
            "old-1.0",
            "Previous version of misc utility",
            "sysutils/old",
            d1,
        ),
    ];
    let second = vec![
        pkg("gcc12-libs-12.2.0", gcc, "lang/gcc12-libs", d2),
        pkg("nodejs-14.21.1", node, "lang/nodejs", d2)
            .build_info("SUPERSEDES=npm-[0-9]*")
            .depends("gcc12-libs>=12.2.0")
            .conflicts("npm-[0-9]*"),
        pkg("app-1.0", "App now depends on nodejs", "sysutils/app", d2).depends("nodejs-[0-9]*"),
        pkg(
            "old-1.0nb1",
            "Previous version of misc utility",
            "sysutils/old",
            d2,
        )
        .conflicts("new-[0-9]*"),
        pkg(
            "new-1.0",
            "Replacement version of misc utility",
            "sysutils/new",
            d2,
        )
        .build_info("SUPERSEDES=old-[0-9]*")
        .conflicts("old-[0-9]*"),
    ];
    let s = Suite::new(&env, &first);
    // pkg_add app old: app's dependencies come along as automatic.
    s.client.ok(&["install", "app", "old"]);
    assert_eq!(s.kept(true), names(&["app-1.0", "old-1.0"]));
    assert_eq!(
        s.kept(false),
        names(&["gcc12-libs-12.2.0", "nodejs-14.16.1", "npm-6.14.11"])
    );
    s.switch(&second);
    let (installs, removes) = s.plan(&["upgrade"]);
    assert_eq!(
        installs,
        [
            change("app-1.0", "reinstall", true),
            change("gcc12-libs-12.2.0", "reinstall", true),
            change("new-1.0", "install", false),
            change("nodejs-14.21.1", "upgrade", false),
        ],
        "exp/supersedes/pkgin-upgrade.regex: 2 to refresh, 1 to upgrade, 1 to install"
    );
    // pkgin lists old-1.0nb1, the upgrade it dropped; what is removed is what is installed.
    assert_eq!(removes, names(&["npm-6.14.11", "old-1.0"]));
    s.client.ok(&["upgrade"]);
    assert_eq!(
        s.installed(),
        names(&["app-1.0", "gcc12-libs-12.2.0", "new-1.0", "nodejs-14.21.1"]),
        "exp/supersedes/pkgin.list"
    );
    assert_eq!(s.kept(true), names(&["app-1.0", "new-1.0"]));
    assert_eq!(
        s.kept(false),
        names(&["gcc12-libs-12.2.0", "nodejs-14.21.1"])
    );
}

// suite/provreq.bats: REQUIRES of a library another package PROVIDES; provides/requires.
#[test]
fn requires_pulls_in_the_package_that_provides_it() {
    let env = Env::new();
    let lib = format!("{LINE1}/lib/libprovides.so");
    let date = Some(DATE_1);
    let s = Suite::new(
        &env,
        &[
            pkg(
                "preserve-1.0",
                "Package should remain at all times",
                "provreq/preserve",
                date,
            ),
            pkg(
                "provides-1.0",
                "Package provides libprovides.so",
                "provreq/provides",
                date,
            )
            .build_info(&format!("PROVIDES={lib}"))
            .file("lib/libprovides.so", "lib\n"),
            pkg(
                "requires-1.0",
                "Package requires libprovides.so",
                "provreq/requires",
                date,
            )
            .build_info(&format!("REQUIRES={lib}")),
        ],
    );
    s.pkg_add(&["preserve-1.0"]);
    // pkgin leaves `requires` out with a warning; cbe installs its provider with it.
    let (installs, _) = s.plan(&["install", "requires"]);
    assert_eq!(
        installs,
        [
            change("provides-1.0", "install", false),
            change("requires-1.0", "install", false)
        ]
    );
    s.client.ok(&["install", "requires"]);
    // "install PROVIDES package": already there.
    s.client.ok(&["install", "provides"]);
    for verb in ["provides", "prov"] {
        assert!(s.client.ok(&[verb, "provides"]).contains("libprovides.so"));
    }
    for verb in ["requires", "req"] {
        assert!(s.client.ok(&[verb, "requires"]).contains("libprovides.so"));
    }
    assert_eq!(
        s.installed(),
        names(&["preserve-1.0", "provides-1.0", "requires-1.0"]),
        "exp/provreq/pkg_info.final"
    );
    // Nothing provides it and it is no file of the system: refused, nothing installed.
    let env2 = Env::new();
    let s2 = Suite::new(
        &env2,
        &[
            pkg("requires-1.0", "needs a library", "provreq/requires", date)
                .build_info("REQUIRES=/usr/lib/libnowhere.so.9"),
        ],
    );
    let err = s2.client.fails(&["install", "requires"], 7);
    assert!(err.contains("libnowhere.so.9"), "{err}");
    assert!(s2.installed().is_empty());
}

// suite/conflict.bats: @pkgcfl of an installed package, and a file of another package.
#[test]
fn conflicts_with_installed_packages_are_refused_also_in_a_dry_run() {
    let env = Env::new();
    let date = Some(DATE_1);
    let s = Suite::new(
        &env,
        &[
            pkg(
                "preserve-1.0",
                "Package should remain at all times",
                "conflict/preserve",
                date,
            )
            .conflicts("conflict-pkg-[0-9]*"),
            pkg(
                "conflict-pkg-1.0",
                "Package conflicts (@pkgcfl)",
                "conflict/conflict-pkg",
                date,
            ),
            PkgsrcPkg::new("conflict-plist-1.0", LINE1)
                .comment("Package conflicts (PLIST)")
                .build_info("PKGPATH=conflict/conflict-plist")
                .file("share/doc/preserve", "conflict-plist-1.0\n"),
        ],
    );
    s.pkg_add(&["preserve-1.0"]);
    for dry in [true, false] {
        let mut args = vec!["install", "conflict-pkg"];
        if dry {
            args.insert(0, "--dry-run");
        }
        let err = s.client.fails(&args, 1);
        assert!(
            err.contains("conflict-pkg-1.0 conflicts with installed preserve-1.0"),
            "{err}"
        );
    }
    // Refused only once its file was downloaded and unpacked, in a transaction begun before
    // the download: undone, with nothing left in staging.
    let err = s.client.fails(&["install", "conflict-plist"], 1);
    assert!(err.contains("share/doc/preserve"), "{err}");
    let staging = env.prefix().join(".cbe/staging");
    assert_eq!(
        fs::read_dir(&staging).map_or(0, |d| d.count()),
        0,
        "staging left behind"
    );
    assert_eq!(
        s.installed(),
        names(&["preserve-1.0"]),
        "exp/conflict/pkg_info.final"
    );
    assert_eq!(
        fs::read_to_string(env.prefix().join("share/doc/preserve")).unwrap(),
        "preserve-1.0\n"
    );
}

// suite/switch-repo.bats: another repository whose package supersedes the old libraries;
// REQUIRES of a system file; upgrade then autoremove.
#[test]
fn switching_repositories_upgrades_to_the_new_set_and_autoremove_clears_the_rest() {
    let env = Env::new();
    // The system file every library REQUIRES, under --root as the real one would be.
    let required = "/var/db/switch-repo/required";
    let on_root = env.path("root").join(required.trim_start_matches('/'));
    fs::create_dir_all(on_root.parent().unwrap()).unwrap();
    fs::write(&on_root, "").unwrap();
    let lib = |name: &str, provides: &str, supersedes: bool| {
        let mut p = PkgsrcPkg::new(name, LINE1)
            .comment("library")
            .build_info(&format!("PROVIDES={provides}"))
            .build_info(&format!("REQUIRES={required}"))
            .build_info(&format!("PKGPATH=cat/{}", name.rsplit_once('-').unwrap().0));
        if supersedes {
            p = p
                .build_info("SUPERSEDES=libobsolete-[0-9]*")
                .conflicts("libobsolete-[0-9]*");
        }
        p
    };
    let first = vec![
        lib("libobsolete-1.0", "libobsolete.so", false).conflicts("libnew-[0-9]*"),
        lib("libfoo-1.0", "libfoo.so", true),
        lib("libbar-1.0", "libbar.so", true),
        PkgsrcPkg::new("app-1.0", LINE1)
            .comment("An application")
            .build_info("PKGPATH=cat/app")
            .depends("libfoo-[0-9]*")
            .depends("libbar-[0-9]*"),
    ];
    let second = vec![
        lib("libnew-2.0", "libnew2.so", true),
        PkgsrcPkg::new("app-2.0", LINE1)
            .comment("An application")
            .build_info("PKGPATH=cat/app")
            .depends("libnew-[0-9]*"),
    ];
    let s = Suite::new(&env, &first);
    s.client.ok(&["install", "app"]);
    assert_eq!(
        s.installed(),
        names(&["app-1.0", "libbar-1.0", "libfoo-1.0"])
    );
    s.switch(&second);
    s.client.ok(&["upgrade"]);
    s.client.ok(&["autoremove"]);
    assert_eq!(s.installed(), names(&["app-2.0", "libnew-2.0"]));
    // pkgin's local_conflicts: the one installed package's one pattern.
    let info: serde_json::Value =
        serde_json::from_str(&s.client.ok(&["--json", "info", "libnew"])).unwrap();
    assert_eq!(info["conflicts"], serde_json::json!(["libobsolete-[0-9]*"]));
}

// suite/break-depends.bats: a full upgrade whose new packages no longer need some of the
// old ones, without breaking them.
#[test]
fn full_upgrade_keeps_what_still_meets_old_dependencies() {
    let env = Env::new();
    let p = |name: &str, comment: &str, deps: &[&str]| {
        let base = name.rsplit_once('-').unwrap().0;
        deps.iter()
            .fold(pkg(name, comment, &format!("cat/{base}"), None), |p, d| {
                p.depends(d)
            })
    };
    let mut first = vec![p("base-1.0", "Base package", &[])];
    let mut second = vec![p("base-2.0", "Base package", &[])];
    for side in ["left", "right"] {
        first.push(p(&format!("{side}1-1.0"), "First", &["base-[0-9]*"]));
        first.push(p(
            &format!("{side}2-1.0"),
            "Second",
            &[&format!("{side}1>=1.0")],
        ));
        first.push(p(
            &format!("required-{side}-1.0"),
            "Package is required by top",
            &["left2>=1.0", "right2>=1.0"],
        ));
        second.push(p(&format!("{side}1-2.0"), "First", &["base-[0-9]*"]));
        second.push(p(
            &format!("{side}2-2.0"),
            "Second",
            &[&format!("{side}1>=2.0")],
        ));
        second.push(p(
            &format!("required-{side}-1.0"),
            "Package is/was required by top",
            &[&format!("{side}2>=1.0")],
        ));
    }
    first.push(p(
        "top-1.0",
        "Package is at the top",
        &["required-left>=1.0", "required-right>=1.0"],
    ));
    second.push(p(
        "top-2.0",
        "Package is at the top",
        &["required-left>=1.0"],
    ));
    let s = Suite::new(&env, &first);
    s.pkg_add(&["base-1.0"]);
    let (installs, _) = s.plan(&["install", "top"]);
    assert_eq!(installs.len(), 7, "7 packages to install");
    s.client.ok(&["install", "top"]);
    s.switch(&second);
    s.client.ok(&["clean"]);
    let (_, removes) = s.plan(&["upgrade"]);
    assert!(removes.is_empty(), "no packages to remove");
    s.client.ok(&["upgrade"]);
    assert_eq!(
        s.installed(),
        names(&[
            "base-2.0",
            "left1-2.0",
            "left2-2.0",
            "required-left-1.0",
            "required-right-1.0",
            "right1-2.0",
            "right2-2.0",
            "top-2.0"
        ]),
        "exp/break-depends/pkg_info.final"
    );
    let list = s.client.ok(&["list"]);
    assert!(
        list.contains("Package is required by top"),
        "not refreshed: {list}"
    );
}

// suite/autoremove.bats: after an upgrade drops a dependency, autoremove removes it.
#[test]
fn autoremove_removes_the_dependency_an_upgrade_dropped() {
    let env = Env::new();
    let (d1, d2) = (Some(DATE_1), Some(DATE_2));
    let first = vec![
        pkg(
            "base-1.0",
            "Base package for initial installation",
            "cat1/base",
            d1,
        ),
        pkg("depend-1.0", "Package is depended upon", "cat1/depend", d1),
        pkg(
            "upgrade-1.0",
            "Package should be upgraded",
            "cat1/upgrade",
            d1,
        )
        .depends("depend-[0-9]*"),
    ];
    let second = vec![
        pkg(
            "base-1.0",
            "Base package for initial installation",
            "cat1/base",
            d2,
        ),
        pkg(
            "upgrade-2.0",
            "Package should be upgraded",
            "cat1/upgrade",
            d2,
        ),
    ];
    let s = Suite::new(&env, &first);
    s.pkg_add(&["base-1.0"]);
    s.client.ok(&["install", "upgrade"]);
    s.switch(&second);
    s.client.ok(&["upgrade"]);
    let json: serde_json::Value =
        serde_json::from_str(&s.client.ok(&["--json", "--dry-run", "autoremove"])).unwrap();
    assert!(json.to_string().contains("depend-1.0"), "{json}");
    s.client.ok(&["autoremove"]);
    assert_eq!(
        s.installed(),
        names(&["base-1.0", "upgrade-2.0"]),
        "exp/autoremove/pkg_info.final"
    );
}

/// An upgrade that would leave an installed package without its dependency is refused
/// before anything is downloaded, and the error's way out is true: `--force` lets it through,
/// as it does when planning.
#[test]
fn an_upgrade_that_breaks_a_dependent_is_refused_unless_forced() {
    let env = Env::new();
    let app = pkg("app-1.0", "Application", "devel/app", None).depends("lib<2");
    let s = Suite::new(
        &env,
        &[pkg("lib-1.0", "Library", "devel/lib", None), app.clone()],
    );
    s.pkg_add(&["lib-1.0", "app-1.0"]);
    s.switch(&[pkg("lib-2.0", "Library", "devel/lib", None), app]);
    let err = s.client.fails(&["install", "lib-2.0"], 1);
    assert!(
        crate::common::one_line(&err).contains(
            "app-1.0 depends on lib<2, which this change would leave unsatisfied; upgrade app-1.0 with it, or use --force"
        ),
        "{err}"
    );
    assert_eq!(s.installed(), names(&["app-1.0", "lib-1.0"]));
    s.client.ok(&["install", "--force", "lib-2.0"]);
    assert_eq!(s.installed(), names(&["app-1.0", "lib-2.0"]));
}
