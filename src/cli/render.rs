//! Text shared by several command files: what a transaction did or would do.

use super::output::Output;
use crate::error::Result;
use crate::ops::TxOutcome;

/// Prints a transaction's outcome: its steps, or with `--dry-run` the plan; as JSON with
/// `--json`; nothing with `-q` once applied.
pub fn tx_outcome(out: &Output, o: &TxOutcome) -> Result<()> {
    match o {
        TxOutcome::WouldApply(steps) => out.show(steps, |out| {
            for s in steps {
                match &s.old {
                    Some(old) => out.line(format_args!(
                        "would {} {} (replacing {old})",
                        s.action, s.name
                    ))?,
                    None => out.line(format_args!("would {} {}", s.action, s.name))?,
                }
            }
            Ok(())
        }),
        TxOutcome::Unchanged(none) => out.show(none, |_| Ok(())),
        TxOutcome::Applied(done) => out.show(done, |out| {
            if out.quiet() {
                return Ok(());
            }
            for s in &done.steps {
                match &s.old {
                    Some(old) => out.line(format_args!("{}: {} (was {old})", s.action, s.name))?,
                    None => out.line(format_args!("{}: {}", s.action, s.name))?,
                }
            }
            Ok(())
        }),
    }
}

/// A size in bytes as people read it: `512 B`, `1.5 MiB`.
pub fn human_size(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}
