//! Release engineering: the publish gate, release diffs, publishing to a directory and over
//! HTTP PUT (then ensure against the result), interrupted publishes, key rotation.

use std::fs;
use std::path::Path;
use std::process::Output;

use crate::common::{
    cbe_command, write_config, Checkout, Env, Pin, Sample, Server, SignedRepo, Sources,
    MIN_PLATFORM, NEW_PLATFORM,
};

/// The platform image the sample's packages are built on, older than the repositories'
/// oldest supported: the publish gate's build-platform check passes.
const BUILT_ON: &str = "20180101T000000Z";

fn sample(env: &Env) -> Sample {
    Sample::build(env, Some(BUILT_ON))
}

/// A copy of the sample's release `v` to spoil; its packages are built on [`BUILT_ON`] too.
fn copy<'e>(env: &'e Env, s: &Sample, v: &str, name: &str) -> SignedRepo<'e> {
    s.copy_release(env, v, name)
        .build_info(&format!("BUILD_PLATFORM={BUILT_ON}"))
}

/// cbe on a new-enough platform image.
fn cbe(env: &Env, args: &[&str]) -> Output {
    env.cbe_env(args, &[("CBE_PLATFORM_IMAGE", NEW_PLATFORM)])
}

fn check_fails(env: &Env, s: &Sample, dir: &Path, check: &str, package: &str) {
    let o = cbe(
        env,
        &[
            "repo",
            "check",
            dir.to_str().unwrap(),
            "--trusted-key",
            s.keys.public.to_str().unwrap(),
        ],
    );
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
    let env = Env::new();
    let s = sample(&env);
    let o = cbe(
        &env,
        &[
            "repo",
            "check",
            s.release("1.1.0").to_str().unwrap(),
            "--previous",
            s.release("1.0.0").to_str().unwrap(),
            "--trusted-key",
            s.keys.public.to_str().unwrap(),
        ],
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(
        out.contains("SUCCESS  smoke-test") && out.contains("upgrade-from-1.0.0"),
        "{out}"
    );
    let v: serde_json::Value = serde_json::from_slice(
        &cbe(
            &env,
            &[
                "--json",
                "repo",
                "check",
                s.release("1.0.0").to_str().unwrap(),
            ],
        )
        .stdout,
    )
    .unwrap();
    assert!(v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["check"] == "install-all" && x["result"] == "SUCCESS"));

    // A broken smoke test.
    let d = copy(&env, &s, "1.0.0", "smoke");
    d.add(
        "broken-1.0",
        &[("bin/broken", "!#!/bin/sh\nexit 1\n")],
        &["--smoke-test", "broken"],
    );
    d.index("1.0.0");
    check_fails(&env, &s, &d.dir, "smoke-test", "broken-1.0");
    // A smoke test that hangs (and leaves a child behind) is killed at --smoke-timeout.
    let d = copy(&env, &s, "1.0.0", "hang");
    d.add(
        "hangs-1.0",
        &[("bin/hangs", "!#!/bin/sh\nsleep 60 &\nsleep 60\n")],
        &["--smoke-test", "hangs"],
    );
    d.index("1.0.0");
    let started = std::time::Instant::now();
    let o = cbe(
        &env,
        &[
            "repo",
            "check",
            d.dir.to_str().unwrap(),
            "--trusted-key",
            s.keys.public.to_str().unwrap(),
            "--smoke-timeout",
            "1",
        ],
    );
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
    let d = copy(&env, &s, "1.0.0", "deps");
    d.add(
        "needy-1.0",
        &[("bin/needy", "n")],
        &["--depends", "nothing>=1"],
    );
    d.index("1.0.0");
    check_fails(&env, &s, &d.dir, "depends", "needy-1.0");
    // Two packages owning one file.
    let d = copy(&env, &s, "1.0.0", "owners");
    d.add("clash-1.0", &[("bin/hello", "mine")], &[]);
    d.index("1.0.0");
    check_fails(&env, &s, &d.dir, "file-owner", "clash-1.0");
    // A package built for another prefix: `repo index` refuses it before writing anything,
    // and the gate still finds it in an index made otherwise (edited in here by hand).
    let d = copy(&env, &s, "1.0.0", "prefix");
    let stage = env.stage("other", &[("bin/other", "o")]);
    let built = ["--build-info", &format!("BUILD_PLATFORM={BUILT_ON}")];
    let mine = env.pkg_from("other-1.0", &stage, "/opt/smartos-cbe/1", &built);
    d.add_file(&mine);
    d.index("1.0.0");
    let summary = std::fs::read(d.dir.join("pkg_summary.zst")).unwrap();
    // pkg_from writes pkgs/other-1.0.tzst again: `mine` is already copied into All/.
    let theirs = env.pkg_from("other-1.0", &stage, "/opt/smartos-cbe/7", &built);
    std::fs::copy(&theirs, d.dir.join("All/other-1.0.tzst")).unwrap();
    let o = cbe(
        &env,
        &[
            "repo",
            "index",
            d.dir.to_str().unwrap(),
            "--line",
            "1",
            "--release",
            "1.0.1",
            "--min-platform",
            MIN_PLATFORM,
        ],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("other-1.0.tzst: built for the prefix /opt/smartos-cbe/7, not line 1's /opt/smartos-cbe/1"), "{err}");
    assert_eq!(
        std::fs::read(d.dir.join("pkg_summary.zst")).unwrap(),
        summary,
        "index wrote"
    );
    let bytes = std::fs::read(&theirs).unwrap();
    let sha = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes));
    d.edit_summary(|text| {
        text.split("\n\n")
            .map(|entry| {
                if !entry.contains("PKGNAME=other-1.0\n") {
                    return entry.to_string();
                }
                entry
                    .lines()
                    .map(|l| match l.split_once('=') {
                        Some(("FILE_SIZE", _)) => format!("FILE_SIZE={}", bytes.len()),
                        Some(("FILE_CKSUM", _)) => format!("FILE_CKSUM=sha256 {sha}"),
                        Some(("PREFIX", _)) => "PREFIX=/opt/smartos-cbe/7".to_string(),
                        _ => l.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    });
    check_fails(&env, &s, &d.dir, "prefix", "other-1.0");
    // A package built on a newer platform image than the oldest supported.
    let d = copy(&env, &s, "1.0.0", "newer");
    d.add(
        "fresh-1.0",
        &[("bin/fresh", "f")],
        &["--build-info", "BUILD_PLATFORM=20250101T000000Z"],
    );
    d.index("1.0.0");
    check_fails(&env, &s, &d.dir, "build-platform", "fresh-1.0");
    // An index digest that does not match the file.
    let d = copy(&env, &s, "1.0.0", "digest");
    let f = d.dir.join("All/hello-1.0.tzst");
    let mut b = fs::read(&f).unwrap();
    let n = b.len();
    b[n - 3] ^= 1;
    fs::write(&f, b).unwrap();
    check_fails(&env, &s, &d.dir, "index-digest", "hello-1.0");
}

/// The gate installs as users do, scripts and all: a package whose POST-INSTALL fails for
/// every user fails `install-all`, and the script's own words are in the detail.
#[test]
fn repo_check_fails_a_package_whose_post_install_fails() {
    let env = Env::new();
    let s = sample(&env);
    let d = copy(&env, &s, "1.0.0", "post-install");
    let script = env.path("install.sh");
    fs::write(
        &script,
        "#!/bin/sh\nif [ \"$2\" = POST-INSTALL ]; then echo \"no config for $1\"; exit 3; fi\n",
    )
    .unwrap();
    d.add(
        "scripted-1.0",
        &[("bin/scripted", "s")],
        &["--install-script", script.to_str().unwrap()],
    );
    d.index("1.0.0");
    let (code, rows) = gate(
        &env,
        &d.dir,
        &["--trusted-key", s.keys.public.to_str().unwrap()],
    );
    assert_eq!(code, 1, "{rows:?}");
    let install = row(&rows, "install-all");
    assert_eq!(install[0].0, "FAILURE", "{rows:?}");
    assert!(install[0].3.contains("POST-INSTALL"), "{rows:?}");
}

#[test]
fn repo_diff_of_sample_releases() {
    let env = Env::new();
    let s = sample(&env);
    let o = cbe(
        &env,
        &[
            "repo",
            "diff",
            s.release("1.0.0").to_str().unwrap(),
            s.release("1.1.0").to_str().unwrap(),
        ],
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("upgraded   greet 2.1nb1 -> 2.2")
            && out.contains("upgraded   hello 1.0 -> 1.0nb1"),
        "{out}"
    );
    assert!(!out.contains("new line"), "{out}");
    // An incompatible "release": a package removed, a major version raised, a file dropped.
    let d = copy(&env, &s, "1.0.0", "bad");
    fs::remove_file(d.dir.join("All/hello-1.0.tzst")).unwrap();
    fs::remove_file(d.dir.join("All/greet-2.1nb1.tzst")).unwrap();
    d.add("greet-3.0", &[("share/greet/greeting", "g")], &[]);
    let stage = env.stage("extra", &[("bin/x", "x")]);
    let p = env.pkg_from("newpkg-1.0", &stage, "/opt/smartos-cbe/1", &[]);
    d.add_file(&p);
    d.index("1.0.1");
    let o = cbe(
        &env,
        &[
            "repo",
            "diff",
            s.release("1.0.0").to_str().unwrap(),
            d.dir.to_str().unwrap(),
        ],
    );
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

/// A checkout pinning line 1 of the repository at `url`, its cbe with a root of its own.
fn checkout(env: &Env, s: &Sample, url: &str) -> Checkout {
    let co = Checkout::new(env, "co").root(env.path("client"));
    co.pin(&Pin::new("^1").repo(url).trust(&s.keys.public));
    co
}

fn ensure(co: &Checkout) -> Output {
    co.run(&["ensure", "--refresh", "0", "--json"], Some(NEW_PLATFORM))
}

fn release_of(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["release"].as_str().unwrap().to_string()
}

#[test]
fn publish_to_a_directory_interrupted_and_completed() {
    let env = Env::new();
    let s = sample(&env);
    let dest = env.path("pub/cbe/1");
    let d = dest.to_str().unwrap();
    env.ok(&[
        "repo",
        "publish",
        s.release("1.0.0").to_str().unwrap(),
        "--to",
        d,
    ]);
    let co = checkout(&env, &s, d);
    assert_eq!(release_of(&ensure(&co)), "1.0.0");
    // A scheme cbe cannot publish to is refused, not taken for a directory named `ftp:`.
    let release = s.release("1.0.0");
    let args = [
        "repo",
        "publish",
        release.to_str().unwrap(),
        "--to",
        "ftp://example.org/x",
    ];
    let err = env.fails(&args, 2);
    assert!(err.contains("not ftp://"), "{err}");
    assert!(!std::path::Path::new("ftp:").exists());
    // Dry run moves nothing.
    let out = env.ok(&[
        "--dry-run",
        "repo",
        "publish",
        s.release("1.1.0").to_str().unwrap(),
        "--to",
        d,
    ]);
    assert!(out.contains("would publish All/greet-2.2.tzst"), "{out}");
    assert_eq!(release_of(&ensure(&co)), "1.0.0");
    // Killed at every step of publishing 1.1.0: clients stay on 1.0.0 until it completes.
    let count = env.path("points");
    let o = env.cbe_env(
        &[
            "--dry-run",
            "repo",
            "publish",
            s.release("1.1.0").to_str().unwrap(),
            "--to",
            d,
        ],
        &[("CBE_CRASH_COUNT", count.to_str().unwrap())],
    );
    assert!(o.status.success());
    let mut k = 1;
    loop {
        let o = env.cbe_env(
            &[
                "repo",
                "publish",
                s.release("1.1.0").to_str().unwrap(),
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
            release_of(&ensure(&co)),
            "1.0.0",
            "after a publish killed at point {k}"
        );
        k += 1;
        assert!(k < 100);
    }
    assert!(k > 3, "too few kill points: {k}");
    assert_eq!(release_of(&ensure(&co)), "1.1.0");
    println!(
        "crash-matrix: repo publish: {} kills (every kill point, each run resuming the last), clients kept the old release until it completed, 0 failures",
        k - 1
    );
    // Earlier releases stay available; nothing is overwritten with different bytes.
    assert!(dest.join("releases/1.0.0/release").exists());
    let o = env.cbe(&[
        "repo",
        "publish",
        s.release("1.0.0").to_str().unwrap(),
        "--to",
        d,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("refusing to go back"));
    // Another greet-2.2, indexed and signed: its own index vouches for it, but 1.1.0 already
    // published other bytes under that name.
    let spoiled = copy(&env, &s, "1.1.0", "spoiled");
    spoiled.remove("greet-2.2");
    spoiled.add("greet-2.2", &[("bin/greet", "other bytes\n")], &[]);
    spoiled.index("1.1.0");
    let o = env.cbe(&["repo", "publish", spoiled.dir.to_str().unwrap(), "--to", d]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("different bytes"));
}

#[test]
fn publish_over_http_put_then_ensure() {
    let env = Env::new();
    let s = sample(&env);
    let served = env.path("served");
    fs::create_dir_all(&served).unwrap();
    let server = Server::start(served.clone());
    let url = server.url("cbe/1");
    env.ok(&[
        "repo",
        "publish",
        s.release("1.0.0").to_str().unwrap(),
        "--to",
        &url,
    ]);
    assert!(served.join("cbe/1/All/hello-1.0.tzst").exists());
    assert!(served.join("cbe/1/releases/1.0.0/release").exists());
    let co = checkout(&env, &s, &url);
    assert_eq!(release_of(&ensure(&co)), "1.0.0");
    env.ok(&[
        "repo",
        "publish",
        s.release("1.1.0").to_str().unwrap(),
        "--to",
        &url,
    ]);
    assert_eq!(release_of(&ensure(&co)), "1.1.0");
    let puts = server.requests("All/hello-1.0.tzst").len();
    env.ok(&[
        "repo",
        "publish",
        s.release("1.1.0").to_str().unwrap(),
        "--to",
        &url,
    ]);
    assert_eq!(
        server.requests("All/hello-1.0.tzst").len(),
        puts,
        "republishing moved an old package again"
    );
    // An older release never replaces a newer one, as to a directory or S3.
    let old = s.release("1.0.0");
    let err = env.fails(&["repo", "publish", old.to_str().unwrap(), "--to", &url], 1);
    assert!(
        err.contains("already publishes 1.1.0, newer than 1.0.0; refusing to go back"),
        "{err}"
    );
    assert_eq!(release_of(&ensure(&co)), "1.1.0");
}

#[test]
fn key_rotation_and_revocation() {
    let env = Env::new();
    let s = sample(&env);
    let repo = copy(&env, &s, "1.0.0", "rot");
    let new = env.keygen("keys/new");
    // Step 1: signed by old and new.
    repo.sign_with(&[&s.keys, &new]);
    // A client of its own root: the repository, the keys it trusts, more configuration.
    let run = |client: &str, keys: &[&Path], tail: &str| {
        let root = env.path(client);
        let sources = Sources::default().repo(repo.dir.display());
        let sources = keys.iter().fold(sources, |src, k| src.trust(k));
        write_config(&root, 1, &sources, tail);
        cbe_command(&root)
            .args(["--cbe", "1", "update"])
            .output()
            .unwrap()
    };
    let (np, op) = (new.public.as_path(), s.keys.public.as_path());
    // A client that already trusts only the new key follows.
    assert!(run("c1", &[np], "").status.success());
    // One that trusts both follows.
    assert!(run("c2", &[op, np], "").status.success());
    // One that still trusts only the old key follows too: no flag day.
    assert!(run("c3", &[op], "").status.success());
    // Step 3: only the new key signs; the old key is revoked by clients.
    repo.sign_with(&[&new]);
    let extra_sigs: Vec<_> = fs::read_dir(&repo.dir)
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
    assert!(run("c4", &[op, np], "").status.success());
    // A revoked key's signature is refused.
    repo.sign_with(&[&s.keys]);
    let old_id = fs::read_to_string(op)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();
    let o = run("c5", &[op, np], &format!("revoked_keys = [\"{old_id}\"]\n"));
    assert_eq!(
        o.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A rotation published to a directory: release 1.0.0 signed by the old and the new key,
/// then 1.0.1 by the new key alone. The top-level `release.minisig-<ID>` link of 1.0.0 goes
/// with the switch (it dangled), and a client trusting only the new key follows.
#[test]
fn a_rotation_published_to_a_directory_leaves_no_dangling_link() {
    let env = Env::new();
    let s = sample(&env);
    let repo = copy(&env, &s, "1.0.0", "rot");
    let new = env.keygen("keys/new");
    let dest = env.path("pub/cbe/1");
    let publish = || {
        let args = ["repo", "publish", repo.dir.to_str().unwrap(), "--to"];
        env.ok(&[&args[..], &[dest.to_str().unwrap()]].concat());
    };
    repo.sign_with(&[&s.keys, &new]);
    publish();
    let links = |dest: &Path| -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dest)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("release.minisig"))
            .collect();
        v.sort();
        v
    };
    assert_eq!(links(&dest).len(), 2, "{:?}", links(&dest));
    repo.index("1.0.1");
    repo.sign_with(&[&new]);
    publish();
    assert_eq!(links(&dest), ["release.minisig"]);
    for e in fs::read_dir(&dest).unwrap().flatten() {
        assert!(
            fs::metadata(e.path()).is_ok(),
            "{} dangles",
            e.path().display()
        );
    }
    let co = checkout(&env, &s, dest.to_str().unwrap());
    co.pin(&Pin::new("^1").repo(dest.display()).trust(&new.public));
    assert_eq!(release_of(&ensure(&co)), "1.0.1");
}

/// `repo check DIR` with `args`: its exit code and the report's rows as (result, check,
/// package, detail).
fn gate(env: &Env, dir: &Path, args: &[&str]) -> (i32, Vec<(String, String, String, String)>) {
    let mut all = vec!["--json", "repo", "check", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    let o = cbe(env, &all);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|_| {
        panic!("{}", String::from_utf8_lossy(&o.stderr));
    });
    let rows = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap().to_string();
            (s("result"), s("check"), s("package"), s("detail"))
        })
        .collect();
    (o.status.code().unwrap(), rows)
}

fn row<'a>(
    rows: &'a [(String, String, String, String)],
    check: &str,
) -> Vec<&'a (String, String, String, String)> {
    rows.iter().filter(|r| r.1 == check).collect()
}

#[test]
fn the_gate_agrees_with_clients_on_signatures_and_fails_unchecked_ones() {
    let env = Env::new();
    let s = sample(&env);
    let repo = copy(&env, &s, "1.0.0", "gate");
    let new = env.keygen("keys/new");
    repo.sign_with(&[&s.keys, &new]);
    // Trusting only the new key: the new key's signature passes, as a client would accept it.
    let (code, rows) = gate(
        &env,
        &repo.dir,
        &["--trusted-key", new.public.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{rows:?}");
    assert_eq!(row(&rows, "signature")[0].0, "SUCCESS");
    let signed_by = row(&rows, "signed-by");
    assert_eq!(
        signed_by.len(),
        2,
        "every signature is listed: {signed_by:?}"
    );
    assert!(signed_by
        .iter()
        .any(|r| r.0 == "UNTESTED" && r.3.contains("not among the trusted keys")));
    assert!(signed_by
        .iter()
        .any(|r| r.0 == "SUCCESS" && r.3.contains("trusted key")));
    // No key given: not checked, which fails the gate unless allowed.
    let (code, rows) = gate(&env, &repo.dir, &[]);
    assert_eq!(code, 1);
    assert_eq!(row(&rows, "signature")[0].0, "FAILURE");
    let (code, rows) = gate(&env, &repo.dir, &["--allow-unsigned"]);
    assert_eq!(code, 0, "{rows:?}");
    assert_eq!(row(&rows, "signature")[0].0, "UNTESTED");
    // The new key's signature filed under the old key's name: a client trusting the new key
    // looks for release.minisig-<NEW ID> and finds nothing, so the gate fails it too.
    let extra: Vec<std::path::PathBuf> = fs::read_dir(&repo.dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains("release.minisig-"))
        .collect();
    let old_id = signed_by
        .iter()
        .find(|r| r.3.contains("not among the trusted keys"))
        .map(|r| {
            r.3.split("by key ")
                .nth(1)
                .unwrap()
                .split(',')
                .next()
                .unwrap()
                .to_string()
        })
        .unwrap();
    fs::rename(
        &extra[0],
        repo.dir.join(format!("release.minisig-{old_id}")),
    )
    .unwrap();
    let (code, rows) = gate(
        &env,
        &repo.dir,
        &["--trusted-key", new.public.to_str().unwrap()],
    );
    assert_eq!(code, 1, "{rows:?}");
    assert!(row(&rows, "signed-by")
        .iter()
        .any(|r| r.0 == "FAILURE" && r.3.contains("not the key it is named for")));
    // A key that signed nothing here: failure.
    let stranger = env.keygen("keys/stranger");
    let (code, _) = gate(
        &env,
        &repo.dir,
        &["--trusted-key", stranger.public.to_str().unwrap()],
    );
    assert_eq!(code, 1);
}

#[test]
fn the_gate_refuses_downgrades_and_drops_against_the_previous_release_unless_allowed() {
    let env = Env::new();
    let s = sample(&env);
    let key = s.keys.public.to_str().unwrap().to_string();
    let prev = s.release("1.1.0");
    // 1.0.0 after 1.1.0: greet and hello go down in version.
    let older = copy(&env, &s, "1.0.0", "older");
    older.index("1.1.1");
    let prev_s = prev.to_str().unwrap();
    let (code, rows) = gate(
        &env,
        &older.dir,
        &["--trusted-key", &key, "--previous", prev_s],
    );
    assert_eq!(code, 1);
    let downs = row(&rows, "downgrade");
    assert!(
        downs.iter().any(|r| r.0 == "FAILURE" && r.2 == "greet"),
        "{downs:?}"
    );
    let (code, rows) = gate(
        &env,
        &older.dir,
        &[
            "--trusted-key",
            &key,
            "--previous",
            prev_s,
            "--allow-downgrade",
            "greet",
            "--allow-downgrade",
            "hello",
        ],
    );
    assert!(
        row(&rows, "downgrade").iter().all(|r| r.0 == "SUCCESS"),
        "{rows:?}"
    );
    // (The upgrade scenario itself may still refuse a downgrade; the gate's own rows pass.)
    let _ = code;
    // A release that drops a package.
    let fewer = copy(&env, &s, "1.1.0", "fewer");
    fs::remove_file(fewer.dir.join("All/hello-1.0nb1.tzst")).unwrap();
    fewer.index("1.1.2");
    let (code, rows) = gate(
        &env,
        &fewer.dir,
        &["--trusted-key", &key, "--previous", prev_s],
    );
    assert_eq!(code, 1);
    assert!(row(&rows, "dropped")
        .iter()
        .any(|r| r.0 == "FAILURE" && r.2 == "hello"));
    let (_, rows) = gate(
        &env,
        &fewer.dir,
        &[
            "--trusted-key",
            &key,
            "--previous",
            prev_s,
            "--allow-drop",
            "hello",
        ],
    );
    assert!(
        row(&rows, "dropped").iter().all(|r| r.0 == "SUCCESS"),
        "{rows:?}"
    );
    // An allowance that allows nothing is stale: it fails, so it cannot hide a later mistake.
    let (code, rows) = gate(
        &env,
        &fewer.dir,
        &[
            "--trusted-key",
            &key,
            "--previous",
            prev_s,
            "--allow-drop",
            "hello",
            "--allow-drop",
            "greet",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        row(&rows, "allowance")
            .iter()
            .any(|r| r.0 == "FAILURE" && r.2 == "greet"),
        "{rows:?}"
    );
}

#[test]
fn repo_diff_exit_codes_say_same_differs_or_warnings() {
    let env = Env::new();
    let s = sample(&env);
    let diff = |a: &Path, b: &Path| {
        cbe(
            &env,
            &["repo", "diff", a.to_str().unwrap(), b.to_str().unwrap()],
        )
        .status
        .code()
    };
    let (v0, v1) = (s.release("1.0.0"), s.release("1.1.0"));
    assert_eq!(diff(&v0, &v0), Some(0), "the same packages");
    assert_eq!(diff(&v0, &v1), Some(10), "upgrades only");
    assert_eq!(diff(&v1, &v0), Some(11), "downgrades are warnings");
    assert_eq!(diff(&v0, &env.path("nothing-here")), Some(1), "an error");
    let usage = cbe(&env, &["repo", "diff", v0.to_str().unwrap()])
        .status
        .code();
    assert_eq!(usage, Some(2), "a usage error, not a difference");
}

#[test]
fn revoked_keys_in_the_pin_file_are_not_trusted() {
    let env = Env::new();
    let s = sample(&env);
    let co = checkout(&env, &s, s.release("1.0.0").to_str().unwrap());
    let old_id = fs::read_to_string(&s.keys.public)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();
    let pin = Pin::new("1")
        .repo(s.release("1.0.0").display())
        .trust(&s.keys.public)
        .tail(&format!("revoked_keys = [\"{old_id}\"]\n"));
    co.pin(&pin);
    let o = ensure(&co);
    assert_ne!(o.status.code(), Some(0), "the only trusted key is revoked");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("trusted key"), "{err}");
}

/// `repo publish` checks the repository as a client would before it moves a byte: bytes
/// appended to a package after signing, a pkg_summary the release file does not vouch for, a
/// missing signature, a signature by a key other than `--trusted-key`, and a package built for
/// another line's prefix are each refused with one line naming the file, and nothing is
/// written to the destination.
#[test]
fn publish_refuses_what_clients_would_refuse_and_writes_nothing() {
    let env = Env::new();
    let s = sample(&env);
    let refused = |dir: &Path, extra: &[&str], code: i32, names: &str| {
        let dest = env.path(&format!(
            "pub-{}",
            dir.file_name().unwrap().to_str().unwrap()
        ));
        let mut args = vec!["repo", "publish", dir.to_str().unwrap(), "--to"];
        args.push(dest.to_str().unwrap());
        args.extend_from_slice(extra);
        let err = env.fails(&args, code);
        assert!(err.contains(names), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(
            !dest.exists(),
            "publish wrote {} after: {err}",
            dest.display()
        );
    };
    // The case: bytes appended to a package after signing.
    let tampered = copy(&env, &s, "1.0.0", "tampered");
    let pkg = tampered.dir.join("All/hello-1.0.tzst");
    let mut f = fs::OpenOptions::new().append(true).open(&pkg).unwrap();
    std::io::Write::write_all(&mut f, b"appended").unwrap();
    refused(&tampered.dir, &[], 4, "hello-1.0.tzst: the index says");
    // pkg_summary changed after the release file was signed.
    let summary = copy(&env, &s, "1.0.0", "summary");
    fs::write(summary.dir.join("pkg_summary"), "PKGNAME=evil-1.0\n").unwrap();
    refused(&summary.dir, &[], 4, "pkg_summary: pkg_summary has");
    // A compressed copy left from the release before (what pkgin and a client that finds
    // no .zst read), and one that is not what its name says; repo check fails both too.
    let stale = copy(&env, &s, "1.1.0", "stale");
    let old = s.release("1.0.0").join("pkg_summary.gz");
    fs::copy(&old, stale.dir.join("pkg_summary.gz")).unwrap();
    let said = "pkg_summary.gz: says other than the summary the release file vouches for";
    refused(&stale.dir, &[], 4, said);
    check_fails(&env, &s, &stale.dir, "index-copies", said);
    let broken = copy(&env, &s, "1.0.0", "broken");
    fs::write(broken.dir.join("pkg_summary.bz2"), "BZh9 not bzip2").unwrap();
    refused(&broken.dir, &[], 4, "pkg_summary.bz2: cannot be decoded");
    // No signature.
    let unsigned = copy(&env, &s, "1.0.0", "unsigned");
    fs::remove_file(unsigned.dir.join("release.minisig")).unwrap();
    refused(&unsigned.dir, &[], 4, "release.minisig: missing");
    // Signed, but not by the key given to trust.
    let other = env.keygen("keys/other");
    let signed = copy(&env, &s, "1.0.0", "signed");
    let trust = other.public.to_str().unwrap();
    refused(&signed.dir, &["--trusted-key", trust], 4, "bad signature");
    // Line 2's packages under a line-1 release file, signed: another line's prefix.
    let two = SignedRepo::new(&env, "two").line(2);
    two.add("stray-1.0", &[("bin/stray", "stray\n")], &[]);
    two.index("2.0.0");
    let release = two.dir.join("release");
    let text = fs::read_to_string(&release).unwrap();
    let text = text
        .replace("LINE=2", "LINE=1")
        .replace("RELEASE=2.0.0", "RELEASE=1.0.0");
    fs::write(&release, text).unwrap();
    two.sign();
    refused(
        &two.dir,
        &[],
        1,
        "stray-1.0.tzst: built for the prefix /opt/smartos-cbe/2",
    );
    // The untouched release publishes, checked against the key that signed it.
    let good = s.release("1.0.0");
    let dest = env.path("pub-good");
    let trust = s.keys.public.to_str().unwrap();
    let args = ["repo", "publish", good.to_str().unwrap(), "--to"];
    env.ok(&[&args[..], &[dest.to_str().unwrap(), "--trusted-key", trust]].concat());
    assert!(dest.join("All/hello-1.0.tzst").exists());
}
