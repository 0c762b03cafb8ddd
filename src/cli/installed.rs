//! The commands about what is installed: `list`, `info`, `which`, `verify`, `keep`,
//! `unkeep`, `history`, `remove`, `show-keep`, `show-no-keep`.

use super::args::{Global, RemoveArgs};
use super::options::{command_line, target};
use super::output::Output;
use super::render;
use super::reporter::CliReporter;
use crate::error::{exit, Result};
use crate::ops::query::{self, Info};
use crate::ops::remove::{self, RemoveRequest};
use crate::ops::{keep as keep_op, pkgin_query, verify as verify_op};
use crate::report::count;
use crate::transaction::RemoveOptions;

/// `cbe list`.
pub fn list(g: &Global, rep: &CliReporter, out: &Output) -> Result<i32> {
    let pkgs = query::list(&target(g)?, rep)?;
    out.show(&pkgs, |out| {
        let width = pkgs.iter().map(|p| p.name.len()).max().unwrap_or(0);
        for p in &pkgs {
            out.line(format_args!("{:width$} {}", p.name, p.comment))?;
        }
        Ok(())
    })?;
    Ok(exit::OK)
}

/// `cbe info PKG|FILE`.
pub fn info(g: &Global, rep: &CliReporter, what: &str, out: &Output) -> Result<i32> {
    // A package file needs no prefix.
    let file = std::path::Path::new(what);
    let info = if file.is_file() {
        query::info_file(file)?
    } else {
        query::info_installed(&target(g)?, what, rep)?
    };
    out.show(&info, |out| match &info {
        Info::File(f) => {
            out.line(format_args!("Information for {}:\n", f.name))?;
            out.line(format_args!("Comment:\n{}\n", f.comment))?;
            out.line(format_args!("Description:\n{}", f.description))?;
            out.line(format_args!("Prefix: {}", f.prefix))?;
            for d in &f.depends {
                out.line(format_args!("Requires: {d}"))?;
            }
            for c in &f.conflicts {
                out.line(format_args!("Conflicts: {c}"))?;
            }
            out.line(format_args!("Files: {}", f.files))
        }
        Info::Installed(i) => {
            let p = &i.package;
            out.line(format_args!("Information for {}:\n", p.name))?;
            out.line(format_args!("Comment:\n{}\n", p.comment))?;
            out.line(format_args!("Description:\n{}", i.description))?;
            for d in &i.depends {
                out.line(format_args!("Requires: {d}"))?;
            }
            out.line(format_args!("Files: {}", i.files))?;
            out.line(format_args!("Size: {} bytes", p.size))?;
            let why = if p.automatic { "automatic" } else { "kept" };
            out.line(format_args!("Installed: {} ({why})", p.installed_at))?;
            out.line(format_args!("Source: {}", p.source))
        }
    })?;
    Ok(exit::OK)
}

/// `cbe which FILE`.
pub fn which(g: &Global, rep: &CliReporter, file: &str, out: &Output) -> Result<i32> {
    let t = target(g)?;
    let owner = query::which(&t, file, rep)?;
    out.show(&owner, |out| match &owner.package {
        Some(p) => out.line(format_args!(
            "{}/{} is owned by {}",
            t.prefix.name.trim_end_matches('/'),
            owner.path,
            p.name
        )),
        None => {
            rep.always(&format!(
                "{file} belongs to no package in {}",
                t.prefix.name
            ));
            Ok(())
        }
    })?;
    Ok(if owner.package.is_some() {
        exit::OK
    } else {
        exit::ERROR
    })
}

/// `cbe verify [PKG...]`.
pub fn verify(g: &Global, rep: &CliReporter, packages: &[String], out: &Output) -> Result<i32> {
    let t = target(g)?;
    let Some(report) = verify_op::run(&t, packages, rep)? else {
        if !out.quiet() && !out.json() {
            out.line(format_args!("nothing installed in {}", t.prefix.name))?;
        }
        return Ok(exit::OK);
    };
    out.show(&report, |out| {
        for p in &report.problems {
            out.line(format_args!(
                "{}: {}: {} ({})",
                p.package, p.path, p.kind, p.detail
            ))?;
        }
        let n = report.problems.len();
        rep.say(&format!(
            "verified {} in {}: {}",
            count(report.checked, "file"),
            t.prefix.name,
            count(n, "problem")
        ));
        Ok(())
    })?;
    Ok(if report.problems.is_empty() {
        exit::OK
    } else {
        exit::VERIFY
    })
}

/// `cbe keep PKG...` and `cbe unkeep PKG...`.
pub fn keep(
    g: &Global,
    rep: &CliReporter,
    packages: &[String],
    automatic: bool,
    out: &Output,
) -> Result<i32> {
    let marked = keep_op::keep(&target(g)?, packages, automatic, g.dry_run, rep)?;
    out.show(&marked, |out| {
        if out.quiet() {
            return Ok(());
        }
        for m in &marked {
            let how = if m.automatic { "automatic" } else { "kept" };
            out.line(format_args!("{}: {how}", m.name))?;
        }
        Ok(())
    })?;
    Ok(exit::OK)
}

/// `cbe history`.
pub fn history(g: &Global, rep: &CliReporter, out: &Output) -> Result<i32> {
    let txs = query::history(&target(g)?, rep)?;
    out.show(&txs, |out| {
        for t in &txs {
            out.line(format_args!(
                "{:>4}  {}  {:<11}  {}",
                t.id, t.started_at, t.state, t.command
            ))?;
            for (a, n, o) in &t.packages {
                match o {
                    Some(o) => out.line(format_args!("        {a} {n} (was {o})"))?,
                    None => out.line(format_args!("        {a} {n}"))?,
                }
            }
        }
        Ok(())
    })?;
    Ok(exit::OK)
}

/// `cbe remove PKG...`.
pub fn remove(g: &Global, rep: &CliReporter, a: &RemoveArgs, out: &Output) -> Result<i32> {
    let req = RemoveRequest {
        target: target(g)?,
        packages: a.packages.clone(),
        options: RemoveOptions {
            recursive: a.recursive,
            force: a.force,
        },
        dry_run: g.dry_run,
        command: command_line(),
    };
    render::tx_outcome(out, &remove::remove(&req, rep)?)?;
    Ok(exit::OK)
}

/// `cbe show-keep` and `cbe show-no-keep`: `NAME COMMENT` lines, as pkgin prints them.
pub fn show_keep(g: &Global, rep: &CliReporter, automatic: bool, out: &Output) -> Result<i32> {
    let pkgs = pkgin_query::show_keep(&target(g)?, automatic, rep)?;
    out.show(&pkgs, |out| {
        if pkgs.is_empty() {
            rep.say(if automatic {
                "empty autoremovable package list"
            } else {
                "empty non-autoremovable package list"
            });
        }
        pkgs.iter()
            .try_for_each(|p| out.line(format_args!("{:<20} {}", p.name, p.comment)))
    })?;
    Ok(exit::OK)
}
