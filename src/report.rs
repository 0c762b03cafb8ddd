//! How long-running work tells the user what it is doing, without touching a terminal itself.

/// Receives progress and notices from the library; the command line decides how to show them.
pub trait Reporter {
    /// A notice the user should see (recovery, waiting for a lock, skipped work).
    fn notice(&self, msg: &str);
    /// A step of a transaction is starting (`installing gcc7-7.5.0nb3`).
    fn step(&self, msg: &str);
    /// Progress of a transfer: `done` of `total` bytes of `label`.
    fn bytes(&self, _label: &str, _done: u64, _total: u64) {}
}
