//! A line root installed, used by another, unprivileged user of the zone (issue 27 item 1):
//! reading works, a change says how to raise privilege, and `elevate` raises it for ensure.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::env::clean_env;
use crate::common::{one_line, Checkout, Env, Pin, Sample};
use crate::common::{MIN_PLATFORM as MIN, NEW_PLATFORM};

/// The uid and gid the second user runs as (`nobody`).
const NOBODY: &str = "65534";

/// Whether this test can run a child as another user: only root can drop to one.
fn can_switch_user() -> bool {
    let me = Command::new("id").arg("-u").output().unwrap();
    let root = String::from_utf8_lossy(&me.stdout).trim() == "0";
    if !root {
        eprintln!("skipped: not root, cannot run a child as a second user");
    }
    root
}

/// Lets the second user reach everything below the test's scratch directory, as a shared
/// build zone's developers reach /opt: directories traversable and readable, writable by
/// root only.
fn open_to_all(dir: &Path) {
    let mut d = Some(dir);
    while let Some(p) = d {
        if p == Path::new("/") {
            break;
        }
        let m = fs::metadata(p).unwrap().permissions().mode();
        fs::set_permissions(p, fs::Permissions::from_mode(m | 0o755)).unwrap();
        d = p.parent();
    }
}

/// The sample's line 1 installed by root through a checkout's pin file.
fn installed_by_root(tail: &str) -> (Env, Sample, Checkout) {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let co = Checkout::new(&env, "checkout");
    fs::copy(&s.keys.public, co.dir.join("sample.pub")).unwrap();
    co.pin(
        &Pin::new("^1.0")
            .repo(s.repos())
            .trust("sample.pub")
            .min_platform(MIN)
            .tail(tail),
    );
    co.ok(&["ensure"]);
    open_to_all(env.dir.path());
    (env, s, co)
}

/// cbe as the second user, in the checkout, its root in CBE_ROOT, its cache its own.
fn as_nobody(env: &Env, co: &Checkout, args: &[&str]) -> Output {
    nobody_command(env, co, &[]).args(args).output().unwrap()
}

/// cbe as the second user (with `setpriv` options `extra`), to add arguments to.
fn nobody_command(env: &Env, co: &Checkout, extra: &[&str]) -> Command {
    let mut c = Command::new("setpriv");
    clean_env(&mut c)
        .args([
            &format!("--reuid={NOBODY}"),
            &format!("--regid={NOBODY}"),
            "--clear-groups",
        ])
        .args(extra)
        .arg(env!("CARGO_BIN_EXE_cbe"))
        .current_dir(&co.dir)
        .env("CBE_ROOT", &env.root)
        .env("CBE_PLATFORM_IMAGE", NEW_PLATFORM)
        .env("HOME", "/nonexistent")
        .env_remove("XDG_CACHE_HOME");
    c
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn ok_as_nobody(env: &Env, co: &Checkout, args: &[&str]) -> String {
    let o = as_nobody(env, co, args);
    let (out, err) = text(&o);
    assert!(o.status.success(), "cbe {args:?} as nobody: {err}");
    assert!(err.is_empty(), "cbe {args:?} as nobody said: {err}");
    out
}

#[test]
fn a_second_user_reads_a_line_root_installed() {
    if !can_switch_user() {
        return;
    }
    let (env, _, co) = installed_by_root("");
    let before = crate::common::snapshot(&env.line(1));
    let state = names(&env.line(1).join(".cbe"));
    let sh = ok_as_nobody(&env, &co, &["ensure", "--print-env", "sh"]);
    assert!(sh.contains("/opt/smartos-cbe/1/bin"), "{sh}");
    assert!(ok_as_nobody(&env, &co, &["env", "1"]).contains("PATH="));
    // A removal root left unfinished is root's to finish, not in the way of reading.
    fs::create_dir_all(env.root.join("opt/smartos-cbe/.removing-9-1/x")).unwrap();
    let lines = ok_as_nobody(&env, &co, &["lines"]);
    assert!(lines.contains("1.0.0") && lines.contains(" ok "), "{lines}");
    let list = ok_as_nobody(&env, &co, &["--cbe", "1", "list"]);
    assert!(list.contains("hello-"), "{list}");
    assert!(ok_as_nobody(&env, &co, &["--cbe", "1", "info", "hello"]).contains("hello"));
    let which = ok_as_nobody(&env, &co, &["--cbe", "1", "which", "bin/hello"]);
    assert!(which.contains("hello-"), "{which}");
    let o = as_nobody(&env, &co, &["--cbe", "1", "verify"]);
    let (_, err) = text(&o);
    assert!(o.status.success() && err.contains(" 0 problems"), "{err}");
    assert!(ok_as_nobody(&env, &co, &["--cbe", "1", "avail"]).contains("hello-"));
    // Nothing of the line changed: no owner line in the lock, no -wal/-shm, no new files.
    assert_eq!(crate::common::snapshot(&env.line(1)), before);
    assert_eq!(names(&env.line(1).join(".cbe")), state);
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

#[test]
fn a_change_a_second_user_may_not_make_names_the_command() {
    if !can_switch_user() {
        return;
    }
    let (env, _, co) = installed_by_root("");
    let args = ["ensure", "--cbe", "^2", "--print-env", "sh"];
    let o = as_nobody(&env, &co, &args);
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(8), "{err}");
    assert!(out.is_empty(), "{out}");
    let line = one_line(&err);
    let cbe = env!("CARGO_BIN_EXE_cbe");
    assert!(
        line.contains(&format!("run `sudo {cbe} ensure --cbe ^2 --print-env sh`"))
            && line.contains("line 2 needs installing")
            && line.contains("elevate = \"sudo\""),
        "{line}"
    );
    assert!(!env.line(2).exists());
    // The line root installed is still used as it is.
    ok_as_nobody(&env, &co, &["ensure", "--refresh", "0"]);
}

#[test]
fn elevate_runs_only_the_installing_ensure_through_its_command() {
    if !can_switch_user() {
        return;
    }
    // A stand-in for sudo: it records that it ran, and how, then runs its arguments as root
    // (the second user is given the capability to become root for this, and nothing else).
    let log = PathBuf::from("/tmp").join(format!("cbe-elevate-{}.log", std::process::id()));
    let (env, s, co) = installed_by_root("elevate = \"fake-sudo --flag\"\n");
    let bin = env.path("bin");
    fs::create_dir_all(&bin).unwrap();
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$*\" >> {}\nshift\nexec setpriv --reuid=0 --regid=0 --clear-groups \"$@\"\n",
        log.display()
    );
    fs::write(bin.join("fake-sudo"), script).unwrap();
    fs::set_permissions(bin.join("fake-sudo"), fs::Permissions::from_mode(0o755)).unwrap();
    open_to_all(&bin);
    let run = |args: &[&str]| {
        let caps = [
            "--inh-caps=+setuid,+setgid",
            "--ambient-caps=+setuid,+setgid",
        ];
        nobody_command(&env, &co, &caps)
            .args(args)
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .output()
            .unwrap()
    };
    // Satisfied: read as the second user, nothing elevated.
    let o = run(&["ensure", "--print-env", "sh"]);
    assert!(o.status.success(), "{}", text(&o).1);
    assert!(!log.exists(), "elevated though nothing was to change");
    // A requirement only the next release meets: the upgrade runs through `elevate`.
    s.publish("1.1.0");
    let o = run(&["ensure", "--cbe", "^1.1", "--print-env", "sh"]);
    let (out, err) = text(&o);
    let recorded = fs::read_to_string(&log).unwrap_or_default();
    let _ = fs::remove_file(&log);
    assert!(o.status.success(), "{err}");
    assert!(
        out.contains("CBE_RELEASE=") && out.contains("1.1.0"),
        "{out}"
    );
    let pin = co.dir.join("cbe.toml");
    assert_eq!(
        recorded.trim(),
        format!(
            "--flag {} ensure --pin {} --cbe ^1.1 --print-env sh",
            env!("CARGO_BIN_EXE_cbe"),
            pin.display()
        )
    );
    let list = crate::common::env::cbe_command(&env.root)
        .args(["--cbe", "1", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&list.stdout).contains("hello-1.0nb1"));
}

#[test]
fn an_elevate_command_that_cannot_run_is_named() {
    if !can_switch_user() {
        return;
    }
    let (env, _, co) = installed_by_root("elevate = \"/nonexistent/elevate\"\n");
    let o = as_nobody(&env, &co, &["ensure", "--cbe", "^2"]);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    let line = one_line(&err);
    assert!(
        line.contains("elevate = \"/nonexistent/elevate\" in the pin file")
            && line.contains("cannot run `/nonexistent/elevate`"),
        "{line}"
    );
}
