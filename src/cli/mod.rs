//! The command line: parses arguments, runs one command, maps errors to exit codes.

pub mod args;
mod commands;
mod docs;
mod pkgin;

use std::io::IsTerminal;

use clap::Parser;

pub use args::Cli;

use crate::error::exit;
use crate::report::Reporter;

/// Prints notices on standard error; steps only when asked to be verbose.
pub struct CliReporter {
    quiet: bool,
    verbose: bool,
}

impl Reporter for CliReporter {
    fn notice(&self, msg: &str) {
        if !self.quiet {
            eprintln!("cbe: {msg}");
        }
    }
    fn step(&self, msg: &str) {
        if self.verbose || (!self.quiet && std::io::stderr().is_terminal()) {
            eprintln!("cbe: {msg}");
        }
    }
}

/// Runs cbe with the process's arguments and returns the exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            return code;
        }
    };
    let reporter = CliReporter {
        quiet: cli.global.quiet,
        verbose: cli.global.verbose,
    };
    let code = match commands::run(&cli, &reporter) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("cbe: error: {e}");
            if cli.global.verbose {
                let mut src = std::error::Error::source(&e);
                while let Some(s) = src {
                    eprintln!("  caused by: {s}");
                    src = s.source();
                }
            }
            e.exit_code()
        }
    };
    crate::failpoint::report();
    code
}
