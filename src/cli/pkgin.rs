//! pkgin's verbs: the commands that work with repositories.

use std::path::{Path, PathBuf};

use super::args::{Global, InstallArgs};
use super::options::{
    command_line, pin_line, prefix_name, require_prefix, sources, target, target_at,
};
use super::output::Output;
use super::render;
use super::reporter::CliReporter;
use crate::error::{exit, Result};
use crate::ops::install::{self, InstallOptions, InstallOutcome, InstallReporter, ResolutionView};
use crate::ops::remove::{self, RemoveRequest};
use crate::ops::{clean as clean_op, query, update as update_op};
use crate::report::Reporter;
use crate::transaction::{Prefix, RemoveOptions};

/// `cbe update`.
pub fn update(g: &Global, rep: &CliReporter, out: &Output) -> Result<i32> {
    let report = update_op::update(&target(g)?, &sources(g), rep)?;
    out.show(&report, |out| {
        if out.quiet() {
            return Ok(());
        }
        for r in &report {
            out.line(format_args!(
                "{}: release {} ({} packages, {})",
                r.url, r.release, r.packages, r.outcome
            ))?;
        }
        Ok(())
    })?;
    Ok(exit::OK)
}

/// `cbe install PKG|FILE...`.
pub fn install(g: &Global, rep: &CliReporter, a: &InstallArgs, out: &Output) -> Result<i32> {
    let (files, requests): (Vec<&String>, Vec<&String>) =
        a.packages.iter().partition(|x| install::names_a_file(x));
    let prefix = match (prefix_name(g)?, pin_line()?) {
        (Some(p), _) => Prefix::new(&g.root, &p)?,
        // In a pinned checkout, the pin's line, as for names: a file built for another
        // prefix is then refused, never installed where its own @cwd says.
        (None, Some(line)) => Prefix::new(&g.root, &crate::lines::line_prefix_name(line))?,
        // Nothing chosen and no pin: install where the packages were built for.
        (None, None) if requests.is_empty() => {
            Prefix::new(&g.root, &install::built_for(Path::new(files[0]))?)?
        }
        (None, None) => require_prefix(g)?,
    };
    let opts = InstallOptions {
        target: target_at(g, prefix),
        sources: sources(g),
        requests: requests.into_iter().cloned().collect(),
        files: files.into_iter().map(PathBuf::from).collect(),
        upgrade: false,
        automatic: a.automatic,
        force: a.force,
        allow_setuid: a.allow_setuid,
        dry_run: g.dry_run,
        command: command_line(),
    };
    run_install(&opts, rep, out)
}

/// `cbe upgrade [PKG...]`.
pub fn upgrade(g: &Global, rep: &CliReporter, names: &[String], out: &Output) -> Result<i32> {
    let opts = InstallOptions {
        target: target(g)?,
        sources: sources(g),
        requests: names.to_vec(),
        files: Vec::new(),
        upgrade: true,
        automatic: false,
        force: false,
        allow_setuid: false,
        dry_run: g.dry_run,
        command: command_line(),
    };
    run_install(&opts, rep, out)
}

/// `cbe import FILE`.
pub fn import(g: &Global, rep: &CliReporter, file: &Path, out: &Output) -> Result<i32> {
    let args = InstallArgs {
        packages: install::read_import_list(file)?,
        force: false,
        allow_setuid: false,
        automatic: false,
    };
    install(g, rep, &args, out)
}

fn run_install(opts: &InstallOptions, rep: &CliReporter, out: &Output) -> Result<i32> {
    let view = PlanNotices {
        rep,
        show: !out.quiet() && !out.json(),
    };
    let outcome = install::install(opts, &view)?;
    match &outcome {
        InstallOutcome::Satisfied { .. } => out.show(&outcome, |_| Ok(()))?,
        InstallOutcome::WouldResolve(v) => out.show(v, |out| {
            for l in resolution_lines(v) {
                out.line(format_args!("would {l}"))?;
            }
            out.line(summary(v))
        })?,
        InstallOutcome::Transaction(tx) => render::tx_outcome(out, tx)?,
    }
    Ok(exit::OK)
}

/// Tells the user the resolution before the downloads start.
struct PlanNotices<'a> {
    rep: &'a CliReporter,
    show: bool,
}

impl InstallReporter for PlanNotices<'_> {
    fn progress(&self) -> &(dyn Reporter + Sync) {
        self.rep
    }
    fn resolved(&self, v: &ResolutionView) {
        if self.show {
            for l in resolution_lines(v) {
                self.rep.notice(&format!("plan: {l}"));
            }
            self.rep.notice(&summary(v));
        }
    }
}

fn resolution_lines(v: &ResolutionView) -> Vec<String> {
    let installs = v.install.iter().map(|w| match &w.old {
        Some(o) => format!("{} {} (was {o})", w.action, w.name),
        None => format!(
            "{} {}{}",
            w.action,
            w.name,
            if w.automatic { " (dependency)" } else { "" }
        ),
    });
    let removes = v.remove.iter().map(|r| format!("remove {r} (superseded)"));
    installs.chain(removes).collect()
}

fn summary(v: &ResolutionView) -> String {
    format!(
        "{} to install or upgrade, {} to remove; {} to download, {} installed",
        v.install.len(),
        v.remove.len(),
        render::human_size(v.download_bytes),
        render::human_size(v.install_bytes)
    )
}

/// `cbe avail` and `cbe search REGEX`.
pub fn avail(g: &Global, rep: &CliReporter, regex: Option<&String>, out: &Output) -> Result<i32> {
    let hits = query::avail(&target(g)?, &sources(g), regex.map(String::as_str), rep)?;
    out.show(&hits, |out| {
        let width = hits.iter().map(|p| p.pkg.pkg.name.len()).max().unwrap_or(0);
        for p in &hits {
            let mark = if p.installed { "=" } else { " " };
            out.line(format_args!(
                "{:width$} {mark} {}",
                p.pkg.pkg.name, p.pkg.pkg.comment
            ))?;
        }
        Ok(())
    })?;
    Ok(if regex.is_some() && hits.is_empty() {
        exit::ERROR
    } else {
        exit::OK
    })
}

/// `cbe show-deps PKG`.
pub fn show_deps(g: &Global, rep: &CliReporter, name: &str, out: &Output) -> Result<i32> {
    print_names(out, &query::show_deps(&target(g)?, name, rep)?)
}

/// `cbe show-rev-deps PKG`.
pub fn show_rev_deps(g: &Global, rep: &CliReporter, name: &str, out: &Output) -> Result<i32> {
    print_names(out, &query::show_rev_deps(&target(g)?, name, rep)?)
}

/// `cbe export`.
pub fn export(g: &Global, rep: &CliReporter, out: &Output) -> Result<i32> {
    print_names(out, &query::export(&target(g)?, rep)?)
}

fn print_names(out: &Output, names: &[String]) -> Result<i32> {
    out.show(names, |out| names.iter().try_for_each(|n| out.line(n)))?;
    Ok(exit::OK)
}

/// `cbe autoremove`.
pub fn autoremove(g: &Global, rep: &CliReporter, out: &Output) -> Result<i32> {
    let req = RemoveRequest {
        target: target(g)?,
        packages: Vec::new(),
        options: RemoveOptions::default(),
        dry_run: g.dry_run,
        command: command_line(),
    };
    if let Some(o) = remove::autoremove(&req, rep)? {
        render::tx_outcome(out, &o)?;
    }
    Ok(exit::OK)
}

/// `cbe clean`.
pub fn clean(g: &Global, rep: &CliReporter, out: &Output) -> Result<i32> {
    let c = clean_op::clean(&target(g)?, &sources(g), g.dry_run)?;
    out.show(&c, |_| {
        rep.notice(&format!(
            "{} {} cached files from {}{}",
            if c.dry_run { "would remove" } else { "removed" },
            c.removed,
            c.cache_dir.display(),
            if c.skipped > 0 {
                format!(
                    " (left {} entries that are not regular files of yours)",
                    c.skipped
                )
            } else {
                String::new()
            }
        ));
        Ok(())
    })?;
    Ok(exit::OK)
}
