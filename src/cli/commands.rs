//! The dispatcher: one command, one function of a command file. Nothing else lives here, so
//! that command files never need each other.

use super::args::{
    Cli, Command, ExtraCommand, LinesCommand, PkgCommand, PlatformCommand, RepoCommand,
};
use super::output::Output;
use super::reporter::CliReporter;
use super::{extra, installed, lines, pkgin, release};
use crate::error::{exit, Error, Result};
use crate::ops::pkgin_query::LibraryList::{Provides, Requires};

/// The commands that change things without a plan to show: `--dry-run` is refused for them
/// (exit 2) rather than ignored, so that a dry run never writes.
fn without_dry_run(cmd: &Command) -> Option<&'static str> {
    Some(match cmd {
        Command::Pkg(PkgCommand::Create(_)) => "pkg create",
        Command::Repo(RepoCommand::Keygen { .. }) => "repo keygen",
        Command::Repo(RepoCommand::Index(_)) => "repo index",
        Command::Repo(RepoCommand::Sign { .. }) => "repo sign",
        Command::Extra(ExtraCommand::Pack(_)) => "extra pack",
        Command::Ensure(_) => "ensure",
        Command::Lock(_) => "lock",
        Command::Update => "update",
        Command::Lines {
            action: Some(LinesCommand::Remove { .. }),
        } => "lines remove",
        Command::GenerateDocs { .. } => "generate-docs",
        _ => return None,
    })
}

/// Runs the parsed command; returns its exit code.
pub fn run(cli: &Cli, rep: &CliReporter, out: &Output) -> Result<i32> {
    let g = &cli.global;
    if let Some(name) = without_dry_run(&cli.command).filter(|_| g.dry_run) {
        // A dry upgrade plans against the catalogue as last fetched: after a new release, only
        // `cbe update` first makes it show what ensure would do.
        let see = match &cli.command {
            Command::Ensure(_) | Command::Lock(_) => {
                "; to see what it would change, run `cbe update` (fetches the line's current index, changes no installed file), then `cbe --dry-run upgrade`"
            }
            _ => "",
        };
        return Err(Error::Usage(format!(
            "--dry-run: `cbe {name}` has no dry run and would write; run it without --dry-run{see}"
        )));
    }
    match &cli.command {
        Command::Pmatch(a) => release::pmatch(a, out),
        Command::Pkg(PkgCommand::Create(a)) => release::pkg_create(g, a, rep, out),
        Command::Repo(r) => release::repo(g, rep, r, out),
        Command::Install(a) if a.download_only => pkgin::download_only(g, rep, a, out),
        Command::Install(a) => pkgin::install(g, rep, a, out),
        Command::Update => pkgin::update(g, rep, out),
        Command::Extra(cmd) => extra::run(g, rep, cmd, out),
        Command::Ensure(a) => lines::ensure(g, rep, a, out),
        Command::Lock(a) => lines::lock(g, rep, a, out),
        Command::Env { line, shell } => lines::env(g, rep, line.as_deref(), shell, out),
        Command::Platform(PlatformCommand::Check { oldest }) => {
            lines::platform_check(g, rep, oldest.as_deref(), out)
        }
        Command::Lines { action } => lines::lines(g, rep, action.as_ref(), out),
        Command::Upgrade {
            packages,
            download_only,
        } => pkgin::upgrade(g, rep, packages, *download_only, out),
        Command::Avail => pkgin::avail(g, rep, None, out),
        Command::Search { regex } => pkgin::avail(g, rep, Some(regex), out),
        Command::ShowDeps { package } => pkgin::show_deps(g, rep, package, out),
        Command::ShowRevDeps { package } => pkgin::show_rev_deps(g, rep, package, out),
        Command::Autoremove => pkgin::autoremove(g, rep, out),
        Command::Export => pkgin::export(g, rep, out),
        Command::Import { file } => pkgin::import(g, rep, file, out),
        Command::Clean => pkgin::clean(g, rep, out),
        Command::Remove(a) => installed::remove(g, rep, a, out),
        Command::List => installed::list(g, rep, out),
        Command::Info { package } => installed::info(g, rep, package, out),
        Command::Which { file } => installed::which(g, rep, file, out),
        Command::Verify { packages } => installed::verify(g, rep, packages, out),
        Command::Keep { packages } => installed::keep(g, rep, packages, false, out),
        Command::Unkeep { packages } => installed::keep(g, rep, packages, true, out),
        Command::History => installed::history(g, rep, out),
        Command::ShowFullDeps { package } => pkgin::show_full_deps(g, rep, package, out),
        Command::PkgContent { package } => pkgin::pkg_content(g, rep, package, out),
        Command::Provides { package } => pkgin::libraries(g, rep, package, Provides, out),
        Command::Requires { package } => pkgin::libraries(g, rep, package, Requires, out),
        Command::ShowCategory { category } => pkgin::show_category(g, rep, category, out),
        Command::ShowPkgCategory { package } => pkgin::show_pkg_category(g, rep, package, out),
        Command::ShowAllCategories => pkgin::show_all_categories(g, rep, out),
        Command::Stats => pkgin::stats(g, rep, out),
        Command::ShowKeep => installed::show_keep(g, rep, false, out),
        Command::ShowNoKeep => installed::show_keep(g, rep, true, out),
        Command::GenerateDocs { dir } => super::docs::generate(dir).map(|_| exit::OK),
    }
}
