//! Differential tests: cbe's dewey ordering and pattern matching against vectors produced by
//! pkg_install's own C code (see tests/data/pkg_install/README.md).

use crate::common;

use std::cmp::Ordering;
use std::path::PathBuf;
use std::process::Stdio;

use cbe::version::{dewey_cmp, pkg_match};

fn data(name: &str) -> String {
    let p = common::data(&format!("pkg_install/{name}"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Real pkgsrc names and dependency patterns (tests/data/pkgsrc-names/README.md).
fn pkgsrc_names(name: &str) -> PathBuf {
    let p = common::data(&format!("pkgsrc-names/{name}"));
    assert!(p.exists(), "{} is missing", p.display());
    p
}

#[test]
fn dewey_matches_pkg_install() {
    let text = data("dewey.tsv");
    let mut n = 0;
    let mut wrong = Vec::new();
    for line in text.lines() {
        let mut f = line.split('\t');
        let (a, b, r) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
        let want = match r {
            "-1" => Ordering::Less,
            "0" => Ordering::Equal,
            _ => Ordering::Greater,
        };
        if dewey_cmp(a, b) != want {
            wrong.push(format!("{a} vs {b}: pkg_install says {r}"));
        }
        n += 1;
    }
    assert!(n > 30_000, "only {n} vectors");
    assert!(
        wrong.is_empty(),
        "{} of {n} differ:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(20)].join("\n")
    );
}

#[test]
fn patterns_match_pkg_install() {
    let text = data("patterns.tsv");
    let mut wrong = Vec::new();
    let mut matches = 0;
    for line in text.lines() {
        let mut f = line.split('\t');
        let (p, name, m) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
        let want = m == "1";
        matches += usize::from(want);
        if pkg_match(p, name) != want {
            wrong.push(format!("{p} {name}: pkg_install says {m}"));
        }
    }
    assert!(matches > 300, "vectors hold too few matches: {matches}");
    assert!(
        wrong.is_empty(),
        "{} differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn batch_pmatch_over_real_pkgsrc_names() {
    let names = std::fs::read(pkgsrc_names("pkgnames.txt")).unwrap();
    let mut child = common::cbe()
        .args(["pmatch", "-f"])
        .arg(pkgsrc_names("pkgdeps.txt"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        stdin.write_all(&names).unwrap();
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success());
    let got = String::from_utf8(out.stdout).unwrap();
    let want = data("pmatch-pkgdeps-pkgnames.txt");
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    assert_eq!(g.len(), w.len(), "number of matching pairs");
    for (i, (a, b)) in g.iter().zip(&w).enumerate() {
        assert_eq!(a, b, "pair {i} differs");
    }
}

#[test]
fn pmatch_exit_codes() {
    let run = |p: &str, n: &str| {
        common::cbe()
            .args(["pmatch", p, n])
            .status()
            .unwrap()
            .code()
    };
    assert_eq!(run("gcc7>=7.5", "gcc7-7.5.0nb3"), Some(0));
    assert_eq!(run("gcc7>=7.6", "gcc7-7.5.0nb3"), Some(1));
    assert_eq!(run("{gcc7,gcc10}-*", "gcc10-10.4.0"), Some(0));
    // Captured, so a passing run prints no error-looking usage message.
    let usage = common::cbe().args(["pmatch", "x"]).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
    let err = String::from_utf8_lossy(&usage.stderr);
    assert!(err.contains("<PKGNAME>"), "{err}");
}
