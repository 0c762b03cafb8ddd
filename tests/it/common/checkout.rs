//! Where a client is told its repositories: a project checkout whose cbe.toml pins a CBE (cbe
//! run from inside it, as ./configure runs it), and a line's own config.toml.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::env::{cbe, line_prefix, Env};
use super::repo::NEW_PLATFORM;

/// Repositories and trusted keys, as a pin file's `[cbe]` section and a line's config.toml
/// both list them.
#[derive(Clone, Default)]
pub struct Sources {
    repos: Vec<String>,
    trusted_keys: Vec<String>,
}

impl Sources {
    /// A repository URL or directory; `$line` and `$arch` are cbe's to fill in.
    pub fn repo(mut self, url: impl std::fmt::Display) -> Self {
        self.repos.push(url.to_string());
        self
    }

    /// A public key's file; a relative one is relative to the file that names it.
    pub fn trust(mut self, key: impl AsRef<Path>) -> Self {
        self.trusted_keys.push(key.as_ref().display().to_string());
        self
    }

    /// The `repos` and `trusted_keys` lines, each only if it lists something.
    fn toml(&self) -> String {
        let mut s = String::new();
        for (key, list) in [("repos", &self.repos), ("trusted_keys", &self.trusted_keys)] {
            if !list.is_empty() {
                let quoted: Vec<String> = list.iter().map(|v| format!("{v:?}")).collect();
                s.push_str(&format!("{key} = [{}]\n", quoted.join(", ")));
            }
        }
        s
    }
}

/// Writes line `line`'s `<prefix>/.cbe/config.toml` under `root`: `sources`, then `tail` (more
/// keys, other tables).
/// A `[[repository]]` table of a line's config.toml: its name, one mirror, one trusted key.
pub fn repository_toml(name: &str, url: &Path, key: &Path) -> String {
    format!(
        "[[repository]]\nname = {name:?}\nurls = [{:?}]\ntrusted_keys = [{:?}]\n",
        url.display().to_string(),
        key.display().to_string()
    )
}

pub fn write_config(root: &Path, line: u32, sources: &Sources, tail: &str) {
    let dir = root
        .join(line_prefix(line).trim_start_matches('/'))
        .join(".cbe");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("config.toml"), format!("{}{tail}", sources.toml())).unwrap();
}

/// A checkout's pin file: the `[cbe]` section asking for a version of a line.
pub struct Pin {
    version: String,
    sources: Sources,
    min_platform: Option<String>,
    tail: String,
}

impl Pin {
    /// Asks for `version` (a requirement such as `^1.0`).
    pub fn new(version: &str) -> Pin {
        Pin {
            version: version.to_string(),
            sources: Sources::default(),
            min_platform: None,
            tail: String::new(),
        }
    }

    pub fn repo(mut self, url: impl std::fmt::Display) -> Self {
        self.sources = self.sources.repo(url);
        self
    }

    pub fn trust(mut self, key: impl AsRef<Path>) -> Self {
        self.sources = self.sources.trust(key);
        self
    }

    /// The oldest platform image the project builds on (any text: tests give bad ones too).
    pub fn min_platform(mut self, stamp: &str) -> Self {
        self.min_platform = Some(stamp.to_string());
        self
    }

    /// TOML after the `[cbe]` section's keys (other tables, such as `[extra]`).
    pub fn tail(mut self, toml: &str) -> Self {
        self.tail = toml.to_string();
        self
    }

    pub fn toml(&self) -> String {
        let mut s = format!(
            "[cbe]\nversion = {:?}\n{}",
            self.version,
            self.sources.toml()
        );
        if let Some(m) = &self.min_platform {
            s.push_str(&format!("min_platform = {m:?}\n"));
        }
        s + &self.tail
    }
}

/// A project checkout with a cbe.toml at its top, and cbe run from inside it with its root in
/// CBE_ROOT, as ./configure runs it.
pub struct Checkout {
    pub dir: PathBuf,
    cwd: PathBuf,
    root: PathBuf,
}

impl Checkout {
    /// The checkout `env/<name>`; cbe's root is the Env's.
    pub fn new(env: &Env, name: &str) -> Checkout {
        let dir = env.path(name);
        fs::create_dir_all(&dir).unwrap();
        Checkout {
            cwd: dir.clone(),
            dir,
            root: env.root.clone(),
        }
    }

    /// Runs cbe in `sub` (made) below the top, from where the pin file must be looked for.
    pub fn run_in(mut self, sub: &str) -> Self {
        self.cwd = self.dir.join(sub);
        fs::create_dir_all(&self.cwd).unwrap();
        self
    }

    /// Another root than the Env's, as on a second machine.
    pub fn root(mut self, root: PathBuf) -> Self {
        self.root = root;
        self
    }

    pub fn pin(&self, pin: &Pin) {
        self.write_pin(&pin.toml());
    }

    /// Writes cbe.toml as given, for pin files no [`Pin`] makes.
    pub fn write_pin(&self, text: &str) {
        fs::write(self.dir.join("cbe.toml"), text).unwrap();
    }

    /// cbe from inside the checkout, on platform image `platform` (None: not SmartOS, no
    /// override).
    pub fn command(&self, platform: Option<&str>) -> Command {
        let mut c = cbe();
        c.current_dir(&self.cwd).env("CBE_ROOT", &self.root);
        if let Some(p) = platform {
            c.env("CBE_PLATFORM_IMAGE", p);
        }
        c
    }

    pub fn run(&self, args: &[&str], platform: Option<&str>) -> Output {
        self.command(platform).args(args).output().unwrap()
    }

    /// Runs on a new-enough platform image and insists it succeeds.
    pub fn ok(&self, args: &[&str]) -> Output {
        let o = self.run(args, Some(NEW_PLATFORM));
        assert!(
            o.status.success(),
            "cbe {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        o
    }
}
