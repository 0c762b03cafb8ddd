//! The one output path: a reader that goes away ends the command quietly with exit 0, and
//! control characters from package metadata never reach a terminal raw.
//!
//! The terminal is a real pseudo-terminal made by util-linux `script` (`script -qec CMD
//! /dev/null`), not a switch inside cbe: what is tested is exactly what a user's terminal
//! gets. Where `script` is missing the terminal test says so and passes without checking.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::env::clean_env;
use crate::common::{Env, LINE1};

/// The escape sequences a hostile COMMENT might carry: retitle the window, clear the
/// screen, and a carriage return that would hide what came before it on the line.
const HOSTILE: &str = "nice tool\x1b]0;pwned\x07\x1b[2J\rhidden";
/// How cbe writes [`HOSTILE`] in text.
const ESCAPED: &str = "nice tool\\e]0;pwned\\x07\\e[2J\\x0dhidden";

fn installed_env(comment: &str) -> Env {
    let env = Env::new();
    let stage = env.stage(
        "evil-1.0",
        &[
            ("bin/evil", "!#!/bin/sh\necho hi\n"),
            ("share/doc/evil", "doc\n"),
        ],
    );
    let desc = env.path("desc");
    std::fs::write(&desc, format!("line one\n{comment}\n")).unwrap();
    let out = env.path("pkgs/evil-1.0.tzst");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    env.ok(&[
        "pkg",
        "create",
        "--level",
        "1",
        "--name",
        "evil-1.0",
        "--prefix",
        LINE1,
        "--comment",
        comment,
        "--desc",
        desc.to_str().unwrap(),
        "--from",
        stage.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    env.ok(&["--cbe", "1", "install", out.to_str().unwrap()]);
    env
}

/// Runs cbe with its standard output a pipe whose reading end is already closed, so that
/// its first write fails with EPIPE, deterministically.
fn with_closed_stdout(env: &Env, args: &[&str]) -> std::process::Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let child = env
        .command()
        .args(args)
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_ends_the_command_quietly_with_success() {
    let env = installed_env("a tool");
    for args in [
        &["--cbe", "1", "info", "evil"][..],
        &["--cbe", "1", "list"],
        &["--cbe", "1", "--json", "list"],
        &["--cbe", "1", "--json", "info", "evil"],
        &["--cbe", "1", "history"],
    ] {
        let o = with_closed_stdout(&env, args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "cbe {args:?}: {err}");
        assert!(!err.contains("panicked"), "cbe {args:?}: {err}");
        assert!(err.is_empty(), "cbe {args:?} said something: {err}");
    }
}

#[test]
fn head_sees_the_first_line_and_cbe_succeeds() {
    let env = installed_env("a tool");
    let cbe = env!("CARGO_BIN_EXE_cbe");
    let root = env.root.to_str().unwrap();
    for (args, want) in [
        ("--cbe 1 info evil | head -1", "Information for evil-1.0:\n"),
        ("--cbe 1 --json list | head -c1", "["),
    ] {
        let script = format!("set -o pipefail; {cbe} --root {root} {args}");
        let o = clean_env(&mut Command::new("bash"))
            .arg("-c")
            .arg(&script)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{script}: {err}");
        assert!(!err.contains("panicked"), "{script}: {err}");
        assert_eq!(String::from_utf8_lossy(&o.stdout), want, "{script}");
    }
}

fn script_tool() -> Option<PathBuf> {
    let ok = Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    ok.then(|| PathBuf::from("script"))
}

/// Runs cbe on a pseudo-terminal; returns what the terminal received.
fn on_terminal(script: &Path, root: &Path, args: &[&str]) -> Vec<u8> {
    let mut cmd = format!("{} --root {}", env!("CARGO_BIN_EXE_cbe"), root.display());
    for a in args {
        cmd.push_str(&format!(" '{a}'"));
    }
    let o = clean_env(&mut Command::new(script))
        .args(["-qec", &cmd, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(o.status.success(), "script -qec {cmd}: {o:?}");
    o.stdout
}

#[test]
fn metadata_escapes_do_not_reach_a_terminal_raw() {
    let env = installed_env(HOSTILE);
    // Not a terminal: escaped all the same, since a CI log or a file shown later renders
    // them; the bytes themselves are in `--json`.
    let file = env.path("pkgs/evil-1.0.tzst");
    let file = file.to_str().unwrap();
    for args in [
        &["--cbe", "1", "list"][..],
        &["--cbe", "1", "info", "evil"],
        &["info", file],
    ] {
        let piped = env.ok(args);
        assert!(
            !piped.contains('\x1b') && !piped.contains('\x07'),
            "{args:?}: {piped:?}"
        );
        assert!(piped.contains(ESCAPED), "{args:?}: {piped:?}");
    }
    let json = env.ok(&["--cbe", "1", "--json", "list"]);
    assert!(
        !json.contains('\x1b') && json.contains("\\u001b]0;pwned"),
        "{json}"
    );

    let Some(script) = script_tool() else {
        eprintln!("util-linux script is not installed: the terminal is not checked");
        return;
    };
    for args in [&["--cbe", "1", "list"][..], &["--cbe", "1", "info", "evil"]] {
        let seen = on_terminal(&script, &env.root, args);
        let text = String::from_utf8_lossy(&seen);
        assert!(!seen.contains(&0x1b), "cbe {args:?} sent ESC raw: {text:?}");
        assert!(!seen.contains(&0x07), "cbe {args:?} sent BEL raw: {text:?}");
        assert!(text.contains(ESCAPED), "cbe {args:?}: {text:?}");
    }
}

/// Without `-v` a failure is one line; `-v` adds what it was caused by, down to the system's
/// own words. A missing key file: the key being read, then the file, then the system's error.
#[test]
fn verbose_errors_show_the_chain_of_causes() {
    let env = Env::new();
    let key = env.path("missing.pub");
    let repo = format!("file://{}", env.path("nowhere").display());
    let args = [
        "--cbe",
        "1",
        "--repo",
        &repo,
        "--trusted-key",
        key.to_str().unwrap(),
    ];
    let quiet = env.cbe(&[&args[..], &["update"]].concat());
    let verbose = env.cbe(&[&args[..], &["-v", "update"]].concat());
    for o in [&quiet, &verbose] {
        assert_eq!(
            o.status.code(),
            Some(1),
            "a missing file keeps exit 1: {o:?}"
        );
    }
    let first = String::from_utf8_lossy(&quiet.stderr)
        .trim_end()
        .to_string();
    assert!(
        first.starts_with("cbe: error: reading public key") && !first.contains('\n'),
        "{first}"
    );
    let text = String::from_utf8_lossy(&verbose.stderr);
    let causes: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("caused by: "))
        .collect();
    assert!(causes.len() >= 2, "{text}");
    assert!(causes[0].starts_with(key.to_str().unwrap()), "{text}");
    assert!(causes[1].contains("No such file or directory"), "{text}");
}

/// With `--json`, every failure is also a JSON object on standard output: the error's
/// one line, the exit code, and what kind of failure it is and about what.
#[test]
fn json_errors_are_objects_on_stdout_with_the_exit_code() {
    let env = Env::new();
    let missing = env.path("missing-1.0.tgz");
    let cases: [(Vec<&str>, i32, &str); 3] = [
        (
            vec!["--cbe", "1", "--json", "remove", "nothing"],
            1,
            "refused",
        ),
        (
            vec!["--cbe", "1", "--json", "install", missing.to_str().unwrap()],
            1,
            "io",
        ),
        (vec!["--json", "install", "--no-such-flag"], 2, "usage"),
    ];
    for (args, code, kind) in cases {
        let o = env.cbe(&args);
        assert_eq!(o.status.code(), Some(code), "{args:?}");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: stdout is not JSON ({e}): {o:?}"));
        assert_eq!(v["exit"], code, "{args:?}: {v}");
        assert_eq!(v["detail"]["kind"], kind, "{args:?}: {v}");
        let text = String::from_utf8_lossy(&o.stderr);
        let msg = v["error"].as_str().unwrap();
        assert!(
            !msg.is_empty() && text.contains(msg),
            "{args:?}: {v} vs {text}"
        );
    }
    let o = env.cbe(&["--cbe", "1", "--json", "install", missing.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["detail"]["subject"], missing.to_str().unwrap(), "{v}");
}

/// A user who may not write the prefix is told whose tree it is and how to work in a tree
/// of their own, not just "Permission denied". Run as `nobody` through util-linux `setpriv`
/// when the tests run as root; otherwise as the user the tests run as, on a tree made
/// read-only. Skipped, saying so, where neither is possible.
#[test]
fn permission_errors_say_what_to_do() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let pkg = env.pkg("perm-1.0", &[("bin/perm", "!#!/bin/sh\n")], &[]);
    for p in [env.dir.path(), &env.root, pkg.parent().unwrap(), &pkg] {
        let mode = if p.is_dir() { 0o755 } else { 0o644 };
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let is_root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let mut c = if is_root {
        if Command::new("setpriv").arg("--version").output().is_err() {
            eprintln!("skipped: running as root without setpriv to drop privileges");
            return;
        }
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        c.arg(env!("CARGO_BIN_EXE_cbe"));
        c
    } else {
        std::fs::set_permissions(&env.root, std::fs::Permissions::from_mode(0o555)).unwrap();
        Command::new(env!("CARGO_BIN_EXE_cbe"))
    };
    clean_env(&mut c);
    let o = c
        .arg("--root")
        .arg(&env.root)
        .args(["--cbe", "1", "install", pkg.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    let line = common::one_line(&err);
    assert!(
        line.contains("ermission denied") && line.contains("--root DIR and --cache-dir DIR"),
        "{err}"
    );
}

/// A refusal says why in `detail.reason`, typed where it arose, so that a script tells a
/// missing dependency from a conflict or a file in the way without reading the sentence.
#[test]
fn json_refusals_carry_a_typed_reason() {
    let env = Env::new();
    let base = env.pkg("base-1", &[("bin/base", "base")], &[]);
    let lib = env.pkg("lib-1", &[("lib/lib", "1")], &[]);
    let app = env.pkg("app-1", &[("bin/app", "a")], &["--depends", "lib<2"]);
    for p in [&base, &lib, &app] {
        env.ok(&["install", p.to_str().unwrap()]);
    }
    std::fs::write(env.prefix().join("bin/stray"), "user's").unwrap();
    let stage = env.stage("other", &[("bin/other", "o")]);
    let packages = [
        (
            env.pkg(
                "needy-1",
                &[("bin/needy", "n")],
                &["--depends", "absent>=1"],
            ),
            "missing-dependency",
        ),
        (
            env.pkg_from("other-1", &stage, "/opt/smartos-cbe/2", &[]),
            "wrong-prefix",
        ),
        (
            env.pkg(
                "foreign-1",
                &[("bin/foreign", "f")],
                &["--build-info", "MACHINE_ARCH=sparc64"],
            ),
            "wrong-arch",
        ),
        (
            env.pkg("clash-1", &[("bin/base", "mine")], &[]),
            "file-owned",
        ),
        (
            env.pkg(
                "cfl-1",
                &[("bin/cfl", "c")],
                &["--conflicts", "base-[0-9]*"],
            ),
            "conflict",
        ),
        (
            env.pkg("stray-1", &[("bin/stray", "pkg")], &[]),
            "in-the-way",
        ),
        (
            env.pkg("lib-2", &[("lib/lib", "2")], &[]),
            "breaks-dependents",
        ),
    ];
    let reason = |args: &[&str]| {
        let o = env.cbe(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {o:?}");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["detail"]["kind"], "refused", "{args:?}: {v}");
        v["detail"]["reason"].clone()
    };
    for (pkg, want) in &packages {
        let got = reason(&["--json", "--cbe", "1", "install", pkg.to_str().unwrap()]);
        assert_eq!(got, *want, "{}", pkg.display());
    }
    let got = reason(&["--json", "--cbe", "1", "remove", "nothere"]);
    assert_eq!(got, "not-installed");
    // A usage error has no reason: the sentence is for the person at the keyboard.
    let o = env.cbe(&["--json", "install", "--no-such-flag"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["detail"].get("reason").is_none(), "{v}");
}
