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

use crate::error::{exit, Error};
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
                Output::new(true, false).error(message, code, output::ErrorDetail::usage());
            }
            return code;
        }
    };
    let out = Output::new(cli.global.json, cli.global.quiet);
    let reporter = CliReporter::new(cli.global.quiet, cli.global.verbose, out.heard());
    let code = match commands::run(&cli, &reporter, &out) {
        Ok(code) => code,
        // The reader went away: what it wanted it has; that is success, quietly.
        Err(_) if out.pipe_closed() => exit::OK,
        Err(e) => {
            reporter.error(&e);
            out.error(&e.to_string(), exit_code(&e), output::ErrorDetail::of(&e));
            exit_code(&e)
        }
    };
    crate::failpoint::report();
    code
}

/// The exit code of a failed command: the one place an error's kind, decided where it arose,
/// becomes a number (README's and the man page's table).
pub fn exit_code(e: &Error) -> i32 {
    match e.root() {
        Error::Usage(_) => exit::USAGE,
        Error::Verify { .. } => exit::VERIFY,
        Error::Lock { .. } => exit::LOCK,
        Error::Platform(_) => exit::PLATFORM,
        Error::NotFound { .. } => exit::NOT_PUBLISHED,
        Error::Network { .. } => exit::NETWORK,
        Error::Privilege { .. } => exit::PRIVILEGE,
        Error::Io { .. }
        | Error::Malformed { .. }
        | Error::Db { .. }
        | Error::Refused { .. }
        | Error::Script(_)
        | Error::Panicked { .. }
        | Error::While { .. } => exit::ERROR,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_keeps_its_exit_code_whatever_it_happened_during() {
        let verify = Error::verify("/c/p.tgz", "SHA-256 mismatch");
        assert_eq!(exit_code(&verify), exit::VERIFY);
        let wrapped = verify.during("checking p").during("installing p");
        assert_eq!(exit_code(&wrapped), exit::VERIFY);
        assert_eq!(wrapped.kind(), "verify");
        assert_eq!(wrapped.subject().as_deref(), Some("/c/p.tgz"));
        let usage = Error::Usage("no such flag".into()).during("parsing");
        assert_eq!(exit_code(&usage), exit::USAGE);
        let panicked = Error::panicked("download", Box::new("boom"));
        assert_eq!(exit_code(&panicked), exit::ERROR);
        assert_eq!(panicked.kind(), "internal");
    }
}
