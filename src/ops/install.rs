//! Installing, the one pipeline: **resolve** the requests against the catalogue,
//! **download** what the resolution installs (verified), **plan** the transaction, **apply**
//! exactly that plan. `install`, `upgrade` and `import` run all four steps through
//! [`install`]; `ensure` resolves its own request set and runs the rest through
//! [`Pipeline::run`]. Each step reports through [`InstallReporter`], so none prints.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;

use super::{apply_plan, line_set, update, Sources, Target, TxOutcome};
use crate::error::{Error, IoContext, Refusal, Result};
use crate::package::{self, PackageFile, Policy, Staged};
use crate::pkgdb::InstalledPkg;
use crate::repo::catalogue::{CatPkg, Catalogue};
use crate::repo::download;
use crate::report::{Notice, Reporter};
use crate::resolve::{self, Resolution};
use crate::transaction::plan::{Ahead, Opened};
use crate::transaction::{self, InstallItem, Prefix, Session};

/// What to install, and how.
#[derive(Debug, Clone)]
pub struct InstallOptions {
    /// The prefix.
    pub target: Target,
    /// The repositories.
    pub sources: Sources,
    /// Package names or patterns, from the repositories.
    pub requests: Vec<String>,
    /// Package files.
    pub files: Vec<PathBuf>,
    /// Upgrade what is installed (`requests` name which; all when empty).
    pub upgrade: bool,
    /// Mark the requested packages as installed only as dependencies.
    pub automatic: bool,
    /// Replace unowned files and reinstall what is installed.
    pub force: bool,
    /// Allow setuid and setgid files.
    pub allow_setuid: bool,
    /// Stop before changing anything and say what would change.
    pub dry_run: bool,
    /// The command line, for the history.
    pub command: String,
}

/// What an install did or, with `--dry-run`, would do. Serialized as the bare value each
/// variant holds: the JSON shapes scripts already read.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum InstallOutcome {
    /// Every request is already satisfied; nothing was resolved.
    Satisfied {
        /// Always empty.
        install: [String; 0],
        /// Always empty.
        remove: [String; 0],
    },
    /// `--dry-run` after resolving: what would be downloaded, installed and removed.
    WouldResolve(ResolutionView),
    /// Planned, and applied unless `--dry-run`.
    Transaction(TxOutcome),
}

/// A resolution as `--dry-run` and the plan notices show it (keys in the order scripts saw).
#[derive(Debug, Clone, Serialize)]
pub struct ResolutionView {
    /// Bytes still to download: what the cache holds already is not counted (pkgin's "0B to
    /// download" for a package `install -d` fetched).
    pub download_bytes: u64,
    /// Packages to install, dependencies first.
    pub install: Vec<WantedView>,
    /// Bytes the packages take installed.
    pub install_bytes: u64,
    /// Installed packages the new ones supersede.
    pub remove: Vec<String>,
}

/// One package a resolution installs.
#[derive(Debug, Clone, Serialize)]
pub struct WantedView {
    /// Install, upgrade, downgrade or reinstall.
    pub action: crate::pkgdb::Action,
    /// Pulled in for another package.
    pub automatic: bool,
    /// Its file's size.
    pub download_bytes: Option<u64>,
    /// The package.
    pub name: String,
    /// The installed package it replaces.
    pub old: Option<String>,
    /// Another build of the installed version (pkgin's refresh).
    pub refresh: bool,
    /// Its size installed.
    pub size: Option<u64>,
}

impl ResolutionView {
    /// The view of `res`, downloading into `cache`.
    pub fn of(res: &Resolution, cache: &Path) -> ResolutionView {
        ResolutionView {
            download_bytes: res.bytes_to_fetch(cache),
            install: res
                .installs
                .iter()
                .map(|w| WantedView {
                    action: w.action,
                    automatic: w.automatic,
                    download_bytes: w.pkg.pkg.file_size,
                    name: w.pkg.pkg.name.clone(),
                    old: w.old.clone(),
                    refresh: w.refresh,
                    size: w.pkg.pkg.size_pkg,
                })
                .collect(),
            install_bytes: res.install_bytes(),
            remove: res.removes.clone(),
        }
    }
}

/// How the pipeline's steps tell the user what they do; the command line decides how to
/// show it. The defaults pass notices to [`progress`](InstallReporter::progress).
pub trait InstallReporter {
    /// Where downloads, lock waits and transaction steps report.
    fn progress(&self) -> &(dyn Reporter + Sync);
    /// Resolve: requests the installed packages already satisfy, with why.
    fn satisfied(&self, why: &[Notice]) {
        why.iter().for_each(|w| self.progress().notice(w.clone()));
    }
    /// Resolve: what will be downloaded, installed and removed, before any download.
    fn resolved(&self, _res: &ResolutionView) {}
    /// Plan: packages left out, with why.
    fn skipped(&self, why: &[Notice]) {
        why.iter().for_each(|w| self.progress().notice(w.clone()));
    }
}

/// An [`InstallReporter`] that only forwards progress and notices.
pub struct Progress<'a>(pub &'a (dyn Reporter + Sync));

impl InstallReporter for Progress<'_> {
    fn progress(&self) -> &(dyn Reporter + Sync) {
        self.0
    }
}

/// Installs (or upgrades) as `opts` says: resolve, download, plan, apply.
pub fn install(opts: &InstallOptions, reporter: &dyn InstallReporter) -> Result<InstallOutcome> {
    let mut session = opts.target.write(reporter.progress())?;
    let local: Vec<InstallItem> = opts
        .files
        .iter()
        .map(|f| InstallItem {
            file: f.clone(),
            opened: None,
            automatic: opts.automatic,
            vouched: None,
            reinstall: false,
        })
        .collect();
    let pipeline = Pipeline {
        sources: &opts.sources,
        options: transaction::InstallOptions {
            force: opts.force,
            arch: opts.sources.arch.clone(),
        },
        policy: Policy {
            allow_setuid: opts.allow_setuid,
            scripts: opts.target.scripts,
            ..Policy::default()
        },
        command: opts.command.clone(),
        dry_run: opts.dry_run,
    };
    let carried = if opts.requests.is_empty() && !opts.upgrade {
        pipeline.run(&mut session, None, local, reporter)?
    } else {
        let cat = update::catalogue(&session, &opts.sources, reporter.progress())?;
        let line = line_upgrade(&session, &cat, opts)?;
        let (mut res, own) = match line {
            Some(t) => (t.res, Some(t.own)),
            None => (
                resolve(&session, &cat, &opts.requests, opts.upgrade, opts.force)?,
                None,
            ),
        };
        reporter.satisfied(&res.satisfied);
        if res.installs.is_empty() && res.removes.is_empty() {
            return Ok(InstallOutcome::Satisfied {
                install: [],
                remove: [],
            });
        }
        let view = check_space(&session, &opts.sources, &res, false)?;
        if opts.dry_run {
            return Ok(InstallOutcome::WouldResolve(view));
        }
        reporter.resolved(&view);
        if opts.automatic {
            res.installs.iter_mut().for_each(|w| w.automatic = true);
        }
        let carried = pipeline.run(&mut session, Some((&cat, &res)), local, reporter)?;
        if let (Some(own), TxOutcome::Applied(_)) = (own, &carried) {
            session
                .db
                .set_line_state(&[(line_set::LINE_SET, &line_set::set_text(&own))])?;
        }
        carried
    };
    Ok(InstallOutcome::Transaction(carried))
}

/// `upgrade` of a whole line that ensure installed (it recorded the line's own set): the
/// line becomes its release as ensure makes it, dropped packages removed in the same
/// transaction. `None` for any other upgrade or prefix.
fn line_upgrade(
    session: &Session,
    cat: &Catalogue,
    opts: &InstallOptions,
) -> Result<Option<line_set::Target>> {
    if !opts.upgrade || !opts.requests.is_empty() || line_set::line_set(session)?.is_none() {
        return Ok(None);
    }
    let packages: Option<Vec<String>> = session
        .db
        .line_state("packages")?
        .filter(|p| p != "*")
        .map(|p| p.split_whitespace().map(str::to_string).collect());
    line_set::target(session, cat, packages.as_deref()).map(Some)
}

/// Step 1, resolve: what to install, upgrade and remove for `requests` (`force`: as
/// `--force` lets planning break an installed package's dependency, so it lets resolving).
pub fn resolve(
    session: &Session,
    cat: &Catalogue,
    requests: &[String],
    upgrade: bool,
    force: bool,
) -> Result<Resolution> {
    resolve::resolve(
        cat,
        &session.db,
        &resolve::Host::of(&session.prefix),
        requests,
        upgrade,
        force,
    )
}

/// Before any download (and in a dry run): refuses a resolution that does not fit the
/// cache's or the prefix's file system; else returns the view of it the plan shows.
pub fn check_space(
    session: &Session,
    sources: &Sources,
    res: &Resolution,
    download_only: bool,
) -> Result<ResolutionView> {
    let cache = sources.settings(&session.prefix)?.cache_dir;
    res.check_space(&cache, &session.prefix.dir, download_only)?;
    Ok(ResolutionView::of(res, &cache))
}

/// Step 2, download: fetches what `res` installs into the cache (several at a time,
/// resumed, verified before use) and returns the files to install.
pub fn download(
    cat: &Catalogue,
    res: &Resolution,
    sources: &Sources,
    session: &Session,
    reporter: &(dyn Reporter + Sync),
) -> Result<Vec<InstallItem>> {
    let settings = sources.settings(&session.prefix)?;
    let wanted: Vec<_> = res.installs.iter().map(|w| &w.pkg).collect();
    let fetched = download::fetch_all(cat, &wanted, &settings, reporter)?;
    Ok(res
        .installs
        .iter()
        .zip(fetched)
        .map(|(w, file)| fetched_item(w, Some(file)))
        .collect())
}

/// What the plan is given of a package the resolution fetched (`file`, open): the index's
/// word on it, to be checked again on the open file.
fn fetched_item(w: &resolve::Wanted, file: Option<PackageFile>) -> InstallItem {
    InstallItem {
        file: file
            .as_ref()
            .map(|f| f.path().to_path_buf())
            .unwrap_or_default(),
        opened: file,
        automatic: w.automatic,
        vouched: Some(transaction::Vouched {
            name: w.pkg.pkg.name.clone(),
            digest: w.pkg.pkg.file_size.zip(w.pkg.pkg.sha256.clone()),
        }),
        reinstall: w.refresh,
    }
}

/// Steps 2 to 4 within one open session, shared by every operation that installs.
#[derive(Debug, Clone)]
pub struct Pipeline<'a> {
    /// Where downloads come from.
    pub sources: &'a Sources,
    /// `--force` and the machine arch, for planning.
    pub options: transaction::InstallOptions,
    /// What packages may contain.
    pub policy: Policy,
    /// The command line, for the history.
    pub command: String,
    /// Stop after planning.
    pub dry_run: bool,
}

impl Pipeline<'_> {
    /// Downloads what `fetch`'s resolution installs, plans installing it with the `local`
    /// package files (removing what it supersedes), and applies the plan.
    pub fn run(
        &self,
        session: &mut Session,
        fetch: Option<(&Catalogue, &Resolution)>,
        mut local: Vec<InstallItem>,
        reporter: &dyn InstallReporter,
    ) -> Result<TxOutcome> {
        if let Some((cat, res)) = fetch {
            if !res.installs.is_empty() && !self.dry_run && !session.is_scratch() {
                return self.run_overlapped(session, cat, res, local, reporter);
            }
        }
        let mut removes: &[String] = &[];
        if let Some((cat, res)) = fetch {
            local.extend(download(
                cat,
                res,
                self.sources,
                session,
                reporter.progress(),
            )?);
            removes = &res.removes;
        }
        // Step 3, plan.
        let mut plan = transaction::plan_install(session, &local, removes, &self.options)?;
        plan.command = self.command.clone();
        reporter.skipped(&plan.skipped);
        // Step 4, apply.
        apply_plan(
            session,
            &plan,
            &self.policy,
            self.dry_run,
            reporter.progress(),
        )
    }
}

/// A package being fetched for the overlapped pipeline: the catalogue's entry, and the item
/// the plan will get once its file is in.
type Fetching<'c> = (&'c CatPkg, InstallItem, Option<InstalledPkg>);

/// Planned packages and their staged payloads, in slot order.
type Slots = Vec<(transaction::plan::PlannedInstall, Staged)>;

impl Pipeline<'_> {
    /// Download, verify and unpack overlapped: the transaction begins before the downloads,
    /// and each package is opened, verified against the signed index and unpacked into its
    /// staging slot as soon as its download is complete, while the others are still on their
    /// way. Then the whole plan is checked, and applied (or undone) as one transaction.
    fn run_overlapped(
        &self,
        session: &mut Session,
        cat: &Catalogue,
        res: &Resolution,
        local: Vec<InstallItem>,
        reporter: &dyn InstallReporter,
    ) -> Result<TxOutcome> {
        let progress = reporter.progress();
        let settings = self.sources.settings(&session.prefix)?;
        let mut skipped = Vec::new();
        // Slots in plan order, fixed before anything arrives: the downloads (dependencies
        // first), then the local files.
        let mut fetch: Vec<Fetching<'_>> = Vec::new();
        for w in &res.installs {
            let item = fetched_item(w, None);
            match transaction::plan::ahead(session, &item, &self.options)? {
                Ahead::Skip => skipped.push(Notice::AlreadyInstalled {
                    name: w.pkg.pkg.name.clone(),
                }),
                Ahead::Fetch(replaces) => fetch.push((&w.pkg, item, replaces)),
            }
        }
        let mut opened_local = Vec::new();
        for item in &local {
            match transaction::plan::open_item(session, item, &self.options)? {
                Opened::Install(i) => opened_local.push(*i),
                Opened::Skipped(why) => skipped.push(why),
            }
        }
        let early = transaction::Early::begin(session, &self.command, progress)?;
        let prepared = self
            .stage_as_they_arrive(session, cat, &fetch, &settings, &early, progress)
            .and_then(|mut slots| {
                let prefix = &session.prefix;
                let first = slots.len();
                let staged =
                    early.stage_each(prefix, first, &opened_local, &self.policy, progress)?;
                slots.extend(opened_local.into_iter().zip(staged));
                let (installs, staged): (Vec<_>, Vec<_>) = slots.into_iter().unzip();
                let plan = transaction::plan::plan_opened(
                    session,
                    installs,
                    skipped,
                    &res.removes,
                    &self.options,
                )?;
                Ok((plan, staged))
            });
        let (mut plan, staged) = match prepared {
            Ok(p) => p,
            Err(e) => return Err(early.abandon(session, e, progress)),
        };
        plan.command = self.command.clone();
        reporter.skipped(&plan.skipped);
        if plan.is_empty() {
            early.undo(session)?;
            return Ok(TxOutcome::Unchanged(Vec::new()));
        }
        super::apply_staged(session, &plan, early, &staged, &self.policy, progress)
    }

    /// Downloads `fetch` on other threads and, as each download completes (or, for a package
    /// read as it lands, begins), opens, verifies and stages it, [`transaction::STAGERS`] at
    /// a time (this thread one of them); returns them in slot order. Every download runs to
    /// its end; every failed one is reported, the first in slot order as the error.
    fn stage_as_they_arrive(
        &self,
        session: &Session,
        cat: &Catalogue,
        fetch: &[Fetching<'_>],
        settings: &crate::config::Settings,
        early: &transaction::Early,
        progress: &(dyn Reporter + Sync),
    ) -> Result<Slots> {
        let wanted: Vec<_> = fetch.iter().map(|(p, ..)| *p).collect();
        let (send, queue) = std::sync::mpsc::channel();
        let arrivals = Arrivals::new(queue, fetch.len());
        let prefix = &session.prefix;
        let staging = early.staging(prefix);
        let _alongside = (fetch.len() > 1).then(package::Alongside::begin);
        let fetched = transaction::flushing(&staging, |hint| {
            std::thread::scope(|s| {
                // The sender goes with the downloads: the stagers end when they do.
                let wanted = &wanted;
                let downloads = s.spawn(move || {
                    download::fetch_each(cat, wanted, settings, progress, true, &|i, r| {
                        let _ = send.send((i, r));
                    })
                });
                let stager = || {
                    while let Some((i, file)) = arrivals.next() {
                        let (_, item, replaces) = &fetch[i];
                        let staged = file.and_then(|file| {
                            let item = InstallItem {
                                file: file.path().to_path_buf(),
                                opened: Some(file),
                                ..item.clone()
                            };
                            self.stage_one(prefix, early, i, &item, replaces.clone(), progress)
                        });
                        arrivals.done(i, staged, hint);
                    }
                };
                let others: Vec<_> = (1..transaction::STAGERS).map(|_| s.spawn(stager)).collect();
                stager();
                for o in others {
                    o.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
                }
                downloads.join()
            })
        });
        match fetched {
            Ok(r) => r?,
            Err(payload) => return Err(Error::panicked("download", payload)),
        }
        arrivals.into_slots(progress)
    }

    /// Opens a fetched package (checked again on the open file) and stages it in `slot`;
    /// `replaces` is what the plan looked up for it.
    fn stage_one(
        &self,
        prefix: &Prefix,
        early: &transaction::Early,
        slot: usize,
        item: &InstallItem,
        replaces: Option<InstalledPkg>,
        progress: &dyn Reporter,
    ) -> Result<(transaction::plan::PlannedInstall, Staged)> {
        let open = transaction::plan::open_vouched(&prefix.name, item, &self.options, replaces);
        let staged = open.and_then(|opened| match opened {
            Opened::Install(inst) => {
                let st = early.stage(prefix, slot, &inst, &self.policy, progress)?;
                Ok((*inst, st))
            }
            // Decided before the download from the same index: only a change to the
            // database under the lock could bring this, which the lock rules out.
            Opened::Skipped(why) => Err(Error::refused(Refusal::Other, why.to_string())),
        });
        // A package read while it downloaded counts only once the download has checked the
        // whole file; if the download failed, that is why (a reader stopped by it says less).
        match item.opened.as_ref().map_or(Ok(()), PackageFile::landed) {
            Ok(()) => staged,
            Err(e) => Err(e),
        }
    }
}

/// A package's download as the downloading threads report it: its slot, and its file or why
/// not.
type Arrived = (usize, Result<PackageFile>);

/// What the stagers of [`Pipeline::stage_as_they_arrive`] share: the downloads as they are
/// reported, the staged slots, and the failures.
struct Arrivals {
    queue: Mutex<std::sync::mpsc::Receiver<Arrived>>,
    slots: Mutex<Vec<Option<(transaction::plan::PlannedInstall, Staged)>>>,
    failed: Mutex<Vec<(usize, Error)>>,
}

impl Arrivals {
    fn new(queue: std::sync::mpsc::Receiver<Arrived>, n: usize) -> Arrivals {
        Arrivals {
            queue: Mutex::new(queue),
            slots: Mutex::new((0..n).map(|_| None).collect()),
            failed: Mutex::new(Vec::new()),
        }
    }

    /// The next download to stage; `None` once the downloads are over. After a failure the
    /// rest only finish downloading (into the cache): their failures are kept, nothing more
    /// is staged.
    fn next(&self) -> Option<Arrived> {
        loop {
            let (i, file) = lock(&self.queue).recv().ok()?;
            let mut failed = lock(&self.failed);
            if failed.is_empty() {
                return Some((i, file));
            }
            failed.extend(file.err().map(|e| (i, e)));
        }
    }

    /// Records slot `i`'s outcome; a staged package is a hint to start writing it back.
    fn done(
        &self,
        i: usize,
        staged: Result<(transaction::plan::PlannedInstall, Staged)>,
        hint: &dyn Fn(),
    ) {
        match staged {
            Ok(v) => {
                lock(&self.slots)[i] = Some(v);
                hint();
            }
            Err(e) => lock(&self.failed).push((i, e)),
        }
    }

    /// The staged packages in slot order, or the first failed package's error in slot order
    /// (not the first to fail, so that it does not depend on which transfer ended first),
    /// the others said before it.
    fn into_slots(self, reporter: &dyn Reporter) -> Result<Slots> {
        let mut failed = self.failed.into_inner().unwrap_or_else(|e| e.into_inner());
        failed.sort_by_key(|(i, _)| *i);
        let failed = failed.into_iter().map(|(_, e)| e).collect();
        if let Some(e) = download::first_of(failed, reporter) {
            return Err(e);
        }
        let slots = self.slots.into_inner().unwrap_or_else(|e| e.into_inner());
        Ok(slots.into_iter().flatten().collect())
    }
}

/// A lock that a panicked holder left is still the data's: the panic is resumed elsewhere.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Whether a command-line argument names a package file rather than a package.
pub fn names_a_file(arg: &str) -> bool {
    Path::new(arg).is_file()
        || arg.contains('/')
        || crate::package::Compression::of_name(arg).is_some()
}

/// Whether an import line is a pkgsrc directory, `category/name`.
fn is_pkgpath(line: &str) -> bool {
    let mut parts = line.split('/');
    let ok = |p: Option<&str>| {
        p.is_some_and(|p| {
            !p.is_empty()
                && p != ".."
                && p != "."
                && p.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.+".contains(&b))
        })
    };
    ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
}

/// The prefix a package file was built for: where files install when no prefix is chosen.
pub fn built_for(file: &Path) -> Result<String> {
    Ok(package::read_metadata(file)?.plist.prefix)
}

/// The packages of an `export` list (one a line, `#` comments): PKGPATHs (`lang/gcc12`) as
/// pkgin writes them, or package names and patterns, for `cbe import`.
pub fn read_import_list(file: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(file).at(file)?;
    let packages: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    if packages.is_empty() {
        return Err(Error::malformed(file, "lists no packages"));
    }
    if let Some(bad) = packages.iter().find(|p| !is_pkgpath(p) && names_a_file(p)) {
        return Err(Error::malformed(
            file,
            format!(
                "`{bad}` is not a package name or a PKGPATH (category/name); the list holds one a line"
            ),
        ));
    }
    Ok(packages)
}

/// A package `install --download-only` fetched.
#[derive(Debug, Clone, Serialize)]
pub struct Downloaded {
    /// The package.
    pub name: String,
    /// Its file in the cache, verified against the signed index.
    pub file: PathBuf,
    /// Its size.
    pub size: Option<u64>,
}

/// What `install --download-only` did or, with `--dry-run`, would do. Serialized as the bare
/// value each variant holds.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum DownloadOutcome {
    /// `--dry-run`: what would be downloaded.
    WouldResolve(ResolutionView),
    /// What is now in the cache (empty when every request was already satisfied).
    Downloaded(Vec<Downloaded>),
}

/// pkgin's `install -d`: resolve `opts.requests` and download what the resolution installs
/// into the cache, verified; install nothing. A later install of the same packages finds
/// them there.
pub fn download_only(
    opts: &InstallOptions,
    reporter: &dyn InstallReporter,
) -> Result<DownloadOutcome> {
    if let Some(f) = opts.files.first() {
        return Err(Error::Usage(format!(
            "--download-only fetches packages from the repositories; {} is a package file already",
            f.display()
        )));
    }
    let session = opts.target.write(reporter.progress())?;
    let cat = update::catalogue(&session, &opts.sources, reporter.progress())?;
    let res = resolve(&session, &cat, &opts.requests, opts.upgrade, opts.force)?;
    reporter.satisfied(&res.satisfied);
    let view = check_space(&session, &opts.sources, &res, true)?;
    if opts.dry_run {
        return Ok(DownloadOutcome::WouldResolve(view));
    }
    reporter.resolved(&view);
    let items = download(&cat, &res, &opts.sources, &session, reporter.progress())?;
    Ok(DownloadOutcome::Downloaded(
        res.installs
            .iter()
            .zip(items)
            .map(|(w, item)| Downloaded {
                name: w.pkg.pkg.name.clone(),
                file: item.file,
                size: w.pkg.pkg.file_size,
            })
            .collect(),
    ))
}
