//! The decoding side of the unpack pipeline: one thread reads the archive once and hands the
//! checking thread what it finds, member by member and in chunks, in batches, so that
//! decompression and hashing-plus-writing run on different cores.

use std::io::Read;
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvError, SyncSender};

use super::archive::open_decoded;
use super::file::PackageFile;
use super::metadata::{corrupt, read_head, Metadata, PkgEntry};
use super::paths::member_name;
use crate::error::{IoContext, Result};

/// How many batches (of about [`CHUNK`] bytes) may wait between two threads.
pub(super) const PIPELINE_DEPTH: usize = 8;
/// The bytes of a batch, and the largest chunk of a member's data.
pub(super) const CHUNK: usize = 256 << 10;

/// What the decoding thread hands the checking thread.
pub(super) enum Msg {
    /// The metadata, first and once.
    Meta(Box<Metadata>),
    /// A payload member's header; its data follows when it is a regular file.
    Member(Member),
    /// The next chunk of the current member's data.
    Data(Vec<u8>),
    /// Why decoding stopped; nothing follows.
    Error(crate::error::Error),
}

/// A payload member's header, as the archive gives it.
pub(super) struct Member {
    /// Its name, checked by [`member_name`].
    pub name: String,
    /// File, directory, symlink, hard link or something cbe refuses.
    pub etype: tar::EntryType,
    /// Permission bits of the header (`& 0o7777`).
    pub mode: u32,
    /// Bytes of data the header declares.
    pub size: u64,
    /// A symlink's or hard link's target.
    pub link: Option<String>,
}

/// The decoding thread: reads the archive once and sends what it finds.
pub(super) fn produce(pkg: &PackageFile, tx: SyncSender<Vec<Msg>>) {
    let mut out = Outbox {
        tx,
        buf: Vec::new(),
        bytes: 0,
    };
    if let Err(e) = decode(pkg, &mut out) {
        out.send(Msg::Error(e));
    }
    out.flush();
}

/// Messages from the decoding thread, handed over in batches of about [`CHUNK`] bytes (one
/// wake-up per batch rather than per small file).
struct Outbox {
    tx: SyncSender<Vec<Msg>>,
    buf: Vec<Msg>,
    bytes: usize,
}

impl Outbox {
    /// Queues `m`; false when the other side has gone.
    fn send(&mut self, m: Msg) -> bool {
        if let Msg::Data(d) = &m {
            self.bytes += d.len();
        }
        let urgent = matches!(m, Msg::Meta(_) | Msg::Error(_));
        self.buf.push(m);
        if urgent || self.bytes >= CHUNK || self.buf.len() >= 256 {
            return self.flush();
        }
        true
    }

    fn flush(&mut self) -> bool {
        self.bytes = 0;
        self.buf.is_empty() || self.tx.send(std::mem::take(&mut self.buf)).is_ok()
    }
}

/// The checking side's view of the batches, with room for one message put back.
pub(super) struct Inbox {
    rx: Receiver<Vec<Msg>>,
    batch: std::vec::IntoIter<Msg>,
    put_back: Option<Msg>,
}

impl Inbox {
    pub(super) fn new(rx: Receiver<Vec<Msg>>) -> Self {
        Inbox {
            rx,
            batch: Vec::new().into_iter(),
            put_back: None,
        }
    }

    /// The next message; an error once the decoding thread has finished and all is read.
    pub(super) fn recv(&mut self) -> std::result::Result<Msg, RecvError> {
        if let Some(m) = self.put_back.take() {
            return Ok(m);
        }
        loop {
            if let Some(m) = self.batch.next() {
                return Ok(m);
            }
            self.batch = self.rx.recv()?.into_iter();
        }
    }

    /// Makes `m` the next message again (read by a step that found it was not its own).
    pub(super) fn put_back(&mut self, m: Msg) {
        self.put_back = Some(m);
    }
}

/// Sends the metadata, then every payload member. `Ok` also when the checking side has gone:
/// it stopped listening, and has its reason.
fn decode(pkg: &PackageFile, out: &mut Outbox) -> Result<()> {
    let path = pkg.path();
    let reader = open_decoded(pkg)?;
    let mut archive = tar::Archive::new(reader);
    let mut entries = archive.entries().at(path)?;
    let (meta, first) = read_head(path, &mut entries)?;
    if !out.send(Msg::Meta(Box::new(meta))) {
        return Ok(());
    }
    for entry in first.map(Ok).into_iter().chain(entries) {
        let mut entry = entry.map_err(|e| corrupt(path, e))?;
        if !send_member(path, &mut entry, out)? {
            return Ok(());
        }
    }
    Ok(())
}

/// Sends a member's header, then its data if it is a regular file; false when the other side
/// has gone.
fn send_member(path: &Path, entry: &mut PkgEntry<'_>, out: &mut Outbox) -> Result<bool> {
    let name = member_name(path, entry)?;
    let header = entry.header();
    let etype = header.entry_type();
    let (mode, size) = match (header.mode(), header.size()) {
        (Ok(m), Ok(s)) => (m & 0o7777, s),
        (Err(e), _) | (_, Err(e)) => return Err(corrupt(path, e)),
    };
    let link = entry
        .link_name_bytes()
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    let regular = matches!(etype, tar::EntryType::Regular | tar::EntryType::Continuous);
    if !out.send(Msg::Member(Member {
        name,
        etype,
        mode,
        size,
        link,
    })) {
        return Ok(false);
    }
    if !regular {
        return Ok(true);
    }
    send_data(path, entry, size, out)
}

/// Sends the `size` bytes of data of a regular member, or what there is of them (the checking
/// side tells a short member); false when the other side has gone.
fn send_data(path: &Path, entry: &mut PkgEntry<'_>, size: u64, out: &mut Outbox) -> Result<bool> {
    let mut left = size;
    loop {
        // Chunks no bigger than what is left of the member: small files cost small buffers.
        let want = CHUNK.min(usize::try_from(left).unwrap_or(CHUNK));
        let mut buf = vec![0u8; want];
        let mut filled = 0;
        while filled < want {
            match entry.read(&mut buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) => return Err(corrupt(path, e)),
            }
        }
        if filled == 0 {
            return Ok(true);
        }
        buf.truncate(filled);
        left -= filled as u64;
        if !out.send(Msg::Data(buf)) {
            return Ok(false);
        }
        if filled < want || left == 0 {
            return Ok(true);
        }
    }
}
