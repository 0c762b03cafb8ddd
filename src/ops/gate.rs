//! `cbe repo check`: the publish gate. Installs every package into a scratch root, upgrades a
//! scratch root holding the previous release, runs each package's smoke test, and checks the
//! index against the files: digests, prefixes, dependencies, file ownership, build platforms.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Serialize;

use crate::core::sign::{PublicKey, Signature};
use crate::error::{Error, IoContext, Refusal, Result};
use crate::package::summary::RemotePkg;
use crate::package::{self, Metadata};
use crate::platform::Stamp;
use crate::release::diff::ChangeKind;
use crate::release::{read_repo, verify};
use crate::repo::release::SIGNATURE_FILE;
use crate::repo::release::{Release, RELEASE_FILE};
use crate::report::{count, Notice, Reporter};
use crate::transaction::{LockOptions, Prefix};

use super::install::{self, InstallOptions, Progress};
use super::{Sources, Target};
use crate::version::pkg_match;

/// How one check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CheckResult {
    /// Passed.
    Success,
    /// Failed: the release must not be published.
    Failure,
    /// Could not be checked (no key given, no smoke test).
    Untested,
}

impl std::fmt::Display for CheckResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `pad`, so that tables can align it.
        f.pad(match self {
            CheckResult::Success => "SUCCESS",
            CheckResult::Failure => "FAILURE",
            CheckResult::Untested => "UNTESTED",
        })
    }
}

/// One line of the report.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// How it came out.
    pub result: CheckResult,
    /// What was checked.
    pub check: String,
    /// The package (or `-` for the repository).
    pub package: String,
    /// Detail.
    pub detail: String,
}

/// The whole report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Every check.
    pub rows: Vec<Row>,
    /// The output of failing smoke tests and scenarios.
    pub outputs: Vec<(String, String)>,
}

impl Report {
    fn add(&mut self, ok: Option<bool>, check: &str, package: &str, detail: impl Into<String>) {
        self.rows.push(Row {
            result: match ok {
                Some(true) => CheckResult::Success,
                Some(false) => CheckResult::Failure,
                None => CheckResult::Untested,
            },
            check: check.to_string(),
            package: package.to_string(),
            detail: detail.into(),
        });
    }

    /// Whether anything failed.
    pub fn failed(&self) -> bool {
        self.rows.iter().any(|r| r.result == CheckResult::Failure)
    }
}

/// How long a smoke test runs before the first "still running" line, and then between two:
/// a hung test is seen at once, not after the whole --smoke-timeout in silence.
const HEARTBEAT_FIRST: std::time::Duration = std::time::Duration::from_secs(3);
const HEARTBEAT_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// Runs `cmd` in a process group of its own with its output captured; after `timeout` the
/// whole group is killed and the status is `None`. While it runs, `still_running` hears how
/// long it has, after [`HEARTBEAT_FIRST`] and then every [`HEARTBEAT_EVERY`].
fn run_with_timeout(
    mut cmd: Command,
    timeout: std::time::Duration,
    still_running: &dyn Fn(std::time::Duration),
) -> std::io::Result<(Option<std::process::ExitStatus>, String)> {
    use std::io::Read;
    use std::os::unix::process::CommandExt;
    let mut child = cmd
        .process_group(0)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let drain = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut v);
            }
            v
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let started = std::time::Instant::now();
    let deadline = started + timeout;
    let mut next_beat = started + HEARTBEAT_FIRST;
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break Some(st);
        }
        if std::time::Instant::now() >= next_beat {
            still_running(started.elapsed());
            next_beat += HEARTBEAT_EVERY;
        }
        if std::time::Instant::now() >= deadline {
            let pgid = nix::unistd::Pid::from_raw(-(child.id() as i32));
            let _ = nix::sys::signal::kill(pgid, nix::sys::signal::SIGKILL);
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let text = |h: std::thread::JoinHandle<Vec<u8>>| {
        String::from_utf8_lossy(&h.join().unwrap_or_default()).into_owned()
    };
    Ok((status, format!("{}{}", text(out), text(err))))
}

/// Checks the repository in `dir`; `previous` is the line's previous release, for the
/// upgrade scenario; a smoke test running past `smoke_timeout` is killed and fails. Every
/// scenario installs as a user's `cbe install FILE...` does, scripts and all, into a scratch
/// root of its own; `reporter` hears of smoke tests still running.
pub fn check(
    dir: &Path,
    previous: Option<&Path>,
    keys: &[PublicKey],
    gate_opts: &GateOptions,
    reporter: &(dyn Reporter + Sync),
) -> Result<Report> {
    let smoke_timeout = gate_opts.smoke_timeout;
    let mut r = Report::default();
    let (release, pkgs, summary_text) = read_repo(dir)?;
    let prefix_name = crate::lines::line_prefix_name(release.line);
    check_index(&mut r, dir, &release, &summary_text, keys, gate_opts)?;
    let oldest = Stamp::parse(&release.min_platform).ok();
    let checked = check_packages(&mut r, dir, &pkgs, release.line, oldest.as_ref());
    check_file_owners(&mut r, &checked);
    check_depends(&mut r, &pkgs);
    let gate = Gate {
        release: &release,
        prefix_name: &prefix_name,
        files: checked.iter().map(|c| c.file.clone()).collect(),
        reporter,
    };
    gate.fresh_install(&mut r, &checked, smoke_timeout)?;
    if let Some(prev) = previous {
        check_against_previous(&mut r, prev, dir, gate_opts)?;
        gate.upgrade_from(&mut r, prev)?;
    }
    Ok(r)
}

/// What the gate lets through.
#[derive(Debug, Clone)]
pub struct GateOptions {
    /// A smoke test running longer is killed and fails.
    pub smoke_timeout: std::time::Duration,
    /// Pass with the signature unchecked (no trusted key given).
    pub allow_unsigned: bool,
    /// PKGBASEs that may go down in version from the previous release.
    pub allow_downgrade: Vec<String>,
    /// PKGBASEs the previous release had that this one may drop.
    pub allow_drop: Vec<String>,
}

/// Against the previous release (`repo diff`'s comparison): no package goes down in
/// version, and none is dropped, unless allowed by its PKGBASE. A client upgrading keeps what
/// it has of either, so the line would no longer be what its release says. An allowance that
/// allows nothing fails too: left in a script, it would let a later mistake through.
fn check_against_previous(
    r: &mut Report,
    prev: &Path,
    dir: &Path,
    gate: &GateOptions,
) -> Result<()> {
    let d = crate::release::diff::diff(prev, dir)?;
    let was = &d.releases.0;
    let mut used: Vec<(&str, &str)> = Vec::new();
    for c in &d.changes {
        let (check, flag, allowed) = match c.kind {
            ChangeKind::Removed => ("dropped", "--allow-drop", &gate.allow_drop),
            ChangeKind::Downgraded => ("downgrade", "--allow-downgrade", &gate.allow_downgrade),
            ChangeKind::Added | ChangeKind::Upgraded => continue,
        };
        let (base, old) = (c.base.as_str(), c.old.as_deref().unwrap_or(""));
        let detail = match &c.new {
            None => format!("{base}-{old} was in release {was} and is not in this one"),
            Some(v) => format!("{base}-{old} in release {was}, {base}-{v} now"),
        };
        if allowed.iter().any(|a| a == base) {
            used.push((flag, base));
            r.add(
                Some(true),
                check,
                base,
                format!("{detail} (allowed by {flag})"),
            );
        } else {
            let fix = format!("{detail}; fix the release, or pass {flag} {base}");
            r.add(Some(false), check, base, fix);
        }
    }
    let given = (gate
        .allow_downgrade
        .iter()
        .map(|b| ("--allow-downgrade", b)))
    .chain(gate.allow_drop.iter().map(|b| ("--allow-drop", b)));
    for (flag, base) in given {
        if !used.contains(&(flag, base.as_str())) {
            let stale = format!("{flag} {base} allows nothing against release {was}; remove it");
            r.add(Some(false), "allowance", base, stale);
        }
    }
    Ok(())
}

/// A package of the repository whose file matched the index, with its metadata.
struct Checked {
    name: String,
    file: PathBuf,
    meta: Metadata,
}

/// The index itself: the summary's digest, the signature, the oldest platform image.
fn check_index(
    r: &mut Report,
    dir: &Path,
    release: &Release,
    summary_text: &str,
    keys: &[PublicKey],
    gate: &GateOptions,
) -> Result<()> {
    let digest = verify::summary_matches_release(release, summary_text);
    r.add(
        Some(digest.is_ok()),
        "index-digest",
        "-",
        digest
            .err()
            .unwrap_or_else(|| "pkg_summary matches the release file".to_string()),
    );
    let copies = verify::summary_copies_match(dir, summary_text);
    r.add(
        Some(copies.is_ok()),
        "index-copies",
        "-",
        match copies {
            Ok(()) => "every compressed pkg_summary says the same".to_string(),
            Err((path, why)) => format!("{}: {why}", path.display()),
        },
    );
    check_signatures(r, dir, keys, gate)?;
    let oldest = Stamp::parse(&release.min_platform).ok();
    r.add(
        Some(oldest.is_some()),
        "min-platform",
        "-",
        format!("oldest supported platform image {}", release.min_platform),
    );
    Ok(())
}

/// Every signature beside the release (`release.minisig`, and `release.minisig-<KEY ID>` of
/// a key rotation), each listed with its key; the index passes when any trusted key signed
/// it, as a client trusting that key accepts it. Without a trusted key the signature is not
/// checked, and that fails the gate unless `allow_unsigned`.
fn check_signatures(
    r: &mut Report,
    dir: &Path,
    keys: &[PublicKey],
    gate: &GateOptions,
) -> Result<()> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .at(dir)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n == SIGNATURE_FILE || n.starts_with(&format!("{SIGNATURE_FILE}-")))
        .collect();
    names.sort();
    if !names.iter().any(|n| n == SIGNATURE_FILE) {
        r.add(
            Some(false),
            "signature",
            "-",
            "no release.minisig: sign with `cbe repo sign`",
        );
        return Ok(());
    }
    let text = fs::read(dir.join(RELEASE_FILE)).at(dir)?;
    let mut trusted_ok = false;
    for name in &names {
        let raw = fs::read_to_string(dir.join(name)).unwrap_or_default();
        let (ok, detail) = match Signature::parse(&raw) {
            Err(e) => (
                Some(false),
                format!("{name}: not a minisign signature: {e}"),
            ),
            Ok(sig) => {
                let id = sig.key_id_hex();
                // Clients fetch `release.minisig-<ID>` only for the keys they trust, by that
                // name: a signature filed under another key's id is never found.
                let filed_as = name.strip_prefix(&format!("{SIGNATURE_FILE}-"));
                match keys.iter().find(|k| k.id_hex() == id) {
                    _ if filed_as.is_some_and(|f| !f.eq_ignore_ascii_case(&id)) => (
                        Some(false),
                        format!("{name}: signed by key {id}, not the key it is named for; clients trusting {id} will not find it (re-sign with `cbe repo sign`)"),
                    ),
                    None => (
                        None,
                        format!("{name}: by key {id}, not among the trusted keys"),
                    ),
                    Some(k) => match k.verify(&text, &sig) {
                        Ok(()) => {
                            trusted_ok = true;
                            (Some(true), format!("{name}: by trusted key {id}, valid"))
                        }
                        Err(e) => (Some(false), format!("{name}: by trusted key {id}: {e}")),
                    },
                }
            }
        };
        r.add(ok, "signed-by", "-", detail);
    }
    match (keys.is_empty(), gate.allow_unsigned) {
        (true, true) => r.add(None, "signature", "-", "not checked (--allow-unsigned)"),
        (true, false) => r.add(
            Some(false),
            "signature",
            "-",
            "not checked: give --trusted-key KEY (or --allow-unsigned to pass the gate unchecked)",
        ),
        (false, _) if trusted_ok => r.add(Some(true), "signature", "-", "signed by a trusted key"),
        (false, _) => r.add(
            Some(false),
            "signature",
            "-",
            "no valid signature by a trusted key; sign with the key clients trust (`cbe repo sign`)",
        ),
    }
    Ok(())
}

/// Each package: its file against the index, then its prefix and build platform. Returns the
/// packages whose files matched.
fn check_packages(
    r: &mut Report,
    dir: &Path,
    pkgs: &[RemotePkg],
    line: u64,
    oldest: Option<&Stamp>,
) -> Vec<Checked> {
    let mut checked = Vec::new();
    for p in pkgs {
        let path = dir.join("All").join(&p.file_name);
        let digest = verify::package_matches_index(p, &path);
        r.add(
            Some(digest.is_ok()),
            "index-digest",
            &p.name,
            digest.clone().err().unwrap_or_default(),
        );
        if digest.is_err() {
            continue;
        }
        let meta = match package::read_metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                r.add(Some(false), "package", &p.name, e.to_string());
                continue;
            }
        };
        let prefix = verify::prefix_is_the_lines(&meta.plist.prefix, line);
        r.add(
            Some(prefix.is_ok()),
            "prefix",
            &p.name,
            prefix.err().unwrap_or_default(),
        );
        check_build_platform(r, &p.name, &meta, oldest);
        checked.push(Checked {
            name: p.name.clone(),
            file: path,
            meta,
        });
    }
    checked
}

/// A package built on a platform image newer than the oldest supported may not run there.
fn check_build_platform(r: &mut Report, name: &str, meta: &Metadata, oldest: Option<&Stamp>) {
    let built = meta
        .build_info()
        .value("BUILD_PLATFORM")
        .and_then(|b| Stamp::parse(&b).ok());
    match (built, oldest) {
        (Some(b), Some(o)) => {
            let ok = b <= *o;
            let detail = if ok {
                format!("built on {b}")
            } else {
                format!("built on {b}, newer than the oldest supported {o}: it may not run there")
            };
            r.add(Some(ok), "build-platform", name, detail);
        }
        _ => r.add(
            None,
            "build-platform",
            name,
            "no BUILD_PLATFORM in +BUILD_INFO: pkg create it with CBE_PLATFORM_IMAGE set \
             where uname -v gives no platform image",
        ),
    }
}

/// No path may belong to two packages.
fn check_file_owners(r: &mut Report, checked: &[Checked]) {
    let mut owner: HashMap<&str, &str> = HashMap::new();
    let mut clashes: HashMap<&str, Vec<String>> = HashMap::new();
    for c in checked {
        for e in &c.meta.plist.entries {
            if let Some(other) = owner.insert(e.path.as_str(), c.name.as_str()) {
                clashes
                    .entry(c.name.as_str())
                    .or_default()
                    .push(format!("{} (also in {other})", e.path));
            }
        }
    }
    for c in checked {
        match clashes.get(c.name.as_str()) {
            Some(paths) => r.add(
                Some(false),
                "file-owner",
                &c.name,
                format!("files owned by two packages: {}", paths.join(", ")),
            ),
            None => r.add(Some(true), "file-owner", &c.name, ""),
        }
    }
}

/// Every dependency is met inside the repository.
fn check_depends(r: &mut Report, pkgs: &[RemotePkg]) {
    for p in pkgs {
        let missing: Vec<&str> = p
            .depends
            .iter()
            .filter(|d| !pkgs.iter().any(|q| pkg_match(d, &q.name)))
            .map(String::as_str)
            .collect();
        let detail = if missing.is_empty() {
            String::new()
        } else {
            format!(
                "no package in the repository matches {}",
                missing.join(", ")
            )
        };
        r.add(Some(missing.is_empty()), "depends", &p.name, detail);
    }
}

/// The install scenarios, each in a scratch root of its own.
struct Gate<'a> {
    release: &'a Release,
    prefix_name: &'a str,
    files: Vec<PathBuf>,
    reporter: &'a (dyn Reporter + Sync),
}

impl Gate<'_> {
    /// `cbe --root <scratch> install FILE...`: `files` installed (upgrading what is there)
    /// into the line's prefix under `scratch` by the one install pipeline, packages'
    /// scripts run as for a user, so that what fails for users fails here.
    fn install(&self, scratch: &Path, files: &[PathBuf]) -> Result<Prefix> {
        let prefix = Prefix::new(scratch, self.prefix_name)?;
        let opts = InstallOptions {
            target: Target {
                prefix: prefix.clone(),
                lock: LockOptions::default(),
                dry_run: false,
                scripts: true,
            },
            sources: Sources {
                root: prefix.root.clone(),
                arch: self.release.arch.clone(),
                overrides: Default::default(),
            },
            requests: Vec::new(),
            files: files.to_vec(),
            upgrade: false,
            automatic: false,
            force: false,
            allow_setuid: false,
            dry_run: false,
            command: "repo check".into(),
        };
        install::install(&opts, &Progress(self.reporter))?;
        Ok(prefix)
    }

    /// Scenario (a): everything into a fresh root; then the smoke tests there.
    fn fresh_install(
        &self,
        r: &mut Report,
        checked: &[Checked],
        timeout: std::time::Duration,
    ) -> Result<()> {
        let scratch = tempdir("cbe-check")?;
        let installed = self.install(&scratch, &self.files);
        let detail = match &installed {
            Ok(_) => format!("{} into a fresh root", count(self.files.len(), "package")),
            Err(e) => e.to_string(),
        };
        r.add(Some(installed.is_ok()), "install-all", "-", detail);
        if let Ok(prefix) = &installed {
            for c in checked {
                self.smoke_test(r, prefix, c, timeout);
            }
        }
        let _ = fs::remove_dir_all(&scratch);
        Ok(())
    }

    /// Runs `c`'s smoke test, if it declares one, in the installed line's environment.
    fn smoke_test(
        &self,
        r: &mut Report,
        prefix: &Prefix,
        c: &Checked,
        timeout: std::time::Duration,
    ) {
        let Some(cmd) = c.meta.build_info().value(package::create::SMOKE_TEST_KEY) else {
            r.add(None, "smoke-test", &c.name, "no smoke test declared");
            return;
        };
        let vars = crate::lines::env::vars(
            &prefix.dir,
            self.release.line,
            Some(&self.release.release.to_string()),
            &std::env::var("PATH").unwrap_or_default(),
        );
        let mut command = Command::new("sh");
        command.arg("-c").arg(&cmd).envs(vars);
        let beat = |ran: std::time::Duration| {
            self.reporter.notice(Notice::SmokeTestRunning {
                package: c.name.clone(),
                seconds: ran.as_secs(),
                timeout: timeout.as_secs(),
            })
        };
        match run_with_timeout(command, timeout, &beat) {
            Ok((Some(st), _)) if st.success() => r.add(Some(true), "smoke-test", &c.name, cmd),
            Ok((status, output)) => {
                let how = match status {
                    None => format!(
                        "`{cmd}` ran past {} s and was killed (--smoke-timeout)",
                        timeout.as_secs()
                    ),
                    Some(st) => format!(
                        "`{cmd}` exited {}",
                        st.code().map_or("by a signal".into(), |c| c.to_string())
                    ),
                };
                r.add(Some(false), "smoke-test", &c.name, how);
                r.outputs.push((c.name.clone(), output));
            }
            Err(e) => r.add(Some(false), "smoke-test", &c.name, e.to_string()),
        }
    }

    /// Scenario (b): the previous release installed, then upgraded to this one.
    fn upgrade_from(&self, r: &mut Report, prev: &Path) -> Result<()> {
        let (prev_release, prev_pkgs, _) = read_repo(prev)?;
        let scratch = tempdir("cbe-check-upgrade")?;
        let prev_files: Vec<PathBuf> = prev_pkgs
            .iter()
            .map(|p| prev.join("All").join(&p.file_name))
            .collect();
        let res = self
            .install(&scratch, &prev_files)
            .and_then(|_| self.install(&scratch, &self.files));
        let label = format!("upgrade-from-{}", prev_release.release);
        let ok = res.is_ok();
        r.add(
            Some(ok),
            &label,
            "-",
            res.err().map(|e| e.to_string()).unwrap_or_default(),
        );
        let _ = fs::remove_dir_all(&scratch);
        Ok(())
    }
}

fn tempdir(tag: &str) -> Result<PathBuf> {
    let base = std::env::temp_dir();
    for i in 0..1000u32 {
        let d = base.join(format!("{tag}-{}-{i}", std::process::id()));
        if fs::create_dir(&d).is_ok() {
            return Ok(d);
        }
    }
    Err(Error::refused(
        Refusal::Other,
        format!("cannot make a scratch directory in {}", base.display()),
    ))
}
