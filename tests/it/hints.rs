//! Every hint cbe prints is true: each message a user reads is read here, and where it names a
//! command, that command is run to see it does what the hint promised.

use crate::common;
use crate::common::{
    cbe_command, write_config, Checkout, Env, Pin, SignedRepo, Sources, ARCH, MIN_PLATFORM,
};

/// A number of seconds that is not one is named as such (it was Rust's "invalid float
/// literal"), for each option that takes seconds, from a flag or the environment.
#[test]
fn seconds_that_are_not_numbers_say_so() {
    let env = Env::new();
    for args in [
        &["ensure", "--refresh", "abc"][..],
        &["--timeout=1s", "list"],
        &["--lock-timeout", "nan", "list"],
        &["--timeout=-3", "list"],
    ] {
        let err = env.fails(args, 2);
        assert!(
            err.contains("is not a number of seconds"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("float"), "{args:?}: {err}");
    }
    let o = crate::common::cbe_command(&env.root)
        .args(["ensure"])
        .env("CBE_REFRESH", "soon")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert!(String::from_utf8_lossy(&o.stderr).contains("`soon` is not a number of seconds"));
}

/// Counts agree with their nouns: "1 package", not "1 packages".
#[test]
fn one_package_is_singular() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo");
    repo.add("solo-1.0", &[("bin/solo", "solo\n")], &[]);
    repo.index("1.0.0");
    let out = repo.client(repo.dir.to_str().unwrap()).ok(&["update"]);
    assert!(out.contains("(1 package, "), "{out}");
}

/// `cbe lines` with no line says so (it printed nothing) and names the command that installs
/// one; run as it says, in a project, that command installs the line `cbe lines` then lists.
#[test]
fn no_line_says_how_to_install_one() {
    let env = Env::new();
    let o = env.cbe(&["lines"]);
    assert!(o.status.success(), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no line is installed under"), "{err}");
    assert!(err.contains("`cbe ensure` in a project"), "{err}");

    let (_repo, co) = solo_project(&env);
    let o = co.run(&["ensure"], Some(MIN_PLATFORM));
    assert!(o.status.success(), "{o:?}");
    let listed = env.ok(&["lines"]);
    assert!(
        listed.lines().any(|l| l.trim_start().starts_with("1 ")),
        "{listed}"
    );
}

/// `pkg create` on a machine without a platform image says that it records no
/// BUILD_PLATFORM and names CBE_PLATFORM_IMAGE; with the variable set, as the warning says,
/// the stamp is recorded and nothing is said. The gate's UNTESTED names the variable too.
#[test]
fn pkg_create_without_a_platform_image_names_the_variable() {
    let env = Env::new();
    let stage = env.stage("p", &[("bin/p", "p")]);
    let create = |out: &str, image: Option<&str>| {
        let mut c = crate::common::cbe_command(&env.root);
        c.args([
            "pkg",
            "create",
            "--name",
            "p-1.0",
            "--prefix",
            "/opt/smartos-cbe/1",
        ])
        .args(["--comment", "p", "--from"])
        .arg(&stage)
        .arg("-o")
        .arg(env.path(out))
        .env_remove("CBE_PLATFORM_IMAGE");
        if let Some(i) = image {
            c.env("CBE_PLATFORM_IMAGE", i);
        }
        c.output().unwrap()
    };
    let o = create("bare.tzst", None);
    assert!(o.status.success(), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no BUILD_PLATFORM recorded") && err.contains("CBE_PLATFORM_IMAGE="),
        "{err}"
    );
    let o = create("stamped.tzst", Some(MIN_PLATFORM));
    assert!(o.status.success(), "{o:?}");
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let info = env.ok(&["--json", "info", env.path("stamped.tzst").to_str().unwrap()]);
    assert!(
        info.contains(&format!("BUILD_PLATFORM={MIN_PLATFORM}")),
        "{info}"
    );
}

/// A smoke test running past a few seconds is announced on stderr, even without -v (a hung
/// one was silent for the whole --smoke-timeout), and the gate still passes it when it ends.
#[test]
fn a_slow_smoke_test_says_it_is_still_running() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo").build_info(&format!("BUILD_PLATFORM={MIN_PLATFORM}"));
    repo.add(
        "slow-1.0",
        &[("bin/slow", "!#!/bin/sh\nsleep 4\n")],
        &["--smoke-test", "slow"],
    );
    repo.index("1.0.0");
    let trust = repo.keys.public.to_str().unwrap();
    let args = [
        "repo",
        "check",
        repo.dir.to_str().unwrap(),
        "--trusted-key",
        trust,
    ];
    let o = env.cbe_env(&args, &[("CBE_PLATFORM_IMAGE", MIN_PLATFORM)]);
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert!(o.status.success(), "{out}{err}");
    assert!(
        err.contains("smoke test of slow-1.0 still running (3s of --smoke-timeout 300s)"),
        "{err}"
    );
    assert!(
        out.lines().any(|l| l.starts_with("SUCCESS")
            && l.contains("smoke-test")
            && l.contains("slow-1.0")),
        "{out}"
    );
}

/// A requirement no release satisfies names where it came from and says to change that: the
/// pin file's `version`, --cbe, or CBE_VERSION (it said "change the pin file's version" for
/// all three). Changed as it says, ensure installs.
#[test]
fn an_unsatisfiable_requirement_names_where_it_came_from() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo");
    repo.add("solo-1.0", &[("bin/solo", "solo\n")], &[]);
    repo.index("1.0.0");
    let co = Checkout::new(&env, "project");
    let pin = |v: &str| {
        co.pin(
            &Pin::new(v)
                .repo(repo.dir.display())
                .trust(&repo.keys.public),
        )
    };
    pin("^1.0");
    let run = |args: &[&str], var: Option<&str>| {
        let mut c = co.command(Some(MIN_PLATFORM));
        if let Some(v) = var {
            c.env("CBE_VERSION", v);
        }
        c.args(args).output().unwrap()
    };
    let refused = |o: std::process::Output, from: &str, change: &str| {
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(7), "{err}");
        assert!(err.contains(&format!("(from {from}")), "{err}");
        assert!(err.contains(change), "{err}");
    };
    let o = run(&["--cbe", "^1.5", "ensure"], None);
    refused(o, "--cbe", "; change --cbe, or publish");
    let o = run(&["ensure"], Some("^1.5"));
    refused(
        o,
        "the CBE_VERSION environment variable",
        "; change CBE_VERSION, or",
    );
    pin("^1.5");
    let o = run(&["ensure"], None);
    refused(o, "the pin file ", "; change `version` in ");
    // As the hint says: the pin file's version changed, ensure installs.
    pin("^1.0");
    let o = run(&["ensure"], None);
    assert!(o.status.success(), "{o:?}");
}

/// A 404 says what is true of what is missing: an index file means no repository at that
/// URL (an update would meet the same 404); a package means a catalogue older than the
/// repository, and `cbe update`, as the hint says, makes the install work.
#[test]
fn a_404_suggests_what_fixes_it() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo");
    repo.add("solo-1.0", &[("bin/solo", "solo\n")], &[]);
    repo.index("1.0.0");
    let server = repo.serve();
    let nowhere = repo.client(&server.url("nowhere"));
    let err = nowhere.fails(&["update"], 7);
    assert!(err.contains("check the repository URL"), "{err}");
    assert!(!err.contains("cbe update"), "{err}");

    // A line configured with the repository (no --repo, which fetches the index every run).
    let sources = Sources::default()
        .repo(server.url(""))
        .trust(&repo.keys.public);
    write_config(&env.root, 1, &sources, "");
    let run = |args: &[&str]| {
        cbe_command(&env.root)
            .args(["--cbe", "1"])
            .args(args)
            .env("CBE_ARCH", ARCH)
            .output()
            .unwrap()
    };
    assert!(run(&["update"]).status.success());
    repo.remove("solo-1.0");
    repo.add("solo-1.1", &[("bin/solo", "solo 1.1\n")], &[]);
    repo.index("1.1.0");
    let o = run(&["-y", "install", "solo"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(7), "{err}");
    assert!(
        err.contains("`cbe update` fetches its current index"),
        "{err}"
    );
    assert!(run(&["update"]).status.success());
    let o = run(&["-y", "install", "solo"]);
    assert!(o.status.success(), "{o:?}");
    assert!(env.line(1).join("bin/solo").exists());
}

/// A refused connection is one line naming the host and port and what to do, exit 5, not
/// reqwest's "client error (Connect): tcp connect error".
#[test]
fn a_refused_connection_names_host_and_port() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = repo.client(&format!("http://127.0.0.1:{port}/cbe/1"));
    let err = client.fails(&["update"], 5);
    assert!(
        err.contains(&format!(
            "cannot connect to 127.0.0.1 port {port} (connection refused: nothing listens there)"
        )),
        "{err}"
    );
    assert!(err.contains("try another mirror"), "{err}");
    assert!(
        !err.contains("client error") && !err.contains("tcp connect"),
        "{err}"
    );
    // The transport's own error is kept as the cause: `-v` prints its chain down to the
    // system's, under the same one line.
    let verbose = client.fails(&["-v", "update"], 5);
    let first = verbose
        .lines()
        .find(|l| l.starts_with("cbe: error: "))
        .unwrap();
    assert_eq!(first, common::one_line(&err), "{verbose}");
    let causes: Vec<&str> = verbose
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("caused by: "))
        .collect();
    assert!(
        causes.iter().any(|c| c.contains("Connection refused")),
        "{verbose}"
    );
}

/// A trusted key file that does not exist names where it was listed (`trusted_keys` in the
/// pin file, or --trusted-key) and what to do (it said only "No such file or directory");
/// done as it says, ensure installs.
#[test]
fn a_missing_key_file_names_where_it_was_listed() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo");
    repo.add("solo-1.0", &[("bin/solo", "solo\n")], &[]);
    repo.index("1.0.0");
    let co = Checkout::new(&env, "project");
    let key = co.dir.join("keys/release.pub");
    co.pin(&Pin::new("^1.0").repo(repo.dir.display()).trust(&key));
    let o = co.run(&["ensure"], Some(MIN_PLATFORM));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let pin = co.dir.join("cbe.toml");
    assert!(
        err.contains(&format!(
            "(listed in `trusted_keys` in {}): put the repository's public key (its .pub \
             file) there, or correct `trusted_keys` in {}: {}: No such file",
            pin.display(),
            pin.display(),
            key.display(),
        )),
        "{err}"
    );
    let missing = env.path("nowhere.pub");
    let args = ["--trusted-key", missing.to_str().unwrap(), "ensure"];
    let err = String::from_utf8_lossy(&co.run(&args, Some(MIN_PLATFORM)).stderr).into_owned();
    assert!(err.contains("(listed in --trusted-key"), "{err}");
    // As the message says: the repository's public key put there.
    std::fs::create_dir_all(key.parent().unwrap()).unwrap();
    std::fs::copy(&repo.keys.public, &key).unwrap();
    let o = co.run(&["ensure"], Some(MIN_PLATFORM));
    assert!(o.status.success(), "{o:?}");
}

/// ensure that only adds a package the pin's `packages` now names says "adding", not
/// "upgrading line 1" (nothing was upgraded); a new release that replaces one says
/// "upgrading".
#[test]
fn ensure_says_adding_when_it_only_adds() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo");
    repo.add("one-1.0", &[("bin/one", "one\n")], &[]);
    repo.add("two-1.0", &[("bin/two", "two\n")], &[]);
    repo.index("1.0.0");
    let co = Checkout::new(&env, "project");
    let pin = |packages: &str| {
        co.pin(
            &Pin::new("^1.0")
                .repo(repo.dir.display())
                .trust(&repo.keys.public)
                .tail(&format!("packages = [{packages}]\n")),
        )
    };
    // The change ensure makes, as `--json` types it, and the sentence on stderr.
    let ensure = || {
        let o = co.run(&["--json", "ensure", "--refresh", "0"], Some(MIN_PLATFORM));
        assert!(o.status.success(), "{o:?}");
        let changes = common::notices(&o.stdout, "line-change");
        assert_eq!(changes.len(), 1, "{o:?}");
        let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        (
            changes[0].clone(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
            doc["action"].as_str().unwrap_or_default().to_string(),
        )
    };
    pin("\"one\"");
    let (change, err, action) = ensure();
    assert_eq!(action, "installed");
    assert_eq!(
        (change["change"].as_str(), change["installs"].as_u64()),
        (Some("install"), Some(1))
    );
    assert!(
        err.contains("installing line 1 release 1.0.0 into"),
        "{err}"
    );
    pin("\"one\", \"two\"");
    let (change, err, action) = ensure();
    assert_eq!(change["change"], "add", "{change}");
    assert_eq!(change["release"], "1.0.0", "{change}");
    assert!(
        err.contains("adding 1 package to line 1 (release 1.0.0) in"),
        "{err}"
    );
    assert_eq!(action, "changed", "the set changed, the release did not");
    repo.remove("two-1.0");
    repo.add("two-1.1", &[("bin/two", "two 1.1\n")], &[]);
    repo.index("1.1.0");
    let (change, _, action) = ensure();
    assert_eq!(action, "upgraded");
    assert_eq!(change["change"], "upgrade", "{change}");
    assert_eq!(change["release"], "1.1.0", "{change}");
}

/// `ensure --dry-run` is refused with a suggestion that is true after a new release: `cbe
/// update`, then `cbe --dry-run upgrade` (which alone answered "up to date" from the stale
/// catalogue). Run as it says, in the project, the plan names the new package and nothing
/// installed changes.
#[test]
fn ensure_dry_run_suggests_what_shows_the_new_release() {
    let env = Env::new();
    let (repo, co) = solo_project(&env);
    assert!(co.run(&["ensure"], Some(MIN_PLATFORM)).status.success());
    repo.remove("solo-1.0");
    repo.add("solo-1.1", &[("bin/solo", "solo 1.1\n")], &[]);
    repo.index("1.1.0");
    let o = co.run(&["--dry-run", "ensure"], Some(MIN_PLATFORM));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("run `cbe update` (fetches the line's current index, changes no installed file), then `cbe --dry-run upgrade`"),
        "{err}"
    );
    let o = co.run(&["update"], Some(MIN_PLATFORM));
    assert!(o.status.success(), "{o:?}");
    let o = co.run(&["--dry-run", "upgrade"], Some(MIN_PLATFORM));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{o:?}");
    assert!(out.contains("solo-1.1"), "{out}");
    let solo = env.line(1).join("bin/solo");
    assert_eq!(std::fs::read_to_string(solo).unwrap(), "solo\n");
}

/// A repository whose release 1.0.0 holds solo-1.0, and a project pinning `^1.0` of it.
fn solo_project(env: &Env) -> (SignedRepo<'_>, Checkout) {
    let repo = SignedRepo::new(env, "repo");
    repo.add("solo-1.0", &[("bin/solo", "solo\n")], &[]);
    repo.index("1.0.0");
    let co = Checkout::new(env, "project");
    co.pin(
        &Pin::new("^1.0")
            .repo(repo.dir.display())
            .trust(&repo.keys.public),
    );
    (repo, co)
}
