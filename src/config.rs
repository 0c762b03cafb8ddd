//! Client configuration of one line: `<prefix>/.cbe/config.toml`, overridable by flags and
//! environment.
//!
//! ```toml
//! repos = ["https://pkg.example.org/cbe/$line/$arch", "https://mirror.example.net/cbe/$line/$arch"]
//! trusted_keys = ["/etc/cbe/keys/cbe-release.pub"]  # paths (relative to this file) or key text
//! revoked_keys = []                                  # key ids or keys no longer trusted
//! cache_dir = "/var/cache/cbe"                       # under --root; shared by all lines
//! parallel = 4                                       # connections at a time (downloads, ranges)
//! timeout = 30                                       # seconds without a byte before giving up
//! min_rate = 1024                                    # bytes/s over `timeout` s, else next mirror
//! deadline = 3600                                    # seconds one transfer may take (default:
//!                                                    # `timeout` + its size at `min_rate`)
//! [[repository]]                                     # further repositories, lower priority
//! name = "extras"                                    # REPOSITORY= its signed release carries
//! urls = ["https://pkg.example.org/extra/$arch"]
//! trusted_keys = ["keys/extras-release.pub"]         # trusted for this repository only
//! ```
//! `repos` are the mirrors of the line's own repository: the first is tried first, the rest
//! when it fails. Each `[[repository]]` is another repository with its own mirrors; when
//! resolving, the first repository that has a match wins.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::core::sign::{Listed, PublicKey};
use crate::core::Prefix;
use crate::error::{Error, Result};
use crate::fetch::FetchOptions;

/// The name of a line's own repository, when its index does not say otherwise.
pub const DEFAULT_REPOSITORY: &str = "cbe";

/// The file as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Mirrors of the line's repository.
    #[serde(default)]
    pub repos: Vec<String>,
    /// Further repositories.
    #[serde(default, rename = "repository")]
    pub repositories: Vec<RepositoryConfig>,
    /// Trusted public keys: paths or key text.
    #[serde(default)]
    pub trusted_keys: Vec<String>,
    /// Revoked keys: key ids (hex) or key text.
    #[serde(default)]
    pub revoked_keys: Vec<String>,
    /// The download cache.
    pub cache_dir: Option<String>,
    /// Downloads at a time.
    pub parallel: Option<usize>,
    /// Seconds without progress before a transfer fails.
    pub timeout: Option<f64>,
    /// Bytes a second a transfer must average over `timeout` seconds, else it is abandoned
    /// and the next mirror tried (0: no floor).
    pub min_rate: Option<u64>,
    /// Seconds one transfer may take at most, whatever its pace.
    pub deadline: Option<f64>,
}

/// One further repository.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepositoryConfig {
    /// The name its signed release must carry (`cbe repo index --name`).
    #[serde(default)]
    pub name: String,
    /// Its mirrors.
    pub urls: Vec<String>,
    /// The keys trusted to sign it (and it alone): paths relative to this file, or key text.
    #[serde(default)]
    pub trusted_keys: Vec<String>,
}

/// What flags and environment say, over the file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--repo`: replaces `repos`.
    pub repos: Vec<String>,
    /// `--trusted-key`: added to `trusted_keys`.
    pub trusted_keys: Vec<String>,
    /// `--cache-dir`.
    pub cache_dir: Option<PathBuf>,
    /// `--parallel`.
    pub parallel: Option<usize>,
    /// `--timeout`.
    pub timeout: Option<f64>,
    /// `--allow-expired`: take a signed index past its EXPIRES, knowingly.
    pub allow_expired: bool,
}

/// One repository: the name its signed release must carry, its mirrors, and the keys trusted
/// to sign it. A key is trusted for the repositories it is listed with, no others.
#[derive(Debug, Clone)]
pub struct Repository {
    /// `REPOSITORY=` in its release.
    pub name: String,
    /// Mirror URLs, `$line` and `$arch` expanded.
    pub mirrors: Vec<String>,
    /// Trusted keys, revoked ones removed.
    pub keys: Vec<PublicKey>,
}

/// The settings a command works with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Repositories in priority order.
    pub repositories: Vec<Repository>,
    /// Take a signed index past its EXPIRES (`--allow-expired`).
    pub allow_expired: bool,
    /// The download cache (on this machine).
    pub cache_dir: PathBuf,
    /// Downloads at a time.
    pub parallel: usize,
    /// Fetching.
    pub fetch: FetchOptions,
}

/// Where a prefix's configuration lives.
pub fn config_path(prefix: &Prefix) -> PathBuf {
    prefix.state.join("config.toml")
}

/// A TOML error as one line that says where: `line 3, column 7: invalid string`.
pub fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim().replace('\n', " ");
    let Some(span) = e.span() else {
        return message;
    };
    let before = &text[..span.start.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    format!("line {line}, column {column}: {message}")
}

/// Reads a configuration file (none is an empty configuration).
pub fn read(path: &Path) -> Result<ConfigFile> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| {
            Error::malformed(
                path,
                format!("{}; fix the file (see `man cbe`)", toml_error(&text, &e)),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ConfigFile::default()),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Sets the string-list keys `lists` in the configuration file at `path` (made if missing),
/// editing it as TOML: every other key, table (`[[repository]]`) and comment stays as the
/// user wrote it, since cbe owns only the keys it sets.
pub fn set_lists(path: &Path, lists: &[(&str, &[String])]) -> Result<()> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            "# Written by cbe ensure from the project's pin file.\n".to_string()
        }
        Err(e) => return Err(Error::io(path, e)),
    };
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        Error::malformed(
            path,
            format!("{}; fix the file (see `man cbe`)", e.message()),
        )
    })?;
    for (key, values) in lists {
        let array: toml_edit::Array = values.iter().map(String::as_str).collect();
        match doc.get_mut(key).and_then(|i| i.as_value_mut()) {
            // In place: the comments around the key stay where they were.
            Some(v) => {
                let decor = v.decor().clone();
                *v = toml_edit::Value::Array(array);
                *v.decor_mut() = decor;
            }
            None => doc[*key] = toml_edit::value(array),
        }
    }
    crate::fsutil::write_atomic(path, doc.to_string().as_bytes())
}

/// The line number of a prefix `/opt/smartos-cbe/N`, if it is one.
pub fn line_of(prefix: &str) -> Option<u64> {
    prefix
        .strip_prefix("/opt/smartos-cbe/")
        .and_then(|n| n.parse().ok())
}

/// Expands `$line` and `$arch` in a repository URL.
pub fn expand(url: &str, line: Option<u64>, arch: &str) -> String {
    let line = line.map(|l| l.to_string()).unwrap_or_default();
    url.replace("$line", &line)
        .replace("${line}", &line)
        .replace("$arch", arch)
        .replace("${arch}", arch)
}

/// The key ids `revoked_keys` names (each a key id, or a key's text), upper-case as
/// minisign prints them.
pub fn revoked_ids(revoked_keys: &[String]) -> Vec<String> {
    revoked_keys
        .iter()
        .map(|r| match crate::core::sign::PublicKey::parse(r) {
            Ok(k) => k.id_hex(),
            Err(_) => r.trim().to_ascii_uppercase(),
        })
        .collect()
}

/// The keys no longer trusted, from every `revoked_keys` that applies (a line's
/// config.toml, the pin file): the one filter every trusted key passes through, whichever
/// command reads it.
#[derive(Debug, Clone, Default)]
pub struct Revoked(Vec<String>);

impl Revoked {
    /// The union of `lists` of `revoked_keys` entries.
    pub fn of(lists: &[&[String]]) -> Revoked {
        Revoked(lists.iter().flat_map(|l| revoked_ids(l)).collect())
    }

    /// The keys `texts` name (files relative to `base`, or key text), revoked ones left out:
    /// a revoked key is not trusted even while a file still lists it.
    pub fn trusted(&self, texts: &[String], base: &Path, listed: Listed) -> Result<Vec<PublicKey>> {
        let mut v = Vec::new();
        for k in texts {
            let k = crate::core::sign::read_public_key(k, base, listed)?;
            if !self.0.contains(&k.id_hex()) {
                v.push(k);
            }
        }
        Ok(v)
    }
}

/// How transfers go for a line: its configuration file (`file`, read from `path`) under the
/// flags' overrides, checked. Every command that downloads takes these, extra's too.
#[derive(Debug, Clone)]
pub struct Transfers {
    /// The download cache (on this machine).
    pub cache_dir: PathBuf,
    /// Downloads at a time.
    pub parallel: usize,
    /// Timeout, rate floor and deadline of each transfer.
    pub fetch: FetchOptions,
}

/// [`Transfers`] of `file` (read from `path`) with the overrides `o`, under `root`.
pub fn transfers(root: &Path, path: &Path, file: &ConfigFile, o: &Overrides) -> Result<Transfers> {
    let cache_dir = match (&o.cache_dir, &file.cache_dir) {
        (Some(d), _) => d.clone(),
        (None, Some(d)) => root.join(d.trim_start_matches('/')),
        (None, None) => default_cache_dir(root),
    };
    let timeout = o.timeout.or(file.timeout).unwrap_or(30.0);
    if !(timeout > 0.0 && timeout.is_finite()) {
        return Err(Error::Usage(format!(
            "timeout {timeout} must be a positive number of seconds"
        )));
    }
    let parallel = o.parallel.or(file.parallel).unwrap_or(4);
    if !(1..=32).contains(&parallel) {
        return Err(Error::Usage(format!(
            "parallel {parallel}: downloads at a time must be 1 to 32"
        )));
    }
    let deadline = file
        .deadline
        .map(|d| {
            if d > 0.0 && d.is_finite() {
                Ok(Duration::from_secs_f64(d))
            } else {
                Err(Error::malformed(
                    path,
                    format!("deadline = {d}: must be a positive number of seconds; fix the file"),
                ))
            }
        })
        .transpose()?;
    Ok(Transfers {
        cache_dir,
        parallel,
        fetch: FetchOptions {
            timeout: Duration::from_secs_f64(timeout),
            min_rate: file.min_rate.unwrap_or(crate::fetch::DEFAULT_MIN_RATE),
            deadline,
            ..FetchOptions::default()
        },
    })
}

/// Settings for `prefix` on a machine of `arch`, from its file and the overrides.
pub fn settings(root: &Path, prefix: &Prefix, arch: &str, o: &Overrides) -> Result<Settings> {
    let path = config_path(prefix);
    let file = read(&path)?;
    let base = path.parent().unwrap_or(Path::new("/")).to_path_buf();
    let line = line_of(&prefix.name);
    let revoked = Revoked::of(&[&file.revoked_keys]);
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    let mut repositories = Vec::new();
    let main = if o.repos.is_empty() {
        &file.repos
    } else {
        &o.repos
    };
    if !main.is_empty() {
        let mut main_keys = revoked.trusted(&file.trusted_keys, &base, Listed::In(&path))?;
        main_keys.extend(revoked.trusted(&o.trusted_keys, &cwd, Listed::Flag)?);
        repositories.push(Repository {
            name: DEFAULT_REPOSITORY.to_string(),
            mirrors: main.iter().map(|u| expand(u, line, arch)).collect(),
            keys: main_keys,
        });
    }
    for r in &file.repositories {
        if !crate::core::names::is_repository_name(&r.name) {
            return Err(Error::malformed(
                &path,
                "every [[repository]] needs a name = \"NAME\" (the --name its index was made with): fix the file",
            ));
        }
        repositories.push(Repository {
            name: r.name.clone(),
            mirrors: r.urls.iter().map(|u| expand(u, line, arch)).collect(),
            keys: revoked.trusted(&r.trusted_keys, &base, Listed::In(&path))?,
        });
    }
    let t = transfers(root, &path, &file, o)?;
    Ok(Settings {
        repositories,
        allow_expired: o.allow_expired,
        cache_dir: t.cache_dir,
        parallel: t.parallel,
        fetch: t.fetch,
    })
}

/// The download cache when neither `--cache-dir` nor the configuration names one: under
/// `--root` (`<root>/var/cache/cbe`, shared by every line), except for a user other than
/// root working on the real root, who cannot write `/var/cache` and must not share it:
/// `$XDG_CACHE_HOME/cbe`, else `~/.cache/cbe`, as other per-user tools do.
pub fn default_cache_dir(root: &Path) -> PathBuf {
    let xdg = std::env::var_os("XDG_CACHE_HOME").map(PathBuf::from);
    let home = std::env::var_os("HOME").map(PathBuf::from);
    cache_dir_for(root, nix::unistd::geteuid().is_root(), xdg, home)
}

fn cache_dir_for(
    root: &Path,
    is_root: bool,
    xdg: Option<PathBuf>,
    home: Option<PathBuf>,
) -> PathBuf {
    let shared = root.join("var/cache/cbe");
    if is_root || root != Path::new("/") {
        return shared;
    }
    // XDG asks for an absolute path and says to ignore anything else.
    match (xdg.filter(|x| x.is_absolute()), home) {
        (Some(x), _) => x.join("cbe"),
        (None, Some(h)) if h.is_absolute() => h.join(".cache/cbe"),
        _ => shared,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_errors_say_where() {
        let text = "repos = [\"a\"]\ntimeout = \"x\n";
        let e = toml::from_str::<ConfigFile>(text).unwrap_err();
        let msg = toml_error(text, &e);
        assert!(
            msg.starts_with("line 2, column 13: invalid basic string"),
            "{msg}"
        );
        let e = toml::from_str::<ConfigFile>("timeout = true\n").unwrap_err();
        assert!(toml_error("timeout = true\n", &e).starts_with("line 1, column 11: "));
    }

    #[test]
    fn a_user_on_the_real_root_gets_a_cache_of_their_own() {
        let p = |s: &str| Some(PathBuf::from(s));
        let root = Path::new("/");
        assert_eq!(
            cache_dir_for(root, true, p("/x"), p("/root")),
            Path::new("/var/cache/cbe")
        );
        assert_eq!(
            cache_dir_for(root, false, p("/home/u/.xdg"), p("/home/u")),
            Path::new("/home/u/.xdg/cbe")
        );
        assert_eq!(
            cache_dir_for(root, false, p("relative"), p("/home/u")),
            Path::new("/home/u/.cache/cbe")
        );
        assert_eq!(
            cache_dir_for(root, false, None, None),
            Path::new("/var/cache/cbe")
        );
        assert_eq!(
            cache_dir_for(Path::new("/tmp/r"), false, p("/x"), p("/home/u")),
            Path::new("/tmp/r/var/cache/cbe")
        );
    }
}
