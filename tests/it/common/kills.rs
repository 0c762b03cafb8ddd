//! The crash matrices' choice of kills: which kill points to try, and instants for kills at
//! random that are the same on every run.

/// How many kill points each scenario tries (`CBE_CRASH_POINTS`, default 40) and how many
/// kills at random instants (`CBE_CRASH_TIMED`, default 4).
pub fn budget() -> (usize, usize) {
    let get = |k: &str, d: usize| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    (get("CBE_CRASH_POINTS", 40), get("CBE_CRASH_TIMED", 4))
}

/// Which of a run's `total` kill points to try: all of them, or `max` spread evenly from the
/// first to the last.
pub fn points(total: usize, max: usize) -> Vec<usize> {
    if total <= max {
        return (1..=total).collect();
    }
    let mut v: Vec<usize> = (0..max)
        .map(|i| 1 + i * (total - 1) / (max.max(2) - 1))
        .collect();
    v.dedup();
    v
}

/// The next of a sequence of pseudo-random numbers (xorshift).
pub fn xorshift(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}
