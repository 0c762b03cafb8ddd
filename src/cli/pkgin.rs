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
use crate::ops::install::{
    self, DownloadOutcome, InstallOptions, InstallOutcome, InstallReporter, ResolutionView,
};
use crate::ops::pkgin_query::{self, LibraryList};
use crate::ops::remove::{self, RemoveRequest};
use crate::ops::{clean as clean_op, query, update as update_op};
use crate::report::{count, Reporter};
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
                "{}: release {} ({}, {})",
                r.url,
                r.release,
                count(r.packages, "package"),
                r.outcome
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
pub fn upgrade(
    g: &Global,
    rep: &CliReporter,
    names: &[String],
    download_only: bool,
    out: &Output,
) -> Result<i32> {
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
    if download_only {
        return fetch_only(&opts, rep, out);
    }
    run_install(&opts, rep, out)
}

/// `cbe import FILE`.
pub fn import(g: &Global, rep: &CliReporter, file: &Path, out: &Output) -> Result<i32> {
    // The list's lines are names, patterns or PKGPATHs (`lang/gcc12`), never files.
    let opts = InstallOptions {
        target: target(g)?,
        sources: sources(g),
        requests: install::read_import_list(file)?,
        files: Vec::new(),
        upgrade: false,
        automatic: false,
        force: false,
        allow_setuid: false,
        dry_run: g.dry_run,
        command: command_line(),
    };
    run_install(&opts, rep, out)
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
                self.rep.say(&format!("plan: {l}"));
            }
            self.rep.say(&summary(v));
        }
    }
}

fn resolution_lines(v: &ResolutionView) -> Vec<String> {
    let installs = v.install.iter().map(|w| match &w.old {
        Some(_) if w.refresh => format!("refresh {} (another build of it)", w.name),
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
        rep.say(&format!(
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

/// `cbe install --download-only PKG...` (pkgin's `install -d`).
pub fn download_only(g: &Global, rep: &CliReporter, a: &InstallArgs, out: &Output) -> Result<i32> {
    let (files, requests): (Vec<&String>, Vec<&String>) =
        a.packages.iter().partition(|x| install::names_a_file(x));
    let opts = InstallOptions {
        target: target(g)?,
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
    fetch_only(&opts, rep, out)
}

/// Resolves and downloads what `opts` would install; prints what is now in the cache.
fn fetch_only(opts: &InstallOptions, rep: &CliReporter, out: &Output) -> Result<i32> {
    let view = PlanNotices {
        rep,
        show: !out.quiet() && !out.json(),
    };
    let outcome = install::download_only(opts, &view)?;
    out.show(&outcome, |out| match &outcome {
        DownloadOutcome::WouldResolve(v) => v
            .install
            .iter()
            .try_for_each(|w| out.line(format_args!("would download {}", w.name))),
        DownloadOutcome::Downloaded(d) => d.iter().try_for_each(|d| {
            out.line(format_args!("downloaded {} ({})", d.name, d.file.display()))
        }),
    })?;
    Ok(exit::OK)
}

/// `cbe show-full-deps PKG`, in pkgin's shape: a title, then a tab and a pattern a line.
pub fn show_full_deps(g: &Global, rep: &CliReporter, name: &str, out: &Output) -> Result<i32> {
    let deps = pkgin_query::show_full_deps(&target(g)?, &sources(g), name, rep)?;
    out.show(&deps, |out| {
        out.line(format_args!("full dependency tree for {}", deps.package))?;
        deps.depends
            .iter()
            .try_for_each(|d| out.line(format_args!("\t{}", d.pattern)))
    })?;
    Ok(exit::OK)
}

/// `cbe pkg-content PKG`, in `pkg_info -L`'s shape (which pkgin runs for it).
pub fn pkg_content(g: &Global, rep: &CliReporter, name: &str, out: &Output) -> Result<i32> {
    let c = pkgin_query::pkg_content(&target(g)?, &sources(g), name, g.dry_run, rep)?;
    out.show(&c, |out| {
        out.line(format_args!("Information for {}:\n", c.package))?;
        if c.preserve {
            out.line("*** PACKAGE MAY NOT BE DELETED ***\n")?;
        }
        out.line("Files:")?;
        let prefix = c.prefix.trim_end_matches('/');
        c.files
            .iter()
            .try_for_each(|f| out.line(format_args!("{prefix}/{f}")))
    })?;
    Ok(exit::OK)
}

/// `cbe provides PKG` and `cbe requires PKG`, in pkgin's shape.
pub fn libraries(
    g: &Global,
    rep: &CliReporter,
    name: &str,
    list: LibraryList,
    out: &Output,
) -> Result<i32> {
    let l = pkgin_query::libraries(&target(g)?, &sources(g), name, list, rep)?;
    let verb = match l.list {
        LibraryList::Provides => "provided",
        LibraryList::Requires => "required",
    };
    out.show(&l, |out| {
        if l.files.is_empty() {
            return out.line(format_args!("Nothing {verb} by {}.", l.package));
        }
        out.line(format_args!("Files {verb} by {}:", l.package))?;
        l.files
            .iter()
            .try_for_each(|f| out.line(format_args!("\t{f}")))
    })?;
    Ok(exit::OK)
}

/// `cbe show-category CAT`: `NAME COMMENT` lines, as `avail` prints them.
pub fn show_category(g: &Global, rep: &CliReporter, category: &str, out: &Output) -> Result<i32> {
    let pkgs = pkgin_query::show_category(&target(g)?, &sources(g), category, rep)?;
    out.show(&pkgs, |out| {
        pkgs.iter()
            .try_for_each(|p| out.line(format_args!("{:<20} {}", p.pkg.name, p.pkg.comment)))
    })?;
    Ok(exit::OK)
}

/// `cbe show-pkg-category PKG`: `CATEGORIES - NAME` lines, as pkgin prints them.
pub fn show_pkg_category(g: &Global, rep: &CliReporter, name: &str, out: &Output) -> Result<i32> {
    let found = pkgin_query::show_pkg_category(&target(g)?, &sources(g), name, rep)?;
    out.show(&found, |out| {
        found.iter().try_for_each(|p| {
            out.line(format_args!(
                "{:<12} - {}",
                p.categories.join(" "),
                p.package
            ))
        })
    })?;
    Ok(exit::OK)
}

/// `cbe show-all-categories`: one category a line.
pub fn show_all_categories(g: &Global, rep: &CliReporter, out: &Output) -> Result<i32> {
    let all = pkgin_query::show_all_categories(&target(g)?, &sources(g), rep)?;
    out.show(&all, |out| {
        if all.is_empty() {
            rep.say("No categories found.");
        }
        all.iter().try_for_each(|c| out.line(c))
    })?;
    Ok(exit::OK)
}

/// `cbe stats`, in pkgin's shape.
pub fn stats(g: &Global, rep: &CliReporter, out: &Output) -> Result<i32> {
    let s = pkgin_query::stats(&target(g)?, &sources(g), rep)?;
    out.show(&s, |out| {
        out.line("Local package database:")?;
        out.line(format_args!("\tInstalled packages: {}", s.local.packages))?;
        out.line(format_args!(
            "\tDisk space occupied: {}\n",
            pkgin_size(s.local.size)
        ))?;
        out.line("Remote package database(s):")?;
        out.line(format_args!(
            "\tNumber of repositories: {}",
            s.remote.repositories
        ))?;
        out.line(format_args!("\tPackages available: {}", s.remote.packages))?;
        out.line(format_args!(
            "\tTotal size of packages: {}",
            pkgin_size(s.remote.size)
        ))
    })?;
    Ok(exit::OK)
}

/// A size as pkgin's `stats` prints it (humanize_number(3) into five characters, binary
/// units, one decimal below 10): `0B`, `9999B`, `9.8K`, `877P`.
fn pkgin_size(bytes: u64) -> String {
    const UNITS: [&str; 7] = ["B", "K", "M", "G", "T", "P", "E"];
    // In hundredths, so that rounding is exact; u128 holds any u64 times 100.
    let mut v = u128::from(bytes) * 100;
    let mut scale = 0;
    while v >= 999_950 && scale < UNITS.len() - 1 {
        v /= 1024;
        scale += 1;
    }
    if scale > 0 && v < 995 {
        let tenths = (v + 5) / 10;
        format!("{}.{}{}", tenths / 10, tenths % 10, UNITS[scale])
    } else {
        format!("{}{}", (v + 50) / 100, UNITS[scale])
    }
}

#[cfg(test)]
mod tests {
    use super::pkgin_size;

    #[test]
    fn sizes_read_as_pkgin_prints_them() {
        assert_eq!(pkgin_size(0), "0B");
        assert_eq!(pkgin_size(9999), "9999B");
        assert_eq!(pkgin_size(10_000), "9.8K");
        assert_eq!(pkgin_size(123_456), "121K");
        assert_eq!(pkgin_size(987_654_321_987_654_321), "877P");
    }
}
