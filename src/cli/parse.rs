//! Parsing the process's arguments against [`Cli`], fast enough for `./configure` to call
//! `cbe ensure` every time.
//!
//! Clap copies each of the global flags into every command before it parses, and the
//! satisfied `ensure` spent a third of its work building that tree and freeing it again. So
//! the arguments are first parsed against a tree holding only the command they name; only
//! when that does not succeed (help, version, a usage error, or a word that named a command
//! but was an option's value) are they parsed again against the whole tree, which is what
//! prints every message. A parse that succeeds on the smaller tree is the one the whole tree
//! gives: the top level takes no positional arguments, so no other command's name can stand
//! before the named one, and from the named command on the two trees are the same.

use std::ffi::OsString;

use clap::{Args, FromArgMatches, Subcommand};

use super::args::{self, Cli, Command, Global};

/// Parses the process's arguments, as `Cli::try_parse` does.
pub fn process_args() -> Result<Cli, clap::Error> {
    let args: Vec<OsString> = std::env::args_os().collect();
    if let Some(cli) = with_only_the_named_command(&args) {
        return Ok(cli);
    }
    let mut whole = args::command();
    let parsed = whole
        .try_get_matches_from_mut(&args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    leave_for_exit(whole);
    parsed.map_err(|e| e.format(&mut args::command()))
}

fn with_only_the_named_command(args: &[OsString]) -> Option<Cli> {
    let commands = Command::augment_subcommands(clap::Command::new("commands"));
    let named = args
        .iter()
        .skip(1)
        .find_map(|a| commands.find_subcommand(a))
        .cloned();
    leave_for_exit(commands);
    let mut only = Global::augment_args(clap::Command::new("cbe")).subcommand(named?);
    let parsed = only
        .try_get_matches_from_mut(args)
        .ok()
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches).ok());
    leave_for_exit(only);
    parsed
}

/// Freeing a command tree piece by piece costs more than the process has left to run.
fn leave_for_exit(tree: clap::Command) {
    std::mem::forget(tree);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    fn whole(line: &str) -> Option<Cli> {
        let mut m = args::command().try_get_matches_from(words(line)).ok()?;
        Cli::from_arg_matches_mut(&mut m).ok()
    }

    #[test]
    fn the_smaller_tree_parses_as_the_whole_one() {
        for line in [
            "cbe ensure",
            "cbe --root /r -q ensure --pin p",
            "cbe ensure --root /r -v",
            "cbe --root ensure ensure",
            "cbe --cbe 1 install gcc list",
            "cbe repo check dir --allow-unsigned",
            "cbe --json list",
            "cbe repo index dir --root /r --line 1 --release 1.0.0 --min-platform x",
        ] {
            let fast = with_only_the_named_command(&words(line));
            assert_eq!(format!("{fast:?}"), format!("{:?}", whole(line)), "{line}");
            assert!(fast.is_some(), "{line}");
        }
    }

    #[test]
    fn what_the_smaller_tree_cannot_parse_goes_to_the_whole_one() {
        for line in [
            "cbe",
            "cbe --help",
            "cbe ensure --help",
            "cbe ensure --version",
            "cbe help ensure",
            "cbe --root list install gcc",
            "cbe ensure --no-such-flag",
        ] {
            assert!(
                with_only_the_named_command(&words(line)).is_none(),
                "{line}"
            );
        }
    }
}
