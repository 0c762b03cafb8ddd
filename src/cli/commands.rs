//! The dispatcher: one command, one function of a command file. Nothing else lives here, so
//! that command files never need each other.

use super::args::{Cli, Command, PkgCommand, PlatformCommand};
use super::output::Output;
use super::reporter::CliReporter;
use super::{extra, installed, lines, pkgin, release};
use crate::error::{exit, Result};

/// Runs the parsed command; returns its exit code.
pub fn run(cli: &Cli, rep: &CliReporter, out: &Output) -> Result<i32> {
    let g = &cli.global;
    match &cli.command {
        Command::Pmatch(a) => release::pmatch(a, out),
        Command::Pkg(PkgCommand::Create(a)) => release::pkg_create(g, a, out),
        Command::Repo(r) => release::repo(g, rep, r, out),
        Command::Install(a) => pkgin::install(g, rep, a, out),
        Command::Update => pkgin::update(g, rep, out),
        Command::Extra(cmd) => extra::run(g, rep, cmd, out),
        Command::Ensure(a) => lines::ensure(g, rep, a, out),
        Command::Env { line, shell } => lines::env(g, rep, line.as_deref(), shell, out),
        Command::Platform(PlatformCommand::Check { oldest }) => {
            lines::platform_check(g, rep, oldest.as_deref(), out)
        }
        Command::Lines { action } => lines::lines(g, rep, action.as_ref(), out),
        Command::Upgrade { packages } => pkgin::upgrade(g, rep, packages, out),
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
        Command::GenerateDocs { dir } => super::docs::generate(dir).map(|_| exit::OK),
    }
}
