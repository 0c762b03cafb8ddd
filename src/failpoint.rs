//! Kill points for the crash tests, compiled into debug builds only.
//!
//! Every write-like step calls [`hit`]. With `CBE_CRASH_AT=N` the process kills itself with
//! SIGKILL at the N-th hit, as a power cut or `kill -9` would; with `CBE_CRASH_COUNT=FILE`
//! it writes the number of hits so far to FILE when it exits, so a test knows how many
//! points a run has. Release builds compile all of this away.

#[cfg(debug_assertions)]
mod imp {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::OnceLock;

    static HITS: AtomicU64 = AtomicU64::new(0);
    static AT: OnceLock<Option<u64>> = OnceLock::new();

    pub fn hit(_name: &str) {
        let n = HITS.fetch_add(1, Ordering::SeqCst) + 1;
        let at = AT.get_or_init(|| {
            std::env::var("CBE_CRASH_AT")
                .ok()
                .and_then(|v| v.parse().ok())
        });
        if *at == Some(n) {
            let _ = nix::sys::signal::kill(nix::unistd::getpid(), nix::sys::signal::SIGKILL);
        }
    }

    pub fn report() {
        if let Ok(path) = std::env::var("CBE_CRASH_COUNT") {
            let _ = std::fs::write(path, HITS.load(Ordering::SeqCst).to_string());
        }
    }
}

/// Marks a kill point (debug builds only).
#[inline]
pub fn hit(name: &str) {
    #[cfg(debug_assertions)]
    imp::hit(name);
    #[cfg(not(debug_assertions))]
    let _ = name;
}

/// Writes the number of kill points passed to `$CBE_CRASH_COUNT` (debug builds only).
pub fn report() {
    #[cfg(debug_assertions)]
    imp::report();
}
