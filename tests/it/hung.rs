//! Mirrors that hang (issue 27 item 4): a server that accepts and never answers, or answers
//! the headers and then stalls, costs `--timeout` once, says whom cbe waits for, and the next
//! mirror is tried; a failed check of a satisfied line is remembered.

use std::fs;
use std::time::{Duration, Instant};

use crate::common::{hung, Checkout, Env, Fault, Pin, Sample, Server, MIN_PLATFORM};

/// A checkout whose pin names `mirrors` (each followed by the sample's `cbe/$line/$arch`).
fn checkout(env: &Env, s: &Sample, mirrors: &[String]) -> Checkout {
    let co = Checkout::new(env, "co");
    fs::copy(&s.keys.public, co.dir.join("sample.pub")).unwrap();
    let mut pin = Pin::new("^1.0")
        .trust("sample.pub")
        .min_platform(MIN_PLATFORM);
    for m in mirrors {
        pin = pin.repo(format!("{}cbe/$line/$arch", m));
    }
    co.pin(&pin);
    co
}

/// Runs ensure with `--timeout 2`; its stderr and how long it took.
fn timed_ensure(co: &Checkout) -> (bool, String, Duration) {
    let start = Instant::now();
    let o = co.run(
        &["--timeout", "2", "ensure"],
        Some(crate::common::NEW_PLATFORM),
    );
    let took = start.elapsed();
    (
        o.status.success(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        took,
    )
}

#[test]
fn a_mirror_that_never_answers_costs_the_timeout_once_and_says_so() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let (_listener, dead) = hung();
    let good = format!("{}/", s.out.display());
    let co = checkout(&env, &s, &[dead.clone(), good]);
    let (ok, err, took) = timed_ensure(&co);
    assert!(ok, "{err}");
    // Two seconds for the hung mirror (not three attempts of it), then the good one.
    assert!(took < Duration::from_millis(3500), "took {took:?}: {err}");
    assert!(
        err.contains(&format!("waiting for {}", dead.trim_end_matches('/')))
            && err.contains("no answer within 2 s (--timeout); trying the next mirror"),
        "{err}"
    );
    assert!(env.line(1).join("bin/hello").exists());
}

#[test]
fn a_mirror_that_stalls_after_its_headers_gives_way_to_the_next() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let server = Server::start(s.out.clone());
    server.fault("/release", Fault::Stall);
    let good = format!("{}/", s.out.display());
    let co = checkout(&env, &s, &[server.url(""), good]);
    let (ok, err, took) = timed_ensure(&co);
    assert!(ok, "{err}");
    assert!(took < Duration::from_millis(3500), "took {took:?}: {err}");
    assert!(
        err.contains("transfer cut after") && err.contains("timed out"),
        "{err}"
    );
    assert_eq!(
        server.requests("/release").len(),
        1,
        "the stalled mirror was asked again"
    );
}

#[test]
fn a_failed_check_of_a_satisfied_line_is_not_repeated_at_once() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let good = format!("{}/", s.out.display());
    checkout(&env, &s, &[good]).ok(&["ensure"]);
    // The pin now names only a hung mirror: the next ensure looks once, warns and keeps the
    // line; the runs after it, within the back-off, wait for nothing.
    let (_listener, dead) = hung();
    let co = checkout(&env, &s, &[dead]);
    let (ok, err, took) = timed_ensure(&co);
    assert!(ok, "{err}");
    assert!(took < Duration::from_millis(3500), "took {took:?}");
    assert!(err.contains("not looking again for 60 s"), "{err}");
    for _ in 0..3 {
        let (ok, err, took) = timed_ensure(&co);
        assert!(ok && err.is_empty(), "{err}");
        assert!(took < Duration::from_millis(500), "took {took:?}");
    }
    // --require-fresh does not take the back-off: it looks, and fails.
    let o = co.run(
        &["--timeout", "1", "ensure", "--require-fresh"],
        Some(crate::common::NEW_PLATFORM),
    );
    assert_eq!(o.status.code(), Some(5));
}
