//! A package is what the signed index says: a repository whose index vouches for one package
//! while the file behind that entry is another (its `@name` says so) is refused before
//! anything is installed.

use crate::common;

use std::fs;

use crate::common::{Env, SignedRepo};
use sha2::{Digest, Sha256};

/// Rewrites the index so that `entry`'s file is `other`'s bytes, with a size and digest that
/// match them, and signs the result: what a careless or hostile index builder produces.
fn vouch_for_another(
    repo: &SignedRepo,
    dir: &std::path::Path,
    entry: &str,
    other: &std::path::Path,
) {
    let bytes = fs::read(other).unwrap();
    let file = dir.join("All").join(format!("{entry}.tzst"));
    fs::write(&file, &bytes).unwrap();
    let summary = fs::read_to_string(dir.join("pkg_summary")).unwrap();
    let mut in_entry = false;
    let mut text = String::new();
    for line in summary.lines() {
        if let Some(n) = line.strip_prefix("PKGNAME=") {
            in_entry = n == entry;
        }
        let line = match (in_entry, line.split_once('=')) {
            (true, Some(("FILE_SIZE", _))) => format!("FILE_SIZE={}", bytes.len()),
            (true, Some(("FILE_CKSUM", _))) => {
                format!("FILE_CKSUM=sha256 {}", hex::encode(Sha256::digest(&bytes)))
            }
            _ => line.to_string(),
        };
        text.push_str(&line);
        text.push('\n');
    }
    for ext in ["zst", "bz2", "gz"] {
        let _ = fs::remove_file(dir.join(format!("pkg_summary.{ext}")));
    }
    fs::write(dir.join("pkg_summary"), &text).unwrap();
    let release: String = fs::read_to_string(dir.join("release"))
        .unwrap()
        .lines()
        .map(|l| match l.split_once('=') {
            Some(("SUMMARY_SHA256", _)) => {
                format!(
                    "SUMMARY_SHA256={}\n",
                    hex::encode(Sha256::digest(text.as_bytes()))
                )
            }
            Some(("SUMMARY_SIZE", _)) => format!("SUMMARY_SIZE={}\n", text.len()),
            _ => format!("{l}\n"),
        })
        .collect();
    fs::write(dir.join("release"), release).unwrap();
    repo.sign();
}

#[test]
fn a_package_that_is_not_what_the_index_names_is_refused() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo");
    repo.add("coolthing-1.0", &[("bin/coolthing", "!cool")], &[]);
    repo.add("gcc-7.5", &[("bin/gcc", "!gcc 7.5")], &[]);
    repo.index("1.0.0");
    let c = repo.client(repo.dir.to_str().unwrap());
    c.ok(&["install", "gcc"]);
    // gcc-99.0 is made, but the index lists its bytes as coolthing-1.0.
    let evil = env.pkg("gcc-99.0", &[("bin/gcc", "!evil gcc")], &[]);
    vouch_for_another(&repo, &repo.dir, "coolthing-1.0", &evil);
    let err = c.fails(&["install", "coolthing"], 4);
    assert!(
        err.contains(
            "the signed index names this package coolthing-1.0, but it says it is gcc-99.0"
        ),
        "{err}"
    );
    let gcc = fs::read_to_string(env.prefix().join("bin/gcc")).unwrap();
    assert_eq!(gcc, "gcc 7.5", "gcc was not replaced");
    assert!(!env.prefix().join("bin/coolthing").exists());
    let list = c.ok(&["list"]);
    assert!(
        list.contains("gcc-7.5") && !list.contains("gcc-99.0"),
        "{list}"
    );
}

#[test]
fn a_file_installed_in_a_pinned_checkout_goes_to_the_pins_line_or_nowhere() {
    let env = Env::new();
    let checkout = common::Checkout::new(&env, "project");
    checkout.pin(&common::Pin::new("^1"));
    // A package whose own @cwd says /etc.
    let stage = env.stage("evil-1.0", &[("passwd", "root::0:0::/:/bin/sh\n")]);
    let evil = env.pkg_from("evil-1.0", &stage, "/etc", &[]);
    let o = checkout.run(&["install", evil.to_str().unwrap()], None);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("was built for prefix /etc, not /opt/smartos-cbe/1"),
        "{err}"
    );
    assert!(!env.root.join("etc/passwd").exists());
    // One built for the pin's line installs there.
    let good = env.pkg("tool-1.0", &[("bin/tool", "!tool")], &[]);
    checkout.ok(&["install", good.to_str().unwrap()]);
    assert!(env.prefix().join("bin/tool").exists());
}
