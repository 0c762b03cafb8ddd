//! Release engineering: `repo check`, `repo diff`, `repo publish`.

use std::path::Path;

use super::args::{CheckArgs, Global};
use super::commands::print_json;
use super::CliReporter;
use crate::error::{exit, Result};

/// `cbe repo check`.
pub fn check(g: &Global, rep: &CliReporter, a: &CheckArgs) -> Result<i32> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let keys = g
        .trusted_keys
        .iter()
        .map(|k| crate::repo::index::read_public_key(k, &cwd))
        .collect::<Result<Vec<_>>>()?;
    let report = crate::repo::check::check(
        &a.dir,
        a.previous.as_deref(),
        &keys,
        std::time::Duration::from_secs(a.smoke_timeout),
        rep,
    )?;
    if g.json {
        print_json(&report)?;
    } else {
        let w = report.rows.iter().map(|r| r.check.len()).max().unwrap_or(5);
        let wp = report
            .rows
            .iter()
            .map(|r| r.package.len())
            .max()
            .unwrap_or(7);
        println!("{:<8} {:<w$} {:<wp$} DETAIL", "RESULT", "CHECK", "PACKAGE");
        for r in &report.rows {
            println!(
                "{:<8} {:<w$} {:<wp$} {}",
                r.result, r.check, r.package, r.detail
            );
        }
        for (name, out) in &report.outputs {
            println!("\n--- {name}: smoke test output ---\n{}", out.trim_end());
        }
        let failed = report.rows.iter().filter(|r| r.result == "FAILURE").count();
        println!(
            "\n{} checks: {} failed, {} untested",
            report.rows.len(),
            failed,
            report
                .rows
                .iter()
                .filter(|r| r.result == "UNTESTED")
                .count()
        );
    }
    Ok(if report.failed() {
        exit::ERROR
    } else {
        exit::OK
    })
}

/// `cbe repo diff`.
pub fn diff(g: &Global, old: &Path, new: &Path) -> Result<i32> {
    let d = crate::repo::diff::diff(old, new)?;
    if g.json {
        print_json(&d)?;
        return Ok(exit::OK);
    }
    println!("{} -> {}", d.releases.0, d.releases.1);
    for c in &d.changes {
        match (&c.old, &c.new) {
            (Some(o), Some(n)) => println!("{:<10} {} {o} -> {n}", c.kind, c.base),
            (Some(o), None) => println!("{:<10} {}-{o}", c.kind, c.base),
            (None, Some(n)) => println!("{:<10} {}-{n}", c.kind, c.base),
            (None, None) => {}
        }
    }
    for w in &d.warnings {
        println!("warning: {w}");
    }
    if d.looks_like_new_line {
        println!("this looks like a new line, not a new release");
    }
    Ok(exit::OK)
}

/// `cbe repo publish`.
pub fn publish(g: &Global, dir: &Path, to: &str) -> Result<i32> {
    let moves = crate::publish::publish(dir, to, g.dry_run)?;
    if g.json {
        print_json(&moves)?;
    } else if !g.quiet {
        for m in &moves {
            let verb = match (m.present, g.dry_run) {
                (true, _) => "present",
                (false, true) => "would publish",
                (false, false) => "published",
            };
            println!("{verb:<13} {}", m.to);
        }
    }
    Ok(exit::OK)
}
