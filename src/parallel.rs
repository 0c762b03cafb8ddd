//! Work spread over the machine's cores, for jobs of uneven size (a toolchain's packages run
//! from kilobytes to a third of the line): each thread takes the next item when it is free,
//! rather than a fixed share, so one large item does not leave the other cores idle behind it.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` of every item, on up to `max_threads` threads (at most one per core), in the items'
/// order. A panic in `f` is resumed on the caller's thread.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    max_threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(max_threads).min(items.len()).max(1);
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    // Each thread keeps its own results (no lock per item: verify hands over one per file)
    // and they are put back in order once all are in.
    let mut done: Vec<(usize, R)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break mine };
                        mine.push((i, f(item)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_item_once_in_order_whatever_their_sizes() {
        let items: Vec<u64> = (0..200)
            .map(|i| if i % 50 == 0 { 20_000 } else { i })
            .collect();
        let seen = std::sync::atomic::AtomicUsize::new(0);
        let out = super::map(&items, 8, |n| {
            seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            (0..*n).fold(0u64, |a, b| a.wrapping_add(b)) + n
        });
        assert_eq!(seen.into_inner(), items.len());
        let want: Vec<u64> = items.iter().map(|n| (0..*n).sum::<u64>() + n).collect();
        assert_eq!(out, want);
        assert!(super::map(&[] as &[u8], 4, |_| 0).is_empty());
    }
}
