//! Release engineering: the publish gate, release diffs, publishing to a directory and over
//! HTTP PUT (then ensure against the result), interrupted publishes, key rotation.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::server::Server;
use common::Env;

struct Rel {
    env: Env,
    out: PathBuf,
}

impl Rel {
    fn new() -> Rel {
        let env = Env::new();
        let out = common::Sample::build(&env, Some("20180101T000000Z")).out;
        Rel { env, out }
    }
    fn release(&self, v: &str) -> PathBuf {
        self.out.join("releases").join(v)
    }
    fn key(&self) -> String {
        self.out
            .join("keys/sample.key")
            .to_string_lossy()
            .into_owned()
    }
    fn pubkey(&self) -> String {
        self.out
            .join("keys/sample.pub")
            .to_string_lossy()
            .into_owned()
    }
    fn cbe(&self, args: &[&str]) -> Output {
        self.env
            .cbe_env(args, &[("CBE_PLATFORM_IMAGE", "20240101T000000Z")])
    }
    /// A copy of release `v` to spoil.
    fn copy(&self, v: &str, name: &str) -> PathBuf {
        let to = self.env.path(name);
        let st = Command::new("cp")
            .arg("-R")
            .arg(self.release(v))
            .arg(&to)
            .status()
            .unwrap();
        assert!(st.success());
        to
    }
    fn reindex(&self, dir: &Path, v: &str) {
        let line = v.split('.').next().unwrap();
        self.env.ok(&[
            "repo",
            "index",
            dir.to_str().unwrap(),
            "--line",
            line,
            "--release",
            v,
            "--min-platform",
            "20180329T002515Z",
            "--sign",
            &self.key(),
        ]);
    }
    fn add(&self, dir: &Path, name: &str, files: &[(&str, &str)], extra: &[&str]) {
        let mut args = vec!["--build-info", "BUILD_PLATFORM=20180101T000000Z"];
        args.extend_from_slice(extra);
        let p = self.env.pkg(name, files, &args);
        fs::copy(&p, dir.join("All").join(p.file_name().unwrap())).unwrap();
    }
}

fn check_fails(r: &Rel, dir: &Path, check: &str, package: &str) {
    let o = r.cbe(&[
        "repo",
        "check",
        dir.to_str().unwrap(),
        "--trusted-key",
        &r.pubkey(),
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let line = out
        .lines()
        .find(|l| l.starts_with("FAILURE") && l.contains(check))
        .unwrap_or_else(|| panic!("no FAILURE {check} in:\n{out}"));
    assert!(line.contains(package), "{line}");
}

#[test]
fn repo_check_passes_and_fails_naming_the_package() {
    let r = Rel::new();
    let o = r.cbe(&[
        "repo",
        "check",
        r.release("1.1.0").to_str().unwrap(),
        "--previous",
        r.release("1.0.0").to_str().unwrap(),
        "--trusted-key",
        &r.pubkey(),
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(
        out.contains("SUCCESS  smoke-test") && out.contains("upgrade-from-1.0.0"),
        "{out}"
    );
    let v: serde_json::Value = serde_json::from_slice(
        &r.cbe(&[
            "--json",
            "repo",
            "check",
            r.release("1.0.0").to_str().unwrap(),
        ])
        .stdout,
    )
    .unwrap();
    assert!(v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["check"] == "install-all" && x["result"] == "SUCCESS"));

    // A broken smoke test.
    let d = r.copy("1.0.0", "smoke");
    r.add(
        &d,
        "broken-1.0",
        &[("bin/broken", "!#!/bin/sh\nexit 1\n")],
        &["--smoke-test", "broken"],
    );
    r.reindex(&d, "1.0.0");
    check_fails(&r, &d, "smoke-test", "broken-1.0");
    // A smoke test that hangs (and leaves a child behind) is killed at --smoke-timeout.
    let d = r.copy("1.0.0", "hang");
    r.add(
        &d,
        "hangs-1.0",
        &[("bin/hangs", "!#!/bin/sh\nsleep 60 &\nsleep 60\n")],
        &["--smoke-test", "hangs"],
    );
    r.reindex(&d, "1.0.0");
    let started = std::time::Instant::now();
    let o = r.cbe(&[
        "repo",
        "check",
        d.to_str().unwrap(),
        "--trusted-key",
        &r.pubkey(),
        "--smoke-timeout",
        "1",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.lines().any(|l| l.starts_with("FAILURE")
            && l.contains("smoke-test")
            && l.contains("hangs-1.0")
            && l.contains("killed")),
        "{out}"
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "the hung smoke test (or its child) was waited for"
    );
    // A dependency that resolves to nothing.
    let d = r.copy("1.0.0", "deps");
    r.add(
        &d,
        "needy-1.0",
        &[("bin/needy", "n")],
        &["--depends", "nothing>=1"],
    );
    r.reindex(&d, "1.0.0");
    check_fails(&r, &d, "depends", "needy-1.0");
    // Two packages owning one file.
    let d = r.copy("1.0.0", "owners");
    r.add(&d, "clash-1.0", &[("bin/hello", "mine")], &[]);
    r.reindex(&d, "1.0.0");
    check_fails(&r, &d, "file-owner", "clash-1.0");
    // A package built for another prefix.
    let d = r.copy("1.0.0", "prefix");
    let stage = r.env.stage("other", &[("bin/other", "o")]);
    let p = r.env.pkg_from(
        "other-1.0",
        &stage,
        "/opt/smartos-cbe/7",
        &["--build-info", "BUILD_PLATFORM=20180101T000000Z"],
    );
    fs::copy(&p, d.join("All/other-1.0.tzst")).unwrap();
    r.reindex(&d, "1.0.0");
    check_fails(&r, &d, "prefix", "other-1.0");
    // A package built on a newer platform image than the oldest supported.
    let d = r.copy("1.0.0", "newer");
    r.add(
        &d,
        "fresh-1.0",
        &[("bin/fresh", "f")],
        &["--build-info", "BUILD_PLATFORM=20250101T000000Z"],
    );
    r.reindex(&d, "1.0.0");
    check_fails(&r, &d, "build-platform", "fresh-1.0");
    // An index digest that does not match the file.
    let d = r.copy("1.0.0", "digest");
    let f = d.join("All/hello-1.0.tzst");
    let mut b = fs::read(&f).unwrap();
    let n = b.len();
    b[n - 3] ^= 1;
    fs::write(&f, b).unwrap();
    check_fails(&r, &d, "index-digest", "hello-1.0");
}

#[test]
fn repo_diff_of_sample_releases() {
    let r = Rel::new();
    let o = r.cbe(&[
        "repo",
        "diff",
        r.release("1.0.0").to_str().unwrap(),
        r.release("1.1.0").to_str().unwrap(),
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("upgraded   greet 2.1nb1 -> 2.2")
            && out.contains("upgraded   hello 1.0 -> 1.0nb1"),
        "{out}"
    );
    assert!(!out.contains("new line"), "{out}");
    // An incompatible "release": a package removed, a major version raised, a file dropped.
    let d = r.copy("1.0.0", "bad");
    fs::remove_file(d.join("All/hello-1.0.tzst")).unwrap();
    fs::remove_file(d.join("All/greet-2.1nb1.tzst")).unwrap();
    r.add(&d, "greet-3.0", &[("share/greet/greeting", "g")], &[]);
    let stage = r.env.stage("extra", &[("bin/x", "x")]);
    let p = r
        .env
        .pkg_from("newpkg-1.0", &stage, "/opt/smartos-cbe/1", &[]);
    fs::copy(&p, d.join("All/newpkg-1.0.tzst")).unwrap();
    r.reindex(&d, "1.0.1");
    let o = r.cbe(&[
        "repo",
        "diff",
        r.release("1.0.0").to_str().unwrap(),
        d.to_str().unwrap(),
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    for want in [
        "removed    hello-1.0",
        "added      newpkg-1.0",
        "greet raises its major version from 2 to 3",
        "greet drops",
        "this looks like a new line, not a new release",
    ] {
        assert!(out.contains(want), "`{want}` missing in:\n{out}");
    }
}

fn pin(checkout: &Path, url: &str, pubkey: &str) {
    fs::create_dir_all(checkout).unwrap();
    fs::write(
        checkout.join("cbe.toml"),
        format!("[cbe]\nversion = \"^1\"\nrepos = [\"{url}\"]\ntrusted_keys = [\"{pubkey}\"]\n"),
    )
    .unwrap();
}

fn ensure(checkout: &Path, root: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cbe"))
        .current_dir(checkout)
        .env("CBE_ROOT", root)
        .env("CBE_PLATFORM_IMAGE", "20240101T000000Z")
        .args(["ensure", "--refresh", "0", "--json"])
        .output()
        .unwrap()
}

fn release_of(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["release"].as_str().unwrap().to_string()
}

#[test]
fn publish_to_a_directory_interrupted_and_completed() {
    let r = Rel::new();
    let dest = r.env.path("pub/cbe/1");
    let d = dest.to_str().unwrap();
    r.env.ok(&[
        "repo",
        "publish",
        r.release("1.0.0").to_str().unwrap(),
        "--to",
        d,
    ]);
    let checkout = r.env.path("co");
    pin(&checkout, d, &r.pubkey());
    let client = r.env.path("client");
    assert_eq!(release_of(&ensure(&checkout, &client)), "1.0.0");
    // Dry run moves nothing.
    let out = r.env.ok(&[
        "--dry-run",
        "repo",
        "publish",
        r.release("1.1.0").to_str().unwrap(),
        "--to",
        d,
    ]);
    assert!(out.contains("would publish All/greet-2.2.tzst"), "{out}");
    assert_eq!(release_of(&ensure(&checkout, &client)), "1.0.0");
    // Killed at every step of publishing 1.1.0: clients stay on 1.0.0 until it completes.
    let count = r.env.path("points");
    let o = r.env.cbe_env(
        &[
            "--dry-run",
            "repo",
            "publish",
            r.release("1.1.0").to_str().unwrap(),
            "--to",
            d,
        ],
        &[("CBE_CRASH_COUNT", count.to_str().unwrap())],
    );
    assert!(o.status.success());
    let mut k = 1;
    loop {
        let o = r.env.cbe_env(
            &[
                "repo",
                "publish",
                r.release("1.1.0").to_str().unwrap(),
                "--to",
                d,
            ],
            &[("CBE_CRASH_AT", &k.to_string())],
        );
        if o.status.success() {
            break;
        }
        assert_eq!(
            std::os::unix::process::ExitStatusExt::signal(&o.status),
            Some(9),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(
            release_of(&ensure(&checkout, &client)),
            "1.0.0",
            "after a publish killed at point {k}"
        );
        k += 1;
        assert!(k < 100);
    }
    assert!(k > 3, "too few kill points: {k}");
    assert_eq!(release_of(&ensure(&checkout, &client)), "1.1.0");
    println!(
        "crash-matrix: repo publish: {} kills (every kill point, each run resuming the last), clients kept the old release until it completed, 0 failures",
        k - 1
    );
    // Earlier releases stay available; nothing is overwritten with different bytes.
    assert!(dest.join("releases/1.0.0/release").exists());
    let o = r.env.cbe(&[
        "repo",
        "publish",
        r.release("1.0.0").to_str().unwrap(),
        "--to",
        d,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("refusing to go back"));
    let spoiled = r.copy("1.1.0", "spoiled");
    fs::write(spoiled.join("All/greet-2.2.tzst"), b"other bytes").unwrap();
    let o = r
        .env
        .cbe(&["repo", "publish", spoiled.to_str().unwrap(), "--to", d]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("different bytes"));
}

#[test]
fn publish_over_http_put_then_ensure() {
    let r = Rel::new();
    let served = r.env.path("served");
    fs::create_dir_all(&served).unwrap();
    let server = Server::start(served.clone());
    let url = server.url("cbe/1");
    r.env.ok(&[
        "repo",
        "publish",
        r.release("1.0.0").to_str().unwrap(),
        "--to",
        &url,
    ]);
    assert!(served.join("cbe/1/All/hello-1.0.tzst").exists());
    assert!(served.join("cbe/1/releases/1.0.0/release").exists());
    let checkout = r.env.path("co");
    pin(&checkout, &url, &r.pubkey());
    let client = r.env.path("client");
    assert_eq!(release_of(&ensure(&checkout, &client)), "1.0.0");
    r.env.ok(&[
        "repo",
        "publish",
        r.release("1.1.0").to_str().unwrap(),
        "--to",
        &url,
    ]);
    assert_eq!(release_of(&ensure(&checkout, &client)), "1.1.0");
    let puts = server.requests("All/hello-1.0.tzst").len();
    r.env.ok(&[
        "repo",
        "publish",
        r.release("1.1.0").to_str().unwrap(),
        "--to",
        &url,
    ]);
    assert_eq!(
        server.requests("All/hello-1.0.tzst").len(),
        puts,
        "republishing moved an old package again"
    );
}

#[test]
fn key_rotation_and_revocation() {
    let r = Rel::new();
    let repo = r.copy("1.0.0", "rot");
    let newkey = r.env.path("keys/new");
    fs::create_dir_all(newkey.parent().unwrap()).unwrap();
    r.env.ok(&["repo", "keygen", newkey.to_str().unwrap()]);
    let newpub = newkey.with_extension("pub");
    // Step 1: signed by old and new.
    r.env.ok(&[
        "repo",
        "sign",
        repo.to_str().unwrap(),
        "--sign",
        &r.key(),
        "--sign",
        newkey.with_extension("key").to_str().unwrap(),
    ]);
    let run = |root: &str, keys: &[&str], extra_cfg: &str| {
        let root = r.env.path(root);
        let prefix = root.join("opt/smartos-cbe/1/.cbe");
        fs::create_dir_all(&prefix).unwrap();
        let keys: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
        fs::write(
            prefix.join("config.toml"),
            format!(
                "repos = [{:?}]\ntrusted_keys = [{}]\n{extra_cfg}",
                repo.to_str().unwrap(),
                keys.join(", ")
            ),
        )
        .unwrap();
        Command::new(env!("CARGO_BIN_EXE_cbe"))
            .env("CBE_ROOT", &root)
            .args(["--cbe", "1", "update"])
            .output()
            .unwrap()
    };
    let np = newpub.to_str().unwrap();
    let op = r.pubkey();
    // A client that already trusts only the new key follows.
    assert!(run("c1", &[np], "").status.success());
    // One that trusts both follows.
    assert!(run("c2", &[&op, np], "").status.success());
    // One that still trusts only the old key follows too: no flag day.
    assert!(run("c3", &[&op], "").status.success());
    // Step 3: only the new key signs; the old key is revoked by clients.
    r.env.ok(&[
        "repo",
        "sign",
        repo.to_str().unwrap(),
        "--sign",
        newkey.with_extension("key").to_str().unwrap(),
    ]);
    let extra_sigs: Vec<_> = fs::read_dir(&repo)
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("release.minisig-")
        })
        .collect();
    assert!(
        extra_sigs.is_empty(),
        "the old key's second signature is dropped"
    );
    assert!(run("c4", &[&op, np], "").status.success());
    // A revoked key's signature is refused.
    r.env
        .ok(&["repo", "sign", repo.to_str().unwrap(), "--sign", &r.key()]);
    let old_id = fs::read_to_string(&op)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();
    let o = run(
        "c5",
        &[&op, np],
        &format!("revoked_keys = [\"{old_id}\"]\n"),
    );
    assert_eq!(
        o.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
