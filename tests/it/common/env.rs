//! The scratch directory a test works in: a root for cbe under a temporary directory, staged
//! trees and the packages built from them, snapshots of what a prefix holds.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

/// Line 1's prefix, as packages are built for it.
pub const LINE1: &str = "/opt/smartos-cbe/1";

/// Line `n`'s prefix, as packages are built for it.
pub fn line_prefix(n: u32) -> String {
    format!("/opt/smartos-cbe/{n}")
}

/// Drops every `CBE_*` variable `c` would inherit, and the proxy and AWS variables: a
/// developer's shell must not change what a test sees (nor send its 127.0.0.1 traffic through
/// a proxy). Variables set on `c` afterwards stay.
pub fn clean_env(c: &mut Command) -> &mut Command {
    for (k, _) in std::env::vars_os() {
        let k8 = k.to_string_lossy().to_ascii_uppercase();
        if k8.starts_with("CBE_") || k8.ends_with("_PROXY") || k8.starts_with("AWS_") {
            c.env_remove(k);
        }
    }
    c
}

/// The cbe under test, with a clean environment.
pub fn cbe() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cbe"));
    clean_env(&mut c);
    c
}

/// [`cbe`] with every path under `root`.
pub fn cbe_command(root: &Path) -> Command {
    let mut c = cbe();
    c.arg("--root").arg(root);
    c
}

/// Insists `o` (of cbe `args`) succeeded; returns its stdout.
pub fn expect_ok(args: &[&str], o: Output) -> String {
    assert!(
        o.status.success(),
        "cbe {args:?} failed ({:?}):\n{}{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// Insists `o` (of cbe `args`) exited with `code`; returns its stderr.
pub fn expect_code(args: &[&str], o: Output, code: i32) -> String {
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(code), "cbe {args:?}: stderr:\n{err}");
    err
}

/// `git -C dir args` with a fixed author, insisting it succeeds.
pub fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// `cp -a from to`, replacing `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    let _ = fs::remove_dir_all(to);
    let st = Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .unwrap();
    assert!(st.success(), "cp -a {} {}", from.display(), to.display());
}

/// A scratch directory with a root for cbe to work under.
pub struct Env {
    pub dir: tempfile::TempDir,
    pub root: PathBuf,
}

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

    /// cbe under this root, to add arguments to.
    pub fn command(&self) -> Command {
        cbe_command(&self.root)
    }

    /// Runs cbe under this root with `args`.
    pub fn cbe(&self, args: &[&str]) -> Output {
        self.cbe_env(args, &[])
    }

    pub fn cbe_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut c = self.command();
        c.args(args);
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    }

    /// Runs cbe and insists it succeeds; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        expect_ok(args, self.cbe(args))
    }

    /// Runs cbe, insists on exit `code`, and returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        expect_code(args, self.cbe(args), code)
    }

    /// The line-1 prefix on disk.
    pub fn prefix(&self) -> PathBuf {
        self.line(1)
    }

    /// Line `n`'s prefix on disk.
    pub fn line(&self, n: u32) -> PathBuf {
        self.root.join(line_prefix(n).trim_start_matches('/'))
    }

    /// Writes a staged tree: `(path, content)`; content `@->target` makes a symlink,
    /// a trailing `/` on the path makes an empty directory, `!` before content makes it
    /// executable.
    pub fn stage(&self, name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = self.path(&format!("stage/{name}"));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for (p, content) in files {
            write_staged(&dir.join(p), p.ends_with('/'), content);
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

/// One entry of [`Env::stage`].
fn write_staged(full: &Path, is_dir: bool, content: &str) {
    if is_dir {
        fs::create_dir_all(full).unwrap();
        return;
    }
    fs::create_dir_all(full.parent().unwrap()).unwrap();
    if let Some(t) = content.strip_prefix("@->") {
        std::os::unix::fs::symlink(t, full).unwrap();
    } else if let Some(c) = content.strip_prefix('!') {
        fs::write(full, c).unwrap();
        fs::set_permissions(full, fs::Permissions::from_mode(0o755)).unwrap();
    } else {
        fs::write(full, content).unwrap();
    }
}

/// Every path under `dir` except a top-level `.cbe`, with its type, mode and content digest.
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
