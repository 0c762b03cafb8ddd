//! The writer pool of the unpack pipeline: threads that create, hash and write the staged
//! files, each file wholly by one of them, and report every file's digests to the checking
//! thread.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, SyncSender};

use md5::Md5;
use sha2::{Digest, Sha256};

use super::pipeline::CHUNK;
use crate::error::{Error, IoContext, Refusal, Result};

/// Bytes a writer writes between two requests for a sync of the staging file system.
const FLUSH_BYTES: u64 = 64 << 20;

/// Threads hashing and writing files (each file wholly by one of them).
pub(super) const WRITERS: usize = 2;

/// What the checking thread hands a writing thread.
pub(super) enum ToWriter {
    /// Create `staged` and hash what follows (also with MD5 when `md5`).
    Start {
        slot: usize,
        staged: PathBuf,
        md5: bool,
    },
    Data(Vec<u8>),
    /// The file is complete: give it `mode` and report its digests.
    End {
        mode: u32,
        size: u64,
    },
}

/// A writing thread's report on one file: its SHA-256 and MD5 (hex), or why it failed.
pub(super) struct Written {
    /// The file's place among the staged files.
    pub slot: usize,
    /// Its SHA-256 and, when asked for, its MD5.
    pub result: Result<(String, Option<String>)>,
}

/// The writing threads, seen from the checking thread.
pub(super) struct Writers {
    tx: Vec<SyncSender<Vec<ToWriter>>>,
    done: Receiver<Written>,
    /// Messages not handed over yet, and their bytes, per writer.
    pending: Vec<(Vec<ToWriter>, usize)>,
    /// Bytes given to each so far (a new file goes to the one with fewer).
    load: Vec<u64>,
    /// Files given out whose report has not been taken yet.
    outstanding: usize,
}

impl Writers {
    pub(super) fn new(tx: Vec<SyncSender<Vec<ToWriter>>>, done: Receiver<Written>) -> Self {
        let load = vec![0; tx.len()];
        Writers {
            pending: tx.iter().map(|_| (Vec::new(), 0)).collect(),
            tx,
            done,
            load,
            outstanding: 0,
        }
    }

    /// Gives a new file of `size` bytes, staged file `slot`, to the writer with the least
    /// load, and returns that writer for the file's data.
    pub(super) fn start(
        &mut self,
        size: u64,
        slot: usize,
        staged: PathBuf,
        md5: bool,
    ) -> Result<usize> {
        let w = (0..self.load.len())
            .min_by_key(|&i| self.load[i])
            .unwrap_or(0);
        self.load[w] += size.max(4096);
        self.send(w, ToWriter::Start { slot, staged, md5 })?;
        self.outstanding += 1;
        Ok(w)
    }

    /// Queues `m` for writer `w`, handing the queue over every [`CHUNK`] bytes.
    pub(super) fn send(&mut self, w: usize, m: ToWriter) -> Result<()> {
        let (queue, bytes) = &mut self.pending[w];
        if let ToWriter::Data(d) = &m {
            *bytes += d.len();
        }
        queue.push(m);
        if *bytes >= CHUNK || queue.len() >= 256 {
            self.flush(w)?;
        }
        Ok(())
    }

    fn flush(&mut self, w: usize) -> Result<()> {
        let (queue, bytes) = &mut self.pending[w];
        *bytes = 0;
        if queue.is_empty() {
            return Ok(());
        }
        self.tx[w]
            .send(std::mem::take(queue))
            .map_err(|_| writer_stopped())
    }

    /// A report already in, without waiting.
    pub(super) fn try_done(&mut self) -> Option<Written> {
        let done = self.done.try_recv().ok()?;
        self.outstanding -= 1;
        Some(done)
    }

    /// Hands every queue over, then waits for the report of every file given out.
    pub(super) fn wait_all(&mut self) -> Result<Vec<Written>> {
        for w in 0..self.tx.len() {
            self.flush(w)?;
        }
        let mut v = Vec::new();
        while v.len() < self.outstanding {
            v.push(self.done.recv().map_err(|_| writer_stopped())?);
        }
        self.outstanding = 0;
        Ok(v)
    }
}

fn writer_stopped() -> Error {
    Error::refused(
        Refusal::Other,
        "internal error: a writing thread stopped early",
    )
}

/// Hashes what it writes.
struct HashingWriter<W> {
    inner: W,
    sha: Sha256,
    md5: Option<Md5>,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.sha.update(&buf[..n]);
        if let Some(m) = &mut self.md5 {
            m.update(&buf[..n]);
        }
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The file a writing thread is writing: its slot, its name in staging, and the file.
type Current = (usize, PathBuf, HashingWriter<File>);

/// A writing thread: creates, hashes and writes the files it is given, one at a time,
/// reporting each on `done`, and asking for a sync of staging on `flush` now and then.
pub(super) fn write_files(
    rx: Receiver<Vec<ToWriter>>,
    done: Sender<Written>,
    flush: SyncSender<()>,
) {
    let mut cur: Option<Current> = None;
    let mut unflushed = 0u64;
    let fail = |slot: usize, e: Error| {
        done.send(Written {
            slot,
            result: Err(e),
        })
        .is_ok()
    };
    for m in rx.into_iter().flatten() {
        match m {
            ToWriter::Start { slot, staged, md5 } => match create(&staged, md5) {
                Ok(w) => cur = Some((slot, staged, w)),
                Err(e) => {
                    if !fail(slot, Error::io(&staged, e)) {
                        return;
                    }
                }
            },
            ToWriter::Data(chunk) => {
                if let Some((slot, staged, w)) = &mut cur {
                    crate::failpoint::hit("unpack-write");
                    if let Err(e) = w.write_all(&chunk) {
                        let (slot, e) = (*slot, Error::io(staged.clone(), e));
                        cur = None;
                        if !fail(slot, e) {
                            return;
                        }
                    }
                }
            }
            ToWriter::End { mode, size } => {
                if let Some((slot, staged, w)) = cur.take() {
                    let result = finish(&staged, w, mode, size);
                    if result.is_ok() {
                        unflushed += size;
                        if unflushed >= FLUSH_BYTES {
                            unflushed = 0;
                            // A sync already asked for will do.
                            let _ = flush.try_send(());
                        }
                    }
                    if done.send(Written { slot, result }).is_err() {
                        return;
                    }
                }
            }
        }
    }
}

/// Creates staged file `staged`, ours alone until it is complete.
fn create(staged: &Path, md5: bool) -> std::io::Result<HashingWriter<File>> {
    let f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(staged)?;
    Ok(HashingWriter {
        inner: f,
        sha: Sha256::new(),
        md5: md5.then(Md5::new),
    })
}

/// Gives the complete file its `mode`, starts its writeback, and returns its digests.
fn finish(
    staged: &Path,
    w: HashingWriter<File>,
    mode: u32,
    size: u64,
) -> Result<(String, Option<String>)> {
    w.inner
        .set_permissions(fs::Permissions::from_mode(mode))
        .at(staged)?;
    start_writeback(&w.inner, size);
    Ok((
        hex::encode(w.sha.finalize()),
        w.md5.map(|m| hex::encode(m.finalize())),
    ))
}

/// Starts writing a big staged file to disk now (without waiting), so that the `syncfs` that
/// makes the staging durable before the commit finds little left to write.
fn start_writeback(f: &File, size: u64) {
    if size >= 128 << 10 {
        crate::os::start_writeback(f);
    }
}
