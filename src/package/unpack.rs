//! Unpacking a package in one pass: the threads of the pipeline started and joined. The zstd
//! frames are decoded on every core ([`super::frames::ParallelReader`]), one thread reads the
//! tar stream ([`super::pipeline`]), this one checks every member against the packing list
//! ([`super::stage`]), and a pool of threads writes and hashes the files
//! ([`super::writers`]).

use std::path::Path;
use std::sync::mpsc::{channel, sync_channel};

use super::file::PackageFile;
use super::metadata::Metadata;
use super::pipeline::{produce, PIPELINE_DEPTH};
use super::stage::{consume, Policy, Staged};
use super::writers::{write_files, Writers, WRITERS};
use crate::error::Result;

/// Unpacks the open package `pkg` into `staging` (an empty directory of ours) in one pass:
/// the zstd frames are decoded on every core ([`super::frames::ParallelReader`]), one thread
/// reads the tar stream, this one checks every member against the packing list, and two
/// threads write and hash the files (each file wholly by one; digests are checked as they
/// report). Messages between threads go in batches of about 256 KiB, and memory stays bounded
/// by the channels' depths. `check` sees the metadata before any payload byte is written and
/// may refuse the package.
pub fn unpack(
    pkg: &PackageFile,
    staging: &Path,
    policy: &Policy,
    check: impl FnOnce(&Metadata) -> Result<()>,
) -> Result<Staged> {
    let (tx, rx) = sync_channel(PIPELINE_DEPTH);
    std::thread::scope(|scope| {
        scope.spawn(move || produce(pkg, tx));
        // Writeback while unpacking: every `FLUSH_BYTES` written, a thread of its own syncs the
        // staging file system, so that the sync before the commit has little left to wait for.
        let (flush_tx, flush_rx) = sync_channel::<()>(1);
        scope.spawn(move || {
            for () in flush_rx {
                crate::os::flush_in_background(staging);
            }
        });
        let (done_tx, done_rx) = channel();
        let writers: Vec<_> = (0..WRITERS)
            .map(|_| {
                let (wtx, wrx) = sync_channel(PIPELINE_DEPTH / WRITERS);
                let done = done_tx.clone();
                let flush = flush_tx.clone();
                scope.spawn(move || write_files(wrx, done, flush));
                wtx
            })
            .collect();
        drop(done_tx);
        drop(flush_tx);
        // Dropping `rx` and the writers' senders on an early return stops the decoder and
        // the writers at their next hand-over.
        consume(
            pkg.path(),
            staging,
            policy,
            check,
            rx,
            Writers::new(writers, done_rx),
        )
    })
}
