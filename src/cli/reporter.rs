//! What the user sees on standard error while a command works: notices, steps, progress bars.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::output::{escape_controls, Heard};
use crate::report::{Notice, Reporter, TransferEnd, TransferId};

/// Prints notices on standard error (their sentences; with `--json` they are kept for the
/// document too); steps when asked to be verbose or on a terminal;
/// transfers as progress bars on a terminal, as an occasional line otherwise. Control
/// characters in what it prints (package names and paths come from packages) are escaped, on
/// a terminal or not.
pub struct CliReporter {
    quiet: bool,
    verbose: bool,
    /// On a terminal: where the bars are drawn.
    bars: Option<indicatif::MultiProgress>,
    /// The transfers started and not yet ended, by id.
    transfers: Mutex<HashMap<u64, Shown>>,
    next_id: AtomicU64,
    /// With `--json`: where the notices are kept for the document.
    heard: Option<Heard>,
}

/// How a transfer in progress is shown.
enum Shown {
    Bar(indicatif::ProgressBar),
    Plain(Plain),
}

/// A transfer shown as a line now and then, for standard error that is not a terminal (a
/// log, a CI job): the first once it has run [`PLAIN_FIRST`], then one every
/// [`PLAIN_EVERY`], so a short transfer says nothing.
struct Plain {
    label: String,
    total: u64,
    since: Instant,
    last: Option<Instant>,
}

impl Plain {
    /// The line for `done` bytes, when one is due.
    fn due(&mut self, done: u64, now: Instant) -> Option<String> {
        let due = match self.last {
            None => now.duration_since(self.since) >= PLAIN_FIRST,
            Some(l) => now.duration_since(l) >= PLAIN_EVERY,
        };
        if !due {
            return None;
        }
        self.last = Some(now);
        Some(self.line(done))
    }

    fn line(&self, done: u64) -> String {
        let pct = (done * 100).checked_div(self.total).unwrap_or(100);
        format!(
            "downloading {}: {pct}% ({} of {})",
            self.label,
            super::render::human_size(done),
            super::render::human_size(self.total)
        )
    }
}

const PLAIN_FIRST: Duration = Duration::from_secs(2);
const PLAIN_EVERY: Duration = Duration::from_secs(10);

impl CliReporter {
    /// A reporter for `-q` / `-v` as given, keeping notices in `heard` (`--json`'s).
    pub fn new(quiet: bool, verbose: bool, heard: Option<Heard>) -> CliReporter {
        let terminal = std::io::stderr().is_terminal();
        CliReporter {
            quiet,
            verbose,
            bars: (!quiet && terminal).then(indicatif::MultiProgress::new),
            transfers: Mutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            heard,
        }
    }

    /// A line of the command line's own, printed unless `-q`: what a command's text output
    /// says on standard error (a summary, an empty list). Never part of `--json`.
    pub fn say(&self, msg: &str) {
        if !self.quiet {
            self.print(msg);
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
        let drawing = self.bars.as_ref().filter(|_| {
            self.shown()
                .values()
                .any(|s| matches!(s, Shown::Bar(b) if !b.is_finished()))
        });
        match drawing {
            Some(multi) => {
                let _ = multi.println(line);
            }
            // Standard error gone is no reason to stop, nor to panic.
            None => {
                let _ = writeln!(std::io::stderr().lock(), "{line}");
            }
        }
    }
}

impl CliReporter {
    fn shown(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Shown>> {
        self.transfers.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn bar(multi: &indicatif::MultiProgress, label: &str, total: u64) -> indicatif::ProgressBar {
        let bar = multi.add(indicatif::ProgressBar::new(total));
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
    }
}

impl Reporter for CliReporter {
    fn notice(&self, notice: Notice) {
        if !self.quiet {
            self.print(&notice.to_string());
        }
        if let Some(heard) = &self.heard {
            heard.push(notice);
        }
    }
    fn step(&self, msg: &str) {
        if self.verbose || self.bars.is_some() {
            self.print(msg);
        }
    }
    fn transfer_start(&self, label: &str, total: u64) -> TransferId {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        if !self.quiet {
            let shown = match &self.bars {
                Some(multi) => Shown::Bar(Self::bar(multi, label, total)),
                None => Shown::Plain(Plain {
                    label: label.to_string(),
                    total,
                    since: Instant::now(),
                    last: None,
                }),
            };
            self.shown().insert(id, shown);
        }
        TransferId(id)
    }

    fn transfer_progress(&self, id: TransferId, done: u64) {
        let line = match self.shown().get_mut(&id.0) {
            Some(Shown::Bar(bar)) => {
                bar.set_position(done);
                None
            }
            Some(Shown::Plain(plain)) => plain.due(done, Instant::now()),
            None => None,
        };
        if let Some(line) = line {
            self.print(&line);
        }
    }

    fn transfer_end(&self, id: TransferId, end: TransferEnd) {
        let shown = self.shown().remove(&id.0);
        match (shown, end) {
            (Some(Shown::Bar(bar)), TransferEnd::Done) => bar.finish(),
            // The error that ended it is said by whoever handles it, after the bar is gone.
            (Some(Shown::Bar(bar)), TransferEnd::Failed) => bar.finish_and_clear(),
            // A transfer long enough to have said something says that it ended.
            (Some(Shown::Plain(plain)), TransferEnd::Done) if plain.last.is_some() => {
                self.print(&plain.line(plain.total));
            }
            _ => {}
        }
    }
}
