//! Crash safety: install, upgrade and remove are SIGKILLed at many points spread over their
//! run (every write-like step has a kill point in debug builds); after each, the next cbe run
//! must recover, `verify` must be clean, and the prefix must be exactly the old state or
//! exactly the new one.

use crate::common;

use std::collections::BTreeMap;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};

use crate::common::{cbe_command, copy_tree, Checkout, Env, Pin, Sample, LINE1, NEW_PLATFORM};

fn files(tag: &str, n: usize, skip: usize) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = (0..n)
        .filter(|i| *i != skip)
        .map(|i| (format!("lib/{tag}/d{}/f{i}", i % 5), format!("{tag} {i}\n")))
        .collect();
    v.push((format!("bin/{tag}"), format!("!#!/bin/sh\necho {tag}\n")));
    v.push((format!("bin/{tag}-link"), format!("@->{tag}")));
    v
}

fn refs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

/// Runs cbe with extra environment and arguments.
type CbeFn<'a> = dyn Fn(&[(&str, &str)], &[&str]) -> std::process::Output + 'a;

/// Where and how a scenario's command runs.
#[derive(Clone, Copy)]
struct Scenario<'a> {
    name: &'a str,
    args: &'a [&'a str],
    cwd: Option<&'a Path>,
    /// Every kill leaves a transaction to recover (false when the command may die before
    /// it starts one).
    notice: bool,
}

/// Runs the scenario against a copy of `base` once to count its kill points and learn the
/// state it ends in, then once per chosen kill point and at random instants, checking
/// recovery each time. Returns the number of kills checked.
fn crash_matrix(env: &Env, base: &Path, sc: Scenario<'_>) -> usize {
    let (max_points, timed) = common::kills::budget();
    let args = sc.args;
    let run_root = env.path("run-root");
    let prefix = run_root.join(LINE1.trim_start_matches('/'));
    // cbe under the run's root, from the scenario's directory.
    let command = || {
        let mut c = cbe_command(&run_root);
        c.env("CBE_PLATFORM_IMAGE", NEW_PLATFORM);
        if let Some(d) = sc.cwd {
            c.current_dir(d);
        }
        c
    };
    let cbe = |extra_env: &[(&str, &str)], a: &[&str]| {
        let mut c = command();
        c.args(a).envs(extra_env.iter().copied());
        c.output().unwrap()
    };
    copy_tree(base, &run_root);
    let old: BTreeMap<String, String> = common::snapshot(&prefix);
    let list = |c: &CbeFn<'_>| String::from_utf8(c(&[], &["--cbe", "1", "list"]).stdout).unwrap();
    let old_list = list(&cbe);
    let count_file = env.path("points");
    let started = std::time::Instant::now();
    let o = cbe(&[("CBE_CRASH_COUNT", count_file.to_str().unwrap())], args);
    let duration = started.elapsed();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let new = common::snapshot(&prefix);
    let new_list = list(&cbe);
    assert_ne!(old, new, "the operation must change something");
    let total: usize = std::fs::read_to_string(&count_file)
        .unwrap()
        .parse()
        .unwrap();
    assert!(total > 10, "only {total} kill points");

    let points = common::kills::points(total, max_points);
    let (mut saw_old, mut saw_new) = (0, 0);
    let mut seed: u64 = 0x2545f4914f6cdd1d;
    let kills: Vec<Option<usize>> = points
        .iter()
        .map(|&k| Some(k))
        .chain((0..timed).map(|_| None))
        .collect();
    for (n, kill) in kills.iter().enumerate() {
        copy_tree(base, &run_root);
        let k = kill.unwrap_or(total + n);
        match kill {
            Some(k) => {
                let o = cbe(&[("CBE_CRASH_AT", &k.to_string())], args);
                assert_eq!(
                    o.status.signal(),
                    Some(9),
                    "kill point {k} of {total} did not kill: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
            }
            None => {
                // A SIGKILL at a random instant of the run, as a power cut would land.
                let delay =
                    duration.mul_f64((common::kills::xorshift(&mut seed) % 1000) as f64 / 1000.0);
                let mut child = command()
                    .args(args)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .unwrap();
                std::thread::sleep(delay);
                let _ = child.kill();
                let _ = child.wait();
            }
        }
        let o = cbe(&[], &["--json", "--cbe", "1", "verify"]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            o.status.success(),
            "after kill point {k}: verify failed:\n{}{err}",
            String::from_utf8_lossy(&o.stdout)
        );
        if sc.notice && kill.is_some() {
            let recovered = common::notices(&o.stdout, "recovered");
            assert!(
                !recovered.is_empty() && err.contains("cbe: recovered: "),
                "after kill point {k}: no recovery notice: {err}"
            );
        }
        let now = common::snapshot(&prefix);
        let db_now = list(&cbe);
        if now == old {
            assert_eq!(
                db_now, old_list,
                "after kill point {k}: files are old, database is not"
            );
            saw_old += 1;
        } else if now == new {
            assert_eq!(
                db_now, new_list,
                "after kill point {k}: files are new, database is not"
            );
            saw_new += 1;
        } else {
            let diff: Vec<_> = now
                .iter()
                .filter(|(k, v)| old.get(*k) != Some(v) && new.get(*k) != Some(v))
                .map(|(k, _)| k.clone())
                .chain(
                    old.keys()
                        .filter(|k| !now.contains_key(*k) && new.contains_key(*k))
                        .cloned(),
                )
                .take(10)
                .collect();
            panic!(
                "after kill point {k} of {total}: neither the old nor the new state; e.g. {diff:?}"
            );
        }
        for sub in ["staging", "trash"] {
            let d = prefix.join(".cbe").join(sub);
            if d.exists() {
                assert_eq!(
                    std::fs::read_dir(&d).unwrap().count(),
                    0,
                    "{sub} not cleaned after point {k}"
                );
            }
        }
        // Nothing is stuck: rolled back, the same operation now runs to its end.
        if common::snapshot(&prefix) == old {
            let o = cbe(&[], args);
            assert!(
                o.status.success(),
                "after kill point {k}: rerun failed: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            assert_eq!(
                common::snapshot(&prefix),
                new,
                "after kill point {k}: rerun did not reach the new state"
            );
        }
    }
    assert!(
        saw_old > 0 && saw_new > 0,
        "kills should land both before and after the commit (old {saw_old}, new {saw_new})"
    );
    println!(
        "crash-matrix: {}: {} kills ({} kill points of {total}, {timed} at random instants), {saw_old} left the old state, {saw_new} the new, 0 failures",
        sc.name,
        kills.len(),
        points.len()
    );
    kills.len()
}

fn setup() -> (Env, PathBuf, PathBuf, PathBuf, PathBuf) {
    let env = Env::new();
    let a1 = files("a", 40, usize::MAX);
    let a1p = env.pkg("a-1.0", &refs(&a1), &[]);
    let mut a2 = files("a", 45, 7);
    a2.iter_mut().for_each(|(p, c)| {
        if p.ends_with("f3") {
            *c = "changed\n".into();
        }
    });
    let a2p = env.pkg("a-1.1", &refs(&a2), &[]);
    let b = files("b", 30, usize::MAX);
    let bp = env.pkg("b-1.0", &refs(&b), &["--depends", "a>=1"]);
    let c = files("c", 30, usize::MAX);
    let cp = env.pkg("c-2.0", &refs(&c), &[]);
    env.ok(&["install", a1p.to_str().unwrap(), bp.to_str().unwrap()]);
    let base = env.path("base-root");
    copy_tree(&env.root, &base);
    (env, base, a2p, bp, cp)
}

#[test]
fn killed_install_recovers() {
    let (env, base, _, _, c) = setup();
    let n = crash_matrix(
        &env,
        &base,
        Scenario {
            name: "install",
            args: &["--cbe", "1", "install", c.to_str().unwrap()],
            cwd: None,
            notice: true,
        },
    );
    assert!(n >= 20);
}

#[test]
fn killed_upgrade_recovers() {
    let (env, base, a2, _, _) = setup();
    let n = crash_matrix(
        &env,
        &base,
        Scenario {
            name: "upgrade",
            args: &["--cbe", "1", "install", a2.to_str().unwrap()],
            cwd: None,
            notice: true,
        },
    );
    assert!(n >= 20);
}

#[test]
fn killed_remove_recovers() {
    let (env, base, _, _, _) = setup();
    let n = crash_matrix(
        &env,
        &base,
        Scenario {
            name: "remove",
            args: &["--cbe", "1", "remove", "b"],
            cwd: None,
            notice: true,
        },
    );
    assert!(n >= 20);
}

#[test]
fn killed_ensure_recovers() {
    // The bundled sample, built into signed repositories; ensure installs line 1.
    let env = Env::new();
    let sample = Sample::build(&env, None);
    let co = Checkout::new(&env, "co");
    co.pin(
        &Pin::new("^1")
            .repo(sample.repos())
            .trust(&sample.keys.public),
    );
    let base = env.path("base-root");
    std::fs::create_dir_all(&base).unwrap();
    let n = crash_matrix(
        &env,
        &base,
        Scenario {
            name: "ensure",
            args: &["ensure"],
            cwd: Some(&co.dir),
            notice: false,
        },
    );
    assert!(n >= 10);
}

#[test]
fn killed_install_while_downloading_and_unpacking_recovers() {
    // Several packages fetched over HTTP: each is verified and unpacked into the transaction's
    // staging as its download completes while the others are still arriving, so kill points
    // fall inside the overlapped phase (downloads, `staged-one`) as well as after it.
    let env = Env::new();
    let repo = common::SignedRepo::new(&env, "repo");
    let names: Vec<String> = (0..6).map(|i| format!("p{i}")).collect();
    for (i, n) in names.iter().enumerate() {
        let mut p = common::PkgsrcPkg::new(&format!("{n}-1.0"), LINE1).comment(n);
        for (path, content) in files(n, 12 + i, usize::MAX) {
            if !content.starts_with('@') && !content.starts_with('!') {
                p = p.file(&path, &common::noise(2000 + 300 * i, i as u64));
            }
        }
        p.write(&repo.dir.join("All"), "tgz");
    }
    repo.index("1.0.0");
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let n = install_from_server(&env, &repo, &names, "install-overlapped");
    assert!(n >= 10);
}

/// The crash matrix of installing `names` by name from `repo`, served over HTTP, into an
/// empty root.
fn install_from_server(
    env: &Env,
    repo: &common::SignedRepo<'_>,
    names: &[&str],
    name: &str,
) -> usize {
    let server = repo.serve();
    let url = server.url("/");
    let key = repo.keys.public.to_str().unwrap().to_string();
    let mut args: Vec<&str> = vec![
        "--cbe",
        "1",
        "--repo",
        &url,
        "--trusted-key",
        &key,
        "install",
    ];
    args.extend(names);
    let base = env.path("base-root");
    std::fs::create_dir_all(&base).unwrap();
    crash_matrix(
        env,
        &base,
        Scenario {
            name,
            args: &args,
            cwd: None,
            notice: false,
        },
    )
}

/// A repository of `s-1.0`, of two zstd frames, so its summary entry has a frame table.
fn streamed_repo(env: &Env) -> common::SignedRepo<'_> {
    let repo = common::SignedRepo::new(env, "repo");
    let mut s = files("s", 20, usize::MAX);
    s.push(("share/s/big".into(), common::noise(9_000_000, 7)));
    repo.add("s-1.0", &refs(&s), &[]);
    repo.add("t-1.0", &refs(&files("t", 10, usize::MAX)), &[]);
    repo.index("1.0.0");
    let summary = std::fs::read_to_string(repo.dir.join("pkg_summary")).unwrap();
    let offsets: Vec<usize> = summary
        .lines()
        .filter_map(|l| l.strip_prefix("FRAME=")?.split(' ').next()?.parse().ok())
        .collect();
    assert_eq!(offsets.len(), 2, "{summary}");
    repo
}

#[test]
fn killed_install_while_streaming_a_package_recovers() {
    // The larger package is unpacked while it downloads (it has a frame table): kill points
    // fall between its frames landing, inside the unpacking that follows them, and between
    // the whole file's check and the commit.
    let env = Env::new();
    let repo = streamed_repo(&env);
    let n = install_from_server(&env, &repo, &["s", "t"], "install-streamed");
    assert!(n >= 10);
}

#[test]
fn killed_between_two_frames_landing_leaves_the_old_state_and_the_next_run_resumes() {
    let env = Env::new();
    let repo = streamed_repo(&env);
    let server = repo.serve();
    let c = repo.client(&server.url(""));
    let o = c
        .command()
        .args(["--parallel", "1", "install", "s"])
        .env("CBE_CRASH_AT_POINT", "stream-frame-landed:2")
        .output()
        .unwrap();
    assert_eq!(
        o.status.signal(),
        Some(9),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let before = server.requests("s-1.0.tzst").len();
    assert!(
        env.snapshot().is_empty(),
        "nothing installed by the killed run"
    );
    let o = c.run(&["--parallel", "1", "install", "s"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("recovered:"), "{err}");
    // Both frames were in the .part: the first landed, the second checked again on resume.
    assert_eq!(
        server.requests("s-1.0.tzst").len(),
        before,
        "nothing fetched again: {:?}",
        server.requests("s-1.0.tzst")
    );
    env.ok(&["--cbe", "1", "verify"]);
}
