//! Shared helpers for the integration tests: a scratch root, package building, snapshots.
#![allow(dead_code)]

pub mod nginx;
pub mod server;

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

/// A scratch directory with a root for cbe to work under.
pub struct Env {
    pub dir: tempfile::TempDir,
    pub root: PathBuf,
}

pub const LINE1: &str = "/opt/smartos-cbe/1";

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        fs::create_dir_all(&root).unwrap();
        Env { dir, root }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Runs cbe under this root with `args`.
    pub fn cbe(&self, args: &[&str]) -> Output {
        self.cbe_env(args, &[])
    }

    pub fn cbe_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_cbe"));
        c.arg("--root").arg(&self.root).args(args);
        c.env_remove("CBE_CRASH_AT")
            .env_remove("CBE_PREFIX")
            .env_remove("CBE_LINE")
            .env_remove("CBE_KEY_PASSWORD_FILE");
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    }

    /// Runs cbe and insists it succeeds; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.cbe(args);
        assert!(
            o.status.success(),
            "cbe {args:?} failed ({:?}):\n{}{}",
            o.status.code(),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }

    /// Runs cbe, insists on exit `code`, and returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let o = self.cbe(args);
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(code), "cbe {args:?}: stderr:\n{err}");
        err
    }

    /// The line-1 prefix on disk.
    pub fn prefix(&self) -> PathBuf {
        self.root.join(LINE1.trim_start_matches('/'))
    }

    /// Writes a staged tree: `(path, content)`; content `@->target` makes a symlink,
    /// a trailing `/` on the path makes an empty directory, `!` before content makes it
    /// executable.
    pub fn stage(&self, name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = self.path(&format!("stage/{name}"));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for (p, content) in files {
            let full = dir.join(p);
            if p.ends_with('/') {
                fs::create_dir_all(&full).unwrap();
                continue;
            }
            fs::create_dir_all(full.parent().unwrap()).unwrap();
            if let Some(t) = content.strip_prefix("@->") {
                std::os::unix::fs::symlink(t, &full).unwrap();
            } else if let Some(c) = content.strip_prefix('!') {
                fs::write(&full, c).unwrap();
                fs::set_permissions(&full, fs::Permissions::from_mode(0o755)).unwrap();
            } else {
                fs::write(&full, content).unwrap();
            }
        }
        dir
    }

    /// Builds package `name` (NAME-VERSION) for line 1 from a staged tree.
    pub fn pkg(&self, name: &str, files: &[(&str, &str)], extra: &[&str]) -> PathBuf {
        let stage = self.stage(name, files);
        self.pkg_from(name, &stage, LINE1, extra)
    }

    pub fn pkg_from(&self, name: &str, stage: &Path, prefix: &str, extra: &[&str]) -> PathBuf {
        let out = self.path(&format!("pkgs/{name}.tzst"));
        fs::create_dir_all(out.parent().unwrap()).unwrap();
        let mut args: Vec<&str> = vec![
            "pkg",
            "create",
            "--level",
            "1",
            "--name",
            name,
            "--prefix",
            prefix,
            "--comment",
            "test package",
        ];
        let stage_s = stage.to_str().unwrap();
        let out_s = out.to_str().unwrap();
        args.extend(["--from", stage_s, "-o", out_s]);
        args.extend(extra);
        self.ok(&args);
        out
    }

    /// Every path under the prefix except cbe's own state, with what it is.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        snapshot(&self.prefix())
    }
}

pub fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out
}

fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
    for e in fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
        if rel == ".cbe" {
            continue;
        }
        let md = fs::symlink_metadata(&p).unwrap();
        let desc = if md.file_type().is_symlink() {
            format!("link {}", fs::read_link(&p).unwrap().display())
        } else if md.is_dir() {
            walk(base, &p, out);
            format!("dir {:o}", md.permissions().mode() & 0o7777)
        } else {
            let data = fs::read(&p).unwrap();
            format!(
                "file {:o} {}",
                md.permissions().mode() & 0o7777,
                hex::encode(Sha256::digest(&data))
            )
        };
        out.insert(rel, desc);
    }
}

/// The stderr of a failure must be one line naming what failed.
pub fn one_line(err: &str) -> &str {
    let lines: Vec<&str> = err
        .lines()
        .filter(|l| !l.starts_with("cbe: recovered") && !l.starts_with("cbe: waiting"))
        .collect();
    assert_eq!(lines.len(), 1, "expected a one-line error, got:\n{err}");
    assert!(lines[0].starts_with("cbe: error: "), "{err}");
    lines[0]
}

/// Builds the bundled sample CBE (repos/sample) into signed repositories under `out`, with
/// `CBE_PLATFORM_IMAGE` set to `pi` while its packages are made (recorded as
/// BUILD_PLATFORM). See repos/sample/build.sh for the layout.
pub fn build_sample(out: &Path, pi: Option<&str>) {
    let mut c = Command::new("bash");
    c.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("repos/sample/build.sh"))
        .arg(out)
        .env("CBE", env!("CARGO_BIN_EXE_cbe"));
    match pi {
        Some(p) => c.env("CBE_PLATFORM_IMAGE", p),
        None => c.env_remove("CBE_PLATFORM_IMAGE"),
    };
    let st = c.status().unwrap();
    assert!(st.success(), "repos/sample/build.sh failed");
}

/// Incompressible text of `n` bytes (xorshift), so packages are as big as their content.
pub fn noise(n: usize, seed: u64) -> String {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            char::from(b'a' + (x % 26) as u8)
        })
        .collect()
}

/// The crash matrix's budget: how many kill points each scenario tries
/// (`CBE_CRASH_POINTS`, default 40) and how many kills at random instants
/// (`CBE_CRASH_TIMED`, default 4).
pub fn crash_budget() -> (usize, usize) {
    let get = |k: &str, d: usize| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    (get("CBE_CRASH_POINTS", 40), get("CBE_CRASH_TIMED", 4))
}

/// Which of a run's `total` kill points to try: all of them, or `max` spread evenly from the
/// first to the last.
pub fn kill_points(total: usize, max: usize) -> Vec<usize> {
    if total <= max {
        return (1..=total).collect();
    }
    let mut v: Vec<usize> = (0..max)
        .map(|i| 1 + i * (total - 1) / (max.max(2) - 1))
        .collect();
    v.dedup();
    v
}

/// The next of a sequence of pseudo-random numbers (xorshift), for kills at random instants
/// that are the same on every run.
pub fn xorshift(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}
