//! A dry run writes nothing: every command that changes things is run with `--dry-run`
//! against a line with packages, a cache, a repository and keys, and the scratch directory
//! (the prefix's files, the cache, the repository, keys, outputs) is compared before and after.
//! Not yet covered, and so left out of the comparison: cbe's own `.cbe/lock` (a writer's
//! lock records its pid even in a dry run) and `.cbe/pkgdb.sqlite` (a dry run given `--repo`
//! still refreshes the catalogue it plans from). Issue 16 has the rest of the work.

mod common;

use std::fs;

use common::{Env, SignedRepo};

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
    let snapshot = || {
        let mut s = common::snapshot(env.dir.path());
        s.retain(|k, _| !k.ends_with(".cbe/lock") && !k.ends_with(".cbe/pkgdb.sqlite"));
        s
    };
    let before = snapshot();
    // Commands that show their plan and change nothing.
    let planned: [&[&str]; 8] = [
        &["install", "tool"],
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
