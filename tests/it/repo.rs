//! Repositories end to end over a real HTTP server on 127.0.0.1 (the tests' own, with
//! faults on demand): signed index, verified downloads, resolution, pkgin's verbs, and every
//! failure kept apart by message and exit code with the prefix unchanged.

use crate::common;

use std::fs;
use std::process::Output;

use crate::common::env::{clean_env, expect_ok};
use crate::common::{
    copy_tree, dead_url, one_line, write_config, Env, Fault, Keys, Server, SignedRepo, Sources,
    MIN_PLATFORM,
};

fn last_error(err: &str) -> &str {
    err.lines()
        .rev()
        .find(|l| l.starts_with("cbe: error:"))
        .unwrap_or_else(|| panic!("no error line in {err}"))
}

#[test]
fn install_upgrade_and_pkgin_verbs_over_http() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add(
        "libz-1.2",
        &[("lib/libz.so.1", "z")],
        &["--build-info", "PROVIDES=lib/libz.so.1"],
    );
    r.add("base-1.0", &[("bin/base", "base")], &[]);
    r.add(
        "tool-1.0",
        &[("bin/tool", "tool 1")],
        &[
            "--depends",
            "base>=1",
            "--build-info",
            "REQUIRES=lib/libz.so.1",
        ],
    );
    r.index("1.0.0");
    let server = r.serve();
    let url = server.url("");
    let c = r.client(&url);

    // Plan first, with --dry-run: dependencies first, nothing changes.
    let out = c.ok(&["--dry-run", "install", "tool"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "would install base-1.0 (dependency)",
            "would install libz-1.2 (dependency)",
            "would install tool-1.0"
        ],
        "{out}"
    );
    assert!(env.snapshot().is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&c.ok(&["--dry-run", "--json", "install", "tool"])).unwrap();
    assert_eq!(v["install"].as_array().unwrap().len(), 3);

    c.ok(&["install", "tool"]);
    assert_eq!(
        fs::read_to_string(env.prefix().join("bin/tool")).unwrap(),
        "tool 1"
    );
    env.ok(&["--cbe", "1", "verify"]);
    let list: serde_json::Value = serde_json::from_str(&c.ok(&["--json", "list"])).unwrap();
    let auto: Vec<(String, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_string(),
                p["automatic"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        auto,
        [
            ("base-1.0".into(), true),
            ("libz-1.2".into(), true),
            ("tool-1.0".into(), false)
        ]
    );

    // avail, search, show-deps, show-rev-deps, export.
    let avail = c.ok(&["avail"]);
    assert!(
        avail.contains("tool-1.0") && avail.contains("libz-1.2"),
        "{avail}"
    );
    assert!(c.ok(&["search", "^ba"]).contains("base-1.0"));
    assert_eq!(c.run(&["search", "nomatch"]).status.code(), Some(1));
    assert_eq!(c.ok(&["show-deps", "tool"]).trim(), "base>=1");
    assert_eq!(c.ok(&["show-rev-deps", "base"]).trim(), "tool-1.0");
    assert_eq!(c.ok(&["export"]).trim(), "tool");

    // A second update is a conditional request answered 304.
    let before = server.requests("/release").len();
    let out = c.ok(&["update"]);
    assert!(out.contains("unchanged"), "{out}");
    let reqs = server.requests("/release");
    assert_eq!(reqs.len(), before + 1);
    assert!(
        reqs.last().unwrap().contains_key("if-none-match"),
        "{reqs:?}"
    );

    // A new release: tool 1.1, and the cache serves what did not change.
    let pkg_requests = server.requests("/All/base-1.0.tzst").len();
    r.add(
        "tool-1.1",
        &[("bin/tool", "tool 1.1")],
        &["--depends", "base>=1"],
    );
    r.remove("tool-1.0");
    r.index("1.0.1");
    c.ok(&["update"]);
    let out = c.ok(&["upgrade"]);
    assert!(out.contains("upgrade: tool-1.1 (was tool-1.0)"), "{out}");
    assert_eq!(
        fs::read_to_string(env.prefix().join("bin/tool")).unwrap(),
        "tool 1.1"
    );
    assert_eq!(server.requests("/All/base-1.0.tzst").len(), pkg_requests);
    // Kept stays kept, automatic stays automatic.
    assert_eq!(c.ok(&["export"]).trim(), "tool");

    // Removing tool leaves orphans that autoremove takes.
    c.ok(&["remove", "tool"]);
    let out = c.ok(&["autoremove"]);
    assert!(
        out.contains("remove: base-1.0") && out.contains("remove: libz-1.2"),
        "{out}"
    );
    assert!(env.snapshot().is_empty(), "{:?}", env.snapshot());

    // import reinstalls an exported list.
    let list = env.path("kept.txt");
    fs::write(&list, "tool\n").unwrap();
    c.ok(&["import", list.to_str().unwrap()]);
    assert!(env.prefix().join("bin/tool").exists());
    // A dry run of clean removes nothing from the cache; the real one does.
    let cache = env.root.join("var/cache/cbe");
    let cached = || {
        common::snapshot(&cache)
            .keys()
            .filter(|k| k.ends_with(".tzst"))
            .count()
    };
    let before = cached();
    assert!(before > 0);
    let out = c.run(&["--dry-run", "clean"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("would remove {before}")));
    assert_eq!(cached(), before);
    c.ok(&["clean"]);
    assert_eq!(cached(), 0);
}

#[test]
fn conflicts_supersedes_and_break_depends() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("old-1.0", &[("bin/old", "old")], &[]);
    r.add("lib-1.0", &[("lib/lib", "1")], &[]);
    r.add("user-1.0", &[("bin/user", "u")], &["--depends", "lib>=1<2"]);
    r.index("1.0.0");
    let server = r.serve();
    let url = server.url("");
    let c = r.client(&url);
    c.ok(&["install", "old", "user"]);

    // A package that declares a conflict with an installed one is refused before download.
    r.add(
        "rival-1.0",
        &[("bin/rival", "r")],
        &["--conflicts", "old-[0-9]*"],
    );
    // SUPERSEDES: new replaces old in one transaction.
    r.add(
        "new-2.0",
        &[("bin/new", "n")],
        &["--build-info", "SUPERSEDES=old-[0-9]*"],
    );
    // A lib 2.0 would break user (lib>=1<2): upgrade must not take it.
    r.add("lib-2.0", &[("lib/lib", "2")], &[]);
    r.index("1.0.1");
    c.ok(&["update"]);
    let before = env.snapshot();
    let err = c.fails(&["install", "rival"], 1);
    assert!(
        one_line(&err).contains("rival-1.0 conflicts with old-1.0"),
        "{err}"
    );
    assert_eq!(
        server.requests("rival-1.0.tzst").len(),
        0,
        "downloaded before refusing"
    );
    assert_eq!(env.snapshot(), before);

    let out = c.ok(&["install", "new"]);
    assert!(
        out.contains("install: new-2.0") && out.contains("remove: old-1.0"),
        "{out}"
    );
    assert!(!env.prefix().join("bin/old").exists());

    let err = c.fails(&["upgrade", "lib"], 1);
    assert!(
        last_error(&err).contains("user-1.0 depends on lib>=1<2"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(env.prefix().join("lib/lib")).unwrap(),
        "1"
    );
}

#[test]
fn priority_first_repository_with_a_match_wins() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("tool-1.0", &[("bin/tool", "main")], &[]);
    r.index("1.0.0");
    let second = SignedRepo::open(&env, env.path("second"), r.keys.clone()).name("extras");
    second.add("tool-9.0", &[("bin/tool", "second")], &[]);
    second.add("extra-1.0", &[("bin/extra", "x")], &[]);
    second.index("1.0.0");
    let sources = Sources::default()
        .repo(r.dir.display())
        .trust(&r.keys.public);
    let tail = common::repository_toml("extras", &second.dir, &second.keys.public);
    write_config(&env.root, 1, &sources, &tail);
    let run = |args: &[&str]| env.client().ok(args);
    run(&["update"]);
    run(&["install", "tool", "extra"]);
    assert_eq!(
        fs::read_to_string(env.prefix().join("bin/tool")).unwrap(),
        "main",
        "the first repository wins over a higher version in the second"
    );
    assert!(env.prefix().join("bin/extra").exists());
}

/// A repository with one package and a server; the package's file name.
fn faulty(env: &Env) -> (SignedRepo<'_>, Server, String) {
    let r = SignedRepo::new(env, "repo");
    // Incompressible, so the package is big enough to cut in the middle.
    let noise = common::noise(100_000, 0x9e3779b97f4a7c15);
    r.add("big-1.0", &[("share/big", &noise), ("bin/big", "b")], &[]);
    r.index("1.0.0");
    let server = r.serve();
    (r, server, "big-1.0.tzst".to_string())
}

#[test]
fn download_failures_have_their_own_messages_and_exit_codes() {
    let env = Env::new();
    let (r, server, file) = faulty(&env);
    let url = server.url("");
    let c = r.client(&url);
    c.ok(&["update"]);
    let cases: [(Fault, i32, &str); 5] = [
        (Fault::NotFound, 7, "not published"),
        (Fault::ServerError, 5, "500"),
        (Fault::Truncate(1000), 5, "transfer cut"),
        (Fault::Corrupt, 4, "SHA-256 mismatch"),
        (Fault::Stall, 5, "timed out"),
    ];
    for (fault, code, what) in cases {
        server.fault(&file, fault);
        let err = c.fails(&["install", "big"], code);
        let line = last_error(&err);
        assert!(
            line.contains(what) && line.contains(&file),
            "{fault:?}: {line}"
        );
        assert!(
            env.snapshot().is_empty(),
            "{fault:?}: something was installed"
        );
        let cached: Vec<_> = fs::read_dir(env.root.join("var/cache/cbe"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .filter(|n| n.to_string_lossy().ends_with(".pkg"))
            .collect();
        assert!(
            cached.is_empty(),
            "{fault:?}: unverified bytes in the cache: {cached:?}"
        );
        server.clear_faults();
    }
    // A cut transfer leaves a .part; the next run resumes it with Range.
    server.fault(&file, Fault::Truncate(20_000));
    c.fails(&["install", "big"], 5);
    server.clear_faults();
    let before = server.requests(&file).len();
    c.ok(&["install", "big"]);
    let reqs = server.requests(&file);
    assert!(
        reqs[before..]
            .iter()
            .any(|h| h.get("range").is_some_and(|v| v.starts_with("bytes="))),
        "{reqs:?}"
    );
    env.ok(&["--cbe", "1", "verify"]);
}

#[test]
fn a_server_ignoring_range_restarts_the_download() {
    let env = Env::new();
    let (r, server, file) = faulty(&env);
    let url = server.url("");
    let c = r.client(&url);
    server.fault(&file, Fault::Truncate(20_000));
    c.fails(&["install", "big"], 5);
    server.fault(&file, Fault::IgnoreRange);
    c.ok(&["install", "big"]);
    env.ok(&["--cbe", "1", "verify"]);
}

#[test]
fn tampered_index_package_wrong_key_unsigned_and_replay_are_refused() {
    let env = Env::new();
    let (r, server, file) = faulty(&env);
    let url = server.url("");
    let c = r.client(&url);
    // Tampered pkg_summary (the signed release's digest no longer matches).
    let good_summary = fs::read(r.dir.join("pkg_summary.zst")).unwrap();
    let text = fs::read_to_string(r.dir.join("pkg_summary"))
        .unwrap()
        .replace("COMMENT=test package", "COMMENT=evil package");
    fs::write(
        r.dir.join("pkg_summary.zst"),
        zstd::encode_all(text.as_bytes(), 3).unwrap(),
    )
    .unwrap();
    let err = c.fails(&["update"], 4);
    assert!(
        last_error(&err).contains("pkg_summary.zst: SHA-256 mismatch"),
        "{err}"
    );
    fs::write(r.dir.join("pkg_summary.zst"), good_summary).unwrap();

    // Wrong key.
    let other = env.keygen("keys/other");
    let o = env
        .client()
        .repo(&url)
        .trust(&other.public)
        .run(&["update"]);
    assert_eq!(o.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&o.stderr).contains("bad signature"));

    // Unsigned.
    let sig = fs::read(r.dir.join("release.minisig")).unwrap();
    fs::remove_file(r.dir.join("release.minisig")).unwrap();
    let err = c.fails(&["update"], 4);
    assert!(last_error(&err).contains("unsigned"), "{err}");
    fs::write(r.dir.join("release.minisig"), &sig).unwrap();

    // Tampered package file behind a good index.
    c.ok(&["update"]);
    let pkg = r.dir.join("All").join(&file);
    let mut bytes = fs::read(&pkg).unwrap();
    let n = bytes.len();
    bytes[n / 2] ^= 1;
    fs::write(&pkg, &bytes).unwrap();
    let err = c.fails(&["install", "big"], 4);
    assert!(last_error(&err).contains("SHA-256 mismatch"), "{err}");
    assert!(env.snapshot().is_empty());
    bytes[n / 2] ^= 1;
    fs::write(&pkg, &bytes).unwrap();

    // Replay: once a newer index is held, an older one is not taken.
    r.set_date("2030-01-01T00:00:00Z");
    c.ok(&["update"]);
    r.set_date("2029-01-01T00:00:00Z");
    // An install meanwhile says so, typed: which mirror serves what, and which is held.
    let o = c.run(&["--json", "install", "big"]);
    assert!(o.status.success(), "{o:?}");
    let stale = common::notices(&o.stdout, "mirrors-stale");
    assert_eq!(stale.len(), 1, "{o:?}");
    assert_eq!(stale[0]["held"], "2030-01-01T00:00:00Z", "{stale:?}");
    assert_eq!(stale[0]["mirrors"][0]["url"], url, "{stale:?}");
    assert_eq!(stale[0]["mirrors"][0]["date"], "2029-01-01T00:00:00Z");
    let v: serde_json::Value = serde_json::from_str(&c.ok(&["--json", "update"])).unwrap();
    assert_eq!(v[0]["outcome"], "kept (mirrors stale)");
}

#[test]
fn mirrors_down_or_stale_are_skipped() {
    let env = Env::new();
    let (r, server, _) = faulty(&env);
    // A mirror that refuses connections, then the real one.
    let dead_url = dead_url();
    let good = server.url("");
    let o = env
        .client()
        .repo(&dead_url)
        .repo(&good)
        .trust(&r.keys.public)
        .timeout(2)
        .run(&["--json", "install", "big"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("trying the next mirror"));
    let failed = common::notices(&o.stdout, "mirror-failed");
    assert_eq!(failed.len(), 1, "{o:?}");
    let at = failed[0]["url"].as_str().unwrap();
    assert!(at.starts_with(dead_url.trim_end_matches('/')), "{failed:?}");

    // Everything down: exit 5, not a silent success.
    let down = env.client().repo(&dead_url).trust(&r.keys.public);
    let o = down.run(&["update"]);
    assert_eq!(
        o.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    // A stale mirror is not trusted over the newer index held.
    let stale = env.path("stale");
    copy_tree(&r.dir, &stale);
    r.set_date("2031-01-01T00:00:00Z");
    let o = r.client(&good).run(&["update"]);
    assert!(o.status.success());
    let stale_server = Server::start(stale);
    let o = r.client(&stale_server.url("")).run(&["--json", "update"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v[0]["outcome"],
        "kept (mirrors stale)",
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn missing_package_and_bad_config() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("a-1.0", &[("bin/a", "a")], &[]);
    r.index("1.0.0");
    let server = r.serve();
    let url = server.url("");
    let c = r.client(&url);
    let err = c.fails(&["install", "nosuch"], 7);
    assert!(last_error(&err).contains("nosuch: not published"), "{err}");
    let cfg = env.prefix().join(".cbe/config.toml");
    fs::write(&cfg, "repos = [\"x\"\nbogus = 1\n").unwrap();
    let o = env.cbe(&["--cbe", "1", "update"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(one_line(&err).contains("config.toml"), "{err}");
    fs::remove_file(&cfg).unwrap();
    let o = env.cbe(&["--cbe", "1", "update"]);
    assert_eq!(o.status.code(), Some(2), "no repositories is a usage error");
}

#[test]
fn install_from_nginx() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("base-1.0", &[("bin/base", "base")], &[]);
    r.add(
        "tool-1.0",
        &[("bin/tool", "tool")],
        &["--depends", "base>=1"],
    );
    r.index("1.0.0");
    let nginx = r.nginx();
    let c = r.client(&nginx.url());
    let out = c.ok(&["install", "tool"]);
    assert!(
        out.contains("install: base-1.0") && out.contains("install: tool-1.0"),
        "{out}"
    );
    env.ok(&["--cbe", "1", "verify"]);
    let out = c.ok(&["update"]);
    assert!(out.contains("unchanged"), "{out}");
    let err = c.fails(&["install", "nosuch"], 7);
    assert!(last_error(&err).contains("not published"), "{err}");
    fs::remove_file(r.dir.join("All/tool-1.0.tzst")).unwrap();
    c.ok(&["remove", "tool"]);
    c.ok(&["clean"]);
    let err = c.fails(&["install", "tool"], 7);
    assert!(last_error(&err).contains("404"), "{err}");
}

/// Runs the `minisign` tool and insists it succeeds.
fn minisign(args: &[&str]) {
    minisign_fed(args, "");
}

/// Runs the `minisign` tool with `stdin` (its passwords, a line each) and insists it
/// succeeds.
fn minisign_fed(args: &[&str], stdin: &str) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("minisign")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minisign is not installed: .ci/run installs it");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    let o = child.wait_with_output().unwrap();
    assert!(
        o.status.success(),
        "minisign {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn signatures_interoperate_with_minisign() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("a-1.0", &[("bin/a", "a")], &[]);
    r.index("1.0.0");
    let release = r.dir.join("release");
    // cbe's signature, checked by minisign.
    minisign(&[
        "-Vm",
        release.to_str().unwrap(),
        "-p",
        r.keys.public.to_str().unwrap(),
    ]);
    // minisign's keys (unencrypted, -W) and signature, used and checked by cbe.
    let mk = Keys::at(&env.path("keys/mk"));
    minisign(&[
        "-G",
        "-W",
        "-p",
        mk.public.to_str().unwrap(),
        "-s",
        mk.secret.to_str().unwrap(),
    ]);
    r.sign_with(&[&mk]);
    minisign(&[
        "-Vm",
        release.to_str().unwrap(),
        "-p",
        mk.public.to_str().unwrap(),
    ]);
    let c = env.client().repo(&r.dir).trust(&mk.public);
    let o = c.run(&["install", "a"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // A signature minisign made itself over the release file.
    minisign(&[
        "-S",
        "-s",
        mk.secret.to_str().unwrap(),
        "-m",
        release.to_str().unwrap(),
        "-x",
        r.dir.join("release.minisig").to_str().unwrap(),
        "-t",
        "signed by minisign",
    ]);
    let o = c.run(&["update"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Runs cbe under `script`, so that its stdin and /dev/tty are a terminal fed `input`; no
/// `CBE_*` variable of the caller's reaches it.
fn on_terminal(env: &Env, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let quote = |a: &str| format!("'{}'", a.replace('\'', "'\\''"));
    let mut cmd = quote(env!("CARGO_BIN_EXE_cbe"));
    for a in ["--root", env.root.to_str().unwrap()].iter().chain(args) {
        cmd = format!("{cmd} {}", quote(a));
    }
    let mut child = clean_env(&mut Command::new("script"))
        .args(["-qec", &cmd, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux) is not installed");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn a_password_protected_key_signs_with_its_password_file() {
    let env = Env::new();
    let password = env.path("keys/password");
    fs::create_dir_all(password.parent().unwrap()).unwrap();
    fs::write(&password, "correct horse\n").unwrap();
    let pw = password.to_str().unwrap();
    let keys = env.keygen_protected("keys/protected", &password);
    // `repo index --sign KEY --password-file FILE`.
    let r = SignedRepo::open(&env, env.path("repo"), keys).password_file(&password);
    r.add("a-1.0", &[("bin/a", "a")], &[]);
    r.index("1.0.0");
    let c = env.client().repo(&r.dir).trust(&r.keys.public);
    c.ok(&["install", "a"]);
    // The password file named by the environment instead.
    let before = fs::read(r.dir.join("release.minisig")).unwrap();
    let sign = [
        "repo",
        "sign",
        r.dir.to_str().unwrap(),
        "--sign",
        r.keys.secret.to_str().unwrap(),
    ];
    expect_ok(&sign, env.cbe_env(&sign, &[("CBE_KEY_PASSWORD_FILE", pw)]));
    assert_ne!(fs::read(r.dir.join("release.minisig")).unwrap(), before);
    c.ok(&["update"]);
}

#[test]
fn a_password_protected_key_without_its_password_is_refused_with_what_to_do() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("a-1.0", &[("bin/a", "a")], &[]);
    r.index("1.0.0");
    let dir = r.dir.to_str().unwrap();
    let base = env.path("keys/protected");
    let keys = Keys::at(&base);
    let k = keys.secret.to_str().unwrap();
    // No terminal (the tests' stdin is not one) and no password file.
    let err = env.fails(&["repo", "keygen", base.to_str().unwrap()], 2);
    let line = one_line(&err);
    for want in [k, "no terminal", "--password-file FILE", "--unencrypted"] {
        assert!(line.contains(want), "{want}: {err}");
    }
    assert!(!keys.secret.exists() && !keys.public.exists());
    let password = env.path("keys/password");
    fs::write(&password, "correct horse\n").unwrap();
    env.keygen_protected("keys/protected", &password);

    let sig = fs::read(r.dir.join("release.minisig")).unwrap();
    let err = env.fails(&["repo", "sign", dir, "--sign", k], 2);
    let line = one_line(&err);
    for want in [k, "password-protected", "--password-file FILE"] {
        assert!(line.contains(want), "{want}: {err}");
    }
    let index = [
        "repo",
        "index",
        dir,
        "--line",
        "1",
        "--release",
        "1.0.1",
        "--min-platform",
        MIN_PLATFORM,
        "--sign",
        k,
    ];
    // The password is settled before anything is written: a package added since the last
    // index is in no pkg_summary after the refusal (half an index was written before).
    r.add("b-1.0", &[("bin/b", "b")], &[]);
    assert!(one_line(&env.fails(&index, 2)).contains("password-protected"));
    for f in ["pkg_summary", "release"] {
        let text = fs::read_to_string(r.dir.join(f)).unwrap();
        assert!(
            !text.contains("b-1.0") && !text.contains("1.0.1"),
            "{f}: {text}"
        );
    }
    // A wrong password, an empty one, a password file that is not there.
    let wrong = env.path("keys/wrong");
    fs::write(&wrong, "battery staple\n").unwrap();
    let w = wrong.to_str().unwrap();
    let err = env.fails(&["--password-file", w, "repo", "sign", dir, "--sign", k], 1);
    assert!(
        one_line(&err).contains(&format!("{k}: the password does not decrypt")),
        "{err}"
    );
    fs::write(&wrong, "\n").unwrap();
    let err = env.fails(&["--password-file", w, "repo", "sign", dir, "--sign", k], 2);
    assert!(
        one_line(&err).contains(&format!("{w}: the password is empty")),
        "{err}"
    );
    let gone = env.path("keys/gone");
    let g = gone.to_str().unwrap();
    let err = env.fails(&["--password-file", g, "repo", "sign", dir, "--sign", k], 1);
    assert!(one_line(&err).contains(g), "{err}");
    // Nothing was signed, nor the index changed.
    assert_eq!(fs::read(r.dir.join("release.minisig")).unwrap(), sig);
    assert!(fs::read_to_string(r.dir.join("release"))
        .unwrap()
        .contains("RELEASE=1.0.0"));
}

#[test]
fn passwords_are_asked_on_a_terminal() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("a-1.0", &[("bin/a", "a")], &[]);
    r.index("1.0.0");
    let base = env.path("keys/typed");
    let typed = Keys::at(&base);
    let keygen = ["repo", "keygen", base.to_str().unwrap()];
    let o = on_terminal(&env, &keygen, "one\ntwo\n");
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(2), "{out}");
    assert!(out.contains("the two passwords differ"), "{out}");
    assert!(!typed.secret.exists());
    expect_ok(&keygen, on_terminal(&env, &keygen, "typed\ntyped\n"));
    let sign = [
        "repo",
        "sign",
        r.dir.to_str().unwrap(),
        "--sign",
        typed.secret.to_str().unwrap(),
    ];
    expect_ok(&sign, on_terminal(&env, &sign, "typed\n"));
    env.client()
        .repo(&r.dir)
        .trust(&typed.public)
        .ok(&["install", "a"]);
}

#[test]
fn password_protected_keys_interoperate_with_minisign() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("a-1.0", &[("bin/a", "a")], &[]);
    r.index("1.0.0");
    let release = r.dir.join("release");
    let password = env.path("keys/password");
    fs::write(&password, "minisign's password\n").unwrap();
    // minisign's protected key (the password on its stdin, twice), signing with cbe.
    let mk = Keys::at(&env.path("keys/mk"));
    minisign_fed(
        &[
            "-G",
            "-p",
            mk.public.to_str().unwrap(),
            "-s",
            mk.secret.to_str().unwrap(),
        ],
        "minisign's password\nminisign's password\n",
    );
    env.ok(&[
        "--password-file",
        password.to_str().unwrap(),
        "repo",
        "sign",
        r.dir.to_str().unwrap(),
        "--sign",
        mk.secret.to_str().unwrap(),
    ]);
    minisign(&[
        "-Vm",
        release.to_str().unwrap(),
        "-p",
        mk.public.to_str().unwrap(),
    ]);
    env.client()
        .repo(&r.dir)
        .trust(&mk.public)
        .ok(&["install", "a"]);
    // cbe's protected key, signing with minisign.
    let ck = env.keygen_protected("keys/cbe", &password);
    minisign_fed(
        &[
            "-S",
            "-s",
            ck.secret.to_str().unwrap(),
            "-m",
            release.to_str().unwrap(),
        ],
        "minisign's password\n",
    );
    env.client().repo(&r.dir).trust(&ck.public).ok(&["update"]);
}

#[test]
fn an_upgrade_of_twenty_that_fails_on_the_tenth_leaves_the_first_state() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    for i in 0..20 {
        r.add(
            &format!("p{i:02}-1.0"),
            &[(&format!("bin/p{i:02}"), "v1")],
            &[],
        );
    }
    r.index("1.0.0");
    let server = r.serve();
    let url = server.url("");
    let c = r.client(&url);
    let names: Vec<String> = (0..20).map(|i| format!("p{i:02}")).collect();
    let mut args = vec!["install"];
    args.extend(names.iter().map(String::as_str));
    c.ok(&args);
    for i in 0..20 {
        r.remove(&format!("p{i:02}-1.0"));
        r.add(
            &format!("p{i:02}-1.1"),
            &[(&format!("bin/p{i:02}"), "v2")],
            &[],
        );
    }
    r.index("1.0.1");
    c.ok(&["update"]);
    let before = env.snapshot();
    // The tenth package is corrupted on the server: the download fails verification.
    server.fault("p09-1.1.tzst", Fault::Corrupt);
    let err = c.fails(&["upgrade"], 4);
    assert!(last_error(&err).contains("p09-1.1.tzst"), "{err}");
    assert_eq!(env.snapshot(), before);
    server.clear_faults();
    // The tenth package is hostile inside (its digest matches the index, its content does
    // not match its own packing list): unpacking fails inside the transaction.
    let hostile = env.path("hostile.tzst");
    {
        let f = fs::File::create(&hostile).unwrap();
        let enc = zstd::stream::write::Encoder::new(f, 1)
            .unwrap()
            .auto_finish();
        let mut b = tar::Builder::new(enc);
        let plist = format!(
            "@name p09-1.1\n@cwd {}\nbin/p09\n@comment Size:2\n",
            common::LINE1
        );
        for (name, data) in [
            ("+CONTENTS", plist.as_bytes()),
            ("+COMMENT", b"x\n".as_slice()),
            ("bin/p09", b"not two bytes".as_slice()),
        ] {
            let mut h = tar::Header::new_gnu();
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            b.append_data(&mut h, name, data).unwrap();
        }
    }
    fs::copy(&hostile, r.dir.join("All/p09-1.1.tzst")).unwrap();
    r.index("1.0.2");
    c.ok(&["update"]);
    let err = c.fails(&["upgrade"], 4);
    assert!(last_error(&err).contains("p09-1.1"), "{err}");
    assert_eq!(env.snapshot(), before, "a partial upgrade was left behind");
    env.ok(&["--cbe", "1", "verify"]);
    let list = c.ok(&["list"]);
    assert_eq!(
        list.lines().filter(|l| l.contains("-1.0 ")).count(),
        20,
        "{list}"
    );
}

#[test]
fn older_summary_compressions_are_read() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("a-1.0", &[("bin/a", "a")], &[]);
    r.index("1.0.0");
    let server = r.serve();
    let url = server.url("");
    let c = r.client(&url);
    // No zstd summary: bzip2 is used; then neither: gzip. Each update looks in
    // releases/1.0.0/ first, which this repository (not published by `repo publish`) lacks,
    // then at the top level.
    server.fault("pkg_summary.zst", Fault::NotFound);
    c.ok(&["update"]);
    assert_eq!(server.requests("releases/1.0.0/pkg_summary.bz2").len(), 1);
    assert_eq!(server.requests("pkg_summary.bz2").len(), 2);
    server.fault("pkg_summary.bz2", Fault::NotFound);
    r.set_date("2030-01-01T00:00:00Z");
    c.ok(&["install", "a"]);
    assert_eq!(server.requests("releases/1.0.0/pkg_summary.gz").len(), 2);
    assert_eq!(server.requests("pkg_summary.gz").len(), 3);
}

#[test]
fn a_last_modified_in_the_same_second_as_the_response_is_not_trusted() {
    // A server with Last-Modified only (no ETag). A release file modified in the same second
    // as the response could change again within that second unseen, so such a date is not
    // sent back; an older one is, and the server answers 304.
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("a-1.0", &[("bin/a", "a")], &[]);
    r.index("1.0.0");
    let server = r.serve();
    server.fault("release", Fault::LastModifiedOnly);
    let url = server.url("");
    let c = r.client(&url);
    let release = r.dir.join("release");
    let touch = |age: u64| {
        let t = std::time::SystemTime::now() - std::time::Duration::from_secs(age);
        fs::File::options()
            .write(true)
            .open(&release)
            .unwrap()
            .set_modified(t)
            .unwrap();
    };
    let last_release_request = || server.requests("/release").last().unwrap().clone();
    touch(0);
    c.ok(&["update"]);
    c.ok(&["update"]);
    assert!(
        !last_release_request().contains_key("if-modified-since"),
        "a same-second Last-Modified was sent back: {:?}",
        last_release_request()
    );
    touch(3600);
    c.ok(&["update"]);
    let out = c.ok(&["update"]);
    assert!(
        last_release_request().contains_key("if-modified-since"),
        "{:?}",
        last_release_request()
    );
    assert!(out.contains("unchanged"), "{out}");
}

/// `repo index` writes each several-frame package's frame table into the signed summary:
/// `FRAME=<offset> <length> <sha256>` lines tiling the file, each the digest of its bytes;
/// a one-frame package gets none.
#[test]
fn repo_index_writes_the_frame_table_of_several_frame_packages() {
    use sha2::{Digest, Sha256};
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    let big = common::noise(20_000_000, 3);
    let pkg = r.add("big-1.0", &[("share/big", &big)], &[]);
    r.add("small-1.0", &[("bin/small", "s")], &[]);
    r.index("1.0.0");
    let summary = fs::read_to_string(r.dir.join("pkg_summary")).unwrap();
    let block = |name: &str| {
        summary
            .split("\n\n")
            .find(|b| b.contains(&format!("PKGNAME={name}\n")))
            .unwrap()
            .to_string()
    };
    assert!(!block("small-1.0").contains("FRAME="), "{summary}");
    let bytes = fs::read(&pkg).unwrap();
    let mut at = 0;
    let frames: Vec<String> = block("big-1.0")
        .lines()
        .filter_map(|l| l.strip_prefix("FRAME=").map(str::to_string))
        .collect();
    assert!(frames.len() >= 3, "{frames:?}");
    for f in &frames {
        let v: Vec<&str> = f.split(' ').collect();
        let (offset, len): (usize, usize) = (v[0].parse().unwrap(), v[1].parse().unwrap());
        assert_eq!(offset, at);
        assert_eq!(v[2], hex::encode(Sha256::digest(&bytes[at..at + len])));
        at += len;
    }
    assert_eq!(at, bytes.len());
}
