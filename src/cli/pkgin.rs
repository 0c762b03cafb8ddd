//! pkgin's verbs: the commands that work with repositories.

use std::path::{Path, PathBuf};

use super::args::{Global, InstallArgs};
use super::commands::{
    carry_out, command_line, lock_options, not_installed, prefix_name, print_json, read_session,
    require_prefix,
};
use super::CliReporter;
use crate::config::{self, Overrides, Settings};
use crate::error::{exit, Error, IoContext, Result};
use crate::package::{self, Policy};
use crate::repo::catalogue::{self, Catalogue};
use crate::report::Reporter;
use crate::resolve::{self, Resolution};
use crate::transaction::{
    plan_install, plan_remove, InstallItem, InstallOptions, Prefix, RemoveOptions, Session,
};
use crate::version::pkg_match;

fn arch(g: &Global) -> String {
    g.arch.clone().unwrap_or_else(package::host_arch)
}

fn settings(g: &Global, prefix: &Prefix) -> Result<Settings> {
    config::settings(
        &g.root,
        prefix,
        &arch(g),
        &Overrides {
            repos: g.repos.clone(),
            trusted_keys: g.trusted_keys.clone(),
            cache_dir: g.cache_dir.clone(),
            parallel: g.parallel,
            timeout: g.timeout,
        },
    )
}

fn refresh(g: &Global, rep: &CliReporter, session: &Session) -> Result<Vec<catalogue::RepoUpdate>> {
    let s = settings(g, &session.prefix)?;
    catalogue::update(
        &session.db,
        &s,
        config::line_of(&session.prefix.name),
        &arch(g),
        rep,
    )
}

/// The catalogue, fetched first when there is none yet or when repositories were given on
/// the command line.
fn catalogue_for(g: &Global, rep: &CliReporter, session: &Session) -> Result<Catalogue> {
    let cat = Catalogue::load(&session.db)?;
    if cat.is_empty() || !g.repos.is_empty() {
        refresh(g, rep, session)?;
        return Catalogue::load(&session.db);
    }
    Ok(cat)
}

/// `cbe update`.
pub fn update(g: &Global, rep: &CliReporter) -> Result<i32> {
    let prefix = require_prefix(g)?;
    let session = Session::open_write(&prefix, lock_options(g), rep)?;
    let report = refresh(g, rep, &session)?;
    if g.json {
        print_json(&report)?;
    } else if !g.quiet {
        for r in &report {
            println!(
                "{}: release {} ({} packages, {})",
                r.url, r.release, r.packages, r.outcome
            );
        }
    }
    Ok(exit::OK)
}

fn is_file_arg(a: &str) -> bool {
    let p = Path::new(a);
    p.is_file()
        || a.contains('/')
        || [".tzst", ".tgz", ".tbz", ".txz", ".tar"]
            .iter()
            .any(|e| a.ends_with(e))
}

/// `cbe install PKG|FILE...`.
pub fn install(g: &Global, rep: &CliReporter, a: &InstallArgs) -> Result<i32> {
    let (files, patterns): (Vec<&String>, Vec<&String>) =
        a.packages.iter().partition(|x| is_file_arg(x));
    let prefix = match prefix_name(g)? {
        Some(p) => Prefix::new(&g.root, &p)?,
        None if patterns.is_empty() => {
            // Without a line or prefix, install where the packages were built for.
            let first = package::read_metadata(Path::new(files[0]))?;
            Prefix::new(&g.root, &first.plist.prefix)?
        }
        None => require_prefix(g)?,
    };
    let mut session = Session::open_write(&prefix, lock_options(g), rep)?;
    let mut items: Vec<InstallItem> = files
        .iter()
        .map(|f| InstallItem {
            file: PathBuf::from(f),
            automatic: a.automatic,
        })
        .collect();
    let opts = InstallOptions {
        force: a.force,
        arch: arch(g),
    };
    let mut plan = if patterns.is_empty() {
        plan_install(&session, &items, &[], &opts)?
    } else {
        let cat = catalogue_for(g, rep, &session)?;
        let requests: Vec<String> = patterns.iter().map(|s| s.to_string()).collect();
        let mut res = resolve::resolve(&cat, &session.db, &requests, false)?;
        if let Some(code) = show_resolution(g, rep, &res)? {
            return Ok(code);
        }
        if a.automatic {
            res.installs.iter_mut().for_each(|w| w.automatic = true);
        }
        let s = settings(g, &session.prefix)?;
        crate::install::plan_resolution(
            &session,
            &cat,
            &res,
            &s,
            std::mem::take(&mut items),
            &opts,
            rep,
        )?
    };
    plan.command = command_line();
    let policy = Policy {
        allow_setuid: a.allow_setuid,
        ..Policy::default()
    };
    carry_out(g, rep, &mut session, &plan, &policy)
}

/// Prints what a resolution will do; returns an exit code when the command stops here
/// (nothing to do, or `--dry-run`).
fn show_resolution(g: &Global, rep: &CliReporter, res: &Resolution) -> Result<Option<i32>> {
    for s in &res.satisfied {
        rep.notice(s);
    }
    if res.installs.is_empty() && res.removes.is_empty() {
        if g.json {
            print_json(&serde_json::json!({"install": [], "remove": []}))?;
        }
        return Ok(Some(exit::OK));
    }
    let lines: Vec<String> = res
        .installs
        .iter()
        .map(|w| match &w.old {
            Some(o) => format!("{} {} (was {o})", w.action, w.pkg.pkg.name),
            None => format!(
                "{} {}{}",
                w.action,
                w.pkg.pkg.name,
                if w.automatic { " (dependency)" } else { "" }
            ),
        })
        .chain(
            res.removes
                .iter()
                .map(|r| format!("remove {r} (superseded)")),
        )
        .collect();
    let summary = format!(
        "{} to install or upgrade, {} to remove; {} to download, {} installed",
        res.installs.len(),
        res.removes.len(),
        human(res.download_bytes()),
        human(res.install_bytes())
    );
    if g.dry_run {
        if g.json {
            print_json(&serde_json::json!({
                "install": res.installs.iter().map(|w| serde_json::json!({
                    "action": w.action, "name": w.pkg.pkg.name, "old": w.old,
                    "automatic": w.automatic, "download_bytes": w.pkg.pkg.file_size,
                    "size": w.pkg.pkg.size_pkg,
                })).collect::<Vec<_>>(),
                "remove": res.removes,
                "download_bytes": res.download_bytes(),
                "install_bytes": res.install_bytes(),
            }))?;
        } else {
            for l in &lines {
                println!("would {l}");
            }
            println!("{summary}");
        }
        return Ok(Some(exit::OK));
    }
    if !g.quiet && !g.json {
        for l in &lines {
            rep.notice(&format!("plan: {l}"));
        }
        rep.notice(&summary);
    }
    Ok(None)
}

fn human(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

/// `cbe upgrade [PKG...]`.
pub fn upgrade(g: &Global, rep: &CliReporter, names: &[String]) -> Result<i32> {
    let prefix = require_prefix(g)?;
    let mut session = Session::open_write(&prefix, lock_options(g), rep)?;
    let cat = catalogue_for(g, rep, &session)?;
    let res = resolve::resolve(&cat, &session.db, names, true)?;
    if let Some(code) = show_resolution(g, rep, &res)? {
        return Ok(code);
    }
    let s = settings(g, &session.prefix)?;
    let opts = InstallOptions {
        force: false,
        arch: arch(g),
    };
    let mut plan =
        crate::install::plan_resolution(&session, &cat, &res, &s, Vec::new(), &opts, rep)?;
    plan.command = command_line();
    carry_out(g, rep, &mut session, &plan, &Policy::default())
}

/// `cbe avail` and `cbe search REGEX`.
pub fn avail(g: &Global, rep: &CliReporter, regex: Option<&String>) -> Result<i32> {
    let prefix = require_prefix(g)?;
    let session = Session::open_write(&prefix, lock_options(g), rep)?;
    let cat = catalogue_for(g, rep, &session)?;
    let re = match regex {
        Some(r) => Some(
            regex::RegexBuilder::new(r)
                .case_insensitive(true)
                .size_limit(1 << 20)
                .build()
                .map_err(|e| Error::Usage(format!("`{r}` is not a regular expression: {e}")))?,
        ),
        None => None,
    };
    let installed: Vec<String> = session.db.packages()?.into_iter().map(|p| p.name).collect();
    let hits: Vec<_> = cat
        .pkgs
        .iter()
        .filter(|p| {
            re.as_ref()
                .is_none_or(|re| re.is_match(&p.pkg.name) || re.is_match(&p.pkg.comment))
        })
        .collect();
    if g.json {
        print_json(&hits)?;
    } else {
        let width = hits.iter().map(|p| p.pkg.name.len()).max().unwrap_or(0);
        for p in &hits {
            let mark = if installed.contains(&p.pkg.name) {
                "="
            } else {
                " "
            };
            println!("{:width$} {mark} {}", p.pkg.name, p.pkg.comment);
        }
    }
    Ok(if regex.is_some() && hits.is_empty() {
        exit::ERROR
    } else {
        exit::OK
    })
}

/// `cbe show-deps PKG`.
pub fn show_deps(g: &Global, rep: &CliReporter, name: &str) -> Result<i32> {
    let (prefix, s) = read_session(g, rep)?;
    if let Some(s) = &s {
        if let Some(p) = s.db.package(name)? {
            let deps = s.db.depends_of(p.id)?;
            return print_list(g, &deps);
        }
        let cat = Catalogue::load(&s.db)?;
        if let Some(c) = cat.best(name) {
            return print_list(g, &c.pkg.depends);
        }
    }
    Err(Error::Refused(format!(
        "{name} is neither installed in {} nor in its catalogue; run `cbe update`",
        prefix.name
    )))
}

/// `cbe show-rev-deps PKG`.
pub fn show_rev_deps(g: &Global, rep: &CliReporter, name: &str) -> Result<i32> {
    let (prefix, s) = read_session(g, rep)?;
    let Some(s) = s else {
        return Err(not_installed(name, &prefix));
    };
    let Some(target) = s.db.package(name)? else {
        return Err(not_installed(name, &prefix));
    };
    let mut out = Vec::new();
    for p in s.db.packages()? {
        if s.db
            .depends_of(p.id)?
            .iter()
            .any(|d| pkg_match(d, &target.name))
        {
            out.push(p.name);
        }
    }
    print_list(g, &out)
}

fn print_list(g: &Global, v: &[String]) -> Result<i32> {
    if g.json {
        print_json(&v)?;
    } else {
        for x in v {
            println!("{x}");
        }
    }
    Ok(exit::OK)
}

/// `cbe autoremove`.
pub fn autoremove(g: &Global, rep: &CliReporter) -> Result<i32> {
    let prefix = require_prefix(g)?;
    if !prefix.db_path().exists() {
        return Ok(exit::OK);
    }
    let mut session = Session::open_write(&prefix, lock_options(g), rep)?;
    let names: Vec<String> = resolve::orphans(&session.db)?
        .into_iter()
        .map(|p| p.name)
        .collect();
    if names.is_empty() {
        rep.notice("no orphaned automatic packages");
        return Ok(exit::OK);
    }
    let mut plan = plan_remove(&session, &names, &RemoveOptions::default())?;
    plan.command = command_line();
    carry_out(g, rep, &mut session, &plan, &Policy::default())
}

/// `cbe export`.
pub fn export(g: &Global, rep: &CliReporter) -> Result<i32> {
    let (_, s) = read_session(g, rep)?;
    let kept: Vec<String> = match &s {
        Some(s) => {
            s.db.packages()?
                .into_iter()
                .filter(|p| !p.automatic)
                .map(|p| p.base)
                .collect()
        }
        None => Vec::new(),
    };
    print_list(g, &kept)
}

/// `cbe import FILE`.
pub fn import(g: &Global, rep: &CliReporter, file: &Path) -> Result<i32> {
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
    if let Some(bad) = packages.iter().find(|p| is_file_arg(p)) {
        return Err(Error::malformed(
            file,
            format!("`{bad}` is not a package name; the list holds names, one a line"),
        ));
    }
    let args = InstallArgs {
        packages,
        force: false,
        allow_setuid: false,
        automatic: false,
    };
    install(g, rep, &args)
}

/// `cbe clean`.
pub fn clean(g: &Global, rep: &CliReporter) -> Result<i32> {
    let prefix = require_prefix(g)?;
    let s = settings(g, &prefix)?;
    let mut n = 0;
    if let Ok(rd) = std::fs::read_dir(&s.cache_dir) {
        for e in rd.flatten() {
            let p = e.path();
            let name = p.to_string_lossy();
            if !name.ends_with(".lock") {
                std::fs::remove_file(&p).at(&p)?;
                n += 1;
            }
        }
    }
    rep.notice(&format!(
        "removed {n} cached files from {}",
        s.cache_dir.display()
    ));
    Ok(exit::OK)
}
