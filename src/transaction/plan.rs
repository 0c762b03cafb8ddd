//! Deciding what a transaction will do, and refusing it before anything is written when it
//! would break dependencies, conflict, or overwrite what is not its own.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::PathBuf;

use super::relations::{Change, Declared};
use super::Session;
use crate::error::{Error, Refusal, Result};
use crate::package::{read_metadata_from, Metadata, PackageFile};
use crate::pkgdb::{Action, InstalledPkg};
use crate::report::Notice;
use crate::version::PkgName;

/// One package a transaction installs.
#[derive(Debug, Clone)]
pub struct PlannedInstall {
    /// The package file's name.
    pub file: PathBuf,
    /// The package file, opened once while planning: verified, read and unpacked through the
    /// same open file, never by its name again.
    pub package: PackageFile,
    /// Its metadata, read while planning.
    pub meta: Metadata,
    /// The installed package of the same base it replaces.
    pub replaces: Option<InstalledPkg>,
    /// Installed only as a dependency.
    pub automatic: bool,
}

impl PlannedInstall {
    /// Install, upgrade, downgrade or reinstall.
    pub fn action(&self) -> Action {
        let old = self.replaces.as_ref().map(|o| o.version.as_str());
        Action::installing(&self.meta.plist.name, old)
    }
}

/// What a transaction will do.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Packages to install or to put in place of an installed one.
    pub installs: Vec<PlannedInstall>,
    /// Installed packages to remove.
    pub removes: Vec<InstalledPkg>,
    /// Requests that need nothing done, with why.
    pub skipped: Vec<Notice>,
    /// Replace files on disk that belong to no package (`--force`).
    pub force: bool,
    /// The command line, for history.
    pub command: String,
}

/// One line of a plan as `--dry-run` and `--json` show it; the history records the same.
pub use crate::pkgdb::TxStep as PlanStep;

impl Plan {
    /// Whether the plan changes nothing.
    pub fn is_empty(&self) -> bool {
        self.installs.is_empty() && self.removes.is_empty()
    }

    /// Names of the installed packages the plan takes away (removed or replaced).
    pub fn gone(&self) -> HashSet<&str> {
        self.removes
            .iter()
            .map(|p| p.name.as_str())
            .chain(self.replaced())
            .collect()
    }

    /// Names of the installed packages the plan replaces with another version.
    pub fn replaced(&self) -> impl Iterator<Item = &str> {
        self.installs
            .iter()
            .filter_map(|i| i.replaces.as_ref().map(|r| r.name.as_str()))
    }

    /// The plan's steps, installs first.
    pub fn steps(&self) -> Vec<PlanStep> {
        let mut v: Vec<PlanStep> = self
            .installs
            .iter()
            .map(|i| PlanStep {
                action: i.action(),
                name: i.meta.plist.name.clone(),
                old: i.replaces.as_ref().map(|o| o.name.clone()),
            })
            .collect();
        v.extend(self.removes.iter().map(|r| PlanStep {
            action: Action::Remove,
            name: r.name.clone(),
            old: None,
        }));
        v
    }
}

/// Choices for installing.
#[derive(Debug, Clone, Default)]
pub struct InstallOptions {
    /// Replace unowned files on disk, and install over broken dependencies of others.
    pub force: bool,
    /// The machine architecture packages must be built for.
    pub arch: String,
}

/// Choices for removing.
#[derive(Debug, Clone, Default)]
pub struct RemoveOptions {
    /// Also remove the packages that depend on the named ones (pkg_delete's `-r`).
    pub recursive: bool,
    /// Remove even when others depend on them.
    pub force: bool,
}

/// One package file to install.
#[derive(Debug, Clone)]
pub struct InstallItem {
    /// The package file (already verified, when it came from a repository).
    pub file: PathBuf,
    /// The file already open, when the download or the cache check hashed it through this
    /// descriptor.
    pub opened: Option<PackageFile>,
    /// Installed only as a dependency of another.
    pub automatic: bool,
    /// What the signed index says of it, when it came from a repository.
    pub vouched: Option<Vouched>,
    /// Install it even when the same version is installed: the resolution found another
    /// build of it (pkgin's refresh).
    pub reinstall: bool,
}

/// What a signed index says of one package file.
#[derive(Debug, Clone)]
pub struct Vouched {
    /// `PKGNAME`: the package's `@name` must be the same, or the index would have vouched
    /// for another package.
    pub name: String,
    /// `FILE_SIZE` and `FILE_CKSUM`'s SHA-256 (downloads are refused without them).
    pub digest: Option<(u64, String)>,
}

/// Plans installing the package files `items` into the session's prefix, removing the
/// installed packages `supersede` in the same transaction.
pub fn plan_install(
    session: &Session,
    items: &[InstallItem],
    supersede: &[String],
    opts: &InstallOptions,
) -> Result<Plan> {
    let mut opened = Vec::with_capacity(items.len());
    let mut skipped = Vec::new();
    for item in items {
        match open_item(session, item, opts)? {
            Opened::Install(i) => opened.push(*i),
            Opened::Skipped(why) => skipped.push(why),
        }
    }
    plan_opened(session, opened, skipped, supersede, opts)
}

/// One package file opened for a plan: to install, or left out (already installed).
pub enum Opened {
    /// To install or put in place of an installed one.
    Install(Box<PlannedInstall>),
    /// Left out, with why.
    Skipped(Notice),
}

/// Opens one package file for a plan: verified against what the index vouches for (on the
/// open file that is read from now on), its metadata read, its prefix and arch checked.
pub fn open_item(session: &Session, item: &InstallItem, opts: &InstallOptions) -> Result<Opened> {
    let (package, meta) = open_file(&session.prefix.name, item, opts)?;
    let replaces = installed_base(session, &meta.plist.name)?;
    Ok(opened(item, opts, package, meta, replaces))
}

/// [`open_item`] on a thread that does not hold the session, for an item the index vouches
/// for: `replaces` is what [`ahead`] looked up for it beforehand (the file is refused unless
/// it bears the vouched name, so the lookup is the same).
pub fn open_vouched(
    prefix: &str,
    item: &InstallItem,
    opts: &InstallOptions,
    replaces: Option<InstalledPkg>,
) -> Result<Opened> {
    let (package, meta) = open_file(prefix, item, opts)?;
    Ok(opened(item, opts, package, meta, replaces))
}

/// The file's half of [`open_item`], which needs no database: the file checked against what
/// the index vouches for, its metadata read, its prefix and arch checked.
fn open_file(
    prefix: &str,
    item: &InstallItem,
    opts: &InstallOptions,
) -> Result<(PackageFile, Metadata)> {
    let file = &item.file;
    let package = match &item.opened {
        Some(p) => p.clone(),
        None => PackageFile::open(file)?,
    };
    if let Some((size, sha256)) = item.vouched.as_ref().and_then(|v| v.digest.as_ref()) {
        // Again on the open file that is read from now on, unless it was hashed through
        // it: the cache may have been changed since the download was checked.
        package.verify(*size, sha256)?;
    }
    let meta = read_metadata_from(&package)?;
    let name = meta.plist.name.clone();
    if let Some(want) = item
        .vouched
        .as_ref()
        .map(|v| &v.name)
        .filter(|w| **w != name)
    {
        return Err(Error::verify(
            file,
            format!("the signed index names this package {want}, but it says it is {name} (@name); refusing a package that is not what the index vouches for"),
        ));
    }
    if meta.plist.prefix != prefix {
        return Err(Error::refused(
            Refusal::WrongPrefix,
            format!(
                "{}: {name} was built for prefix {}, not {}; use the package built for this prefix",
                file.display(),
                meta.plist.prefix,
                prefix
            ),
        ));
    }
    if let Some(arch) = meta.build_info().value("MACHINE_ARCH") {
        if crate::os::canonical_arch(&arch) != crate::os::canonical_arch(&opts.arch) {
            return Err(Error::refused(Refusal::WrongArch, format!(
                "{}: {name} was built for machine arch {arch}, this machine is {}; use a package built for {}",
                file.display(),
                opts.arch,
                opts.arch
            )));
        }
    }
    Ok((package, meta))
}

/// The database's half of [`open_item`]: left out when the very same package is installed.
fn opened(
    item: &InstallItem,
    opts: &InstallOptions,
    package: PackageFile,
    meta: Metadata,
    replaces: Option<InstalledPkg>,
) -> Opened {
    let name = &meta.plist.name;
    if skips(replaces.as_ref(), name, item, opts) {
        let name = name.clone();
        return Opened::Skipped(Notice::AlreadyInstalled { name });
    }
    Opened::Install(Box::new(PlannedInstall {
        file: item.file.clone(),
        package,
        meta,
        replaces,
        automatic: item.automatic,
    }))
}

/// What the index says of an item before its download.
pub enum Ahead {
    /// Left out: the very same package is installed (the test [`open_item`] makes on the
    /// file).
    Skip,
    /// To be fetched, replacing the installed package of its base, if any.
    Fetch(Option<InstalledPkg>),
}

/// [`Ahead`] of `item`, looked up by the name the index vouches for, before the file is at
/// hand; an item the index does not vouch for replaces nothing known yet.
pub fn ahead(session: &Session, item: &InstallItem, opts: &InstallOptions) -> Result<Ahead> {
    let Some(name) = item.vouched.as_ref().map(|v| v.name.as_str()) else {
        return Ok(Ahead::Fetch(None));
    };
    let replaces = installed_base(session, name)?;
    Ok(if skips(replaces.as_ref(), name, item, opts) {
        Ahead::Skip
    } else {
        Ahead::Fetch(replaces)
    })
}

/// The installed package of `name`'s base, which installing `name` replaces.
fn installed_base(session: &Session, name: &str) -> Result<Option<InstalledPkg>> {
    let base = PkgName::new(name).base();
    Ok(session.db.package(base)?.filter(|p| p.base == base))
}

/// Whether `name` is left out: the very same package is installed, and neither `--force`
/// nor a refresh asks for it again.
fn skips(
    old: Option<&InstalledPkg>,
    name: &str,
    item: &InstallItem,
    opts: &InstallOptions,
) -> bool {
    old.is_some_and(|old| old.name == name && !opts.force && !item.reinstall)
}

/// The plan of the opened packages `installs` (in the order given), with the installed
/// packages `supersede` removed: refused when two are of one base, or when it would remove a
/// preserved package, break dependencies, conflict or overwrite what is not its own.
pub fn plan_opened(
    session: &Session,
    installs: Vec<PlannedInstall>,
    skipped: Vec<Notice>,
    supersede: &[String],
    opts: &InstallOptions,
) -> Result<Plan> {
    let db = &session.db;
    let mut bases: HashMap<String, PathBuf> = HashMap::new();
    for i in &installs {
        let base = PkgName::new(&i.meta.plist.name).base().to_string();
        if let Some(other) = bases.insert(base.clone(), i.file.clone()) {
            return Err(Error::refused(
                Refusal::Other,
                format!(
                    "{} and {} are both packages of {base}; give one",
                    other.display(),
                    i.file.display()
                ),
            ));
        }
    }
    let mut plan = Plan {
        force: opts.force,
        installs,
        skipped,
        ..Plan::default()
    };
    for name in supersede {
        if let Some(p) = db.package(name)? {
            plan.removes.push(p);
        }
    }
    refuse_preserved(session, &plan, opts.force)?;
    check_relations(session, &plan, opts.force)?;
    check_files(session, &plan)?;
    Ok(plan)
}

/// PKG_PRESERVE (`+PRESERVE`, `@option preserve`): pkg_delete refuses to remove such a
/// package, pkgsrc's own tools among them; so does cbe, unless forced. Replacing one with
/// another version is allowed, as pkg_add -U does.
fn refuse_preserved(session: &Session, plan: &Plan, force: bool) -> Result<()> {
    if force {
        return Ok(());
    }
    for p in &plan.removes {
        if session.db.preserved(p.id)? {
            return Err(Error::refused(Refusal::Preserved, format!(
                "{} is marked to be preserved (PKG_PRESERVE) and is not removed; `cbe remove --force {}` removes it anyway",
                p.name, p.base
            )));
        }
    }
    Ok(())
}

/// Plans removing the installed packages `names` (full or base names).
pub fn plan_remove(session: &Session, names: &[String], opts: &RemoveOptions) -> Result<Plan> {
    let db = &session.db;
    let mut plan = Plan {
        force: opts.force,
        ..Plan::default()
    };
    let mut chosen: HashSet<String> = HashSet::new();
    for n in names {
        match db.package(n)? {
            Some(p) => {
                if chosen.insert(p.name.clone()) {
                    plan.removes.push(p);
                }
            }
            None => {
                return Err(Error::refused(
                    Refusal::NotInstalled,
                    format!(
                        "{n} is not installed in {}; see `cbe list`",
                        session.prefix.name
                    ),
                ))
            }
        }
    }
    if opts.recursive {
        // Add every package that would lose a dependency, until nothing more breaks.
        loop {
            let broken = broken_dependents(session, &plan)?;
            if broken.is_empty() {
                break;
            }
            for (pkg, _) in broken {
                if chosen.insert(pkg.name.clone()) {
                    plan.removes.push(pkg);
                }
            }
        }
    }
    refuse_preserved(session, &plan, opts.force)?;
    check_relations(session, &plan, opts.force)?;
    Ok(plan)
}

/// The installed packages with the relations each declares.
type InstalledRelations = Vec<(InstalledPkg, Vec<String>, Vec<String>)>;

fn installed_relations(session: &Session) -> Result<InstalledRelations> {
    let db = &session.db;
    let mut out = Vec::new();
    for p in db.packages()? {
        let (depends, conflicts) = (db.depends_of(p.id)?, db.conflicts_of(p.id)?);
        out.push((p, depends, conflicts));
    }
    Ok(out)
}

/// The plan as a [`Change`] of the installed packages `inst`.
fn change_of<'a>(plan: &'a Plan, inst: &'a InstalledRelations) -> Change<'a> {
    let gone = plan.gone();
    let declared =
        |(p, d, c): &'a (InstalledPkg, Vec<String>, Vec<String>)| Declared::new(&p.name, d, c);
    let (leaving, staying): (Vec<_>, Vec<_>) = inst
        .iter()
        .partition(|(p, _, _)| gone.contains(p.name.as_str()));
    Change {
        incoming: plan
            .installs
            .iter()
            .map(|i| {
                let pl = &i.meta.plist;
                Declared::new(&pl.name, &pl.depends, &pl.conflicts)
            })
            .collect(),
        staying: staying.into_iter().map(declared).collect(),
        leaving: leaving
            .into_iter()
            .map(|(p, _, _)| p.name.as_str())
            .collect(),
    }
}

/// Installed packages that keep a dependency satisfied before the plan and lose it after.
fn broken_dependents(session: &Session, plan: &Plan) -> Result<Vec<(InstalledPkg, String)>> {
    let inst = installed_relations(session)?;
    let change = change_of(plan, &inst);
    let broken = change.broken();
    Ok(inst
        .iter()
        .filter_map(|(p, _, _)| {
            let (_, dep) = broken.iter().find(|(n, _)| *n == p.name)?;
            Some((p.clone(), dep.to_string()))
        })
        .collect())
}

/// Dependencies and conflicts, as the resolution checks them (`--force` lets missing and
/// broken dependencies through, never a conflict).
fn check_relations(session: &Session, plan: &Plan, force: bool) -> Result<()> {
    let inst = installed_relations(session)?;
    let change = change_of(plan, &inst);
    if !force {
        change.refuse_missing()?;
    }
    change.refuse_conflicts()?;
    if !force {
        let what = if plan.removes.is_empty() {
            "this change"
        } else {
            "removing it"
        };
        change.refuse_broken(what, |p| format!("remove {p} too (--recursive)"))?;
    }
    Ok(())
}

/// Files: none may belong to a package that stays, none may be given twice, none may land
/// on a file that belongs to nobody (without `--force`), and none may be written through a
/// symlink or over a directory.
fn check_files(session: &Session, plan: &Plan) -> Result<()> {
    let replaced = plan.gone();
    let mut claimed: HashMap<&str, &str> = HashMap::new();
    let mut dirs_ok: HashSet<String> = HashSet::new();
    let mut absent: HashSet<String> = HashSet::new();
    let db = &session.db;
    // Files that the plan frees, so they may be replaced.
    let mut freed: HashSet<String> = HashSet::new();
    for i in &plan.installs {
        if let Some(old) = &i.replaces {
            freed.extend(db.files_of(old.id)?.into_iter().map(|f| f.path));
        }
    }
    for r in &plan.removes {
        freed.extend(db.files_of(r.id)?.into_iter().map(|f| f.path));
    }
    // Who owns each installed file, read once rather than asked per file.
    let packages: HashMap<i64, InstalledPkg> =
        db.packages()?.into_iter().map(|p| (p.id, p)).collect();
    let owners: HashMap<String, &InstalledPkg> = db
        .all_files()?
        .into_iter()
        .filter_map(|f| packages.get(&f.package_id).map(|p| (f.path, p)))
        .collect();
    for i in &plan.installs {
        let name = i.meta.plist.name.as_str();
        // The package's directories (`@pkgdir`) are made too: none through a symlink on disk.
        for d in &i.meta.plist.dirs {
            for anc in crate::core::relpath::ancestors(d) {
                let p = session.prefix.path(anc);
                if fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink()) {
                    return Err(Error::verify(
                        &i.file,
                        format!(
                            "directory {d} would be made through the symlink {}; refusing",
                            p.display()
                        ),
                    ));
                }
            }
        }
        for e in &i.meta.plist.entries {
            if let Some(other) = claimed.insert(e.path.as_str(), name) {
                return Err(Error::refused(
                    Refusal::Conflict,
                    format!(
                        "{other} and {name} both contain {}; they cannot be installed together",
                        e.path
                    ),
                ));
            }
            if !freed.contains(&e.path) {
                if let Some(owner) = owners.get(e.path.as_str()) {
                    if !replaced.contains(owner.name.as_str()) {
                        return Err(Error::refused(
                            Refusal::FileOwned,
                            format!(
                                "{name}: {} already belongs to {}; remove {} first",
                                e.path, owner.name, owner.base
                            ),
                        ));
                    }
                }
            }
            for anc in crate::core::relpath::ancestors(&e.path) {
                if !dirs_ok.insert(anc.to_string()) {
                    break;
                }
                let p = session.prefix.path(anc);
                let md = match fs::symlink_metadata(&p) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        absent.insert(anc.to_string());
                        None
                    }
                    found => found.ok(),
                };
                if let Some(md) = md {
                    if md.file_type().is_symlink() {
                        return Err(Error::verify(
                            &i.file,
                            format!(
                                "{} would be written through the symlink {}; refusing",
                                e.path,
                                p.display()
                            ),
                        ));
                    }
                    if !md.is_dir() && !freed.contains(anc) {
                        return Err(Error::refused(
                            Refusal::InTheWay,
                            format!(
                                "{name}: {} needs directory {anc}, but a file is there",
                                e.path
                            ),
                        ));
                    }
                }
            }
            // Nothing is beneath a directory that is not there: a fresh install asks once
            // per directory, not once per file.
            if crate::core::relpath::ancestors(&e.path)
                .next()
                .is_some_and(|parent| absent.contains(parent))
            {
                continue;
            }
            let p = session.prefix.path(&e.path);
            if let Ok(md) = fs::symlink_metadata(&p) {
                if md.is_dir() {
                    return Err(Error::refused(
                        Refusal::InTheWay,
                        format!(
                            "{name}: {} is a directory on disk; move it away first",
                            p.display()
                        ),
                    ));
                }
                if !freed.contains(&e.path) && !plan.force {
                    return Err(Error::refused(Refusal::InTheWay, format!(
                        "{name}: {} exists and belongs to no package; move it away or use --force to replace it",
                        p.display()
                    )));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transaction::{LockOptions, Prefix};

    struct Quiet;
    impl crate::report::Reporter for Quiet {
        fn notice(&self, _: Notice) {}
        fn step(&self, _: &str) {}
    }

    /// A prefix where `gcc7` depends on `binutils`, which depends on `zlib`; `tool` stands alone.
    fn session(root: &std::path::Path) -> Session {
        let prefix = Prefix::new(root, "/opt/smartos-cbe/1").unwrap();
        let s = Session::open_write(&prefix, LockOptions::default(), &Quiet).unwrap();
        let deps = |d: &str| vec![d.to_string()];
        s.db.record_installed("zlib-1.3", &[], "", true);
        s.db.record_installed("binutils-2.41", &deps("zlib>=1"), "", true);
        s.db.record_installed("gcc7-7.5.0", &deps("binutils>=2.30"), "", false);
        s.db.record_installed("tool-1.0", &[], "", false);
        s
    }

    fn removed(plan: &Plan) -> Vec<&str> {
        let mut v: Vec<&str> = plan.removes.iter().map(|p| p.name.as_str()).collect();
        v.sort();
        v
    }

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_removal_that_breaks_a_dependent_is_refused_before_anything_is_written() {
        let d = tempfile::tempdir().unwrap();
        let s = session(d.path());
        let e = plan_remove(&s, &names(&["binutils"]), &RemoveOptions::default()).unwrap_err();
        assert!(e.to_string().contains("gcc7-7.5.0"), "{e}");
        let plan = plan_remove(&s, &names(&["tool"]), &RemoveOptions::default()).unwrap();
        assert_eq!(removed(&plan), ["tool-1.0"]);
        let e = plan_remove(&s, &names(&["nothere"]), &RemoveOptions::default()).unwrap_err();
        assert!(e.to_string().contains("nothere is not installed"), "{e}");
    }

    #[test]
    fn recursive_removal_takes_every_dependent_and_force_takes_none() {
        let d = tempfile::tempdir().unwrap();
        let s = session(d.path());
        let recursive = RemoveOptions {
            recursive: true,
            force: false,
        };
        let plan = plan_remove(&s, &names(&["zlib"]), &recursive).unwrap();
        assert_eq!(removed(&plan), ["binutils-2.41", "gcc7-7.5.0", "zlib-1.3"]);
        let force = RemoveOptions {
            recursive: false,
            force: true,
        };
        let plan = plan_remove(&s, &names(&["zlib", "zlib-1.3"]), &force).unwrap();
        assert_eq!(removed(&plan), ["zlib-1.3"], "named twice, removed once");
        let steps = plan.steps();
        assert_eq!(steps[0].action, Action::Remove);
    }
}
