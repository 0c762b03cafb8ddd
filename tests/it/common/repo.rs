//! Signed repositories as `cbe repo` makes them (keys, packages in All/, the index and its
//! signed release), and cbe as their client.

use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::env::{cbe_command, expect_code, expect_ok, line_prefix, Env};
use super::nginx::Nginx;
use super::server::Server;

/// The oldest platform image every test repository supports.
pub const MIN_PLATFORM: &str = "20180329T002515Z";

/// A platform image newer than every test repository's oldest.
pub const NEW_PLATFORM: &str = "20240101T000000Z";

/// The arch test repositories are built for and their clients claim, whatever machine runs
/// the tests, so that plans and messages are the same everywhere.
pub const ARCH: &str = "x86_64";

/// A signing key pair, as `cbe repo keygen` (or `minisign -G`) writes it.
#[derive(Clone, Debug)]
pub struct Keys {
    pub secret: PathBuf,
    pub public: PathBuf,
}

impl Keys {
    /// The pair at `base` (`base.key`, `base.pub`), made or not.
    pub fn at(base: &Path) -> Keys {
        Keys {
            secret: base.with_extension("key"),
            public: base.with_extension("pub"),
        }
    }
}

/// What an Env does for repositories: keys, and clients under its root.
impl Env {
    /// A new signing key pair at `rel` (`rel.key`, `rel.pub`), the secret key without a
    /// password.
    pub fn keygen(&self, rel: &str) -> Keys {
        let base = self.path(rel);
        fs::create_dir_all(base.parent().unwrap()).unwrap();
        self.ok(&["repo", "keygen", "--unencrypted", base.to_str().unwrap()]);
        Keys::at(&base)
    }

    /// A new signing key pair at `rel` whose secret key is protected by the password on the
    /// first line of `password_file`.
    pub fn keygen_protected(&self, rel: &str, password_file: &Path) -> Keys {
        let base = self.path(rel);
        fs::create_dir_all(base.parent().unwrap()).unwrap();
        let pw = password_file.to_str().unwrap();
        self.ok(&[
            "--password-file",
            pw,
            "repo",
            "keygen",
            base.to_str().unwrap(),
        ]);
        Keys::at(&base)
    }

    /// A client under this root, of no repository yet (see [`Client`]).
    pub fn client(&self) -> Client {
        Client::new(&self.root)
    }
}

/// A repository directory being built: packages go into All/, `index` makes and signs the
/// release. Packages are built for the line's prefix.
pub struct SignedRepo<'e> {
    env: &'e Env,
    pub dir: PathBuf,
    pub keys: Keys,
    line: u32,
    /// None: cbe's own default, this machine's arch.
    arch: Option<&'static str>,
    /// `--build-info` values every package gets.
    build_info: Vec<String>,
    /// `--name`: None for cbe's default (`cbe`, a line's own repository).
    name: Option<&'static str>,
    /// `--password-file` for signing, when the keys are password-protected.
    password_file: Option<PathBuf>,
}

impl<'e> SignedRepo<'e> {
    /// An empty repository at `env/<name>` for line 1 and [`ARCH`], with keys of its own
    /// (`env/keys/<name>.{key,pub}`).
    pub fn new(env: &'e Env, name: &str) -> SignedRepo<'e> {
        let keys = env.keygen(&format!("keys/{name}"));
        SignedRepo::open(env, env.path(name), keys)
    }

    /// The repository in `dir` (made if missing), signed with `keys`.
    pub fn open(env: &'e Env, dir: PathBuf, keys: Keys) -> SignedRepo<'e> {
        fs::create_dir_all(dir.join("All")).unwrap();
        SignedRepo {
            env,
            dir,
            keys,
            line: 1,
            arch: Some(ARCH),
            build_info: Vec::new(),
            name: None,
            password_file: None,
        }
    }

    pub fn line(mut self, line: u32) -> Self {
        self.line = line;
        self
    }

    /// Packages and index for this machine's arch (cbe's default), as the sample is built.
    pub fn host_arch(mut self) -> Self {
        self.arch = None;
        self
    }

    /// Signs with `--password-file FILE`: the keys are password-protected.
    pub fn password_file(mut self, file: &Path) -> Self {
        self.password_file = Some(file.to_path_buf());
        self
    }

    /// The repository's name in its signed release (`--name`), for a `[[repository]]`.
    pub fn name(mut self, name: &'static str) -> Self {
        self.name = Some(name);
        self
    }

    /// A `KEY=VALUE` every package built from now on records in its BUILD_INFO.
    pub fn build_info(mut self, kv: &str) -> Self {
        self.build_info.push(kv.to_string());
        self
    }

    /// Builds package `name` (NAME-VERSION) from `files` (as [`Env::stage`] takes them) with
    /// the `pkg create` arguments `extra`, into All/.
    pub fn add(&self, name: &str, files: &[(&str, &str)], extra: &[&str]) -> PathBuf {
        let arch = self.arch.map(|a| format!("MACHINE_ARCH={a}"));
        let mut args: Vec<&str> = Vec::new();
        for kv in arch.iter().chain(&self.build_info) {
            args.extend(["--build-info", kv]);
        }
        args.extend_from_slice(extra);
        let stage = self.env.stage(name, files);
        let p = self
            .env
            .pkg_from(name, &stage, &line_prefix(self.line), &args);
        self.add_file(&p)
    }

    /// Copies a package file made elsewhere into All/.
    pub fn add_file(&self, pkg: &Path) -> PathBuf {
        let dest = self.dir.join("All").join(pkg.file_name().unwrap());
        fs::copy(pkg, &dest).unwrap();
        dest
    }

    /// Takes package `name` (NAME-VERSION) out of All/.
    pub fn remove(&self, name: &str) {
        fs::remove_file(self.dir.join("All").join(format!("{name}.tzst"))).unwrap();
    }

    /// Indexes All/ as `release` of the line and signs it.
    pub fn index(&self, release: &str) {
        let line = self.line.to_string();
        let mut args = vec!["repo", "index", self.dir.to_str().unwrap()];
        args.extend(["--line", &line, "--release", release]);
        if let Some(a) = self.arch {
            args.extend(["--machine-arch", a]);
        }
        args.extend(["--min-platform", MIN_PLATFORM]);
        if let Some(n) = self.name {
            args.extend(["--name", n]);
        }
        args.extend(["--sign", self.keys.secret.to_str().unwrap()]);
        self.password_args(&mut args);
        self.env.ok(&args);
    }

    /// Signs the release file as it is now with the repository's keys.
    pub fn sign(&self) {
        self.sign_with(&[&self.keys]);
    }

    /// Signs the release file as it is now with every one of `keys` instead.
    pub fn sign_with(&self, keys: &[&Keys]) {
        let mut args = vec!["repo", "sign", self.dir.to_str().unwrap()];
        for k in keys {
            args.extend(["--sign", k.secret.to_str().unwrap()]);
        }
        self.password_args(&mut args);
        self.env.ok(&args);
    }

    /// `--password-file FILE` when the repository has one.
    fn password_args<'a>(&'a self, args: &mut Vec<&'a str>) {
        if let Some(f) = &self.password_file {
            args.extend(["--password-file", f.to_str().unwrap()]);
        }
    }

    /// Rewrites the release's DATE and signs it again with the repository's keys.
    pub fn set_date(&self, date: &str) {
        let p = self.dir.join("release");
        let text: String = fs::read_to_string(&p)
            .unwrap()
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
        self.sign();
    }

    /// Replaces the signed index's pkg_summary with `edit` of it, and signs the release again,
    /// as a repository with such a summary would be published.
    pub fn edit_summary(&self, edit: impl Fn(&str) -> String) {
        use sha2::{Digest, Sha256};
        let old = fs::read(self.dir.join("pkg_summary.zst")).unwrap();
        let text = edit(&String::from_utf8(zstd::decode_all(old.as_slice()).unwrap()).unwrap());
        for ext in ["zst", "bz2", "gz"] {
            let _ = fs::remove_file(self.dir.join(format!("pkg_summary.{ext}")));
        }
        fs::write(self.dir.join("pkg_summary"), &text).unwrap();
        let release: String = fs::read_to_string(self.dir.join("release"))
            .unwrap()
            .lines()
            .map(|l| match l.split_once('=') {
                Some(("SUMMARY_SHA256", _)) => format!(
                    "SUMMARY_SHA256={}\n",
                    hex::encode(Sha256::digest(text.as_bytes()))
                ),
                Some(("SUMMARY_SIZE", _)) => format!("SUMMARY_SIZE={}\n", text.len()),
                _ => format!("{l}\n"),
            })
            .collect();
        fs::write(self.dir.join("release"), release).unwrap();
        self.sign();
    }

    /// The tests' own HTTP server on 127.0.0.1 serving the repository, until dropped.
    pub fn serve(&self) -> Server {
        Server::start(self.dir.clone())
    }

    /// nginx on 127.0.0.1 serving the repository, until dropped.
    pub fn nginx(&self) -> Nginx {
        Nginx::start(&self.dir, &self.env.path("nginx"))
    }

    /// A client of this repository at `url` that trusts its key, giving up after 2 s.
    pub fn client(&self, url: &str) -> Client {
        self.env
            .client()
            .repo(url)
            .trust(&self.keys.public)
            .timeout(2)
    }
}

/// cbe as a client of repositories for line 1 under a root: `--cbe 1`, then `--repo`,
/// `--trusted-key`, `--timeout` and `--cache-dir` in the order given, claiming [`ARCH`].
#[derive(Clone)]
pub struct Client {
    root: PathBuf,
    args: Vec<OsString>,
}

impl Client {
    pub fn new(root: &Path) -> Client {
        Client {
            root: root.to_path_buf(),
            args: vec!["--cbe".into(), "1".into()],
        }
    }

    fn arg(mut self, flag: &str, value: impl AsRef<OsStr>) -> Self {
        self.args.push(flag.into());
        self.args.push(value.as_ref().to_owned());
        self
    }

    /// A repository URL or directory; another one is a mirror.
    pub fn repo(self, url: impl AsRef<OsStr>) -> Self {
        self.arg("--repo", url)
    }

    pub fn trust(self, public_key: &Path) -> Self {
        self.arg("--trusted-key", public_key)
    }

    pub fn timeout(self, secs: u32) -> Self {
        self.arg("--timeout", secs.to_string())
    }

    pub fn cache_dir(self, dir: &Path) -> Self {
        self.arg("--cache-dir", dir)
    }

    /// The command with this client's arguments, to add the verb to.
    pub fn command(&self) -> Command {
        let mut c = cbe_command(&self.root);
        c.args(&self.args).env("CBE_ARCH", ARCH);
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command().args(args).output().unwrap()
    }

    /// `pkg_info`: the names of the installed packages, sorted.
    pub fn installed(&self) -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&self.ok(&["--json", "list"])).unwrap();
        let mut names: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect();
        names.sort();
        names
    }

    /// Runs and insists it succeeds; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        expect_ok(args, self.run(args))
    }

    /// Runs, insists on exit `code`, and returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        expect_code(args, self.run(args), code)
    }
}
