//! The command line: parses arguments into the options of one operation ([`crate::ops`]),
//! runs it, prints its outcome through [`output::Output`], and maps errors to exit codes.
//!
//! `args` defines every flag once; `options` turns the global flags into what operations
//! take; `commands` dispatches; `pkgin`, `installed`, `lines`, `extra` and `release` are the
//! command files, each turning one command's arguments into options and printing the result.

pub mod args;
mod commands;
mod docs;
mod extra;
mod installed;
mod lines;
mod options;
pub mod output;
mod parse;
mod pkgin;
mod release;
mod render;
mod reporter;

pub use args::Cli;
pub use reporter::CliReporter;

use crate::error::exit;
use output::Output;

/// Runs cbe with the process's arguments and returns the exit code.
pub fn main() -> i32 {
    let cli = match parse::process_args() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            if code == exit::USAGE && std::env::args().any(|a| a == "--json") {
                let first = e.to_string();
                let first = first.lines().next().unwrap_or_default();
                let message = first.trim_start_matches("error: ");
                Output::new(true, false).error(message, code, "usage", None);
            }
            return code;
        }
    };
    let reporter = CliReporter::new(cli.global.quiet, cli.global.verbose);
    let out = Output::new(cli.global.json, cli.global.quiet);
    let code = match commands::run(&cli, &reporter, &out) {
        Ok(code) => code,
        // The reader went away: what it wanted it has; that is success, quietly.
        Err(_) if out.pipe_closed() => exit::OK,
        Err(e) => {
            reporter.error(&e);
            out.error(&e.to_string(), e.exit_code(), e.kind(), e.subject());
            e.exit_code()
        }
    };
    crate::failpoint::report();
    code
}
