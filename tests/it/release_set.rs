//! A line is its release (issue 27 item 2): ensure removes what the release or the pin no
//! longer has, keeps what a user installed by hand, and `cbe lines` says when a line differs.

use std::fs;
use std::path::Path;

use crate::common::env::{cbe_command, expect_ok};
use crate::common::{copy_tree, snapshot, Checkout, Env, Pin, Sample, NEW_PLATFORM};

/// Release 1.0.0 of the sample with one more package, `toolc`, that 1.1.0 drops.
fn with_toolc(env: &Env, s: &Sample) -> std::path::PathBuf {
    let r = s.copy_release(env, "1.0.0", "rel-1.0.0");
    r.add(
        "toolc-1.0",
        &[("bin/toolc", "!#!/bin/sh\necho toolc\n")],
        &[],
    );
    r.index("1.0.0");
    // Older than the sample's 1.1.0, which a client takes as the newer index.
    r.set_date("2021-01-01T00:00:00Z");
    env.path("rel-1.0.0")
}

/// A checkout on `root` whose pin asks for `^1.0` from the directory `served`.
fn checkout(env: &Env, s: &Sample, name: &str, root: &Path, served: &Path, tail: &str) -> Checkout {
    let co = Checkout::new(env, name).root(root.to_path_buf());
    fs::copy(&s.keys.public, co.dir.join("sample.pub")).unwrap();
    co.pin(
        &Pin::new("^1.0")
            .repo(served.display())
            .trust("sample.pub")
            .tail(&format!("refresh = 0\n{tail}")),
    );
    co
}

/// `cbe install FILE` into line 1 under `root`: a package installed by hand.
fn install_by_hand(root: &Path, pkg: &Path) {
    let args = ["--cbe", "1", "install", pkg.to_str().unwrap()];
    let mut c = cbe_command(root);
    c.args(args).env("CBE_PLATFORM_IMAGE", NEW_PLATFORM);
    expect_ok(&args, c.output().unwrap());
}

fn lines_health(root: &Path) -> String {
    let mut c = cbe_command(root);
    expect_ok(&["lines"], c.arg("lines").output().unwrap())
}

#[test]
fn an_upgraded_line_is_a_fresh_install_of_its_release() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let old = with_toolc(&env, &s);
    let served = env.path("served");
    copy_tree(&old, &served);
    let handy = env.pkg("handy-1.0", &[("share/handy", "by hand\n")], &[]);
    // A zone installs 1.0.0 (with toolc), and a user adds a package by hand.
    let root = env.root.clone();
    let co = checkout(&env, &s, "co", &root, &served, "");
    co.ok(&["ensure"]);
    assert!(env.line(1).join("bin/toolc").exists());
    install_by_hand(&root, &handy);
    // 1.1.0 drops toolc: the upgrade removes it, says so first, and keeps the user's package
    // with a warning.
    copy_tree(&s.release("1.1.0"), &served);
    let o = co.ok(&["ensure"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("removing toolc-1.0: no longer in the release"),
        "{err}"
    );
    assert!(
        err.contains(
            "handy-1.0 was installed into line 1 by hand and release 1.1.0 does not carry it"
        ),
        "{err}"
    );
    // A fresh zone at 1.1.0, with the same package added by hand, holds the same files.
    let root2 = env.path("root2");
    fs::create_dir_all(&root2).unwrap();
    let fresh = checkout(&env, &s, "co2", &root2, &served, "");
    fresh.ok(&["ensure"]);
    install_by_hand(&root2, &handy);
    let line2 = root2.join("opt/smartos-cbe/1");
    assert_eq!(snapshot(&env.line(1)), snapshot(&line2));
    assert!(lines_health(&root).contains(" ok "));
}

#[test]
fn upgrade_of_a_line_also_makes_it_its_release() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let served = env.path("served");
    copy_tree(&with_toolc(&env, &s), &served);
    checkout(&env, &s, "co", &env.root, &served, "").ok(&["ensure"]);
    assert!(env.line(1).join("bin/toolc").exists());
    copy_tree(&s.release("1.1.0"), &served);
    // `cbe --cbe 1 upgrade` (after `update`) instead of ensure: the plan shows the removal.
    let args = ["--cbe", "1", "update"];
    expect_ok(&args, cbe_command(&env.root).args(args).output().unwrap());
    let args = ["--cbe", "1", "upgrade"];
    let mut c = cbe_command(&env.root);
    c.args(args).env("CBE_PLATFORM_IMAGE", NEW_PLATFORM);
    let out = expect_ok(&args, c.output().unwrap());
    assert!(out.contains("toolc-1.0"), "{out}");
    assert!(!env.line(1).join("bin/toolc").exists());
    let root2 = env.path("root2");
    fs::create_dir_all(&root2).unwrap();
    checkout(&env, &s, "co2", &root2, &served, "").ok(&["ensure"]);
    assert_eq!(
        snapshot(&env.line(1)),
        snapshot(&root2.join("opt/smartos-cbe/1"))
    );
}

#[test]
fn a_name_taken_out_of_the_pin_is_removed() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let served = with_toolc(&env, &s);
    let pin = |packages: &str| {
        let tail = format!("packages = [{packages}]\n");
        checkout(&env, &s, "co", &env.root, &served, &tail)
    };
    pin("\"hello\", \"toolc\"").ok(&["ensure"]);
    assert!(env.line(1).join("bin/toolc").exists());
    let co = pin("\"hello\"");
    let o = co.ok(&["ensure"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("removing toolc-1.0"), "{err}");
    assert!(!env.line(1).join("bin/toolc").exists());
    // hello's dependency stays.
    assert!(env.line(1).join("bin/hello").exists());
    let list = lines_health(&env.root);
    assert!(list.contains(" ok "), "{list}");
    // A package of the line removed by hand: `cbe lines` says the line is not its release.
    let args = ["--cbe", "1", "remove", "hello"];
    expect_ok(&args, cbe_command(&env.root).args(args).output().unwrap());
    let list = lines_health(&env.root);
    assert!(
        list.contains("differs from its release: hello missing; run `cbe ensure`"),
        "{list}"
    );
    co.ok(&["ensure"]);
    assert!(lines_health(&env.root).contains(" ok "));
}
