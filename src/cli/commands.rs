//! One function per command; each prints its result and returns the exit code.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::args::{
    Cli, Command, CreateArgs, Global, IndexArgs, PkgCommand, PmatchArgs, RepoCommand,
};
use super::CliReporter;
use crate::error::{exit, Error, IoContext, Result};
use crate::package::{self, CreateSpec, Policy};
use crate::repo::password::PasswordSource;
use crate::transaction::{self, plan_remove, LockOptions, Plan, Prefix, RemoveOptions, Session};
use crate::version::{pkg_match, NameIndex};

/// The prefix the flags name: `--prefix`, or the line of `--cbe`, or the line of the pin file
/// found from the current directory.
pub(super) fn prefix_name(g: &Global) -> Result<Option<String>> {
    if let Some(p) = &g.prefix {
        return Ok(Some(p.clone()));
    }
    if let Some(spec) = &g.cbe {
        let (line, _) = crate::lines::line_of_spec(spec)?;
        return Ok(Some(crate::lines::line_prefix_name(line)));
    }
    Ok(None)
}

pub(super) fn require_prefix(g: &Global) -> Result<Prefix> {
    let name = match prefix_name(g)? {
        Some(n) => n,
        None => super::lines::pin_line()?
            .map(crate::lines::line_prefix_name)
            .ok_or_else(|| {
                Error::Usage(
                    "no prefix chosen: give --cbe N (a CBE line) or --prefix DIR, or run in a checkout with a cbe.toml".to_string(),
                )
            })?,
    };
    Prefix::new(&g.root, &name)
}

pub(super) fn lock_options(g: &Global) -> LockOptions {
    LockOptions {
        timeout: g.lock_timeout.map(Duration::from_secs_f64),
    }
}

pub(super) fn command_line() -> String {
    std::env::args().skip(1).collect::<Vec<_>>().join(" ")
}

pub(super) fn print_json<T: serde::Serialize>(v: &T) -> Result<()> {
    let s = serde_json::to_string_pretty(v).map_err(|e| Error::Refused(e.to_string()))?;
    println!("{s}");
    Ok(())
}

/// Runs the parsed command.
pub fn run(cli: &Cli, rep: &CliReporter) -> Result<i32> {
    let g = &cli.global;
    match &cli.command {
        Command::Pmatch(a) => pmatch(a),
        Command::Pkg(PkgCommand::Create(a)) => pkg_create(g, a),
        Command::Repo(r) => repo(g, rep, r),
        Command::Install(a) => super::pkgin::install(g, rep, a),
        Command::Update => super::pkgin::update(g, rep),
        Command::Extra(cmd) => super::extra::run(g, rep, cmd),
        Command::Ensure(a) => super::lines::ensure(g, rep, a),
        Command::Env { line, shell } => super::lines::env(g, rep, line.as_deref(), shell),
        Command::Platform(super::args::PlatformCommand::Check { oldest }) => {
            super::lines::platform_check(g, rep, oldest.as_deref())
        }
        Command::Lines { action } => super::lines::lines(g, rep, action.as_ref()),
        Command::Upgrade { packages } => super::pkgin::upgrade(g, rep, packages),
        Command::Avail => super::pkgin::avail(g, rep, None),
        Command::Search { regex } => super::pkgin::avail(g, rep, Some(regex)),
        Command::ShowDeps { package } => super::pkgin::show_deps(g, rep, package),
        Command::ShowRevDeps { package } => super::pkgin::show_rev_deps(g, rep, package),
        Command::Autoremove => super::pkgin::autoremove(g, rep),
        Command::Export => super::pkgin::export(g, rep),
        Command::Import { file } => super::pkgin::import(g, rep, file),
        Command::Clean => super::pkgin::clean(g, rep),
        Command::Remove(a) => {
            let prefix = require_prefix(g)?;
            let Some(mut session) = Session::open_read(&prefix, lock_options(g), rep)? else {
                return Err(not_installed(&a.packages[0], &prefix));
            };
            drop(session);
            session = Session::open_write(&prefix, lock_options(g), rep)?;
            let opts = RemoveOptions {
                recursive: a.recursive,
                force: a.force,
            };
            let mut plan = plan_remove(&session, &a.packages, &opts)?;
            plan.command = command_line();
            carry_out(g, rep, &mut session, &plan, &Policy::default())
        }
        Command::List => list(g, rep),
        Command::Info { package } => info(g, rep, package),
        Command::Which { file } => which(g, rep, file),
        Command::Verify { packages } => verify(g, rep, packages),
        Command::Keep { packages } => keep(g, rep, packages, false),
        Command::Unkeep { packages } => keep(g, rep, packages, true),
        Command::History => history(g, rep),
        Command::GenerateDocs { dir } => super::docs::generate(dir).map(|_| exit::OK),
    }
}

pub(super) fn not_installed(name: &str, prefix: &Prefix) -> Error {
    Error::Refused(format!(
        "{name} is not installed in {} (nothing is installed there)",
        prefix.name
    ))
}

pub(super) fn carry_out(
    g: &Global,
    rep: &CliReporter,
    session: &mut Session,
    plan: &Plan,
    policy: &Policy,
) -> Result<i32> {
    use crate::report::Reporter;
    for s in &plan.skipped {
        rep.notice(s);
    }
    if g.dry_run {
        if g.json {
            print_json(&plan.steps())?;
        } else {
            for s in plan.steps() {
                match s.old {
                    Some(old) => println!("would {} {} (replacing {old})", s.action, s.name),
                    None => println!("would {} {}", s.action, s.name),
                }
            }
        }
        return Ok(exit::OK);
    }
    if plan.is_empty() {
        if g.json {
            print_json(&Vec::<()>::new())?;
        }
        return Ok(exit::OK);
    }
    let outcome = transaction::apply(session, plan, policy, rep)?;
    if g.json {
        print_json(&outcome)?;
    } else if !g.quiet {
        for s in &outcome.steps {
            match &s.old {
                Some(old) => println!("{}: {} (was {old})", s.action, s.name),
                None => println!("{}: {}", s.action, s.name),
            }
        }
    }
    Ok(exit::OK)
}

fn pmatch(a: &PmatchArgs) -> Result<i32> {
    if let Some(file) = &a.patterns_file {
        let text = std::fs::read_to_string(file).at(file)?;
        let patterns: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let mut input = String::new();
        for line in std::io::stdin().lock().lines() {
            let line = line.at("<stdin>")?;
            input.push_str(line.trim());
            input.push('\n');
        }
        let names: Vec<&str> = input.lines().filter(|l| !l.is_empty()).collect();
        let index = NameIndex::new(&names);
        let out = std::io::stdout();
        let mut out = std::io::BufWriter::new(out.lock());
        let mut any = false;
        for p in patterns {
            for i in index.matches(p) {
                any = true;
                writeln!(out, "{p} {}", names[i]).at("<stdout>")?;
            }
        }
        out.flush().at("<stdout>")?;
        return Ok(if any { exit::OK } else { exit::ERROR });
    }
    let (Some(p), Some(n)) = (&a.pattern, &a.pkgname) else {
        return Err(Error::Usage(
            "pmatch needs PATTERN and PKGNAME, or -f FILE".to_string(),
        ));
    };
    Ok(if pkg_match(p, n) {
        exit::OK
    } else {
        exit::ERROR
    })
}

fn pkg_create(g: &Global, a: &CreateArgs) -> Result<i32> {
    let mut spec = CreateSpec {
        from: a.from.clone(),
        level: a.level,
        ..CreateSpec::default()
    };
    if let Some(f) = &a.spec {
        spec.read_file(f)?;
    }
    if let Some(n) = &a.name {
        spec.name = n.clone();
    }
    if let Some(p) = prefix_name(g)? {
        spec.prefix = p;
    }
    if let Some(c) = &a.comment {
        spec.comment = c.clone();
    }
    if let Some(d) = &a.desc {
        spec.description = std::fs::read_to_string(d).at(d)?;
    }
    spec.depends.extend(a.depends.iter().cloned());
    spec.conflicts.extend(a.conflicts.iter().cloned());
    for kv in &a.build_info {
        let Some((k, v)) = kv.split_once('=') else {
            return Err(Error::Usage(format!(
                "--build-info `{kv}` is not KEY=VALUE"
            )));
        };
        spec.build_info.push((k.to_string(), v.to_string()));
    }
    if a.smoke_test.is_some() {
        spec.smoke_test = a.smoke_test.clone();
    }
    if spec.name.is_empty() {
        return Err(Error::Usage(
            "pkg create needs --name NAME-VERSION (or PKGNAME in --spec)".into(),
        ));
    }
    if spec.prefix.is_empty() {
        return Err(Error::Usage(
            "pkg create needs --prefix DIR or --cbe N (or PREFIX in --spec)".into(),
        ));
    }
    if !a.from.is_dir() {
        return Err(Error::Usage(format!(
            "--from {}: not a directory",
            a.from.display()
        )));
    }
    let pl = package::create(&spec, &a.output)?;
    if g.json {
        print_json(&serde_json::json!({
            "file": a.output, "name": pl.name, "prefix": pl.prefix, "entries": pl.entries.len(),
        }))?;
    } else if !g.quiet {
        println!(
            "{}: {} ({} files)",
            a.output.display(),
            pl.name,
            pl.entries.len()
        );
    }
    Ok(exit::OK)
}

pub(super) fn read_session(g: &Global, rep: &CliReporter) -> Result<(Prefix, Option<Session>)> {
    let prefix = require_prefix(g)?;
    let s = Session::open_read(&prefix, lock_options(g), rep)?;
    Ok((prefix, s))
}

fn list(g: &Global, rep: &CliReporter) -> Result<i32> {
    let (_, s) = read_session(g, rep)?;
    let pkgs = match &s {
        Some(s) => s.db.packages()?,
        None => Vec::new(),
    };
    if g.json {
        print_json(&pkgs)?;
    } else {
        let width = pkgs.iter().map(|p| p.name.len()).max().unwrap_or(0);
        for p in &pkgs {
            println!("{:width$} {}", p.name, p.comment);
        }
    }
    Ok(exit::OK)
}

fn info(g: &Global, rep: &CliReporter, what: &str) -> Result<i32> {
    let as_file = Path::new(what);
    if as_file.is_file() {
        let meta = package::read_metadata(as_file)?;
        let pl = &meta.plist;
        if g.json {
            print_json(&serde_json::json!({
                "name": pl.name, "prefix": pl.prefix, "comment": meta.comment(),
                "description": meta.text("+DESC"), "depends": pl.depends, "conflicts": pl.conflicts,
                "files": pl.entries.len(), "build_info": meta.text("+BUILD_INFO"),
            }))?;
        } else {
            println!("Information for {}:\n", pl.name);
            println!("Comment:\n{}\n", meta.comment());
            println!("Description:\n{}", meta.text("+DESC"));
            println!("Prefix: {}", pl.prefix);
            for d in &pl.depends {
                println!("Requires: {d}");
            }
            for c in &pl.conflicts {
                println!("Conflicts: {c}");
            }
            println!("Files: {}", pl.entries.len());
        }
        return Ok(exit::OK);
    }
    let (prefix, s) = read_session(g, rep)?;
    let Some(s) = s else {
        return Err(not_installed(what, &prefix));
    };
    let Some(p) = s.db.package(what)? else {
        return Err(Error::Refused(format!(
            "{what} is not installed in {} and is not a package file",
            prefix.name
        )));
    };
    let depends = s.db.depends_of(p.id)?;
    let files = s.db.files_of(p.id)?;
    let desc =
        s.db.metadata(p.id, "+DESC")?
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
    let build_info =
        s.db.metadata(p.id, "+BUILD_INFO")?
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
    if g.json {
        print_json(&serde_json::json!({
            "package": p, "description": desc, "depends": depends,
            "files": files.len(), "build_info": build_info,
        }))?;
    } else {
        println!("Information for {}:\n", p.name);
        println!("Comment:\n{}\n", p.comment);
        println!("Description:\n{}", desc);
        for d in &depends {
            println!("Requires: {d}");
        }
        println!("Files: {}", files.len());
        println!("Size: {} bytes", p.size);
        println!(
            "Installed: {} ({})",
            p.installed_at,
            if p.automatic { "automatic" } else { "kept" }
        );
        println!("Source: {}", p.source);
    }
    Ok(exit::OK)
}

fn which(g: &Global, rep: &CliReporter, file: &str) -> Result<i32> {
    let (prefix, s) = read_session(g, rep)?;
    let rel = relative_to_prefix(&prefix, file);
    let owner = match &s {
        Some(s) => s.db.owner_of(&rel)?,
        None => None,
    };
    match owner {
        Some(p) => {
            if g.json {
                print_json(&serde_json::json!({"path": rel, "package": p.name}))?;
            } else {
                println!(
                    "{} is owned by {}",
                    prefix.name.trim_end_matches('/').to_string() + "/" + &rel,
                    p.name
                );
            }
            Ok(exit::OK)
        }
        None => {
            if g.json {
                print_json(&serde_json::json!({"path": rel, "package": null}))?;
            } else {
                eprintln!("cbe: {file} belongs to no package in {}", prefix.name);
            }
            Ok(exit::ERROR)
        }
    }
}

/// Reads a user's path as one relative to the prefix: absolute paths are taken as the
/// prefix's (with or without `--root`), relative ones as already relative.
fn relative_to_prefix(prefix: &Prefix, file: &str) -> String {
    let p = PathBuf::from(file);
    if let Ok(r) = p.strip_prefix(&prefix.dir) {
        return r.to_string_lossy().into_owned();
    }
    if let Ok(r) = p.strip_prefix(&prefix.name) {
        return r.to_string_lossy().into_owned();
    }
    file.trim_start_matches("./").to_string()
}

fn verify(g: &Global, rep: &CliReporter, packages: &[String]) -> Result<i32> {
    let (prefix, s) = read_session(g, rep)?;
    let Some(s) = s else {
        if let Some(n) = packages.first() {
            return Err(not_installed(n, &prefix));
        }
        if !g.quiet && !g.json {
            println!("nothing installed in {}", prefix.name);
        }
        return Ok(exit::OK);
    };
    let (checked, problems) = crate::verify::verify(&s, packages)?;
    if g.json {
        print_json(&serde_json::json!({"checked": checked, "problems": problems}))?;
    } else {
        for p in &problems {
            println!("{}: {}: {} ({})", p.package, p.path, p.kind, p.detail);
        }
        if !g.quiet {
            eprintln!(
                "cbe: verified {checked} files in {}: {} problem{}",
                prefix.name,
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
        }
    }
    Ok(if problems.is_empty() {
        exit::OK
    } else {
        exit::VERIFY
    })
}

fn keep(g: &Global, rep: &CliReporter, packages: &[String], automatic: bool) -> Result<i32> {
    let prefix = require_prefix(g)?;
    if !prefix.db_path().exists() {
        return Err(not_installed(&packages[0], &prefix));
    }
    let s = Session::open_write(&prefix, lock_options(g), rep)?;
    for n in packages {
        let p = s.db.package(n)?.ok_or_else(|| not_installed(n, &prefix))?;
        if !g.dry_run {
            s.db.set_automatic(p.id, automatic)?;
        }
        if !g.quiet {
            println!(
                "{}: {}",
                p.name,
                if automatic { "automatic" } else { "kept" }
            );
        }
    }
    Ok(exit::OK)
}

fn history(g: &Global, rep: &CliReporter) -> Result<i32> {
    let (_, s) = read_session(g, rep)?;
    let txs = match &s {
        Some(s) => s.db.history()?,
        None => Vec::new(),
    };
    if g.json {
        print_json(&txs)?;
    } else {
        for t in &txs {
            let what: Vec<String> = t
                .packages
                .iter()
                .map(|(a, n, o)| match o {
                    Some(o) => format!("{a} {n} (was {o})"),
                    None => format!("{a} {n}"),
                })
                .collect();
            println!(
                "{:>4}  {}  {:<11}  {}",
                t.id, t.started_at, t.state, t.command
            );
            for w in what {
                println!("        {w}");
            }
        }
    }
    Ok(exit::OK)
}

fn repo(g: &Global, rep: &CliReporter, cmd: &RepoCommand) -> Result<i32> {
    use crate::repo::index;
    match cmd {
        RepoCommand::Keygen { name, unencrypted } => {
            let passwords = PasswordSource::new(g.password_file.clone());
            let (key, pubf) = index::keygen(name, (!unencrypted).then_some(&passwords))?;
            if !g.quiet {
                println!(
                    "secret key: {}\npublic key: {}",
                    key.display(),
                    pubf.display()
                );
            }
        }
        RepoCommand::Index(a) => index_cmd(g, a)?,
        RepoCommand::Check(a) => return super::release::check(g, rep, a),
        RepoCommand::Diff { old, new } => return super::release::diff(g, old, new),
        RepoCommand::Publish { dir, to } => return super::release::publish(g, dir, to),
        RepoCommand::Sign { dir, sign } => {
            index::sign_repo(dir, sign, &PasswordSource::new(g.password_file.clone()))?;
            if !g.quiet {
                println!("signed {}", dir.join("release").display());
            }
        }
    }
    Ok(exit::OK)
}

fn index_cmd(g: &Global, a: &IndexArgs) -> Result<()> {
    let spec = crate::repo::index::IndexSpec {
        dir: a.dir.clone(),
        line: a.line,
        release: a.release.clone(),
        arch: a
            .machine_arch
            .clone()
            .or_else(|| g.arch.clone())
            .unwrap_or_else(package::host_arch),
        min_platform: a.min_platform.clone(),
        sign: a.sign.clone(),
        passwords: PasswordSource::new(g.password_file.clone()),
    };
    let r = crate::repo::index::index(&spec)?;
    if g.json {
        print_json(&r)?;
    } else if !g.quiet {
        println!(
            "{}: line {} release {} for {} (oldest platform {}){}",
            a.dir.display(),
            r.line,
            r.release,
            r.arch,
            r.min_platform,
            if a.sign.is_empty() {
                ", UNSIGNED"
            } else {
                ", signed"
            }
        );
    }
    Ok(())
}
