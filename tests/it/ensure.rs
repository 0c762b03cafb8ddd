//! `cbe ensure`, `cbe env`, `cbe lines` and the platform check, against the bundled sample
//! CBE built into signed repositories.

use crate::common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::env::clean_env;
use crate::common::{one_line, Checkout, Env, Nginx, Pin, Sample, SignedRepo};
use crate::common::{MIN_PLATFORM as MIN, NEW_PLATFORM};

/// The sample built into signed repositories, and a checkout whose pin file (in its top
/// directory, beside the sample's public key) asks for `version`; cbe runs two levels below.
fn sample(version: &str) -> (Env, Sample, Checkout) {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let co = Checkout::new(&env, "checkout").run_in("sub/dir");
    fs::copy(&s.keys.public, co.dir.join("sample.pub")).unwrap();
    co.pin(&pin(&s, version, MIN));
    (env, s, co)
}

/// Asks for `version` of the sample's published repositories, trusting the key beside it.
fn pin(s: &Sample, version: &str, min: &str) -> Pin {
    Pin::new(version)
        .repo(s.repos())
        .trust("sample.pub")
        .min_platform(min)
}

/// What line `n`'s hello says.
fn hello(env: &Env, n: u32) -> String {
    let o = Command::new(env.line(n).join("bin/hello"))
        .output()
        .unwrap();
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn ensure_installs_once_then_is_silent() {
    let (env, _, co) = sample("^1.0");
    // The stamp equal to the oldest supported is new enough.
    let o = co.run(&["ensure"], Some(MIN));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stdout.is_empty(),
        "ensure prints the environment only when asked"
    );
    assert_eq!(hello(&env, 1), "Hello from the cbe sample line\n");
    // Satisfied: nothing on stdout or stderr, nothing changed.
    let before = common::snapshot(&env.line(1));
    let o = co.run(&["ensure"], Some(MIN));
    assert!(o.status.success());
    assert!(
        o.stdout.is_empty() && o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(common::snapshot(&env.line(1)), before);
    let hist: serde_json::Value =
        serde_json::from_slice(&co.ok(&["--cbe", "1", "--json", "history"]).stdout).unwrap();
    assert_eq!(hist.as_array().unwrap().len(), 1);
    // -v says which source decided the requirement.
    let o = co.run(&["ensure", "-v"], Some(MIN));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("from the pin file"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = co.run(&["ensure", "-v", "--cbe", "^1"], Some(MIN));
    assert!(String::from_utf8_lossy(&o.stderr).contains("from --cbe"));
    // --print-env gives what eval takes.
    let env = String::from_utf8(co.ok(&["ensure", "--print-env", "sh"]).stdout).unwrap();
    let o = Command::new("sh")
        .arg("-c")
        .arg(format!("{env}\nhello from-eval"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "Hello from the cbe sample line\nfrom-eval\n"
    );
    // --offline on a satisfied line is fine.
    co.ok(&["ensure", "--offline"]);
    // `cbe lines`: a header, then one row per line with its size as people read it.
    let text = String::from_utf8(co.ok(&["lines"]).stdout).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert!(
        rows.len() == 2
            && rows[0]
                .split_whitespace()
                .eq(["LINE", "RELEASE", "PACKAGES", "SIZE", "HEALTH", "PREFIX"]),
        "{text}"
    );
    assert!(
        rows[1].contains("1.0.0") && rows[1].contains(" B ") && rows[1].contains(" ok "),
        "{text}"
    );
}

#[test]
fn platform_stamps() {
    let (env, s, co) = sample("^1.0");
    let o = co.run(&["ensure"], Some("20170101T000000Z"));
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    let line = one_line(&err);
    assert!(
        line.contains("20170101T000000Z") && line.contains(MIN),
        "{line}"
    );
    assert!(
        !env.line(1).exists(),
        "nothing installed on a too-old platform"
    );
    let o = co.run(&["ensure"], Some("2017-01-01"));
    assert_eq!(o.status.code(), Some(2));
    assert!(one_line(&String::from_utf8_lossy(&o.stderr)).contains("not a platform image stamp"));
    co.pin(&pin(&s, "^1.0", "yesterday"));
    let o = co.run(&["ensure"], Some("20240101T000000Z"));
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        one_line(&err).contains("cbe.toml: [cbe] min_platform"),
        "{err}"
    );
    co.pin(&pin(&s, "^1.0", MIN));
    // Not SmartOS and no override: said, and skipped; or refused with --require-platform.
    let o = co.run(&["ensure", "--require-platform"], None);
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = co.run(&["ensure"], None);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("skipping the platform image check"));
    // platform check alone.
    assert_eq!(
        co.run(&["platform", "check"], Some("20170101T000000Z"))
            .status
            .code(),
        Some(3)
    );
    assert_eq!(
        co.run(
            &["platform", "check", "--oldest", "20170101T000000Z"],
            Some("20170101T000000Z")
        )
        .status
        .code(),
        Some(0)
    );
}

#[test]
fn unpublished_requirement_and_bad_pin() {
    let (_env, s, co) = sample("^1.5");
    let o = co.run(&["ensure"], Some("20240101T000000Z"));
    assert_eq!(o.status.code(), Some(7));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        one_line(&err).contains("no release of line 1 satisfies ^1.5 (from the pin file "),
        "{err}"
    );
    assert!(
        err.contains("the repository offers 1.0.0); change `version` in "),
        "{err}"
    );
    co.pin(&pin(&s, ">=1, <3", MIN));
    let o = co.run(&["ensure"], Some("20240101T000000Z"));
    assert_eq!(o.status.code(), Some(1));
    assert!(one_line(&String::from_utf8_lossy(&o.stderr)).contains("spans several lines"));
    co.write_pin("[cbe]\nversion = \"^1\"\nrepoz = []\n");
    let o = co.run(&["ensure"], Some("20240101T000000Z"));
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        one_line(&err).contains("cbe.toml")
            && err.contains("repoz")
            && err.contains("line 3, column 1"),
        "{err}"
    );
    fs::remove_file(co.dir.join("cbe.toml")).unwrap();
    let o = co.run(&["ensure"], Some("20240101T000000Z"));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn new_release_between_runs_and_lines_side_by_side() {
    let (env, s, co) = sample("^1.0");
    co.ok(&["ensure"]);
    co.ok(&["ensure", "--cbe", "^2"]);
    assert_eq!(
        hello(&env, 2),
        "Greetings from the second cbe sample line\n"
    );
    let line2 = full_snapshot(&env.line(2));
    s.publish("1.1.0");
    // Within the refresh interval nothing is checked.
    co.ok(&["ensure"]);
    assert_eq!(hello(&env, 1), "Hello from the cbe sample line\n");
    // Past it, the new release is found and installed.
    let o = co.ok(&["ensure", "--refresh", "0", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["action"], "upgraded");
    assert_eq!(v["release"], "1.1.0");
    assert_eq!(
        hello(&env, 1),
        "Hello again from the cbe sample line, release 1.1\n"
    );
    assert_eq!(
        full_snapshot(&env.line(2)),
        line2,
        "upgrading line 1 touched line 2"
    );
    // A later pin asking for 1.1 is satisfied by what is installed.
    co.pin(&pin(&s, "^1.1", MIN));
    let o = co.ok(&["ensure"]);
    assert!(o.stderr.is_empty());
    let lines: serde_json::Value =
        serde_json::from_slice(&co.ok(&["--json", "lines"]).stdout).unwrap();
    let summary: Vec<(u64, String, String)> = lines
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["line"].as_u64().unwrap(),
                l["release"].as_str().unwrap().to_string(),
                l["health"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (1, "1.1.0".into(), "ok".into()),
            (2, "2.0.0".into(), "ok".into())
        ]
    );
    // Removing line 2 leaves line 1 whole.
    let line1 = common::snapshot(&env.line(1));
    co.ok(&["lines", "remove", "2"]);
    assert!(!env.line(2).exists());
    assert_eq!(common::snapshot(&env.line(1)), line1);
    let o = co.run(&["lines", "remove", "2"], None);
    assert_eq!(o.status.code(), Some(1));
}

/// Every byte under a directory, cbe's state included.
fn full_snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v = Vec::new();
    fn walk(base: &Path, d: &Path, v: &mut Vec<(String, Vec<u8>)>) {
        let mut entries: Vec<_> = fs::read_dir(d).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let p = e.path();
            let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
            let md = fs::symlink_metadata(&p).unwrap();
            if md.is_dir() {
                v.push((rel, Vec::new()));
                walk(base, &p, v);
            } else if md.file_type().is_symlink() {
                v.push((
                    rel,
                    fs::read_link(&p)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned()
                        .into_bytes(),
                ));
            } else {
                v.push((rel, fs::read(&p).unwrap()));
            }
        }
    }
    walk(dir, dir, &mut v);
    v
}

#[test]
fn sixteen_concurrent_ensures_install_once() {
    // The line's repository served by nginx, so that its log shows every download.
    let (env, s, co) = sample("^1.0");
    let nginx = Nginx::start(&s.out, &env.path("nginx"));
    let served = format!("{}cbe/$line/$arch", nginx.url());
    co.pin(
        &Pin::new("^1.0")
            .repo(served)
            .trust("sample.pub")
            .min_platform(MIN),
    );
    let children: Vec<_> = (0..16)
        .map(|_| {
            co.command(Some(NEW_PLATFORM))
                .arg("ensure")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let hist: serde_json::Value =
        serde_json::from_slice(&co.ok(&["--cbe", "1", "--json", "history"]).stdout).unwrap();
    assert_eq!(
        hist.as_array().unwrap().len(),
        1,
        "installed more than once: {hist}"
    );
    co.ok(&["--cbe", "1", "verify"]);
    // Each package was downloaded once, into the one shared cache.
    let all = s.out.join("cbe/1/x86_64/All");
    let mut n = 0;
    for e in fs::read_dir(&all).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name == "pkg_summary.gz" {
            continue; // repo index's copy for pkgin: cbe reads the signed index instead
        }
        let gets = nginx.gets(&format!("cbe/1/x86_64/All/{name}"));
        assert_eq!(gets.len(), 1, "{name}: {gets:?}");
        n += 1;
    }
    assert!(n >= 2, "the sample has {n} packages");
    // No lock is left held: the line's lock and the cache's can all be taken at once.
    let mut locks = vec![env.line(1).join(".cbe/lock")];
    let cache = env.root.join("var/cache/cbe");
    for e in fs::read_dir(&cache).unwrap().flatten() {
        if e.file_name().to_string_lossy().ends_with(".lock") {
            locks.push(e.path());
        }
    }
    for l in &locks {
        let f = fs::OpenOptions::new().write(true).open(l).unwrap();
        assert!(f.try_lock().is_ok(), "{} is still held", l.display());
    }
}

/// examples/configure, run in the checkout on platform image `platform`.
fn configure(env: &Env, co: &Checkout, platform: &str) -> Output {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/configure");
    let mut c = Command::new("sh");
    clean_env(&mut c)
        .arg(script)
        .current_dir(&co.dir)
        .env("CBE", env!("CARGO_BIN_EXE_cbe"))
        .env("CBE_ROOT", &env.root)
        .env("CBE_PLATFORM_IMAGE", platform)
        .output()
        .unwrap()
}

#[test]
fn examples_configure_runs_against_the_sample() {
    let (env, _, co) = sample("^1.0");
    let o = configure(&env, &co, NEW_PLATFORM);
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("using CBE line 1 release 1.0.0")
            && out.contains("Hello from the cbe sample line"),
        "{out}"
    );
    let mk = fs::read_to_string(co.dir.join("config.mk")).unwrap();
    assert!(mk.contains("CBE_RELEASE = 1.0.0"), "{mk}");
    // A too-old platform stops configure with ensure's exit code.
    let o = configure(&env, &co, "20100101T000000Z");
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("platform image is too old"));
}

/// The README's configure snippet, as README.md has it, run under `set -e` in the checkout.
fn readme_snippet(env: &Env, co: &Checkout, platform: &str) -> Output {
    let readme =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("env=$(cbe ensure --print-env sh)")
        .expect("README.md shows the configure snippet");
    let snippet: String = readme[start..]
        .lines()
        .take(2)
        .collect::<Vec<_>>()
        .join("\n");
    let bin = Path::new(env!("CARGO_BIN_EXE_cbe")).parent().unwrap();
    let script = format!("set -e\n{snippet}\necho \"continued with line $CBE_LINE\"\n");
    let mut c = Command::new("sh");
    clean_env(&mut c)
        .arg("-c")
        .arg(script)
        .current_dir(&co.dir)
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .env("CBE_ROOT", &env.root)
        .env("CBE_PLATFORM_IMAGE", platform)
        .output()
        .unwrap()
}

#[test]
fn the_readme_configure_snippet_stops_when_ensure_fails() {
    let (env, _, co) = sample("^1.0");
    let o = readme_snippet(&env, &co, "20100101T000000Z");
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!String::from_utf8_lossy(&o.stdout).contains("continued"));
    let o = readme_snippet(&env, &co, NEW_PLATFORM);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("continued with line 1"));
}

#[test]
fn env_for_every_shell() {
    let (env, _, co) = sample("^1.0");
    co.ok(&["ensure"]);
    let sh = String::from_utf8(co.ok(&["env", "1"]).stdout).unwrap();
    let bin = env.line(1).join("bin");
    assert!(
        sh.starts_with(&format!("export PATH='{}:", bin.display())),
        "{sh}"
    );
    assert!(!sh.contains("/opt/local"));
    let csh = String::from_utf8(co.ok(&["env", "1", "--shell", "csh"]).stdout).unwrap();
    assert!(csh.starts_with("setenv PATH '"));
    let fish = String::from_utf8(co.ok(&["env", "--shell", "fish"]).stdout).unwrap();
    assert!(
        fish.starts_with(&format!("set -gx PATH '{}'", bin.display())),
        "{fish}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&co.ok(&["env", "1", "--shell", "json"]).stdout).unwrap();
    assert_eq!(json["CBE_RELEASE"], "1.0.0");
    let o = co.run(&["env", "7"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(one_line(&String::from_utf8_lossy(&o.stderr)).contains("run `cbe ensure` first"));
    let o = co.run(&["env", "1", "--shell", "cmd"], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_line_that_carries_a_toolchain() {
    // Tens of packages, hundreds of files each, shared directories, relative and absolute
    // symlinks and a dependency cycle, all in one transaction through ensure.
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo").line(5).host_arch();
    for i in 0..24 {
        let mut files: Vec<(String, String)> = (0..200)
            .map(|f| {
                (
                    format!("lib/gcc/x86_64/{i}/include/h{f}.h"),
                    format!("{i}/{f}"),
                )
            })
            .collect();
        files.push((format!("share/doc/p{i}/README"), format!("p{i}")));
        files.push((format!("bin/p{i}"), format!("!#!/bin/sh\necho p{i}\n")));
        files.push((format!("bin/p{i}-link"), format!("@->p{i}")));
        files.push((format!("lib/p{i}-abs"), "@->/usr/lib".to_string()));
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let dep = format!("p{:02}>=1", (i + 1) % 24);
        repo.add(&format!("p{i:02}-1.0"), &refs, &["--depends", &dep]);
    }
    repo.index("5.0.0");
    let co = Checkout::new(&env, "co");
    co.pin(
        &Pin::new("^5")
            .repo(repo.dir.display())
            .trust(&repo.keys.public),
    );
    let o = co.run(&["ensure", "--json"], Some(NEW_PLATFORM));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["steps"].as_array().unwrap().len(), 24);
    let hist: serde_json::Value =
        serde_json::from_str(&env.ok(&["--cbe", "5", "--json", "history"])).unwrap();
    assert_eq!(hist.as_array().unwrap().len(), 1, "one transaction");
    env.ok(&["--cbe", "5", "verify"]);
    let lines: serde_json::Value = serde_json::from_str(&env.ok(&["--json", "lines"])).unwrap();
    assert_eq!(lines[0]["packages"], 24);
    assert_eq!(lines[0]["health"], "ok");
}

/// A configure run must not break because the mirror is down when what is installed
/// already satisfies the pin: ensure warns and succeeds; `--require-fresh` makes it an
/// error. A pin that now names other repositories is looked at at once, not after the
/// refresh interval.
#[test]
fn a_satisfied_line_survives_an_unreachable_repository() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let co = Checkout::new(&env, "checkout");
    fs::copy(&s.keys.public, co.dir.join("sample.pub")).unwrap();
    let server = common::Server::start(s.out.clone());
    let served = |url: &str| {
        Pin::new("^1.0")
            .repo(format!("{url}cbe/$line/$arch"))
            .trust("sample.pub")
            .min_platform(MIN)
    };
    co.pin(&served(&format!("http://127.0.0.1:{}/", server.port)));
    co.ok(&["ensure"]);
    drop(server);
    let o = co.run(&["--json", "ensure", "--refresh", "0"], Some(NEW_PLATFORM));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let unchecked = common::notices(&o.stdout, "release-unchecked");
    assert_eq!(unchecked.len(), 1, "{o:?}");
    assert_eq!(
        (&unchecked[0]["line"], &unchecked[0]["kept"]),
        (&serde_json::json!(1), &serde_json::json!("1.0.0")),
        "{unchecked:?}"
    );
    assert!(err.contains("--require-fresh"), "{err}");
    let o = co.run(
        &["ensure", "--refresh", "0", "--require-fresh"],
        Some(NEW_PLATFORM),
    );
    assert_eq!(
        o.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // A new mirror in the pin is tried now, within the refresh interval.
    co.pin(&served(&common::dead_url()));
    let o = co.run(&["ensure", "--require-fresh"], Some(NEW_PLATFORM));
    assert_eq!(
        o.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(hello(&env, 1), "Hello from the cbe sample line\n");
}

/// A first ensure that fails leaves no line directory behind for `cbe lines` to report.
#[test]
fn a_failed_first_ensure_leaves_no_line() {
    let env = Env::new();
    let s = Sample::build(&env, None);
    let co = Checkout::new(&env, "checkout");
    fs::copy(&s.keys.public, co.dir.join("sample.pub")).unwrap();
    co.pin(
        &Pin::new("^1.0")
            .repo(format!("{}cbe/$line/$arch", common::dead_url()))
            .trust("sample.pub")
            .min_platform(MIN),
    );
    let o = co.run(&["ensure"], Some(NEW_PLATFORM));
    assert_eq!(
        o.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!env.line(1).exists(), "an empty line was left behind");
    let listed = String::from_utf8(co.ok(&["lines"]).stdout).unwrap();
    assert!(!listed.contains("/1"), "{listed}");
}

/// `--require-platform` holds on the satisfied path too: no platform image, no success.
#[test]
fn require_platform_holds_when_satisfied() {
    let (_env, _s, co) = sample("^1.0");
    co.ok(&["ensure"]);
    let o = co.run(&["ensure", "--require-platform"], None);
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(one_line(&String::from_utf8_lossy(&o.stderr)).contains("--platform-image"));
}

/// ensure owns `repos`, `trusted_keys` and `revoked_keys` of the line's config.toml and
/// nothing else: when the pin's repositories change, the user's comments, further
/// repositories and transfer limits stay.
#[test]
fn ensure_keeps_the_configuration_it_does_not_own() {
    let (env, s, co) = sample("^1.0");
    co.ok(&["ensure"]);
    let extras = SignedRepo::new(&env, "extras").host_arch().name("extras");
    extras.add("extra-1.0", &[("bin/extra", "e")], &[]);
    extras.index("1.0.0");
    let cfg = env.line(1).join(".cbe/config.toml");
    let mine = format!(
        "# my mirror notes: keep me\nmin_rate = 512 # bytes a second\ndeadline = 900\n{}",
        common::repository_toml("extras", &extras.dir, &extras.keys.public)
    );
    let text = fs::read_to_string(&cfg).unwrap();
    fs::write(&cfg, format!("{text}{mine}")).unwrap();
    // A second mirror in the pin: ensure rewrites `repos`.
    let mirror = format!("{}cbe/$line/$arch", common::dead_url());
    co.pin(&pin(&s, "^1.0", MIN).repo(&mirror));
    co.ok(&["ensure", "--refresh", "0"]);
    let text = fs::read_to_string(&cfg).unwrap();
    assert!(text.contains(&mine), "{text}");
    let file: toml::Value = toml::from_str(&text).unwrap();
    let repos: Vec<&str> = file["repos"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(repos, [s.repos(), mirror], "{text}");
    // The further repository is still one the line installs from.
    co.ok(&["--cbe", "1", "install", "extra"]);
    assert!(env.line(1).join("bin/extra").exists());
}

/// A relative `--root` (and CBE_ROOT) is made absolute once, as it is parsed: packages'
/// scripts, which run in other directories, find their files, and the PATH ensure prints
/// works from anywhere.
#[test]
fn a_relative_root_is_made_absolute_once() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo").line(1).host_arch();
    let ran = env.path("post-install-ran");
    let script = env.path("install.sh");
    fs::write(
        &script,
        format!(
            "#!/bin/sh\n[ \"$2\" = POST-INSTALL ] && echo \"$1\" >> {}\nexit 0\n",
            ran.display()
        ),
    )
    .unwrap();
    repo.add(
        "tool-1.0",
        &[("bin/tool", "!#!/bin/sh\necho tool here\n")],
        &["--install-script", script.to_str().unwrap()],
    );
    repo.index("1.0.0");
    let co = Checkout::new(&env, "co");
    co.pin(
        &Pin::new("^1")
            .repo(repo.dir.display())
            .trust(&repo.keys.public),
    );
    let flag = co.ok(&["--root", "build/root", "ensure", "--print-env", "sh"]);
    let by_env = Checkout::new(&env, "co")
        .root("build/env-root".into())
        .ok(&["ensure", "--print-env", "sh"]);
    assert_eq!(fs::read_to_string(&ran).unwrap(), "tool-1.0\ntool-1.0\n");
    for (o, root) in [(flag, "build/root"), (by_env, "build/env-root")] {
        let printed = String::from_utf8(o.stdout).unwrap();
        let bin = co.dir.join(root).join("opt/smartos-cbe/1/bin");
        assert!(
            printed.starts_with(&format!("export PATH='{}:", bin.display())),
            "{printed}"
        );
        let o = Command::new("sh")
            .arg("-c")
            .arg(format!("{printed}\ntool"))
            .current_dir("/")
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&o.stdout), "tool here\n", "{o:?}");
    }
}
