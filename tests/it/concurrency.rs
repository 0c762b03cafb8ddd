//! Several writers on one prefix: they take turns through the prefix lock, none deadlocks,
//! the database ends consistent; a held lock makes others wait or give up with exit 6.

use crate::common;

use std::fs;
use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::Env;

#[test]
fn parallel_installs_and_removes_end_consistent() {
    let env = Env::new();
    let mut pkgs = Vec::new();
    for i in 0..6 {
        let files: Vec<(String, String)> = (0..50)
            .map(|f| (format!("share/common/p{i}/f{f}"), format!("{i} {f}")))
            .chain([(format!("bin/tool{i}"), format!("!tool {i}"))])
            .collect();
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        pkgs.push(env.pkg(&format!("tool{i}-1.{i}"), &refs, &[]));
    }
    // First round: six installs at once.
    let children: Vec<_> = pkgs
        .iter()
        .map(|p| {
            env.command()
                .args(["--cbe", "1", "install"])
                .arg(p)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(120);
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert!(Instant::now() < deadline, "took too long: a deadlock?");
    let list = env.ok(&["--cbe", "1", "list"]);
    assert_eq!(list.lines().count(), 6, "{list}");
    env.ok(&["--cbe", "1", "verify"]);

    // Second round: removals and reinstalls interleaved.
    let mut children = Vec::new();
    for (i, pkg) in pkgs.iter().enumerate() {
        let mut c = env.command();
        c.args(["--cbe", "1"]);
        if i % 2 == 0 {
            c.args(["remove", &format!("tool{i}")]);
        } else {
            c.args(["install", "--force"]).arg(pkg);
        }
        children.push(
            c.stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        );
    }
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let list = env.ok(&["--cbe", "1", "list"]);
    assert_eq!(list.lines().count(), 3, "{list}");
    env.ok(&["--cbe", "1", "verify"]);
    let hist = env.ok(&["--cbe", "1", "--json", "history"]);
    let v: serde_json::Value = serde_json::from_str(&hist).unwrap();
    assert!(
        v.as_array().unwrap().iter().all(|t| t["state"] == "done"),
        "{hist}"
    );
}

#[test]
fn held_lock_waits_or_times_out_with_exit_6() {
    let env = Env::new();
    let a = env.pkg("a-1", &[("bin/a", "a")], &[]);
    env.ok(&["install", a.to_str().unwrap()]);
    let b = env.pkg("b-1", &[("bin/b", "b")], &[]);

    let lock_path = env.prefix().join(".cbe/lock");
    let mut holder = fs::OpenOptions::new().write(true).open(&lock_path).unwrap();
    holder.lock().unwrap();
    holder.set_len(0).unwrap();
    write!(holder, "pid 4242 (the test's holder)").unwrap();

    let err = env.fails(
        &[
            "--cbe",
            "1",
            "--lock-timeout",
            "0.3",
            "install",
            b.to_str().unwrap(),
        ],
        6,
    );
    let line = common::one_line(&err);
    assert!(line.contains("the test's holder"), "{line}");
    assert!(line.contains("--lock-timeout"), "{line}");

    // Without a timeout it waits, says who it waits for, and goes on once the lock is free.
    let child = env
        .command()
        .args(["--json", "--cbe", "1", "install"])
        .arg(&b)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        !env.prefix().join("bin/b").exists(),
        "installed while the lock was held"
    );
    holder.unlock().unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let waits = common::notices(&o.stdout, "lock-wait");
    assert_eq!(waits.len(), 1, "{o:?}");
    assert_eq!(
        waits[0]["path"],
        env.prefix().to_str().unwrap(),
        "{waits:?}"
    );
    assert!(
        waits[0]["holder"]
            .as_str()
            .unwrap()
            .contains("the test's holder"),
        "{waits:?}"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("cbe: waiting for the lock on"));
    assert!(env.prefix().join("bin/b").exists());
}

#[test]
fn a_killed_holder_leaves_no_stale_lock() {
    let env = Env::new();
    let a = env.pkg("a-1", &[("bin/a", "a"), ("bin/a2", "a2")], &[]);
    // Kill the writer at its third kill point: it holds the lock when it dies.
    let o = env.cbe_env(&["install", a.to_str().unwrap()], &[("CBE_CRASH_AT", "3")]);
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&o.status),
        Some(9)
    );
    let out = env.cbe(&[
        "--json",
        "--cbe",
        "1",
        "--lock-timeout",
        "2",
        "install",
        a.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recovered = common::notices(&out.stdout, "recovered");
    assert_eq!(recovered.len(), 1, "{out:?}");
    assert_eq!(recovered[0]["action"], "rolled-back", "{recovered:?}");
    let command = recovered[0]["command"].as_str().unwrap();
    assert!(command.contains("install"), "{recovered:?}");
    env.ok(&["--cbe", "1", "verify"]);
}
