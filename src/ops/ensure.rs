//! `cbe ensure`: what `./configure` calls on every run. Platform check first; then, under the
//! line's lock, install the line if it is missing or upgrade it when the installed release no
//! longer satisfies the requirement or a newer release is published. When everything is
//! already satisfied and was checked within the refresh interval, it reads the database and
//! returns: no lock held for writing, no network, no output.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;

use super::install::{self, Pipeline};
use super::line_set::{self, LINE_SET};
use super::{Sources, TxOutcome};
use crate::config::{self, Overrides};
use crate::error::{Error, Refusal, Result};
use crate::lines::line_prefix_name;
use crate::lines::lock::LockFile;
use crate::platform::{self, Host, Stamp};
use crate::repo::catalogue::{self, Catalogue};
use crate::report::{LineChange, LineChangeKind, Notice, Reporter};
use crate::transaction::{self, LockOptions, Prefix, Session};

/// Everything ensure needs, already merged from flags, environment and the pin file.
#[derive(Debug, Clone)]
pub struct EnsureInput {
    /// The root.
    pub root: PathBuf,
    /// The line.
    pub line: u64,
    /// The release requirement.
    pub req: semver::VersionReq,
    /// Which source decided the requirement (for `-v`).
    pub decided_by: RequirementSource,
    /// The pin file's repository URLs (mirrors of the line's repository), written into the
    /// line's config.toml; empty when the user named repositories or keys (they are then
    /// this run's `overrides`, never merged with the pin's).
    pub repos: Vec<String>,
    /// The pin file's trusted keys as key text, written with `repos`.
    pub trusted_keys: Vec<String>,
    /// The pin file's revoked keys, written with `repos` (added to the line's own).
    pub revoked_keys: Vec<String>,
    /// The pin's oldest supported platform image.
    pub min_platform: Option<Stamp>,
    /// The packages needed (None: the whole set).
    pub packages: Option<Vec<String>>,
    /// How long a check for a new release stays good.
    pub refresh: Duration,
    /// Never touch the network.
    pub offline: bool,
    /// This machine's platform image.
    pub host: Host,
    /// Fail when the platform image cannot be checked.
    pub require_platform: bool,
    /// Fail when the repository cannot be reached to look for a new release, even though
    /// what is installed satisfies the requirement.
    pub require_fresh: bool,
    /// Machine arch.
    pub arch: String,
    /// Cache, parallelism, timeout.
    pub overrides: Overrides,
    /// Lock waiting.
    pub lock: LockOptions,
    /// Whether packages' scripts run (`--no-scripts` says no).
    pub scripts: bool,
    /// This ensure's command line as the user typed it, for the hint that names the command
    /// to run with privilege.
    pub rerun: String,
    /// The project's lock, when it has a current one: `req` and `packages` then name
    /// exactly what it locks, and no refresh moves the line.
    pub locked: Option<LockFile>,
}

/// Where the release requirement came from, in the order ensure looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequirementSource {
    /// `--cbe REQ`.
    Flag,
    /// `CBE_VERSION`.
    Environment,
    /// The pin file's `[cbe] version`.
    PinFile(PathBuf),
}

impl std::fmt::Display for RequirementSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RequirementSource::Flag => f.write_str("--cbe"),
            RequirementSource::Environment => f.write_str("the CBE_VERSION environment variable"),
            RequirementSource::PinFile(p) => write!(f, "the pin file {}", p.display()),
        }
    }
}

/// What ensure did to the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EnsureAction {
    /// Installed, satisfying, and checked within the refresh interval: nothing looked at.
    Satisfied,
    /// Looked for a new release; nothing to change.
    Checked,
    /// The line was not there and is now.
    Installed,
    /// The line moved to a newer release.
    Upgraded,
    /// The line stayed at its release and its set changed: the pin's `packages` named more
    /// or fewer packages.
    Changed,
    /// Installed and satisfying, but the repository could not be reached to look for a newer
    /// release (a warning was given).
    Unchecked,
}

impl std::fmt::Display for EnsureAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EnsureAction::Satisfied => "satisfied",
            EnsureAction::Checked => "checked",
            EnsureAction::Installed => "installed",
            EnsureAction::Upgraded => "upgraded",
            EnsureAction::Changed => "changed",
            EnsureAction::Unchecked => "unchecked",
        })
    }
}

/// What ensure did.
#[derive(Debug, Clone, Serialize)]
pub struct EnsureOutcome {
    /// The line.
    pub line: u64,
    /// Where it is (on this machine).
    pub prefix_dir: PathBuf,
    /// The release installed.
    pub release: Option<String>,
    /// What happened to the line.
    pub action: EnsureAction,
    /// Packages installed, upgraded or removed.
    pub steps: Vec<transaction::plan::PlanStep>,
}

/// The refresh interval in seconds, stretched by a random 0 to 10% on each run: zones whose
/// last checks were made together (a CI wave, a cron minute) spread their next ones out
/// instead of all revalidating at the same second.
fn jittered(refresh: Duration) -> u64 {
    let s = refresh.as_secs();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let mixed =
        u64::from(nanos) ^ u64::from(std::process::id()).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    s + s * (mixed % 1001) / 10_000
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn packages_key(p: &Option<Vec<String>>) -> String {
    match p {
        None => "*".to_string(),
        Some(v) => {
            let mut v = v.clone();
            v.sort();
            v.join(" ")
        }
    }
}

enum State {
    /// Satisfied and checked recently.
    Fresh(String),
    /// Satisfied, but time to look for a new release.
    Stale(String),
    /// Not installed, or not satisfying.
    Unsatisfied,
}

fn state(s: &Session, input: &EnsureInput) -> Result<State> {
    let db = &s.db;
    let Some(release) = db.line_state("release")? else {
        return Ok(State::Unsatisfied);
    };
    let Ok(version) = semver::Version::parse(&release) else {
        return Ok(State::Unsatisfied);
    };
    // The packages asked for: a lock's, as the line's own set; else the pin's, as asked.
    let (key, wanted) = match &input.locked {
        Some(lock) => (LINE_SET, lock.bases().join(" ")),
        None => ("packages", packages_key(&input.packages)),
    };
    if !input.req.matches(&version) || db.line_state(key)?.as_deref() != Some(wanted.as_str()) {
        return Ok(State::Unsatisfied);
    }
    if let Some(min) = db.line_state("min_platform")? {
        let oldest = Stamp::parse(&min).ok();
        match platform::check(&input.host, oldest.as_ref()) {
            platform::Check::TooOld(msg) => return Err(Error::Platform(msg)),
            platform::Check::Skipped(why) if input.require_platform => {
                return Err(cannot_check_platform(&why))
            }
            _ => {}
        }
    }
    if let Some(lock) = &input.locked {
        // Exactly the locked bytes, and never moved by a refresh.
        let installed = db.line_state(RELEASE_SHA256)?;
        if installed.as_deref() != Some(lock.release.sha256.as_str()) {
            return Ok(State::Unsatisfied);
        }
        return Ok(State::Fresh(release));
    }
    // A pin file that now names other repositories or keys is looked at again at once.
    let moved = !input.repos.is_empty()
        && db.line_state("sources")?.as_deref() != Some(sources_key(input).as_str());
    let checked: u64 = db
        .line_state("checked_at")?
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let recent = now_secs().saturating_sub(checked) < jittered(input.refresh);
    // A check that failed is not tried again until its back-off ends (unless a failed check
    // is an error here), so that every configure run does not wait for a dead mirror.
    if input.offline || (recent && !moved) || backing_off(db, input)? {
        Ok(State::Fresh(release))
    } else {
        Ok(State::Stale(release))
    }
}

/// The line needs `what` and this user may not write it: the error names the command that
/// does it with privilege, and the pin setting that makes ensure run it.
fn needs_privilege(prefix: &Prefix, input: &EnsureInput, what: &str) -> Error {
    let elevate = crate::os::ELEVATE;
    Error::Privilege {
        path: prefix.dir.clone(),
        msg: format!(
            "line {} needs {what} to satisfy {}, and you may not write it; run `{elevate} {}`, or set elevate = \"{elevate}\" in the pin file's [cbe] to have ensure run that itself",
            input.line, input.req, input.rerun
        ),
    }
}

/// The line-state key of the time (seconds since the epoch) before which a failed check for
/// a new release is not tried again, and of how many failed in a row.
const RETRY_AT: &str = "retry_at";
const FAILED_CHECKS: &str = "failed_checks";

/// Remembers a failed check for a new release: the next is not tried for a minute, doubling
/// with each failure in a row, and never longer than the refresh interval. Returns the wait
/// in seconds.
fn back_off(session: &Session, refresh: Duration) -> Result<u64> {
    let failed: u32 = session
        .db
        .line_state(FAILED_CHECKS)?
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let wait = (60u64 << failed.min(16)).min(refresh.as_secs());
    session.db.set_line_state(&[
        (FAILED_CHECKS, &(failed + 1).to_string()),
        (RETRY_AT, &(now_secs() + wait).to_string()),
    ])?;
    Ok(wait)
}

/// Whether a failed check's back-off still runs (never with `--require-fresh`).
fn backing_off(db: &crate::pkgdb::PkgDb, input: &EnsureInput) -> Result<bool> {
    if input.require_fresh {
        return Ok(false);
    }
    let retry_at: u64 = db
        .line_state(RETRY_AT)?
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    Ok(now_secs() < retry_at)
}

fn cannot_check_platform(why: &str) -> Error {
    Error::Platform(format!(
        "cannot check the platform image: {why}; give --platform-image STAMP"
    ))
}

/// The pin's repositories and keys as the line state remembers them.
fn sources_key(input: &EnsureInput) -> String {
    format!("{}|{}", input.repos.join(" "), input.trusted_keys.join(" "))
}

fn platform_gate(
    input: &EnsureInput,
    oldest: Option<&Stamp>,
    reporter: &dyn Reporter,
) -> Result<()> {
    match platform::check(&input.host, oldest) {
        platform::Check::Ok => Ok(()),
        platform::Check::TooOld(msg) => Err(Error::Platform(msg)),
        platform::Check::Skipped(why) => {
            if input.require_platform {
                Err(cannot_check_platform(&why))
            } else {
                reporter.notice(Notice::PlatformUnchecked { why });
                Ok(())
            }
        }
    }
}

/// Runs ensure.
pub fn ensure(input: &EnsureInput, reporter: &(dyn Reporter + Sync)) -> Result<EnsureOutcome> {
    // The pin's own floor first, before anything else happens.
    if let platform::Check::TooOld(msg) = platform::check(&input.host, input.min_platform.as_ref())
    {
        return Err(Error::Platform(msg));
    }
    let prefix = Prefix::new(&input.root, &line_prefix_name(input.line))?;
    let outcome = |release: Option<String>, action, steps| EnsureOutcome {
        line: input.line,
        prefix_dir: prefix.dir.clone(),
        release,
        action,
        steps,
    };
    // The satisfied path: read only.
    let mut satisfied = None;
    if let Some(s) = Session::open_read(&prefix, input.lock, reporter)? {
        match state(&s, input)? {
            State::Fresh(r) => return Ok(outcome(Some(r), EnsureAction::Satisfied, Vec::new())),
            State::Stale(r) => satisfied = Some(r),
            State::Unsatisfied => {}
        }
    }
    if input.offline {
        return Err(Error::refused(
            Refusal::Offline,
            format!(
                "line {} is not installed or does not satisfy {} and --offline forbids fetching it",
                input.line, input.req
            ),
        ));
    }
    if !crate::fsutil::may_write(&prefix.state) {
        // A user who may not write the line uses it as it is while it satisfies the
        // requirement; looking for a new release is for one who may (root's next ensure).
        return match satisfied {
            Some(r) if !input.require_fresh => {
                Ok(outcome(Some(r), EnsureAction::Unchecked, Vec::new()))
            }
            Some(_) => Err(needs_privilege(&prefix, input, "a check for a new release")),
            None if prefix.db_path().exists() => Err(needs_privilege(&prefix, input, "an upgrade")),
            None => Err(needs_privilege(&prefix, input, "installing")),
        };
    }
    // A first ensure that fails must not leave an empty line behind for `cbe lines`.
    let existed = prefix.dir.exists();
    let mut session = Session::open_write(&prefix, input.lock, reporter)?;
    let done = ensure_locked(&mut session, input, reporter);
    if done.is_err() && !existed {
        forget_empty_line(session);
    }
    done
}

/// The writer's part of ensure, under the prefix lock.
fn ensure_locked(
    session: &mut Session,
    input: &EnsureInput,
    reporter: &(dyn Reporter + Sync),
) -> Result<EnsureOutcome> {
    let prefix = session.prefix.clone();
    let outcome = |release: Option<String>, action, steps| EnsureOutcome {
        line: input.line,
        prefix_dir: prefix.dir.clone(),
        release,
        action,
        steps,
    };
    // Another ensure may have done the work while this one waited for the lock.
    let (before, satisfied) = match state(session, input)? {
        State::Fresh(r) => return Ok(outcome(Some(r), EnsureAction::Satisfied, Vec::new())),
        State::Stale(r) => (Some(r.clone()), Some(r)),
        State::Unsatisfied => (session.db.line_state("release")?, None),
    };
    write_config(&prefix, input)?;
    let sources = Sources {
        root: input.root.clone(),
        arch: input.arch.clone(),
        overrides: input.overrides.clone(),
    };
    let settings = sources.settings(&prefix)?;
    let updated = catalogue::update(
        &session.db,
        &settings,
        Some(input.line),
        &input.arch,
        reporter,
    );
    if let (Err(e @ Error::Network { .. }), Some(release)) = (&updated, &satisfied) {
        if !input.require_fresh {
            let wait = back_off(session, input.refresh)?;
            reporter.notice(Notice::ReleaseUnchecked {
                line: input.line,
                error: e.to_string(),
                kept: release.to_string(),
                requirement: input.req.to_string(),
                retry_in: wait,
            });
            return Ok(outcome(satisfied, EnsureAction::Unchecked, Vec::new()));
        }
    }
    updated?;
    let cat = Catalogue::load(&session.db)?;
    if let Some(lock) = &input.locked {
        check_locked(session, &cat, lock)?;
    }
    let Some(repo) = cat.repos.first() else {
        return Err(Error::refused(
            Refusal::Other,
            "the repository has no index".to_string(),
        ));
    };
    let published = repo.release.clone();
    if !input.req.matches(&published.release) {
        keep_installed(session, input, before.as_deref(), repo, reporter)?;
        return Ok(outcome(before, EnsureAction::Checked, Vec::new()));
    }
    let oldest = std::cmp::max(
        input.min_platform.clone(),
        Stamp::parse(&published.min_platform).ok(),
    );
    platform_gate(input, oldest.as_ref(), reporter)?;
    let release = published.release.to_string();
    let (action, steps, own) = install_set(
        session,
        &cat,
        &sources,
        input,
        &release,
        before.as_deref(),
        reporter,
    )?;
    session.db.set_line_state(&[
        ("release", &release),
        ("min_platform", &published.min_platform),
        ("checked_at", &now_secs().to_string()),
        ("requirement", &input.req.to_string()),
        ("packages", &packages_key(&input.packages)),
        ("sources", &sources_key(input)),
        (LINE_SET, &own),
        (
            RELEASE_SHA256,
            &release_sha256(&session.db)?.unwrap_or_default(),
        ),
        (FAILED_CHECKS, "0"),
        (RETRY_AT, "0"),
    ])?;
    Ok(outcome(Some(release), action, steps))
}

/// Undoes what a failed first ensure made: the state directory, and the line's directory
/// when nothing else is in it. Only when nothing was installed.
fn forget_empty_line(session: Session) {
    let nothing = session.db.packages().map(|p| p.is_empty()).unwrap_or(false);
    if !nothing {
        return;
    }
    let prefix = session.prefix.clone();
    // Removed under the lock; a waiter finds its lock file unlinked and stops (lock.rs).
    let _ = std::fs::remove_dir_all(&prefix.state);
    drop(session);
    let _ = std::fs::remove_dir(&prefix.dir);
}

/// The published release does not satisfy the requirement: keep what is installed when it
/// does (and remember the check), else the requirement is not published.
fn keep_installed(
    session: &Session,
    input: &EnsureInput,
    before: Option<&str>,
    repo: &catalogue::RepoState,
    reporter: &dyn Reporter,
) -> Result<()> {
    let published = &repo.release.release;
    let installed_ok = before
        .and_then(|r| semver::Version::parse(r).ok())
        .is_some_and(|v| input.req.matches(&v));
    if !installed_ok {
        let change = match &input.decided_by {
            RequirementSource::PinFile(p) => format!("change `version` in {}", p.display()),
            RequirementSource::Flag => "change --cbe".to_string(),
            RequirementSource::Environment => "change CBE_VERSION".to_string(),
        };
        return Err(Error::NotFound {
            url: repo.source_url.clone(),
            hint: format!(
                "not published: no release of line {} satisfies {} (from {}; the repository offers {published}); {change}, or publish a matching release",
                input.line, input.req, input.decided_by
            ),
        });
    }
    reporter.notice(Notice::ReleaseUnsuitable {
        line: input.line,
        published: published.to_string(),
        requirement: input.req.to_string(),
        kept: before.unwrap_or("?").to_string(),
    });
    session.db.set_line_state(&[
        ("checked_at", &now_secs().to_string()),
        (FAILED_CHECKS, "0"),
        (RETRY_AT, "0"),
    ])
}

/// The line-state key of the SHA-256 of the signed `release` file the line was installed from.
pub const RELEASE_SHA256: &str = "release_sha256";

/// The SHA-256 of the signed `release` file the catalogue of `db` holds for the line's own
/// repository.
pub fn release_sha256(db: &crate::pkgdb::PkgDb) -> Result<Option<String>> {
    use sha2::Digest;
    Ok(db
        .repository(0)?
        .map(|r| hex::encode(sha2::Sha256::digest(r.release.as_bytes()))))
}

/// Refuses a repository that no longer serves the bytes `lock` locks, naming what changed.
fn check_locked(session: &Session, cat: &Catalogue, lock: &LockFile) -> Result<()> {
    let repo = cat
        .repos
        .first()
        .ok_or_else(|| Error::refused(Refusal::Other, "the repository has no index".to_string()))?;
    let not_served = |what: String| {
        Error::NotFound {
        url: repo.source_url.clone(),
        hint: format!(
            "{what}, not what cbe.lock locks; run `cbe lock --upgrade` to lock what it serves now, or name a mirror that keeps the locked release"
        ),
    }
    };
    let served = release_sha256(&session.db)?.unwrap_or_default();
    if served != lock.release.sha256 {
        return Err(not_served(format!(
            "serves release {} (release file sha256 {served}), the lock has {} (sha256 {})",
            repo.release.release, lock.release.version, lock.release.sha256
        )));
    }
    for p in &lock.packages {
        let name = p.pkgname();
        let offered = cat.pkgs.iter().find(|c| c.repo == 0 && c.pkg.name == name);
        match offered.and_then(|c| c.pkg.sha256.as_deref()) {
            Some(sha) if sha == p.sha256 => {}
            Some(sha) => {
                return Err(not_served(format!(
                    "serves {name} as other bytes (sha256 {sha}, the lock has {})",
                    p.sha256
                )))
            }
            None => return Err(not_served(format!("no longer serves {name}"))),
        }
    }
    Ok(())
}

/// Brings the line's set to the release through the install pipeline (see [`target`]);
/// returns what it did and the line's own packages to record.
fn install_set(
    session: &mut Session,
    cat: &Catalogue,
    sources: &Sources,
    input: &EnsureInput,
    release: &str,
    before: Option<&str>,
    reporter: &(dyn Reporter + Sync),
) -> Result<(EnsureAction, Vec<transaction::plan::PlanStep>, String)> {
    let fresh_install = before.is_none();
    let t = line_set::target(session, cat, input.packages.as_deref())?;
    let (res, dropped) = (t.res, t.dropped);
    let own = line_set::set_text(&t.own);
    if res.installs.is_empty() && res.removes.is_empty() {
        return Ok((EnsureAction::Checked, Vec::new(), own));
    }
    for name in t.strays {
        reporter.notice(Notice::StrayPackage {
            name,
            line: input.line,
            release: release.to_string(),
        });
    }
    install::check_space(session, sources, &res, false)?;
    reporter.notice(line_change(
        input.line,
        release,
        &session.prefix.dir,
        fresh_install,
        &res,
        &dropped,
    ));
    let pipeline = Pipeline {
        sources,
        options: transaction::InstallOptions {
            force: false,
            arch: input.arch.clone(),
        },
        policy: crate::package::Policy {
            scripts: input.scripts,
            ..Default::default()
        },
        command: format!("ensure {} (line {})", input.req, input.line),
        dry_run: false,
    };
    let steps = match pipeline.run(session, Some((cat, &res)), Vec::new(), &Silent(reporter))? {
        TxOutcome::Applied(out) => out.steps,
        TxOutcome::WouldApply(_) | TxOutcome::Unchanged(_) => Vec::new(),
    };
    let action = match before {
        None => EnsureAction::Installed,
        Some(b) if b == release => EnsureAction::Changed,
        Some(_) => EnsureAction::Upgraded,
    };
    Ok((action, steps, own))
}

/// What ensure is about to do to a line: installing it, upgrading it (a package replaced),
/// or only adding packages to it (the pin's `packages` grew), and what it removes.
fn line_change(
    line: u64,
    release: &str,
    dir: &Path,
    fresh_install: bool,
    res: &crate::resolve::Resolution,
    dropped: &[String],
) -> Notice {
    let change = if fresh_install {
        LineChangeKind::Install
    } else if res.installs.iter().any(|w| w.old.is_some()) {
        LineChangeKind::Upgrade
    } else if res.installs.is_empty() {
        LineChangeKind::Change
    } else {
        LineChangeKind::Add
    };
    Notice::LineChange(LineChange {
        line,
        release: release.to_string(),
        dir: dir.to_path_buf(),
        change,
        installs: res.installs.len(),
        removes: dropped.to_vec(),
    })
}

/// ensure is silent about what the plan leaves out: `./configure` runs it on every build.
struct Silent<'a>(&'a (dyn Reporter + Sync));

impl install::InstallReporter for Silent<'_> {
    fn progress(&self) -> &(dyn Reporter + Sync) {
        self.0
    }
    fn skipped(&self, _why: &[Notice]) {}
}

/// Writes the line's configuration from the pin file, so that later commands on the line
/// (`cbe --cbe N upgrade`) use the same repositories and keys. Nothing when the pin gives no
/// repositories, or when the user gave `--repo`/`--trusted-key` (then `input.repos` is
/// empty): what the flags name is for this run only, and the pin's keys are not trusted.
fn write_config(prefix: &Prefix, input: &EnsureInput) -> Result<()> {
    if input.repos.is_empty() {
        return Ok(());
    }
    let path = config::config_path(prefix);
    let existing = config::read(&path)?;
    let mut revoked = existing.revoked_keys.clone();
    for r in &input.revoked_keys {
        if !revoked.contains(r) {
            revoked.push(r.clone());
        }
    }
    if existing.repos == input.repos
        && existing.trusted_keys == input.trusted_keys
        && existing.revoked_keys == revoked
    {
        return Ok(());
    }
    let mut lists = vec![
        ("repos", &input.repos[..]),
        ("trusted_keys", &input.trusted_keys[..]),
    ];
    if !revoked.is_empty() {
        lists.push(("revoked_keys", &revoked[..]));
    }
    config::set_lists(&path, &lists)
}

#[cfg(test)]
mod jitter_tests {
    use super::*;

    #[test]
    fn the_refresh_interval_is_stretched_by_at_most_a_tenth() {
        assert_eq!(jittered(Duration::ZERO), 0, "--refresh 0 always checks");
        let draws: Vec<u64> = (0..200)
            .map(|_| {
                std::thread::sleep(Duration::from_micros(7));
                jittered(Duration::from_secs(900))
            })
            .collect();
        assert!(draws.iter().all(|d| (900..=990).contains(d)), "{draws:?}");
        let distinct: std::collections::BTreeSet<_> = draws.iter().collect();
        assert!(distinct.len() > 10, "not spread: {distinct:?}");
    }
}
