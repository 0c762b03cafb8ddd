//! A dry run writes nothing: every command that changes things is run with `--dry-run`
//! against a line with packages, a cache, a repository and keys, and the scratch directory
//! (the prefix's files, the cache, the repository, keys, outputs) is compared before and after.
//! cbe's own state is compared too: a dry run plans under the readers' lock (no owner line
//! written into `.cbe/lock`) against a scratch copy of `.cbe/pkgdb.sqlite`, into which the
//! catalogue is refreshed when `--repo` is given, as it is in every run here.

use crate::common;

use std::fs;

use crate::common::{Env, SignedRepo};

#[test]
fn every_command_with_dry_run_writes_nothing() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("lib-1.0", &[("lib/lib", "1")], &[]);
    r.add("tool-1.0", &[("bin/tool", "!t")], &["--depends", "lib>=1"]);
    r.index("1.0.0");
    let c = r.client(r.dir.to_str().unwrap());
    c.ok(&["install", "tool"]);
    r.add("tool-2.0", &[("bin/tool", "!t2")], &["--depends", "lib>=1"]);
    r.index("1.1.0");
    let stage = env.stage("new-1.0", &[("bin/new", "n")]);
    let list = env.path("list.txt");
    fs::write(&list, "tool\nlib\n").unwrap();
    let (repo, stage, list) = (
        r.dir.to_str().unwrap(),
        stage.to_str().unwrap(),
        list.to_str().unwrap(),
    );
    let key = r.keys.secret.to_str().unwrap();
    let out = env.path("out");
    let (out, newkey) = (out.to_str().unwrap(), env.path("newkey"));
    let newkey = newkey.to_str().unwrap();
    let pkg_out = format!("{out}/new-1.0.tzst");
    let snapshot = || common::snapshot(env.dir.path());
    let before = snapshot();
    // Commands that show their plan and change nothing.
    let planned: [&[&str]; 12] = [
        &["install", "tool"],
        &["install", "--download-only", "tool"],
        &["stats"],
        &["show-full-deps", "tool"],
        &["avail"],
        &["upgrade"],
        &["remove", "tool"],
        &["autoremove"],
        &["keep", "lib"],
        &["unkeep", "tool"],
        &["clean"],
        &["import", list],
    ];
    for args in planned {
        let o = c.run(&[&["--dry-run"], args].concat());
        assert!(
            o.status.success(),
            "--dry-run {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = env.cbe(&["--dry-run", "repo", "publish", repo, "--to", out]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // Commands without a dry run refuse it.
    let refused: [&[&str]; 7] = [
        &[
            "pkg",
            "create",
            "--from",
            stage,
            "--name",
            "new-1.0",
            "--prefix",
            "/opt/smartos-cbe/1",
            "-o",
            &pkg_out,
        ],
        &["repo", "keygen", "--unencrypted", newkey],
        &[
            "repo",
            "index",
            repo,
            "--line",
            "1",
            "--release",
            "1.2.0",
            "--min-platform",
            "20180329T002515Z",
        ],
        &["repo", "sign", repo, "--sign", key],
        &["--cbe", "1", "ensure"],
        &["--cbe", "1", "update"],
        &["lines", "remove", "1"],
    ];
    for args in refused {
        let err = env.fails(&[&["--dry-run"], args].concat(), 2);
        assert!(err.contains("has no dry run"), "{args:?}: {err}");
    }
    assert_eq!(snapshot(), before, "a dry run wrote");
}

/// A dry run against a line that was never installed creates nothing, not even the line's
/// directory, and still shows the plan.
#[test]
fn a_dry_run_on_a_new_line_creates_nothing() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("tool-1.0", &[("bin/tool", "!t")], &[]);
    r.index("1.0.0");
    let c = r.client(r.dir.to_str().unwrap());
    let before = common::snapshot(env.dir.path());
    let o = c.run(&["--dry-run", "install", "tool"]);
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert!(o.status.success(), "{err}");
    assert!(
        out.contains("tool-1.0") || err.contains("tool-1.0"),
        "{out}{err}"
    );
    assert!(!env.prefix().exists(), "the line's directory was made");
    assert_eq!(common::snapshot(env.dir.path()), before);
}
