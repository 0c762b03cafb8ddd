//! The command line: parses arguments, runs one command, maps errors to exit codes.

pub mod args;
mod commands;
mod docs;
mod extra;
mod lines;
mod pkgin;
mod release;

use std::io::IsTerminal;

use clap::Parser;

pub use args::Cli;

use crate::error::exit;
use crate::report::Reporter;

/// Prints notices on standard error; steps when asked to be verbose or on a terminal;
/// progress bars on a terminal only.
pub struct CliReporter {
    quiet: bool,
    verbose: bool,
    bars: Option<Bars>,
}

struct Bars {
    multi: indicatif::MultiProgress,
    by_label: std::sync::Mutex<std::collections::HashMap<String, indicatif::ProgressBar>>,
}

impl CliReporter {
    fn new(quiet: bool, verbose: bool) -> CliReporter {
        let bars = (!quiet && std::io::stderr().is_terminal()).then(|| Bars {
            multi: indicatif::MultiProgress::new(),
            by_label: Default::default(),
        });
        CliReporter {
            quiet,
            verbose,
            bars,
        }
    }

    fn print(&self, msg: &str) {
        let active = self.bars.as_ref().filter(|b| {
            b.by_label
                .lock()
                .map(|m| m.values().any(|bar| !bar.is_finished()))
                .unwrap_or(false)
        });
        match active {
            Some(b) => {
                let _ = b.multi.println(format!("cbe: {msg}"));
            }
            None => eprintln!("cbe: {msg}"),
        }
    }
}

impl Reporter for CliReporter {
    fn notice(&self, msg: &str) {
        if !self.quiet {
            self.print(msg);
        }
    }
    fn step(&self, msg: &str) {
        if self.verbose || self.bars.is_some() {
            self.print(msg);
        }
    }
    fn bytes(&self, label: &str, done: u64, total: u64) {
        let Some(b) = &self.bars else {
            return;
        };
        let mut map = b.by_label.lock().unwrap_or_else(|e| e.into_inner());
        let bar = map.entry(label.to_string()).or_insert_with(|| {
            let bar = b.multi.add(indicatif::ProgressBar::new(total));
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{msg:30!} [{bar:30}] {bytes:>10}/{total_bytes:<10} {bytes_per_sec:>12}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar.set_message(label.to_string());
            bar
        });
        bar.set_position(done);
        if done >= total {
            bar.finish();
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
    let reporter = CliReporter::new(cli.global.quiet, cli.global.verbose);
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
