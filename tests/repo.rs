//! Repositories end to end over a real HTTP server on 127.0.0.1 (the tests' own, with
//! faults on demand): signed index, verified downloads, resolution, pkgin's verbs, and every
//! failure kept apart by message and exit code with the prefix unchanged.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::nginx::Nginx;
use common::server::{Fault, Server};
use common::{one_line, Env};

struct Repo {
    env: Env,
    dir: PathBuf,
    key: PathBuf,
    pubkey: PathBuf,
}

impl Repo {
    fn new() -> Repo {
        let env = Env::new();
        let dir = env.path("repo");
        fs::create_dir_all(dir.join("All")).unwrap();
        let keybase = env.path("keys/release");
        fs::create_dir_all(keybase.parent().unwrap()).unwrap();
        env.ok(&["repo", "keygen", "--unencrypted", keybase.to_str().unwrap()]);
        Repo {
            key: keybase.with_extension("key"),
            pubkey: keybase.with_extension("pub"),
            env,
            dir,
        }
    }

    /// Adds a package to All/.
    fn add(&self, name: &str, files: &[(&str, &str)], extra: &[&str]) -> PathBuf {
        let p = self.env.pkg(name, files, extra);
        let dest = self.dir.join("All").join(p.file_name().unwrap());
        fs::copy(&p, &dest).unwrap();
        dest
    }

    fn remove(&self, name: &str) {
        fs::remove_file(self.dir.join("All").join(format!("{name}.tzst"))).unwrap();
    }

    fn index(&self, release: &str) {
        self.env.ok(&[
            "repo",
            "index",
            self.dir.to_str().unwrap(),
            "--line",
            "1",
            "--release",
            release,
            "--machine-arch",
            "x86_64",
            "--min-platform",
            "20180329T002515Z",
            "--sign",
            self.key.to_str().unwrap(),
        ]);
    }

    /// Rewrites the release's DATE and signs it again.
    fn set_date(&self, date: &str) {
        let p = self.dir.join("release");
        let text = fs::read_to_string(&p).unwrap();
        let text: String = text
            .lines()
            .map(|l| {
                if l.starts_with("DATE=") {
                    format!("DATE={date}\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        fs::write(&p, text).unwrap();
        self.env.ok(&[
            "repo",
            "sign",
            self.dir.to_str().unwrap(),
            "--sign",
            self.key.to_str().unwrap(),
        ]);
    }

    fn run(&self, url: &str, args: &[&str]) -> Output {
        let mut a = vec![
            "--cbe",
            "1",
            "--repo",
            url,
            "--trusted-key",
            self.pubkey.to_str().unwrap(),
            "--timeout",
            "2",
        ];
        a.extend_from_slice(args);
        self.env.cbe_env(&a, &[("CBE_ARCH", "x86_64")])
    }

    fn ok(&self, url: &str, args: &[&str]) -> String {
        let o = self.run(url, args);
        assert!(
            o.status.success(),
            "cbe {args:?}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }

    fn fails(&self, url: &str, args: &[&str], code: i32) -> String {
        let o = self.run(url, args);
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(code), "cbe {args:?}: {err}");
        err
    }
}

fn arch_args() -> Vec<&'static str> {
    vec!["--build-info", "MACHINE_ARCH=x86_64"]
}

fn with(extra: &[&'static str]) -> Vec<&'static str> {
    let mut v = arch_args();
    v.extend_from_slice(extra);
    v
}

fn last_error(err: &str) -> &str {
    err.lines()
        .rev()
        .find(|l| l.starts_with("cbe: error:"))
        .unwrap_or_else(|| panic!("no error line in {err}"))
}

#[test]
fn install_upgrade_and_pkgin_verbs_over_http() {
    let r = Repo::new();
    r.add(
        "libz-1.2",
        &[("lib/libz.so.1", "z")],
        &with(&["--build-info", "PROVIDES=lib/libz.so.1"]),
    );
    r.add("base-1.0", &[("bin/base", "base")], &arch_args());
    r.add(
        "tool-1.0",
        &[("bin/tool", "tool 1")],
        &with(&[
            "--depends",
            "base>=1",
            "--build-info",
            "REQUIRES=lib/libz.so.1",
        ]),
    );
    r.index("1.0.0");
    let server = Server::start(r.dir.clone());
    let url = server.url("");

    // Plan first, with --dry-run: dependencies first, nothing changes.
    let out = r.ok(&url, &["--dry-run", "install", "tool"]);
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
    assert!(r.env.snapshot().is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&r.ok(&url, &["--dry-run", "--json", "install", "tool"])).unwrap();
    assert_eq!(v["install"].as_array().unwrap().len(), 3);

    r.ok(&url, &["install", "tool"]);
    assert_eq!(
        fs::read_to_string(r.env.prefix().join("bin/tool")).unwrap(),
        "tool 1"
    );
    r.env.ok(&["--cbe", "1", "verify"]);
    let list: serde_json::Value = serde_json::from_str(&r.ok(&url, &["--json", "list"])).unwrap();
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
    let avail = r.ok(&url, &["avail"]);
    assert!(
        avail.contains("tool-1.0") && avail.contains("libz-1.2"),
        "{avail}"
    );
    assert!(r.ok(&url, &["search", "^ba"]).contains("base-1.0"));
    assert_eq!(r.run(&url, &["search", "nomatch"]).status.code(), Some(1));
    assert_eq!(r.ok(&url, &["show-deps", "tool"]).trim(), "base>=1");
    assert_eq!(r.ok(&url, &["show-rev-deps", "base"]).trim(), "tool-1.0");
    assert_eq!(r.ok(&url, &["export"]).trim(), "tool");

    // A second update is a conditional request answered 304.
    let before = server.requests("/release").len();
    let out = r.ok(&url, &["update"]);
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
        &with(&["--depends", "base>=1"]),
    );
    r.remove("tool-1.0");
    r.index("1.0.1");
    r.ok(&url, &["update"]);
    let out = r.ok(&url, &["upgrade"]);
    assert!(out.contains("upgrade: tool-1.1 (was tool-1.0)"), "{out}");
    assert_eq!(
        fs::read_to_string(r.env.prefix().join("bin/tool")).unwrap(),
        "tool 1.1"
    );
    assert_eq!(server.requests("/All/base-1.0.tzst").len(), pkg_requests);
    // Kept stays kept, automatic stays automatic.
    assert_eq!(r.ok(&url, &["export"]).trim(), "tool");

    // Removing tool leaves orphans that autoremove takes.
    r.ok(&url, &["remove", "tool"]);
    let out = r.ok(&url, &["autoremove"]);
    assert!(
        out.contains("remove: base-1.0") && out.contains("remove: libz-1.2"),
        "{out}"
    );
    assert!(r.env.snapshot().is_empty(), "{:?}", r.env.snapshot());

    // import reinstalls an exported list.
    let list = r.env.path("kept.txt");
    fs::write(&list, "tool\n").unwrap();
    r.ok(&url, &["import", list.to_str().unwrap()]);
    assert!(r.env.prefix().join("bin/tool").exists());
    r.ok(&url, &["clean"]);
}

#[test]
fn conflicts_supersedes_and_break_depends() {
    let r = Repo::new();
    r.add("old-1.0", &[("bin/old", "old")], &arch_args());
    r.add("lib-1.0", &[("lib/lib", "1")], &arch_args());
    r.add(
        "user-1.0",
        &[("bin/user", "u")],
        &with(&["--depends", "lib>=1<2"]),
    );
    r.index("1.0.0");
    let server = Server::start(r.dir.clone());
    let url = server.url("");
    r.ok(&url, &["install", "old", "user"]);

    // A package that declares a conflict with an installed one is refused before download.
    r.add(
        "rival-1.0",
        &[("bin/rival", "r")],
        &with(&["--conflicts", "old-[0-9]*"]),
    );
    // SUPERSEDES: new replaces old in one transaction.
    r.add(
        "new-2.0",
        &[("bin/new", "n")],
        &with(&["--build-info", "SUPERSEDES=old-[0-9]*"]),
    );
    // A lib 2.0 would break user (lib>=1<2): upgrade must not take it.
    r.add("lib-2.0", &[("lib/lib", "2")], &arch_args());
    r.index("1.0.1");
    r.ok(&url, &["update"]);
    let before = r.env.snapshot();
    let err = r.fails(&url, &["install", "rival"], 1);
    assert!(
        one_line(&err).contains("rival-1.0 conflicts with old-1.0"),
        "{err}"
    );
    assert_eq!(
        server.requests("rival-1.0.tzst").len(),
        0,
        "downloaded before refusing"
    );
    assert_eq!(r.env.snapshot(), before);

    let out = r.ok(&url, &["install", "new"]);
    assert!(
        out.contains("install: new-2.0") && out.contains("remove: old-1.0"),
        "{out}"
    );
    assert!(!r.env.prefix().join("bin/old").exists());

    let err = r.fails(&url, &["upgrade", "lib"], 1);
    assert!(
        last_error(&err).contains("user-1.0 depends on lib>=1<2"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(r.env.prefix().join("lib/lib")).unwrap(),
        "1"
    );
}

#[test]
fn priority_first_repository_with_a_match_wins() {
    let r = Repo::new();
    r.add("tool-1.0", &[("bin/tool", "main")], &arch_args());
    r.index("1.0.0");
    let second = r.env.path("second");
    fs::create_dir_all(second.join("All")).unwrap();
    let p = r
        .env
        .pkg("tool-9.0", &[("bin/tool", "second")], &arch_args());
    fs::copy(&p, second.join("All/tool-9.0.tzst")).unwrap();
    let p = r.env.pkg("extra-1.0", &[("bin/extra", "x")], &arch_args());
    fs::copy(&p, second.join("All/extra-1.0.tzst")).unwrap();
    r.env.ok(&[
        "repo",
        "index",
        second.to_str().unwrap(),
        "--line",
        "1",
        "--release",
        "1.0.0",
        "--machine-arch",
        "x86_64",
        "--min-platform",
        "20180329T002515Z",
        "--sign",
        r.key.to_str().unwrap(),
    ]);
    let cfg = r.env.prefix().join(".cbe/config.toml");
    fs::create_dir_all(cfg.parent().unwrap()).unwrap();
    fs::write(
        &cfg,
        format!(
            "repos = [\"{}\"]\ntrusted_keys = [\"{}\"]\n[[repository]]\nurls = [\"{}\"]\n",
            r.dir.display(),
            r.pubkey.display(),
            second.display()
        ),
    )
    .unwrap();
    let run = |args: &[&str]| {
        let mut a = vec!["--cbe", "1"];
        a.extend_from_slice(args);
        let o = r.env.cbe_env(&a, &[("CBE_ARCH", "x86_64")]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    run(&["update"]);
    run(&["install", "tool", "extra"]);
    assert_eq!(
        fs::read_to_string(r.env.prefix().join("bin/tool")).unwrap(),
        "main",
        "the first repository wins over a higher version in the second"
    );
    assert!(r.env.prefix().join("bin/extra").exists());
}

/// A repository with one package and a server; the package's file name.
fn faulty() -> (Repo, Server, String) {
    let r = Repo::new();
    // Incompressible, so the package is big enough to cut in the middle.
    let noise = common::noise(100_000, 0x9e3779b97f4a7c15);
    r.add(
        "big-1.0",
        &[("share/big", &noise), ("bin/big", "b")],
        &arch_args(),
    );
    r.index("1.0.0");
    let server = Server::start(r.dir.clone());
    (r, server, "big-1.0.tzst".to_string())
}

#[test]
fn download_failures_have_their_own_messages_and_exit_codes() {
    let (r, server, file) = faulty();
    let url = server.url("");
    r.ok(&url, &["update"]);
    let cases: [(Fault, i32, &str); 5] = [
        (Fault::NotFound, 7, "not published"),
        (Fault::ServerError, 5, "500"),
        (Fault::Truncate(1000), 5, "transfer cut"),
        (Fault::Corrupt, 4, "SHA-256 mismatch"),
        (Fault::Stall, 5, "timed out"),
    ];
    for (fault, code, what) in cases {
        server.fault(&file, fault);
        let err = r.fails(&url, &["install", "big"], code);
        let line = last_error(&err);
        assert!(
            line.contains(what) && line.contains(&file),
            "{fault:?}: {line}"
        );
        assert!(
            r.env.snapshot().is_empty(),
            "{fault:?}: something was installed"
        );
        let cached: Vec<_> = fs::read_dir(r.env.root.join("var/cache/cbe"))
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
    r.fails(&url, &["install", "big"], 5);
    server.clear_faults();
    let before = server.requests(&file).len();
    r.ok(&url, &["install", "big"]);
    let reqs = server.requests(&file);
    assert!(
        reqs[before..]
            .iter()
            .any(|h| h.get("range").is_some_and(|v| v.starts_with("bytes="))),
        "{reqs:?}"
    );
    r.env.ok(&["--cbe", "1", "verify"]);
}

#[test]
fn a_server_ignoring_range_restarts_the_download() {
    let (r, server, file) = faulty();
    let url = server.url("");
    server.fault(&file, Fault::Truncate(20_000));
    r.fails(&url, &["install", "big"], 5);
    server.fault(&file, Fault::IgnoreRange);
    r.ok(&url, &["install", "big"]);
    r.env.ok(&["--cbe", "1", "verify"]);
}

#[test]
fn tampered_index_package_wrong_key_unsigned_and_replay_are_refused() {
    let (r, server, file) = faulty();
    let url = server.url("");
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
    let err = r.fails(&url, &["update"], 4);
    assert!(
        last_error(&err).contains("pkg_summary.zst: SHA-256 mismatch"),
        "{err}"
    );
    fs::write(r.dir.join("pkg_summary.zst"), good_summary).unwrap();

    // Wrong key.
    let other = r.env.path("keys/other");
    r.env
        .ok(&["repo", "keygen", "--unencrypted", other.to_str().unwrap()]);
    let o = r.env.cbe_env(
        &[
            "--cbe",
            "1",
            "--repo",
            &url,
            "--trusted-key",
            other.with_extension("pub").to_str().unwrap(),
            "update",
        ],
        &[("CBE_ARCH", "x86_64")],
    );
    assert_eq!(o.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&o.stderr).contains("bad signature"));

    // Unsigned.
    let sig = fs::read(r.dir.join("release.minisig")).unwrap();
    fs::remove_file(r.dir.join("release.minisig")).unwrap();
    let err = r.fails(&url, &["update"], 4);
    assert!(last_error(&err).contains("unsigned"), "{err}");
    fs::write(r.dir.join("release.minisig"), &sig).unwrap();

    // Tampered package file behind a good index.
    r.ok(&url, &["update"]);
    let pkg = r.dir.join("All").join(&file);
    let mut bytes = fs::read(&pkg).unwrap();
    let n = bytes.len();
    bytes[n / 2] ^= 1;
    fs::write(&pkg, &bytes).unwrap();
    let err = r.fails(&url, &["install", "big"], 4);
    assert!(last_error(&err).contains("SHA-256 mismatch"), "{err}");
    assert!(r.env.snapshot().is_empty());
    bytes[n / 2] ^= 1;
    fs::write(&pkg, &bytes).unwrap();

    // Replay: once a newer index is held, an older one is not taken.
    r.set_date("2030-01-01T00:00:00Z");
    r.ok(&url, &["update"]);
    r.set_date("2029-01-01T00:00:00Z");
    let o = r.run(&url, &["update"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("older than the one held"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&r.ok(&url, &["--json", "update"])).unwrap();
    assert_eq!(v[0]["outcome"], "kept (mirrors stale)");
}

#[test]
fn mirrors_down_or_stale_are_skipped() {
    let (r, server, _) = faulty();
    // A mirror that refuses connections, then the real one.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead_url = format!("http://127.0.0.1:{}/", dead.local_addr().unwrap().port());
    drop(dead);
    let good = server.url("");
    let mut args = vec![
        "--cbe",
        "1",
        "--repo",
        &dead_url,
        "--repo",
        &good,
        "--trusted-key",
        r.pubkey.to_str().unwrap(),
        "--timeout",
        "2",
        "install",
        "big",
    ];
    let o = r.env.cbe_env(&args, &[("CBE_ARCH", "x86_64")]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("trying the next mirror"));

    // Everything down: exit 5, not a silent success.
    args.truncate(2);
    args.extend([
        "--repo",
        &dead_url,
        "--trusted-key",
        r.pubkey.to_str().unwrap(),
        "update",
    ]);
    let o = r.env.cbe_env(&args, &[("CBE_ARCH", "x86_64")]);
    assert_eq!(
        o.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    // A stale mirror is not trusted over the newer index held.
    let stale = r.env.path("stale");
    copy_dir(&r.dir, &stale);
    r.set_date("2031-01-01T00:00:00Z");
    let o = r.run(&good, &["update"]);
    assert!(o.status.success());
    let stale_server = Server::start(stale);
    let o = r.run(&stale_server.url(""), &["--json", "update"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v[0]["outcome"],
        "kept (mirrors stale)",
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn copy_dir(from: &Path, to: &Path) {
    let st = std::process::Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .unwrap();
    assert!(st.success());
}

#[test]
fn missing_package_and_bad_config() {
    let r = Repo::new();
    r.add("a-1.0", &[("bin/a", "a")], &arch_args());
    r.index("1.0.0");
    let server = Server::start(r.dir.clone());
    let url = server.url("");
    let err = r.fails(&url, &["install", "nosuch"], 7);
    assert!(last_error(&err).contains("nosuch: not published"), "{err}");
    let cfg = r.env.prefix().join(".cbe/config.toml");
    fs::write(&cfg, "repos = [\"x\"\nbogus = 1\n").unwrap();
    let o = r.env.cbe(&["--cbe", "1", "update"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(one_line(&err).contains("config.toml"), "{err}");
    fs::remove_file(&cfg).unwrap();
    let o = r.env.cbe(&["--cbe", "1", "update"]);
    assert_eq!(o.status.code(), Some(2), "no repositories is a usage error");
}

#[test]
fn install_from_nginx() {
    let r = Repo::new();
    r.add("base-1.0", &[("bin/base", "base")], &arch_args());
    r.add(
        "tool-1.0",
        &[("bin/tool", "tool")],
        &with(&["--depends", "base>=1"]),
    );
    r.index("1.0.0");
    let nginx = Nginx::start(&r.dir, &r.env.path("nginx"));
    let url = nginx.url();
    let out = r.ok(&url, &["install", "tool"]);
    assert!(
        out.contains("install: base-1.0") && out.contains("install: tool-1.0"),
        "{out}"
    );
    r.env.ok(&["--cbe", "1", "verify"]);
    let out = r.ok(&url, &["update"]);
    assert!(out.contains("unchanged"), "{out}");
    let err = r.fails(&url, &["install", "nosuch"], 7);
    assert!(last_error(&err).contains("not published"), "{err}");
    fs::remove_file(r.dir.join("All/tool-1.0.tzst")).unwrap();
    r.ok(&url, &["remove", "tool"]);
    r.ok(&url, &["clean"]);
    let err = r.fails(&url, &["install", "tool"], 7);
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
    let r = Repo::new();
    r.add("a-1.0", &[("bin/a", "a")], &arch_args());
    r.index("1.0.0");
    let release = r.dir.join("release");
    // cbe's signature, checked by minisign.
    minisign(&[
        "-Vm",
        release.to_str().unwrap(),
        "-p",
        r.pubkey.to_str().unwrap(),
    ]);
    // minisign's keys (unencrypted, -W) and signature, used and checked by cbe.
    let mk_pub = r.env.path("keys/mk.pub");
    let mk_key = r.env.path("keys/mk.key");
    minisign(&[
        "-G",
        "-W",
        "-p",
        mk_pub.to_str().unwrap(),
        "-s",
        mk_key.to_str().unwrap(),
    ]);
    r.env.ok(&[
        "repo",
        "sign",
        r.dir.to_str().unwrap(),
        "--sign",
        mk_key.to_str().unwrap(),
    ]);
    minisign(&[
        "-Vm",
        release.to_str().unwrap(),
        "-p",
        mk_pub.to_str().unwrap(),
    ]);
    let url = r.dir.to_str().unwrap().to_string();
    let o = r.env.cbe_env(
        &[
            "--cbe",
            "1",
            "--repo",
            &url,
            "--trusted-key",
            mk_pub.to_str().unwrap(),
            "install",
            "a",
        ],
        &[("CBE_ARCH", "x86_64")],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // A signature minisign made itself over the release file.
    minisign(&[
        "-S",
        "-s",
        mk_key.to_str().unwrap(),
        "-m",
        release.to_str().unwrap(),
        "-x",
        r.dir.join("release.minisig").to_str().unwrap(),
        "-t",
        "signed by minisign",
    ]);
    let o = r.env.cbe_env(
        &[
            "--cbe",
            "1",
            "--repo",
            &url,
            "--trusted-key",
            mk_pub.to_str().unwrap(),
            "update",
        ],
        &[("CBE_ARCH", "x86_64")],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Runs a client of the repository at `url` that trusts only `pubkey`.
fn client(r: &Repo, url: &str, pubkey: &Path, args: &[&str]) -> Output {
    let mut a = vec!["--cbe", "1", "--repo", url, "--trusted-key"];
    a.push(pubkey.to_str().unwrap());
    a.extend_from_slice(args);
    r.env.cbe_env(&a, &[("CBE_ARCH", "x86_64")])
}

fn succeeded(o: &Output) {
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Runs cbe under `script`, so that its stdin and /dev/tty are a terminal fed `input`.
fn on_terminal(env: &Env, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let quote = |a: &str| format!("'{}'", a.replace('\'', "'\\''"));
    let mut cmd = quote(env!("CARGO_BIN_EXE_cbe"));
    for a in ["--root", env.root.to_str().unwrap()].iter().chain(args) {
        cmd = format!("{cmd} {}", quote(a));
    }
    let mut child = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .env_remove("CBE_KEY_PASSWORD_FILE")
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
    let r = Repo::new();
    r.add("a-1.0", &[("bin/a", "a")], &arch_args());
    let password = r.env.path("keys/password");
    fs::write(&password, "correct horse\n").unwrap();
    let pw = password.to_str().unwrap();
    let base = r.env.path("keys/protected");
    r.env.ok(&[
        "--password-file",
        pw,
        "repo",
        "keygen",
        base.to_str().unwrap(),
    ]);
    let (key, pubkey) = (base.with_extension("key"), base.with_extension("pub"));
    let dir = r.dir.to_str().unwrap();
    r.env.ok(&[
        "repo",
        "index",
        dir,
        "--line",
        "1",
        "--release",
        "1.0.0",
        "--machine-arch",
        "x86_64",
        "--min-platform",
        "20180329T002515Z",
        "--sign",
        key.to_str().unwrap(),
        "--password-file",
        pw,
    ]);
    succeeded(&client(&r, dir, &pubkey, &["install", "a"]));
    // The password file named by the environment instead.
    let before = fs::read(r.dir.join("release.minisig")).unwrap();
    let o = r.env.cbe_env(
        &["repo", "sign", dir, "--sign", key.to_str().unwrap()],
        &[("CBE_KEY_PASSWORD_FILE", pw)],
    );
    succeeded(&o);
    assert_ne!(fs::read(r.dir.join("release.minisig")).unwrap(), before);
    succeeded(&client(&r, dir, &pubkey, &["update"]));
}

#[test]
fn a_password_protected_key_without_its_password_is_refused_with_what_to_do() {
    let r = Repo::new();
    r.add("a-1.0", &[("bin/a", "a")], &arch_args());
    r.index("1.0.0");
    let dir = r.dir.to_str().unwrap();
    let base = r.env.path("keys/protected");
    let (key, pubkey) = (base.with_extension("key"), base.with_extension("pub"));
    let k = key.to_str().unwrap();
    // No terminal (the tests' stdin is not one) and no password file.
    let err = r.env.fails(&["repo", "keygen", base.to_str().unwrap()], 2);
    let line = one_line(&err);
    for want in [k, "no terminal", "--password-file FILE", "--unencrypted"] {
        assert!(line.contains(want), "{want}: {err}");
    }
    assert!(!key.exists() && !pubkey.exists());
    let password = r.env.path("keys/password");
    fs::write(&password, "correct horse\n").unwrap();
    let pw = password.to_str().unwrap();
    r.env.ok(&[
        "--password-file",
        pw,
        "repo",
        "keygen",
        base.to_str().unwrap(),
    ]);

    let sig = fs::read(r.dir.join("release.minisig")).unwrap();
    let err = r.env.fails(&["repo", "sign", dir, "--sign", k], 2);
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
        "20180329T002515Z",
        "--sign",
        k,
    ];
    assert!(one_line(&r.env.fails(&index, 2)).contains("password-protected"));
    // A wrong password, an empty one, a password file that is not there.
    let wrong = r.env.path("keys/wrong");
    fs::write(&wrong, "battery staple\n").unwrap();
    let w = wrong.to_str().unwrap();
    let err = r
        .env
        .fails(&["--password-file", w, "repo", "sign", dir, "--sign", k], 1);
    assert!(
        one_line(&err).contains(&format!("{k}: the password does not decrypt")),
        "{err}"
    );
    fs::write(&wrong, "\n").unwrap();
    let err = r
        .env
        .fails(&["--password-file", w, "repo", "sign", dir, "--sign", k], 2);
    assert!(
        one_line(&err).contains(&format!("{w}: the password is empty")),
        "{err}"
    );
    let gone = r.env.path("keys/gone");
    let g = gone.to_str().unwrap();
    let err = r
        .env
        .fails(&["--password-file", g, "repo", "sign", dir, "--sign", k], 1);
    assert!(one_line(&err).contains(g), "{err}");
    // Nothing was signed, nor the index changed.
    assert_eq!(fs::read(r.dir.join("release.minisig")).unwrap(), sig);
    assert!(fs::read_to_string(r.dir.join("release"))
        .unwrap()
        .contains("RELEASE=1.0.0"));
}

#[test]
fn passwords_are_asked_on_a_terminal() {
    let r = Repo::new();
    r.add("a-1.0", &[("bin/a", "a")], &arch_args());
    r.index("1.0.0");
    let dir = r.dir.to_str().unwrap();
    let base = r.env.path("keys/typed");
    let (key, pubkey) = (base.with_extension("key"), base.with_extension("pub"));
    let keygen = ["repo", "keygen", base.to_str().unwrap()];
    let o = on_terminal(&r.env, &keygen, "one\ntwo\n");
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(2), "{out}");
    assert!(out.contains("the two passwords differ"), "{out}");
    assert!(!key.exists());
    succeeded(&on_terminal(&r.env, &keygen, "typed\ntyped\n"));
    let sign = ["repo", "sign", dir, "--sign", key.to_str().unwrap()];
    succeeded(&on_terminal(&r.env, &sign, "typed\n"));
    succeeded(&client(&r, dir, &pubkey, &["install", "a"]));
}

#[test]
fn password_protected_keys_interoperate_with_minisign() {
    let r = Repo::new();
    r.add("a-1.0", &[("bin/a", "a")], &arch_args());
    r.index("1.0.0");
    let dir = r.dir.to_str().unwrap();
    let release = r.dir.join("release");
    let password = r.env.path("keys/password");
    fs::write(&password, "minisign's password\n").unwrap();
    let pw = password.to_str().unwrap();
    // minisign's protected key (the password on its stdin, twice), signing with cbe.
    let (mk_pub, mk_key) = (r.env.path("keys/mk.pub"), r.env.path("keys/mk.key"));
    minisign_fed(
        &[
            "-G",
            "-p",
            mk_pub.to_str().unwrap(),
            "-s",
            mk_key.to_str().unwrap(),
        ],
        "minisign's password\nminisign's password\n",
    );
    r.env.ok(&[
        "--password-file",
        pw,
        "repo",
        "sign",
        dir,
        "--sign",
        mk_key.to_str().unwrap(),
    ]);
    minisign(&[
        "-Vm",
        release.to_str().unwrap(),
        "-p",
        mk_pub.to_str().unwrap(),
    ]);
    succeeded(&client(&r, dir, &mk_pub, &["install", "a"]));
    // cbe's protected key, signing with minisign.
    let base = r.env.path("keys/cbe");
    r.env.ok(&[
        "--password-file",
        pw,
        "repo",
        "keygen",
        base.to_str().unwrap(),
    ]);
    minisign_fed(
        &[
            "-S",
            "-s",
            base.with_extension("key").to_str().unwrap(),
            "-m",
            release.to_str().unwrap(),
        ],
        "minisign's password\n",
    );
    succeeded(&client(&r, dir, &base.with_extension("pub"), &["update"]));
}

#[test]
fn an_upgrade_of_twenty_that_fails_on_the_tenth_leaves_the_first_state() {
    let r = Repo::new();
    for i in 0..20 {
        r.add(
            &format!("p{i:02}-1.0"),
            &[(&format!("bin/p{i:02}"), "v1")],
            &arch_args(),
        );
    }
    r.index("1.0.0");
    let server = Server::start(r.dir.clone());
    let url = server.url("");
    let names: Vec<String> = (0..20).map(|i| format!("p{i:02}")).collect();
    let mut args = vec!["install"];
    args.extend(names.iter().map(String::as_str));
    r.ok(&url, &args);
    for i in 0..20 {
        r.remove(&format!("p{i:02}-1.0"));
        r.add(
            &format!("p{i:02}-1.1"),
            &[(&format!("bin/p{i:02}"), "v2")],
            &arch_args(),
        );
    }
    r.index("1.0.1");
    r.ok(&url, &["update"]);
    let before = r.env.snapshot();
    // The tenth package is corrupted on the server: the download fails verification.
    server.fault("p09-1.1.tzst", Fault::Corrupt);
    let err = r.fails(&url, &["upgrade"], 4);
    assert!(last_error(&err).contains("p09-1.1.tzst"), "{err}");
    assert_eq!(r.env.snapshot(), before);
    server.clear_faults();
    // The tenth package is hostile inside (its digest matches the index, its content does
    // not match its own packing list): unpacking fails inside the transaction.
    let hostile = r.env.path("hostile.tzst");
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
    r.ok(&url, &["update"]);
    let err = r.fails(&url, &["upgrade"], 4);
    assert!(last_error(&err).contains("p09-1.1"), "{err}");
    assert_eq!(
        r.env.snapshot(),
        before,
        "a partial upgrade was left behind"
    );
    r.env.ok(&["--cbe", "1", "verify"]);
    let list = r.ok(&url, &["list"]);
    assert_eq!(
        list.lines().filter(|l| l.contains("-1.0 ")).count(),
        20,
        "{list}"
    );
}

#[test]
fn older_summary_compressions_are_read() {
    let r = Repo::new();
    r.add("a-1.0", &[("bin/a", "a")], &arch_args());
    r.index("1.0.0");
    let server = Server::start(r.dir.clone());
    let url = server.url("");
    // No zstd summary: bzip2 is used; then neither: gzip.
    server.fault("pkg_summary.zst", Fault::NotFound);
    r.ok(&url, &["update"]);
    assert!(server.requests("pkg_summary.bz2").len() == 1);
    server.fault("pkg_summary.bz2", Fault::NotFound);
    r.set_date("2030-01-01T00:00:00Z");
    r.ok(&url, &["install", "a"]);
    assert!(server.requests("pkg_summary.gz").len() == 1);
}

#[test]
fn a_last_modified_in_the_same_second_as_the_response_is_not_trusted() {
    // A server with Last-Modified only (no ETag). A release file modified in the same second
    // as the response could change again within that second unseen, so such a date is not
    // sent back; an older one is, and the server answers 304.
    let r = Repo::new();
    r.add("a-1.0", &[("bin/a", "a")], &arch_args());
    r.index("1.0.0");
    let server = Server::start(r.dir.clone());
    server.fault("release", Fault::LastModifiedOnly);
    let url = server.url("");
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
    r.ok(&url, &["update"]);
    r.ok(&url, &["update"]);
    assert!(
        !last_release_request().contains_key("if-modified-since"),
        "a same-second Last-Modified was sent back: {:?}",
        last_release_request()
    );
    touch(3600);
    r.ok(&url, &["update"]);
    let out = r.ok(&url, &["update"]);
    assert!(
        last_release_request().contains_key("if-modified-since"),
        "{:?}",
        last_release_request()
    );
    assert!(out.contains("unchanged"), "{out}");
}
