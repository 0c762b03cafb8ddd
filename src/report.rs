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
    #[test]
    fn counts_say_one_in_the_singular() {
        assert_eq!(super::count(1, "package"), "1 package");
        assert_eq!(super::count(0, "package"), "0 packages");
        assert_eq!(super::count(50, "file"), "50 files");
    }
}
