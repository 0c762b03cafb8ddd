//! Man pages and shell completions, generated from the one clap definition.

use std::fs;
use std::path::Path;

use clap::CommandFactory;

use super::args::Cli;
use crate::error::{IoContext, Result};

/// Writes `cbe.1`, one `cbe-<command>.1` per command, and completions for bash, zsh and
/// fish into `dir`.
pub fn generate(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).at(dir)?;
    let cmd = Cli::command();
    write_page(dir, "cbe", cmd.clone())?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("cbe-{}", sub.get_name());
        write_page(dir, &name, sub.clone().name(leak(&name)))?;
        for sub2 in sub.get_subcommands() {
            let name2 = format!("{name}-{}", sub2.get_name());
            write_page(dir, &name2, sub2.clone().name(leak(&name2)))?;
        }
    }
    let comp = dir.join("completions");
    fs::create_dir_all(&comp).at(&comp)?;
    for shell in [
        clap_complete::Shell::Bash,
        clap_complete::Shell::Zsh,
        clap_complete::Shell::Fish,
    ] {
        let mut c = Cli::command();
        clap_complete::generate_to(shell, &mut c, "cbe", &comp).at(&comp)?;
    }
    Ok(())
}

fn write_page(dir: &Path, name: &str, cmd: clap::Command) -> Result<()> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut buf).at(dir)?;
    let path = dir.join(format!("{name}.1"));
    fs::write(&path, buf).at(&path)
}

/// clap names are `'static`; the few generated page names live for the process.
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}
