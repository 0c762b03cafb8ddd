//! Every global flag has its effect on every command family it applies to (and is refused
//! with a usage error where its value makes no sense): the pkgin verbs (install, remove,
//! upgrade, avail), the questions about what is installed (list, info, verify), the lines
//! (ensure, env, lines), and release engineering (pkg create, repo index, repo check).
//! `--dry-run` has its own test (tests/it/dry_run.rs: every command, a snapshot of the root
//! before and after), as have `--no-scripts` (tests/it/scripts.rs), `--allow-expired` and
//! `--trusted-key` (tests/it/security_trust.rs), `--password-file` (tests/it/repo.rs) and
//! `--lock-timeout` on `extra sync` (tests/it/extra.rs). `--repo` and `--trusted-key` are how
//! every client here names its repository (`Client`), so every test below exercises them.

use crate::common;

use std::fs;
use std::process::Output;

use crate::common::{Checkout, Client, Env, Pin, PkgsrcPkg, SignedRepo, LINE1, NEW_PLATFORM};

/// A signed repository of `a-1.0` and `b-1.0` (which needs `a`), and a client of it.
fn fixture(env: &Env) -> (SignedRepo<'_>, Client) {
    let repo = SignedRepo::new(env, "repo");
    for p in [
        PkgsrcPkg::new("a-1.0", LINE1)
            .comment("package a")
            .file("share/a", "a\n"),
        PkgsrcPkg::new("b-1.0", LINE1)
            .comment("package b")
            .depends("a>=1")
            .file("share/b", "b\n"),
    ] {
        p.write(&repo.dir.join("All"), "tgz");
    }
    repo.index("1.0.0");
    let c = repo.client(repo.dir.to_str().unwrap());
    (repo, c)
}

/// A checkout pinning line 1 of `repo`.
fn checkout(env: &Env, repo: &SignedRepo<'_>) -> Checkout {
    let co = Checkout::new(env, "co");
    co.pin(
        &Pin::new("^1")
            .repo(repo.dir.display())
            .trust(&repo.keys.public),
    );
    co
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

#[test]
fn json_makes_every_family_print_json_and_errors_json_objects() {
    let env = Env::new();
    let (repo, c) = fixture(&env);
    c.ok(&["install", "b"]);
    let co = checkout(&env, &repo);
    let runs: Vec<Output> = vec![
        c.run(&["--json", "avail"]),
        c.run(&["--json", "install", "a"]),
        c.run(&["--json", "list"]),
        c.run(&["--json", "info", "b"]),
        c.run(&["--json", "verify"]),
        co.run(&["--json", "ensure"], Some(NEW_PLATFORM)),
        co.run(&["--json", "lines"], Some(NEW_PLATFORM)),
        c.run(&[
            "--json",
            "repo",
            "check",
            repo.dir.to_str().unwrap(),
            "--allow-unsigned",
        ]),
    ];
    for o in &runs {
        assert_eq!(code(o), 0, "{}", stderr(o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stdout)));
        assert!(!v.is_null());
    }
    // An error in each family is a JSON object with the exit code.
    let errors = [
        (c.run(&["--json", "install", "nothere"]), 7),
        (c.run(&["--json", "info", "nothere"]), 1),
        (co.run(&["--json", "env", "9"], Some(NEW_PLATFORM)), 1),
        (
            c.run(&[
                "--json",
                "repo",
                "check",
                env.path("none").to_str().unwrap(),
            ]),
            1,
        ),
    ];
    for (o, want) in &errors {
        assert_eq!(code(o), *want, "{}", stderr(o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["exit"], *want);
        assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()));
    }
}

#[test]
fn quiet_silences_and_verbose_says_more_in_every_family() {
    let env = Env::new();
    let (repo, c) = fixture(&env);
    let o = c.run(&["--quiet", "install", "b"]);
    assert!(
        o.status.success() && stderr(&o).is_empty(),
        "{}",
        stderr(&o)
    );
    let o = c.run(&["--quiet", "remove", "b"]);
    assert!(
        o.status.success() && stderr(&o).is_empty(),
        "{}",
        stderr(&o)
    );
    let plain = c.run(&["install", "b"]);
    c.ok(&["remove", "b", "a"]);
    let loud = c.run(&["--verbose", "install", "b"]);
    assert!(
        stderr(&loud).lines().count() > stderr(&plain).lines().count(),
        "plain:\n{}\nverbose:\n{}",
        stderr(&plain),
        stderr(&loud)
    );
    let co = checkout(&env, &repo);
    let o = co.run(&["--quiet", "ensure"], Some(NEW_PLATFORM));
    assert!(
        o.status.success() && stderr(&o).is_empty(),
        "{}",
        stderr(&o)
    );
    let o = co.run(&["--verbose", "ensure"], Some(NEW_PLATFORM));
    assert!(
        stderr(&o).contains("line 1"),
        "-v says which line and why: {}",
        stderr(&o)
    );
    let o = c.run(&[
        "--verbose",
        "repo",
        "check",
        repo.dir.to_str().unwrap(),
        "--allow-unsigned",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn lock_timeout_gives_up_in_every_family_that_writes_or_reads_a_prefix() {
    let env = Env::new();
    let (repo, c) = fixture(&env);
    c.ok(&["install", "a"]);
    let lock_path = env.prefix().join(".cbe/lock");
    let holder = fs::OpenOptions::new().write(true).open(&lock_path).unwrap();
    holder.lock().unwrap();
    let co = checkout(&env, &repo);
    for o in [
        c.run(&["--lock-timeout", "0.5", "install", "b"]),
        c.run(&["--lock-timeout", "0.5", "remove", "a"]),
        c.run(&["--lock-timeout", "0.5", "list"]),
        c.run(&["--lock-timeout", "0.5", "verify"]),
        co.run(
            &["--lock-timeout", "0.5", "ensure", "--refresh", "0"],
            Some(NEW_PLATFORM),
        ),
    ] {
        assert_eq!(code(&o), 6, "{}", stderr(&o));
    }
    holder.unlock().unwrap();
    c.ok(&["--lock-timeout", "0.5", "install", "b"]);
}

#[test]
fn cache_dir_takes_the_downloads_of_every_family_that_downloads() {
    let env = Env::new();
    let (repo, c) = fixture(&env);
    let cache = env.path("my-cache");
    let c2 = c.clone().cache_dir(&cache);
    c2.ok(&["install", "b"]);
    let cached = |dir: &std::path::Path| {
        fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.file_name().to_string_lossy().ends_with(".tgz"))
                    .count()
            })
            .unwrap_or(0)
    };
    assert_eq!(cached(&cache), 2);
    c2.ok(&["clean"]);
    assert_eq!(cached(&cache), 0, "clean empties the cache it is given");
    let co = checkout(&env, &repo).root(env.path("other-root"));
    let ensure_cache = env.path("ensure-cache");
    let o = co.run(
        &["--cache-dir", ensure_cache.to_str().unwrap(), "ensure"],
        Some(NEW_PLATFORM),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(cached(&ensure_cache), 2);
}

#[test]
fn root_prefix_and_cbe_choose_where_every_family_acts() {
    let env = Env::new();
    let (repo, c) = fixture(&env);
    // --root: the prefix, the lines and the environment are under it.
    c.ok(&["install", "a"]);
    assert!(env
        .root
        .join(LINE1.trim_start_matches('/'))
        .join("share/a")
        .is_file());
    let lines = c.ok(&["lines"]);
    assert!(lines.contains(LINE1), "{lines}");
    let envs = c.ok(&["env", "1"]);
    assert!(envs.contains(LINE1), "{envs}");
    // --prefix: a package built for another prefix goes there, and the questions follow.
    let other = "/opt/other";
    let p = PkgsrcPkg::new("c-1.0", other)
        .comment("elsewhere")
        .file("share/c", "c\n")
        .write(&env.path("pkgs"), "tgz");
    common::expect_ok(
        &["install"],
        common::cbe_command(&env.root)
            .args(["--prefix", other, "install", p.to_str().unwrap()])
            .output()
            .unwrap(),
    );
    let listed = common::cbe_command(&env.root)
        .args(["--prefix", other, "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&listed.stdout).contains("c-1.0"));
    assert!(
        !c.ok(&["list"]).contains("c-1.0"),
        "line 1 is another prefix"
    );
    // --prefix and --cbe together make no sense.
    let o = common::cbe_command(&env.root)
        .args(["--prefix", other, "--cbe", "1", "list"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    // The release family writes where it is told (-o), never under the root.
    let before = common::snapshot(&env.root);
    let out = env.pkg("made-1.0", &[("bin/made", "m\n")], &[]);
    assert!(out.is_file() && !out.starts_with(&env.root));
    assert_eq!(
        common::snapshot(&env.root),
        before,
        "pkg create wrote under --root"
    );
    drop(repo);
}

#[test]
fn arch_decides_which_packages_fit_in_every_family() {
    let env = Env::new();
    let (repo, c) = fixture(&env);
    // The index is for the tests' arch; a client claiming another refuses it.
    let o = c.run(&["--arch", "sparc64", "install", "a"]);
    assert_ne!(code(&o), 0);
    assert!(stderr(&o).contains("sparc64"), "{}", stderr(&o));
    // A package file built for another arch is refused by install, whatever the catalogue.
    let p = PkgsrcPkg::new("z-1.0", LINE1)
        .comment("z")
        .file("share/z", "z\n")
        .write(&env.path("pkgs"), "tgz");
    let o = c.run(&["--arch", "sparc64", "install", p.to_str().unwrap()]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("machine arch"), "{}", stderr(&o));
    let co = checkout(&env, &repo);
    let o = co.run(&["--arch", "sparc64", "ensure"], Some(NEW_PLATFORM));
    assert_ne!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn parallel_and_timeout_values_are_checked_by_every_family_that_downloads() {
    let env = Env::new();
    let (repo, c) = fixture(&env);
    for bad in [
        vec!["--parallel", "0", "install", "a"],
        vec!["--parallel", "99", "install", "a"],
        vec!["--timeout=0", "install", "a"],
        vec!["--timeout=-1", "update"],
    ] {
        let o = c.run(&bad);
        assert_eq!(code(&o), 2, "{bad:?}: {}", stderr(&o));
    }
    let co = checkout(&env, &repo);
    let o = co.run(&["--parallel", "0", "ensure"], Some(NEW_PLATFORM));
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    // (The client gives --timeout 2 itself.)
    c.ok(&["--parallel", "1", "install", "b"]);
}

#[test]
fn yes_is_accepted_by_every_family() {
    let env = Env::new();
    let (repo, c) = fixture(&env);
    c.ok(&["-y", "install", "b"]);
    c.ok(&["-y", "list"]);
    c.ok(&["-y", "remove", "b"]);
    let co = checkout(&env, &repo);
    let o = co.run(&["-y", "ensure"], Some(NEW_PLATFORM));
    assert!(o.status.success(), "{}", stderr(&o));
    c.ok(&[
        "-y",
        "repo",
        "check",
        repo.dir.to_str().unwrap(),
        "--allow-unsigned",
    ]);
}

#[test]
fn platform_image_is_what_ensure_and_platform_check_compare() {
    let env = Env::new();
    let (repo, _c) = fixture(&env);
    let co = checkout(&env, &repo);
    // The repository's oldest supported image is common::MIN_PLATFORM; an older one fails
    // with exit 3 in both commands of the lines family, a newer one passes.
    let old = "20000101T000000Z";
    let o = co.run(&["--platform-image", old, "ensure"], None);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    let o = co.run(&["--platform-image", NEW_PLATFORM, "ensure"], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let check = |image: &str| {
        co.run(
            &[
                "--platform-image",
                image,
                "platform",
                "check",
                "--oldest",
                common::MIN_PLATFORM,
            ],
            None,
        )
    };
    let o = check(old);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert_eq!(code(&check(NEW_PLATFORM)), 0);
    let o = check("not-a-stamp");
    assert_eq!(code(&o), 2, "{}", stderr(&o));
}
