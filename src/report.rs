//! How long-running work tells the user what it is doing, without touching a terminal itself.

mod notice;

pub use notice::{LineChange, LineChangeKind, Notice, Recovery, StaleMirror};

/// Receives progress and notices from the library; the command line decides how to show them.
pub trait Reporter: Sync {
    /// A notice the user should see (recovery, waiting for a lock, skipped work), typed: the
    /// command line prints its sentence and, with `--json`, lists its fields.
    fn notice(&self, notice: Notice);
    /// A step of a transaction is starting (`installing gcc7-7.5.0nb3`): a progress line,
    /// prose, shown on a terminal or with `-v` and never in `--json`.
    fn step(&self, msg: &str);
    /// A transfer of `total` bytes of `label` starts; its progress and its end come under
    /// the id returned. Use [`Transfer`], which always reports the end.
    fn transfer_start(&self, _label: &str, _total: u64) -> TransferId {
        TransferId(0)
    }
    /// `done` bytes of the transfer `id` are in.
    fn transfer_progress(&self, _id: TransferId, _done: u64) {}
    /// The transfer `id` ended, as `end` says.
    fn transfer_end(&self, _id: TransferId, _end: TransferEnd) {}
}

/// Names one transfer between its start and its end; the reporter gives it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TransferId(pub u64);

/// How a transfer ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferEnd {
    /// Every byte is in (and was checked, where the caller checks).
    Done,
    /// It stopped short: an error, a mirror given up on, a panic.
    Failed,
}

/// A transfer being reported: started when made, ended exactly once, by [`Transfer::done`]
/// or, on any other way out (an error returned, a panic), as failed when dropped, so a
/// progress bar never outlives its transfer.
pub struct Transfer<'r> {
    reporter: &'r dyn Reporter,
    id: TransferId,
    ended: bool,
}

impl<'r> Transfer<'r> {
    /// Reports the start of a transfer of `total` bytes of `label`.
    pub fn start(reporter: &'r dyn Reporter, label: &str, total: u64) -> Transfer<'r> {
        Transfer {
            reporter,
            id: reporter.transfer_start(label, total),
            ended: false,
        }
    }

    /// Reports `done` bytes in.
    pub fn progress(&self, done: u64) {
        self.reporter.transfer_progress(self.id, done);
    }

    /// Reports the transfer complete.
    pub fn done(mut self) {
        self.ended = true;
        self.reporter.transfer_end(self.id, TransferEnd::Done);
    }
}

impl Drop for Transfer<'_> {
    fn drop(&mut self) {
        if !self.ended {
            self.reporter.transfer_end(self.id, TransferEnd::Failed);
        }
    }
}

/// `n` and its noun, in the plural unless `n` is one: "1 package", "3 packages".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// Every event, in order.
    #[derive(Default)]
    struct Events(Mutex<Vec<String>>);

    impl Reporter for Events {
        fn notice(&self, n: Notice) {
            self.0.lock().unwrap().push(format!("notice {}", n.kind()));
        }
        fn step(&self, _: &str) {}
        fn transfer_start(&self, label: &str, total: u64) -> TransferId {
            let mut v = self.0.lock().unwrap();
            v.push(format!("start {label} {total}"));
            TransferId(v.len() as u64)
        }
        fn transfer_progress(&self, id: TransferId, done: u64) {
            self.0.lock().unwrap().push(format!("{} {done}", id.0));
        }
        fn transfer_end(&self, id: TransferId, end: TransferEnd) {
            self.0.lock().unwrap().push(format!("{} {end:?}", id.0));
        }
    }

    #[test]
    fn a_transfer_ends_once_whichever_way_it_goes() {
        let events = Events::default();
        let t = Transfer::start(&events, "a", 10);
        t.progress(10);
        t.done();
        let failed = |label| -> Result<(), ()> {
            let t = Transfer::start(&events, label, 5);
            t.progress(2);
            Err(())
        };
        assert!(failed("b").is_err());
        let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _t = Transfer::start(&events, "c", 1);
            panic!("a bug");
        }));
        assert!(panicked.is_err());
        let seen = events.0.into_inner().unwrap();
        let want = [
            "start a 10",
            "1 10",
            "1 Done",
            "start b 5",
            "4 2",
            "4 Failed",
            "start c 1",
            "7 Failed",
        ];
        assert_eq!(seen, want);
    }

    #[test]
    fn counts_say_one_in_the_singular() {
        assert_eq!(super::count(1, "package"), "1 package");
        assert_eq!(super::count(0, "package"), "0 packages");
        assert_eq!(super::count(50, "file"), "50 files");
    }
}
