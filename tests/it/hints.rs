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
