//! Every hint cbe prints is true: each message a user reads is read here, and where it names a
//! command, that command is run to see it does what the hint promised.

use crate::common::{Checkout, Env, Pin, SignedRepo, MIN_PLATFORM};

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

    let repo = SignedRepo::new(&env, "repo");
    repo.add("solo-1.0", &[("bin/solo", "solo\n")], &[]);
    repo.index("1.0.0");
    let co = Checkout::new(&env, "project");
    co.pin(
        &Pin::new("^1.0")
            .repo(repo.dir.display())
            .trust(&repo.keys.public),
    );
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
