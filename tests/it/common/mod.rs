//! The integration tests' shared fixture: a scratch root ([`Env`]), signed repositories and
//! their clients ([`SignedRepo`], [`Client`]), pinned checkouts ([`Checkout`], [`Pin`]), the
//! bundled sample ([`Sample`]) and servers on 127.0.0.1 ([`Server`], [`Nginx`]).
//!
//! Every test file compiles its own copy of this module and uses only part of it, so the
//! rest would be dead code there.
#![allow(dead_code)]

pub mod checkout;
pub mod env;
pub mod kills;
pub mod nginx;
pub mod pkgsrc;
pub mod repo;
pub mod s3;
pub mod sample;
pub mod server;

use std::path::PathBuf;

// The names the test files use, flat; each file uses some of them (see dead_code above).
#[allow(unused_imports)]
pub use self::{
    checkout::{repository_toml, write_config, Checkout, Pin, Sources},
    env::{cbe, cbe_command, copy_tree, expect_ok, git, snapshot, Env, LINE1},
    nginx::Nginx,
    pkgsrc::PkgsrcPkg,
    repo::{Client, Keys, SignedRepo, ARCH, MIN_PLATFORM, NEW_PLATFORM},
    s3::S3Server,
    sample::Sample,
    server::{dead_url, hung, Fault, Server},
};

/// A file under tests/data.
pub fn data(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

/// The stderr of a failure must be one line naming what failed.
pub fn one_line(err: &str) -> &str {
    let lines: Vec<&str> = err
        .lines()
        // Notices that may come before any error: recovery, a lock wait, a slow transfer's
        // progress (printed when standard error is not a terminal).
        .filter(|l| {
            !l.starts_with("cbe: recovered")
                && !l.starts_with("cbe: waiting")
                && !l.starts_with("cbe: downloading ")
        })
        .collect();
    assert_eq!(lines.len(), 1, "expected a one-line error, got:\n{err}");
    assert!(lines[0].starts_with("cbe: error: "), "{err}");
    lines[0]
}

/// Incompressible text of `n` bytes, so packages are as big as their content.
pub fn noise(n: usize, seed: u64) -> String {
    let mut x = seed | 1;
    (0..n)
        .map(|_| char::from(b'a' + (kills::xorshift(&mut x) % 26) as u8))
        .collect()
}

/// The notices of kind `kind` in a `--json` document (`notices`, absent when none was
/// given), as the reporter typed them.
pub fn notices(stdout: &[u8], kind: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_slice(stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(stdout)
        )
    });
    v["notices"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|n| n["kind"] == kind)
        .cloned()
        .collect()
}
