//! Kill points for the crash tests, compiled into debug builds only.
//!
//! Every write-like step calls [`hit`]. With `CBE_CRASH_AT=N` the process kills itself with
//! SIGKILL at the N-th hit, as a power cut or `kill -9` would; with `CBE_CRASH_COUNT=FILE`
//! it writes the number of hits so far to FILE when it exits, so a test knows how many
//! points a run has. `CBE_CRASH_AT_POINT=NAME:N` kills at the N-th hit of the point NAME (a
//! kill at one step, wherever other threads' points fall). With `CBE_TRACE=FILE` it appends
//! a line to FILE at each [`trace`] point.
//! Release builds compile all of this away.

#[cfg(debug_assertions)]
mod imp {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::OnceLock;

    static HITS: AtomicU64 = AtomicU64::new(0);
    static AT: OnceLock<Option<u64>> = OnceLock::new();
    /// `CBE_CRASH_AT_POINT=NAME:N`: the point's name, and how many of its hits to pass.
    static AT_NAMED: OnceLock<Option<(String, u64)>> = OnceLock::new();
    static NAMED_HITS: AtomicU64 = AtomicU64::new(0);

    pub fn hit(name: &str) {
        let n = HITS.fetch_add(1, Ordering::SeqCst) + 1;
        let at = AT.get_or_init(|| {
            std::env::var("CBE_CRASH_AT")
                .ok()
                .and_then(|v| v.parse().ok())
        });
        let named = AT_NAMED.get_or_init(|| {
            let v = std::env::var("CBE_CRASH_AT_POINT").ok()?;
            let (point, k) = v.rsplit_once(':')?;
            Some((point.to_string(), k.parse().ok()?))
        });
        let named_now = named.as_ref().is_some_and(|(point, k)| {
            point == name && NAMED_HITS.fetch_add(1, Ordering::SeqCst) + 1 == *k
        });
        if *at == Some(n) || named_now {
            let _ = nix::sys::signal::kill(nix::unistd::getpid(), nix::sys::signal::SIGKILL);
        }
    }

    pub fn trace(what: String) {
        if let Ok(path) = std::env::var("CBE_TRACE") {
            use std::io::Write;
            let f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path);
            if let Ok(mut f) = f {
                let _ = writeln!(f, "{what}");
            }
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

/// Appends `what()` as a line to `$CBE_TRACE` (debug builds only): lets a test see what the
/// process did inside (which frames reached the decompressor), not only what it left.
#[inline]
pub fn trace(what: impl FnOnce() -> String) {
    #[cfg(debug_assertions)]
    imp::trace(what());
    #[cfg(not(debug_assertions))]
    let _ = what;
}

/// Writes the number of kill points passed to `$CBE_CRASH_COUNT` (debug builds only).
pub fn report() {
    #[cfg(debug_assertions)]
    imp::report();
}
