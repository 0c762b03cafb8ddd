//! `cbe lock` and `cbe.lock` (issue 27 item 3): the exact release and package bytes a project
//! builds with, installed as they are in every zone, moved only by `cbe lock --upgrade`.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::common::{one_line, Checkout, Env, Pin, Sample, MIN_PLATFORM};

fn sha256(p: &Path) -> String {
    hex::encode(Sha256::digest(fs::read(p).unwrap()))
}

/// What the sample's server publishes for line 1 (one arch directory).
fn published(s: &Sample) -> PathBuf {
    let dir = s.out.join("cbe/1");
    fs::read_dir(&dir).unwrap().next().unwrap().unwrap().path()
}

fn checkout(env: &Env, s: &Sample, name: &str, root: PathBuf, tail: &str) -> Checkout {
    let co = Checkout::new(env, name).root(root);
    fs::copy(&s.keys.public, co.dir.join("sample.pub")).unwrap();
    co.pin(
        &Pin::new("^1.0")
            .repo(s.repos())
            .trust("sample.pub")
            .min_platform(MIN_PLATFORM)
            .tail(tail),
    );
    co
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn a_lock_pins_a_line_to_exact_bytes_across_zones() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let co = checkout(&env, &s, "co", env.root.clone(), "refresh = 0\n");
    let out = stdout(&co.ok(&["lock"]));
    assert!(out.contains("line 1 release 1.0.0, 2 packages"), "{out}");
    // The release file's digest and each package's, as the repository serves them.
    let served = published(&s);
    let text = fs::read_to_string(co.dir.join("cbe.lock")).unwrap();
    assert!(text.contains(&format!("sha256 = \"{}\"", sha256(&served.join("release")))));
    for (name, version) in [("greet", "2.1nb1"), ("hello", "1.0")] {
        let file = served.join(format!("All/{name}-{version}.tzst"));
        let entry = format!(
            "[[package]]\nname = \"{name}\"\nversion = \"{version}\"\nsha256 = \"{}\"\n",
            sha256(&file)
        );
        assert!(text.contains(&entry), "{text}");
    }
    assert!(text.find("greet").unwrap() < text.find("\"hello\"").unwrap());
    // A new release is published: the locked zone stays where the lock says, even with
    // refresh = 0, and writes nothing.
    s.publish("1.1.0");
    co.ok(&["ensure"]);
    let line = env.line(1);
    assert!(line.join(".cbe").exists());
    let list = stdout(&co.ok(&["--cbe", "1", "list"]));
    assert!(
        list.contains("hello-1.0 ") || list.contains("hello-1.0\n") || list.contains("hello-1.0\t"),
        "{list}"
    );
    assert!(!list.contains("hello-1.0nb1"), "{list}");
    // A second zone cannot get the locked bytes any more: exit 7, naming what changed.
    let root2 = env.path("root2");
    fs::create_dir_all(&root2).unwrap();
    let co2 = checkout(&env, &s, "co", root2.clone(), "refresh = 0\n");
    let o = co2.run(&["ensure"], Some(crate::common::NEW_PLATFORM));
    assert_eq!(
        o.status.code(),
        Some(7),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let err = String::from_utf8_lossy(&o.stderr);
    let msg = one_line(&err);
    assert!(
        msg.contains("serves release 1.1.0")
            && msg.contains("the lock has 1.0.0")
            && msg.contains("cbe lock --upgrade"),
        "{msg}"
    );
    // `cbe lock --upgrade` moves the lock (and the line) and prints the change; the second
    // zone then installs exactly that.
    let out = stdout(&co.ok(&["lock", "--upgrade"]));
    assert!(
        out.contains("release 1.0.0 -> 1.1.0")
            && out.contains("greet 2.1nb1 -> 2.2")
            && out.contains("hello 1.0 -> 1.0nb1"),
        "{out}"
    );
    co2.ok(&["ensure"]);
    assert_eq!(
        crate::common::snapshot(&line),
        crate::common::snapshot(&root2.join("opt/smartos-cbe/1"))
    );
    let out = stdout(&co.ok(&["lock"]));
    assert!(out.contains("up to date (line 1 release 1.1.0)"), "{out}");
}

#[test]
fn ensure_locked_refuses_a_missing_or_outdated_lock() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let co = checkout(&env, &s, "co", env.root.clone(), "");
    let o = co.run(&["ensure", "--locked"], Some(crate::common::NEW_PLATFORM));
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(one_line(&err).contains("cbe.lock: no lock file"), "{err}");
    assert!(!env.line(1).exists(), "--locked installed without a lock");
    co.ok(&["lock"]);
    co.ok(&["ensure", "--locked"]);
    // The pin now asks for one package: the lock is outdated.
    let co = checkout(&env, &s, "co", env.root.clone(), "packages = [\"greet\"]\n");
    let o = co.run(&["ensure", "--locked"], Some(crate::common::NEW_PLATFORM));
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        one_line(&err).contains("outdated (it was written for other packages"),
        "{err}"
    );
    // Without --locked, ensure writes it again for the pin, and says what changed.
    let o = co.ok(&["ensure"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("written again for the pin: hello 1.0 removed"),
        "{err}"
    );
    let text = fs::read_to_string(co.dir.join("cbe.lock")).unwrap();
    assert!(
        text.contains("packages = [\"greet\"]") && !text.contains("\"hello\""),
        "{text}"
    );
}

#[test]
fn lock_without_a_pin_and_a_damaged_lock_say_what_to_do() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let o = env.cbe(&["--cbe", "1", "lock"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        one_line(&err).contains("cbe lock writes cbe.lock beside the pin file"),
        "{err}"
    );
    let o = env.cbe(&["--cbe", "1", "ensure", "--locked"]);
    assert_eq!(o.status.code(), Some(2));
    let co = checkout(&env, &s, "co", env.root.clone(), "");
    fs::write(co.dir.join("cbe.lock"), "[release]\nline = \"one\"\n").unwrap();
    let o = co.run(&["ensure"], Some(crate::common::NEW_PLATFORM));
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    let line = one_line(&err);
    assert!(
        line.contains("cbe.lock: ") && line.contains("run `cbe lock`"),
        "{line}"
    );
}
