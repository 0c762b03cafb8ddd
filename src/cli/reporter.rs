//! What the user sees on standard error while a command works: notices, steps, progress bars.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use super::output::escape_controls;
use crate::report::Reporter;

/// Prints notices on standard error; steps when asked to be verbose or on a terminal;
/// progress bars on a terminal only. Control characters in what it prints (package names and
/// paths come from packages) are escaped, on a terminal or not.
pub struct CliReporter {
    quiet: bool,
    verbose: bool,
    bars: Option<Bars>,
    /// Without a terminal: when each transfer was first heard of and last reported.
    plain: Option<std::sync::Mutex<std::collections::HashMap<String, Plain>>>,
}

/// A transfer reported as plain lines (a log, a CI job): the first line once it has run
/// [`PLAIN_FIRST`], then one every [`PLAIN_EVERY`], so a short transfer says nothing.
struct Plain {
    since: Instant,
    last: Option<Instant>,
}

const PLAIN_FIRST: Duration = Duration::from_secs(2);
const PLAIN_EVERY: Duration = Duration::from_secs(10);

struct Bars {
    multi: indicatif::MultiProgress,
    by_label: std::sync::Mutex<std::collections::HashMap<String, indicatif::ProgressBar>>,
}

impl CliReporter {
    /// A reporter for `-q` / `-v` as given.
    pub fn new(quiet: bool, verbose: bool) -> CliReporter {
        let terminal = std::io::stderr().is_terminal();
        let bars = (!quiet && terminal).then(|| Bars {
            multi: indicatif::MultiProgress::new(),
            by_label: Default::default(),
        });
        CliReporter {
            quiet,
            verbose,
            bars,
            plain: (!quiet && !terminal).then(Default::default),
        }
    }

    /// A line that is printed even with `-q`: the reason a command fails without an error.
    pub fn always(&self, msg: &str) {
        self.print(msg);
    }

    /// A line printed only with `-v`.
    pub fn verbose(&self, msg: &str) {
        if self.verbose {
            self.print(msg);
        }
    }

    /// The error that ends the command, and with `-v` its causes.
    pub fn error(&self, e: &crate::error::Error) {
        self.print(&format!("error: {e}"));
        if self.verbose {
            let mut src = std::error::Error::source(e);
            while let Some(s) = src {
                self.raw(&format!("  caused by: {s}"));
                src = s.source();
            }
        }
    }

    fn print(&self, msg: &str) {
        self.raw(&format!("cbe: {msg}"));
    }

    fn raw(&self, line: &str) {
        let line = escape_controls(line);
        let active = self.bars.as_ref().filter(|b| {
            b.by_label
                .lock()
                .map(|m| m.values().any(|bar| !bar.is_finished()))
                .unwrap_or(false)
        });
        match active {
            Some(b) => {
                let _ = b.multi.println(line);
            }
            // Standard error gone is no reason to stop, nor to panic.
            None => {
                let _ = writeln!(std::io::stderr().lock(), "{line}");
            }
        }
    }
}

impl CliReporter {
    /// Progress as an occasional plain line, for standard error that is not a terminal.
    fn plain_progress(&self, label: &str, done: u64, total: u64) {
        let Some(plain) = &self.plain else {
            return;
        };
        let now = Instant::now();
        let due = {
            let mut map = plain.lock().unwrap_or_else(|e| e.into_inner());
            if done >= total {
                map.remove(label).is_some_and(|p| p.last.is_some())
            } else {
                let p = map.entry(label.to_string()).or_insert(Plain {
                    since: now,
                    last: None,
                });
                let due = match p.last {
                    None => now.duration_since(p.since) >= PLAIN_FIRST,
                    Some(last) => now.duration_since(last) >= PLAIN_EVERY,
                };
                if due {
                    p.last = Some(now);
                }
                due
            }
        };
        if due {
            let pct = (done * 100).checked_div(total).unwrap_or(100);
            self.print(&format!(
                "downloading {label}: {pct}% ({} of {})",
                super::render::human_size(done),
                super::render::human_size(total)
            ));
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
            self.plain_progress(label, done, total);
            return;
        };
        let mut map = b.by_label.lock().unwrap_or_else(|e| e.into_inner());
        let bar = map.entry(label.to_string()).or_insert_with(|| {
            let bar = b.multi.add(indicatif::ProgressBar::new(total));
            bar.set_style(
                // 79 columns: a line of its own on an 80-column terminal.
                indicatif::ProgressStyle::with_template(
                    "{msg:24!} [{bar:20}] {bytes:>9}/{total_bytes:<9} {bytes_per_sec:>11}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar.set_message(escape_controls(label).into_owned());
            bar
        });
        bar.set_position(done);
        if done >= total {
            bar.finish();
        }
    }
}
