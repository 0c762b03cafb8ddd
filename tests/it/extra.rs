//! smartos-extra: plans from real git checkouts, downloads from a real HTTP server with
//! faults, builds that fail or are killed, concurrent syncs, and pack → publish → sync.

use crate::common;

use crate::common::git;

use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::common::{
    copy_tree, dead_url, Checkout, Env, Fault, Keys, Nginx, Pin, S3Server, Server, ARCH,
};

/// A project checkout with smartos-extra as a git repository inside (its build.sh makes a
/// tree with files, an executable, nested dirs, symlinks, an empty dir; BUILD_* variables make
/// it count, sleep, fail or be killed), a directory to publish to and a signing key.
struct Extra {
    env: Env,
    project: Checkout,
    source: PathBuf,
    published: PathBuf,
    keys: Keys,
}

const BUILD_SH: &str = r#"set -e
[ -n "$BUILD_COUNTER" ] && echo x >> "$BUILD_COUNTER"
[ -n "$BUILD_SLEEP" ] && sleep "$BUILD_SLEEP"
mkdir -p "$DESTDIR/usr/bin" "$DESTDIR/usr/share/doc/extra" "$DESTDIR/var/empty"
printf '#!/bin/sh\necho extra %s\n' "$(cat VERSION)" > "$DESTDIR/usr/bin/extra"
chmod 755 "$DESTDIR/usr/bin/extra"
cp VERSION "$DESTDIR/usr/share/doc/extra/VERSION"
ln -s extra "$DESTDIR/usr/bin/extra-link"
ln -s /usr/bin/env "$DESTDIR/usr/bin/env-abs"
[ -n "$BUILD_FAIL" ] && exit 3
[ -n "$BUILD_KILL" ] && kill -9 $$
exit 0
"#;

impl Extra {
    fn new() -> Extra {
        let env = Env::new();
        let project = Checkout::new(&env, "project");
        let source = project.dir.join("projects/smartos-extra");
        fs::create_dir_all(&source).unwrap();
        git(&source, &["init", "-q"]);
        fs::write(source.join(".gitignore"), "*.o\n").unwrap();
        fs::write(source.join("VERSION"), "1\n").unwrap();
        fs::write(source.join("build.sh"), BUILD_SH).unwrap();
        git(&source, &["add", "."]);
        git(&source, &["commit", "-qm", "one"]);
        let published = env.path("published");
        fs::create_dir_all(&published).unwrap();
        let e = Extra {
            keys: env.keygen("keys/extra"),
            env,
            project,
            source,
            published,
        };
        e.pin("");
        e
    }

    fn pin(&self, url: &str) {
        self.pin_with(url, "");
    }

    /// The pin with `cbe` (more `[cbe]` keys) and `[extra]` fetching from `url`.
    fn pin_with(&self, url: &str, cbe: &str) {
        let extra = format!(
            "[extra]\nsource = \"projects/smartos-extra\"\ndest = \"proto.extra\"\nurls = [{}]\ntrusted_keys = [\"{}\"]\nbuild = \"cd projects/smartos-extra && sh build.sh\"\n",
            if url.is_empty() { String::new() } else { format!("{url:?}") },
            self.keys.public.display()
        );
        self.project
            .pin(&Pin::new("^1").tail(&format!("{cbe}{extra}")));
    }

    /// cbe in the project, for the tests' arch and no platform image.
    fn command(&self) -> Command {
        let mut c = self.project.command(None);
        c.env("CBE_ARCH", ARCH);
        c
    }

    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut c = self.command();
        c.args(["--timeout", "2"]).args(args);
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    }

    fn plan(&self) -> (String, String) {
        let o = self.run(&["extra", "plan"], &[]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let out = String::from_utf8(o.stdout).unwrap();
        let get = |k: &str| {
            out.lines()
                .find_map(|l| l.strip_prefix(&format!("{k}=")))
                .unwrap()
                .to_string()
        };
        (get("action"), get("reason"))
    }

    /// Builds the tree of HEAD into a scratch dir with `cbe extra sync --force-build` (which
    /// stamps it with HEAD's key, as pack requires) and the pin's build command, or `build`.
    fn build_head(&self, build: Option<&str>) -> PathBuf {
        let tree = self.env.path("built");
        let _ = fs::remove_dir_all(&tree);
        let mut args = vec![
            "extra",
            "sync",
            "--force-build",
            "--dest",
            tree.to_str().unwrap(),
        ];
        if let Some(b) = build {
            args.extend(["--build", b]);
        }
        let o = self.run(&args, &[]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        tree
    }

    /// Builds the tree of HEAD into a scratch dir, packs it and publishes it.
    fn publish_head(&self, compression: &str) {
        let tree = self.build_head(None);
        let out = self.env.path("packed");
        let o = self.run(
            &[
                "extra",
                "pack",
                "--tree",
                tree.to_str().unwrap(),
                "--sign",
                self.keys.secret.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
                "--compression",
                compression,
            ],
            &[],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let o = self.run(
            &[
                "extra",
                "publish",
                out.to_str().unwrap(),
                "--to",
                self.published.to_str().unwrap(),
            ],
            &[],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }

    fn dest(&self) -> PathBuf {
        self.project.dir.join("proto.extra")
    }
}

fn tree_of(dir: &Path) -> std::collections::BTreeMap<String, String> {
    let mut m = common::snapshot(dir);
    m.remove(".cbe-extra");
    m
}

#[test]
fn plans_follow_the_checkout() {
    let x = Extra::new();
    let server = Server::start(x.published.clone());
    x.pin(&server.url(""));
    assert_eq!(x.plan(), ("build".into(), "no-published-tarball".into()));
    x.publish_head("zstd");
    let o = x.run(&["extra", "plan"], &[]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("action=download")
            && out.contains("reason=published-tarball")
            && out.contains("url=http://"),
        "{out}"
    );
    let head = String::from_utf8(
        Command::new("git")
            .arg("-C")
            .arg(&x.source)
            .args(["rev-parse", "HEAD"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        out.contains(&format!("key={}/x86_64", head.trim())),
        "{out}"
    );
    // Modified, staged, untracked: dirty, so built.
    fs::write(x.source.join("VERSION"), "2\n").unwrap();
    assert_eq!(x.plan(), ("build".into(), "dirty-tree".into()));
    git(&x.source, &["add", "VERSION"]);
    assert_eq!(x.plan(), ("build".into(), "dirty-tree".into()));
    git(&x.source, &["reset", "-q", "--hard"]);
    fs::write(x.source.join("new-file"), "n").unwrap();
    assert_eq!(x.plan(), ("build".into(), "dirty-tree".into()));
    fs::remove_file(x.source.join("new-file")).unwrap();
    // Ignored only: still clean.
    fs::write(x.source.join("obj.o"), "o").unwrap();
    assert_eq!(x.plan(), ("download".into(), "published-tarball".into()));
    // JSON says the same.
    let v: serde_json::Value =
        serde_json::from_slice(&x.run(&["--json", "extra", "plan"], &[]).stdout).unwrap();
    assert_eq!(v["action"], "download");
    // Sync downloads; then the installed tree is used.
    let o = x.run(&["extra", "sync"], &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        x.plan(),
        ("use-installed".into(), "installed-key-matches".into())
    );
    let out = Command::new(x.dest().join("usr/bin/extra"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "extra 1\n");
    // A modified installed tree is not used.
    fs::write(x.dest().join("usr/share/doc/extra/VERSION"), "tampered").unwrap();
    assert_eq!(x.plan(), ("download".into(), "published-tarball".into()));
    // A new commit with no tarball: build.
    fs::write(x.source.join("VERSION"), "3\n").unwrap();
    git(&x.source, &["commit", "-qam", "three"]);
    assert_eq!(x.plan(), ("build".into(), "no-published-tarball".into()));
    // --no-build turns that into an error (exit 7: not published); a build makes the tree.
    let o = x.run(&["extra", "sync", "--no-build"], &[]);
    assert_eq!(
        o.status.code(),
        Some(7),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = x.run(&["extra", "sync"], &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = Command::new(x.dest().join("usr/bin/extra"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "extra 3\n");
    assert_eq!(
        x.plan(),
        ("use-installed".into(), "installed-key-matches".into())
    );
    assert_eq!(
        x.run(&["extra", "plan", "--force-build"], &[])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn server_failures_and_tampering() {
    let x = Extra::new();
    let server = Server::start(x.published.clone());
    x.pin(&server.url(""));
    // A tree of an earlier commit is in place; failures must leave it.
    let o = x.run(&["extra", "sync", "--force-build"], &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let before = tree_of(&x.dest());
    let stamp = fs::read(x.dest().join(".cbe-extra")).unwrap();
    fs::write(x.source.join("VERSION"), "2\n").unwrap();
    git(&x.source, &["commit", "-qam", "two"]);
    x.publish_head("bzip2");

    server.fault(".manifest", Fault::ServerError);
    let o = x.run(&["extra", "plan"], &[]);
    assert_eq!(
        o.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = x.run(&["extra", "plan", "--fallback-build"], &[]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("reason=download-failed-fallback"));
    server.clear_faults();

    let dead_url = dead_url();
    assert_eq!(
        x.run(&["extra", "plan", "--url", &dead_url], &[])
            .status
            .code(),
        Some(5)
    );

    let tarball = fs::read_dir(x.published.join("x86_64"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(".tar.bz2"))
        .unwrap();
    server.fault(&tarball, Fault::Corrupt);
    let o = x.run(&["extra", "sync"], &[]);
    assert_eq!(
        o.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("SHA-256 mismatch"));
    assert_eq!(tree_of(&x.dest()), before);
    assert_eq!(fs::read(x.dest().join(".cbe-extra")).unwrap(), stamp);
    server.clear_faults();

    // Tampered manifest.
    let manifest = fs::read_dir(x.published.join("x86_64"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".manifest"))
        .unwrap();
    let good = fs::read_to_string(&manifest).unwrap();
    fs::write(
        &manifest,
        good.replace("BUILDER_PLATFORM=", "BUILDER_PLATFORM=x"),
    )
    .unwrap();
    let o = x.run(&["extra", "sync"], &[]);
    assert_eq!(o.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&o.stderr).contains("bad signature"));
    fs::write(&manifest, &good).unwrap();
    // Wrong key.
    let other = x.env.keygen("keys/other");
    let cfg = fs::read_to_string(x.project.dir.join("cbe.toml")).unwrap();
    x.project.write_pin(&cfg.replace(
        x.keys.public.to_str().unwrap(),
        other.public.to_str().unwrap(),
    ));
    assert_eq!(x.run(&["extra", "sync"], &[]).status.code(), Some(4));
    x.project.write_pin(&cfg);
    assert_eq!(tree_of(&x.dest()), before);

    // An interrupted download resumes with Range.
    server.fault(&tarball, Fault::Truncate(40));
    assert_eq!(
        x.run(&["extra", "sync", "--no-build"], &[]).status.code(),
        Some(5)
    );
    server.clear_faults();
    let n = server.requests(&tarball).len();
    let o = x.run(&["extra", "sync", "--no-build"], &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(server.requests(&tarball)[n..]
        .iter()
        .any(|h| h.contains_key("range")));
    assert_eq!(
        tree_of(&x.dest()),
        tree_of(&x.env.path("built")),
        "the downloaded tree is the built one"
    );
}

#[test]
fn failed_or_killed_builds_keep_the_previous_tree_and_concurrent_syncs_build_once() {
    let x = Extra::new();
    let counter = x.env.path("builds");
    let c = counter.to_str().unwrap();
    let o = x.run(&["extra", "sync"], &[("BUILD_COUNTER", c)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let before = tree_of(&x.dest());
    fs::write(x.source.join("VERSION"), "2\n").unwrap();
    git(&x.source, &["commit", "-qam", "two"]);
    let o = x.run(&["extra", "sync"], &[("BUILD_FAIL", "1")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("previous tree"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(tree_of(&x.dest()), before);
    let o = x.run(&["extra", "sync"], &[("BUILD_KILL", "1")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("was killed"));
    assert_eq!(tree_of(&x.dest()), before);
    let leftovers: Vec<_> = fs::read_dir(&x.project.dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("cbe-staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Two syncs at once: one builds, the other finds it done.
    fs::write(&counter, "").unwrap();
    let children: Vec<_> = (0..2)
        .map(|_| {
            x.command()
                .env("BUILD_COUNTER", c)
                .env("BUILD_SLEEP", "0.5")
                .args(["--timeout", "2", "extra", "sync"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for ch in children {
        let o = ch.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(
        fs::read_to_string(&counter).unwrap().lines().count(),
        1,
        "built twice"
    );
    let out = Command::new(x.dest().join("usr/bin/extra"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "extra 2\n");
}

#[test]
fn pack_publish_sync_round_trips_the_tree() {
    for compression in ["zstd", "bzip2"] {
        let x = Extra::new();
        x.publish_head(compression);
        // Publishing again is a no-op; different bytes under the same name are refused.
        let out = x.env.path("packed");
        let o = x.run(
            &[
                "extra",
                "publish",
                out.to_str().unwrap(),
                "--to",
                x.published.to_str().unwrap(),
            ],
            &[],
        );
        assert!(o.status.success());
        let built = tree_of(&x.env.path("built"));
        // Sync on another machine (another root, another project dir), from a file URL.
        let other = Env::new();
        let proj = Checkout::new(&other, "p");
        let src = proj.dir.join("projects/smartos-extra");
        fs::create_dir_all(src.parent().unwrap()).unwrap();
        let st = Command::new("git")
            .args(["clone", "-q"])
            .arg(&x.source)
            .arg(&src)
            .status()
            .unwrap();
        assert!(st.success());
        proj.write_pin(&format!(
            "[extra]\nsource = \"projects/smartos-extra\"\nurls = [\"{}\"]\ntrusted_keys = [\"{}\"]\n",
            x.published.display(), x.keys.public.display()
        ));
        let o = proj
            .command(None)
            .env("CBE_ARCH", ARCH)
            .args(["extra", "sync", "--no-build"])
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{compression}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let got = tree_of(&proj.dir.join("proto.extra"));
        // The same files, modes and symlinks (directory modes aside: staging keeps them owner-writable).
        let strip = |m: std::collections::BTreeMap<String, String>| -> Vec<(String, String)> {
            m.into_iter()
                .filter(|(_, v)| !v.starts_with("dir"))
                .collect()
        };
        assert_eq!(strip(got), strip(built), "{compression}");
        assert!(
            fs::symlink_metadata(proj.dir.join("proto.extra/usr/bin/env-abs"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(proj.dir.join("proto.extra/var/empty").is_dir());
    }
    // Refuse to overwrite with different bytes.
    let x = Extra::new();
    x.publish_head("zstd");
    let tree = x.build_head(Some(
        "cd projects/smartos-extra && sh build.sh && echo different > \"$DESTDIR/usr/share/doc/extra/VERSION\"",
    ));
    let out = x.env.path("packed");
    let o = x.run(
        &[
            "extra",
            "pack",
            "--tree",
            tree.to_str().unwrap(),
            "--sign",
            x.keys.secret.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert!(o.status.success());
    let o = x.run(
        &[
            "extra",
            "publish",
            out.to_str().unwrap(),
            "--to",
            x.published.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("refusing to overwrite"));
    // Pack refuses a dirty checkout and a too-new builder.
    fs::write(x.source.join("VERSION"), "9\n").unwrap();
    let o = x.run(
        &[
            "extra",
            "pack",
            "--tree",
            tree.to_str().unwrap(),
            "--sign",
            x.keys.secret.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    git(&x.source, &["reset", "-q", "--hard"]);
    let o = x.run(
        &[
            "extra",
            "pack",
            "--tree",
            tree.to_str().unwrap(),
            "--sign",
            x.keys.secret.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--min-platform",
            "20180101T000000Z",
        ],
        &[("CBE_PLATFORM_IMAGE", "20240101T000000Z")],
    );
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn illumos_compat_is_checked() {
    let x = Extra::new();
    let illumos = x.env.path("illumos");
    fs::create_dir_all(&illumos).unwrap();
    git(&illumos, &["init", "-q"]);
    fs::write(illumos.join("a"), "1").unwrap();
    git(&illumos, &["add", "."]);
    git(&illumos, &["commit", "-qm", "old"]);
    let old = String::from_utf8(
        Command::new("git")
            .arg("-C")
            .arg(&illumos)
            .args(["rev-parse", "HEAD"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    fs::write(illumos.join("a"), "2").unwrap();
    git(&illumos, &["commit", "-qam", "new"]);
    let new = String::from_utf8(
        Command::new("git")
            .arg("-C")
            .arg(&illumos)
            .args(["rev-parse", "HEAD"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    fs::write(x.source.join("illumos-compat"), &new).unwrap();
    git(&x.source, &["add", "."]);
    git(&x.source, &["commit", "-qm", "compat"]);
    assert!(x
        .run(
            &["extra", "plan", "--illumos", illumos.to_str().unwrap()],
            &[]
        )
        .status
        .success());
    git(&illumos, &["checkout", "-q", old.trim()]);
    let o = x.run(
        &["extra", "plan", "--illumos", illumos.to_str().unwrap()],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("older than"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The crash matrix for `extra sync`: a sync from one published tree to the next is
/// SIGKILLed at every kill point (each member unpacked, the stamp, the swap) and at random
/// instants; the destination must be exactly the old tree or exactly the new one right after
/// the kill, and the next sync must complete it and leave nothing beside it. Without an atomic
/// exchange of two directories (illumos, and Linux built with `portable-os`), one instant lies
/// between the two renames: there the tree is absent and the old one stands aside, complete,
/// and the next sync must put it back or finish.
#[test]
fn killed_sync_leaves_the_old_tree_or_the_new_one() {
    let (max_points, timed) = common::kills::budget();
    // The tree, and the key its stamp names (the stamp's other lines hold mtimes, which
    // differ between unpackings).
    let state = |d: &Path| {
        let mut m = tree_of(d);
        let stamp = fs::read_to_string(d.join(".cbe-extra")).unwrap_or_default();
        m.insert("KEY".into(), stamp.lines().next().unwrap_or("").into());
        m
    };
    let x = Extra::new();
    x.pin(x.published.to_str().unwrap());
    x.publish_head("zstd");
    let sync = |env: &[(&str, &str)]| x.run(&["extra", "sync", "--no-build"], env);
    let o = sync(&[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dest = x.dest();
    let old = state(&dest);
    // The next commit builds a bigger tree: more members, more kill points.
    let mut script = fs::read_to_string(x.source.join("build.sh")).unwrap();
    script = script.replace(
        "exit 0\n",
        "for i in $(seq 30); do echo \"$i $(cat VERSION)\" > \"$DESTDIR/usr/share/doc/extra/f$i\"; done\nexit 0\n",
    );
    fs::write(x.source.join("build.sh"), script).unwrap();
    fs::write(x.source.join("VERSION"), "2\n").unwrap();
    git(&x.source, &["commit", "-qam", "two"]);
    x.publish_head("zstd");
    let saved = x.env.path("saved-dest");
    copy_tree(&dest, &saved);
    let cache = x.env.root.join("var/cache/cbe");
    let reset = || {
        for e in fs::read_dir(&x.project.dir).unwrap().flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.starts_with(".proto.extra.cbe-") && n != ".proto.extra.cbe-lock" {
                fs::remove_dir_all(e.path()).unwrap();
            }
        }
        copy_tree(&saved, &dest);
        let _ = fs::remove_dir_all(&cache);
    };
    let leftovers = || -> Vec<String> {
        fs::read_dir(&x.project.dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".proto.extra.cbe-") && n != ".proto.extra.cbe-lock")
            .collect()
    };
    // Count the kill points, and learn the new state.
    reset();
    let count = x.env.path("points");
    let started = std::time::Instant::now();
    let o = sync(&[("CBE_CRASH_COUNT", count.to_str().unwrap())]);
    let duration = started.elapsed();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let new = state(&dest);
    assert_ne!(old, new);
    let total: usize = fs::read_to_string(&count).unwrap().parse().unwrap();
    assert!(total > 30, "only {total} kill points");
    let mut points = common::kills::points(total, max_points);
    // The swap's own kill points are the last ones: always among those tried.
    points.extend(total.saturating_sub(2)..=total);
    points.sort_unstable();
    points.dedup();
    let (mut saw_old, mut saw_new, mut saw_aside) = (0, 0, 0);
    // The same switch src/os takes: only Linux's own build exchanges the two trees at once.
    let atomic_swap = cfg!(target_os = "linux") && !cfg!(feature = "portable-os");
    let aside = x.project.dir.join(".proto.extra.cbe-old");
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let kills: Vec<Option<usize>> = points
        .iter()
        .map(|&k| Some(k))
        .chain((0..timed).map(|_| None))
        .collect();
    for kill in &kills {
        reset();
        match kill {
            Some(k) => {
                let o = sync(&[("CBE_CRASH_AT", &k.to_string())]);
                assert_eq!(
                    o.status.signal(),
                    Some(9),
                    "kill point {k} of {total} did not kill"
                );
            }
            None => {
                let mut child = x
                    .command()
                    .args(["extra", "sync", "--no-build"])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .unwrap();
                std::thread::sleep(
                    duration.mul_f64((common::kills::xorshift(&mut seed) % 1000) as f64 / 1000.0),
                );
                let _ = child.kill();
                let _ = child.wait();
            }
        }
        let now = state(&dest);
        if now == old {
            saw_old += 1;
        } else if now == new {
            saw_new += 1;
        } else if !atomic_swap && !dest.exists() && state(&aside) == old {
            saw_aside += 1;
        } else {
            panic!("after kill {kill:?} of {total}: the tree is neither the old one nor the new one ({} entries)", now.len());
        }
        let o = sync(&[]);
        assert!(
            o.status.success(),
            "after kill {kill:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(state(&dest), new, "after kill {kill:?}");
        assert!(
            leftovers().is_empty(),
            "after kill {kill:?}: {:?}",
            leftovers()
        );
        assert_eq!(x.plan().0, "use-installed", "after kill {kill:?}");
    }
    assert!(saw_old > 0 && saw_new > 0, "old {saw_old}, new {saw_new}");
    println!(
        "crash-matrix: extra sync ({} swap): {} kills ({} kill points of {total}, {timed} at random instants), {saw_old} left the old tree, {saw_new} the new, {saw_aside} the old one aside (repaired by the next sync), 0 failures",
        if atomic_swap { "atomic" } else { "two-rename" },
        kills.len(),
        points.len()
    );
    if !atomic_swap {
        assert!(saw_aside > 0, "no kill fell between the two renames");
    }
}

/// The tree's lock: `--lock-timeout` is honoured, the wait names the tree (not the project),
/// and the lock file is not left behind in the project's checkout.
#[test]
fn the_tree_lock_honours_lock_timeout_and_leaves_nothing_behind() {
    let x = Extra::new();
    let o = x.run(&["extra", "sync"], &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let lock = x.project.dir.join(".proto.extra.cbe-lock");
    assert!(!lock.exists(), "the lock file was left in the project");
    let mut holder = Command::new("flock")
        .arg(&lock)
        .args(["sleep", "30"])
        .spawn()
        .unwrap();
    while !lock.exists() {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let o = x.run(&["--json", "--lock-timeout", "1", "extra", "sync"], &[]);
    let _ = holder.kill();
    let _ = holder.wait();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(6), "{err}");
    // The wait is in the error's document, before the error it ended in.
    let waits = common::notices(&o.stdout, "lock-wait");
    assert_eq!(waits.len(), 1, "{o:?}");
    assert_eq!(waits[0]["path"], x.dest().to_str().unwrap(), "{waits:?}");
    assert!(
        err.contains(&format!("waiting for the lock on {}", x.dest().display())),
        "{err}"
    );
}

/// `[extra] source` must be the top of a git checkout: a plain directory inside another
/// checkout would be keyed on that checkout's HEAD.
#[test]
fn extra_source_must_be_the_top_of_a_checkout() {
    let x = Extra::new();
    fs::create_dir_all(x.source.join("sub")).unwrap();
    let pin = fs::read_to_string(x.project.dir.join("cbe.toml")).unwrap();
    x.project.write_pin(&pin.replace(
        "source = \"projects/smartos-extra\"",
        "source = \"projects/smartos-extra/sub\"",
    ));
    let o = x.run(&["extra", "plan"], &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        common::one_line(&err).contains("not the top of a git checkout"),
        "{err}"
    );
}

/// The published tarball's file name.
fn tarball(x: &Extra) -> String {
    fs::read_dir(x.published.join("x86_64"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(".tar.zst"))
        .unwrap()
}

/// extra trusts keys as every command does: a key revoked in the pin file or in the pin's
/// line's config.toml is refused, even while `[extra] trusted_keys` still lists it.
#[test]
fn extra_refuses_a_revoked_key() {
    let x = Extra::new();
    x.publish_head("zstd");
    let key = fs::read_to_string(&x.keys.public).unwrap();
    let key = key.lines().last().unwrap().to_string();
    let url = x.published.display().to_string();
    x.pin_with(&url, &format!("revoked_keys = [{key:?}]\n"));
    let o = x.run(&["extra", "sync", "--no-build"], &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(4), "{err}");
    assert!(common::one_line(&err).contains("revoked_keys"), "{err}");
    assert!(!x.dest().exists());
    // The same revocation in the line's configuration.
    x.pin_with(&url, "");
    let cfg = x.env.line(1).join(".cbe");
    fs::create_dir_all(&cfg).unwrap();
    fs::write(
        cfg.join("config.toml"),
        format!("revoked_keys = [{key:?}]\n"),
    )
    .unwrap();
    assert_eq!(
        x.run(&["extra", "sync", "--no-build"], &[]).status.code(),
        Some(4)
    );
    fs::remove_file(cfg.join("config.toml")).unwrap();
    let o = x.run(&["extra", "sync", "--no-build"], &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// extra's downloads go as the line's configuration says: with no rate floor
/// (`min_rate = 0`), a dripping server is abandoned at the configured `deadline`.
#[test]
fn extra_downloads_keep_the_configured_deadline() {
    let x = Extra::new();
    let server = Server::start(x.published.clone());
    x.pin(&server.url(""));
    x.publish_head("zstd");
    let cfg = x.env.line(1).join(".cbe");
    fs::create_dir_all(&cfg).unwrap();
    fs::write(cfg.join("config.toml"), "min_rate = 0\ndeadline = 3\n").unwrap();
    server.fault(&tarball(&x), Fault::Drip);
    let started = std::time::Instant::now();
    let o = x.run(&["extra", "sync", "--no-build"], &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(5), "{err}");
    assert!(common::one_line(&err).contains("deadline of 3 s"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn extra_publish_to_s3_then_sync_through_nginx() {
    let x = Extra::new();
    let tree = x.build_head(None);
    let out = x.env.path("packed");
    let pack = [
        "extra",
        "pack",
        "--tree",
        tree.to_str().unwrap(),
        "--sign",
        x.keys.secret.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    let o = x.run(&pack, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s3 = S3Server::start(&x.env.path("s3"), "extra");
    let vars: Vec<(&str, String)> = s3.env();
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let publish = [
        "extra",
        "publish",
        out.to_str().unwrap(),
        "--to",
        "s3://extra/trees",
    ];
    let o = x.run(&publish, &vars);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let listed = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(
        listed.matches("published s3://extra/trees/").count(),
        3,
        "{listed}"
    );
    // Every file of a tree is named for its commit: created once, cached for a year.
    for e in fs::read_dir(x.env.path("s3/extra/trees").join(ARCH))
        .unwrap()
        .flatten()
    {
        let key = format!("trees/{ARCH}/{}", e.file_name().to_string_lossy());
        let cc = s3.cache_control("extra", &key);
        assert_eq!(
            cc.as_deref(),
            Some("public, max-age=31536000, immutable"),
            "{key}"
        );
    }
    // Again: nothing to publish; other bytes under a published name are refused.
    let o = x.run(&publish, &vars);
    assert!(o.status.success() && !String::from_utf8_lossy(&o.stdout).contains("published"));
    let tarball = fs::read_dir(out.join(ARCH))
        .unwrap()
        .flatten()
        .find(|e| !e.file_name().to_string_lossy().contains(".manifest"))
        .unwrap();
    fs::write(tarball.path(), b"other bytes").unwrap();
    let o = x.run(&publish, &vars);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("with different bytes"), "{err}");
    assert!(err.contains(&format!("s3://extra/trees/{ARCH}/")), "{err}");
    // A project syncs the published tree through nginx serving the bucket.
    let nginx = Nginx::start(&s3.dir, &x.env.path("nginx"));
    x.pin(&format!("{}extra/trees", nginx.url()));
    assert_eq!(x.plan(), ("download".into(), "published-tarball".into()));
    let o = x.run(&["extra", "sync", "--no-build"], &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        fs::read_to_string(x.dest().join("usr/share/doc/extra/VERSION")).unwrap(),
        "1\n"
    );
}
