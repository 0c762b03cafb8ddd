//! Reading a package in one pass: metadata members first, then the payload, each payload
//! member checked against the packing list, hashed while it is written into a staging
//! directory, and refused at the first sign of a hostile or damaged archive.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use md5::Md5;
use sha2::{Digest, Sha256};

use super::archive::open_decoded;
use super::plist::{EntryKind, PackingList};
use crate::error::{Error, IoContext, Result};

// Their old home, until every caller imports them from theirs.
pub use crate::digest::hash_file;
pub use crate::relpath::ancestors;

/// The largest metadata member read into memory.
const MAX_METADATA: u64 = 16 << 20;

/// A package's metadata: the `+` members at the head of the archive.
#[derive(Debug, Clone)]
pub struct Metadata {
    /// The parsed `+CONTENTS`.
    pub plist: PackingList,
    /// Every metadata member by name (`+COMMENT`, `+DESC`, `+BUILD_INFO`, …).
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Metadata {
    /// The text of metadata member `name` (lossy UTF-8), empty when absent.
    pub fn text(&self, name: &str) -> String {
        self.files
            .get(name)
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default()
    }

    /// `+COMMENT`, one line.
    pub fn comment(&self) -> String {
        self.text("+COMMENT").trim().to_string()
    }

    /// A `KEY=VALUE` of `+BUILD_INFO`.
    pub fn build_info(&self, key: &str) -> Option<String> {
        self.text("+BUILD_INFO").lines().find_map(|l| {
            l.split_once('=')
                .filter(|(k, _)| k.trim() == key)
                .map(|(_, v)| v.trim().to_string())
        })
    }

    /// `+SIZE_PKG`, when present and numeric.
    pub fn size_pkg(&self) -> Option<u64> {
        self.text("+SIZE_PKG").trim().parse().ok()
    }
}

/// What a staged payload member is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StagedKind {
    /// A regular file (hard links to one another are regular files too).
    File,
    /// A symlink to the target.
    Symlink(String),
}

/// One payload member, unpacked into the staging directory.
#[derive(Debug, Clone)]
pub struct StagedFile {
    /// Path relative to the prefix.
    pub path: String,
    /// Its name inside the staging directory.
    pub staged: PathBuf,
    /// File or symlink.
    pub kind: StagedKind,
    /// SHA-256, lower-case hex (of the target text for a symlink).
    pub sha256: String,
    /// Size in bytes (0 for symlinks).
    pub size: u64,
    /// Permission bits.
    pub mode: u32,
}

/// A package unpacked into staging, verified and ready to be placed.
#[derive(Debug, Clone)]
pub struct Staged {
    /// The package's metadata.
    pub meta: Metadata,
    /// The payload, in archive order.
    pub files: Vec<StagedFile>,
    /// Modes of directories the archive carried.
    pub dir_modes: HashMap<String, u32>,
}

/// What an archive may contain.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Whether setuid/setgid bits are allowed.
    pub allow_setuid: bool,
    /// The most bytes the payload may expand to.
    pub max_unpacked: u64,
}

impl Default for Policy {
    /// No setuid; at most 64 GiB unpacked per package (`CBE_MAX_UNPACKED` bytes, when set).
    fn default() -> Self {
        Policy {
            allow_setuid: false,
            max_unpacked: std::env::var("CBE_MAX_UNPACKED")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(64 << 30),
        }
    }
}

/// Reads only the metadata of the package at `path`.
pub fn read_metadata(path: &Path) -> Result<Metadata> {
    let reader = open_decoded(path)?;
    let mut archive = tar::Archive::new(reader);
    let mut entries = archive.entries().at(path)?;
    let (meta, _) = read_head(path, &mut entries)?;
    Ok(meta)
}

type Entries<'a> = tar::Entries<'a, Box<dyn Read + Send>>;
type PkgEntry<'a> = tar::Entry<'a, Box<dyn Read + Send>>;

/// Reads metadata members up to the first payload member, which is returned unread.
fn read_head<'a>(
    path: &Path,
    entries: &mut Entries<'a>,
) -> Result<(Metadata, Option<PkgEntry<'a>>)> {
    let mut files = BTreeMap::new();
    let mut first_payload = None;
    for entry in entries.by_ref() {
        let mut entry = entry.map_err(|e| corrupt(path, e))?;
        let name = member_name(path, &entry)?;
        if !name.starts_with('+') || name.contains('/') {
            first_payload = Some(entry);
            break;
        }
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(Error::verify(
                path,
                format!("metadata member {name} is not a file"),
            ));
        }
        let size = entry.header().size().map_err(|e| corrupt(path, e))?;
        if size > MAX_METADATA {
            return Err(Error::verify(
                path,
                format!("metadata member {name} declares {size} bytes; refusing"),
            ));
        }
        let mut buf = Vec::with_capacity(size as usize);
        entry.read_to_end(&mut buf).map_err(|e| corrupt(path, e))?;
        if files.insert(name.clone(), buf).is_some() {
            return Err(Error::verify(path, format!("duplicate member {name}")));
        }
    }
    let contents = files.get("+CONTENTS").ok_or_else(|| {
        Error::verify(
            path,
            "not a package: no +CONTENTS at the head of the archive; is it a pkgsrc binary package?",
        )
    })?;
    let text =
        std::str::from_utf8(contents).map_err(|_| Error::verify(path, "+CONTENTS is not UTF-8"))?;
    let plist =
        PackingList::parse(text).map_err(|e| Error::verify(path, format!("+CONTENTS: {e}")))?;
    validate_plist(&plist).map_err(|e| Error::verify(path, e))?;
    Ok((Metadata { plist, files }, first_payload))
}

/// Checks the packing list alone: safe relative paths, no duplicates, nothing beneath a
/// symlink or a file of the package.
pub fn validate_plist(pl: &PackingList) -> Result<(), String> {
    if !crate::version::PkgName::new(&pl.name).is_valid() {
        return Err(format!("@name `{}` is not NAME-VERSION", pl.name));
    }
    if !pl.prefix.starts_with('/') {
        return Err(format!("@cwd `{}` is not an absolute path", pl.prefix));
    }
    let mut seen = HashSet::new();
    let mut leaves = HashSet::new();
    for e in &pl.entries {
        check_rel_path(&e.path)?;
        if !seen.insert(e.path.as_str()) {
            return Err(format!("{} is listed twice", e.path));
        }
        leaves.insert(e.path.as_str());
    }
    for d in &pl.dirs {
        check_rel_path(d)?;
    }
    let listed_paths = pl
        .entries
        .iter()
        .map(|e| (e.path.as_str(), false))
        .chain(pl.dirs.iter().map(|d| (d.as_str(), true)));
    for (path, is_dir) in listed_paths {
        if is_dir && leaves.contains(path) {
            return Err(format!(
                "{path} is listed both as a directory and as a file or symlink"
            ));
        }
        for anc in ancestors(path) {
            if leaves.contains(anc) {
                return Err(format!(
                    "{path} would be written through {anc}, which the package also lists as a file or symlink"
                ));
            }
        }
    }
    Ok(())
}

/// A path inside the package: relative, no `..`, no empty or `.` components.
pub fn check_rel_path(p: &str) -> Result<(), String> {
    if p.is_empty() {
        return Err("an empty path".to_string());
    }
    if p.starts_with('/') {
        return Err(format!("{p}: absolute path"));
    }
    if p.contains('\0') || p.contains('\n') {
        return Err(format!("{p:?}: control characters in path"));
    }
    for comp in p.split('/') {
        match comp {
            ".." => return Err(format!("{p}: path escapes the prefix with `..`")),
            "" | "." => return Err(format!("{p}: path is not in canonical form")),
            _ => {}
        }
    }
    Ok(())
}

fn member_name(path: &Path, entry: &PkgEntry<'_>) -> Result<String> {
    let raw = entry.path_bytes();
    let name =
        std::str::from_utf8(&raw).map_err(|_| Error::verify(path, "member name is not UTF-8"))?;
    let name = name.trim_start_matches("./");
    let name = name.trim_end_matches('/');
    if entry.header().entry_type() != tar::EntryType::Directory || !name.is_empty() {
        if raw.starts_with(b"/") {
            return Err(Error::verify(
                path,
                format!("hostile archive: member {name:?} has an absolute path"),
            ));
        }
        check_rel_path(name)
            .map_err(|e| Error::verify(path, format!("hostile archive: member {e}")))?;
    }
    Ok(name.to_string())
}

fn corrupt(path: &Path, e: std::io::Error) -> Error {
    Error::verify(
        path,
        format!("damaged or truncated archive ({e}); download it again"),
    )
}

/// Hashes what it writes.
struct HashingWriter<W> {
    inner: W,
    sha: Sha256,
    md5: Option<Md5>,
    written: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.sha.update(&buf[..n]);
        if let Some(m) = &mut self.md5 {
            m.update(&buf[..n]);
        }
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// What the decoding thread hands the writing thread: the archive, member by member, in
/// chunks, so that decompression and hashing-plus-writing run on two cores.
enum Msg {
    Meta(Box<Metadata>),
    Member {
        name: String,
        etype: tar::EntryType,
        mode: u32,
        size: u64,
        link: Option<String>,
    },
    Data(Vec<u8>),
    Error(Error),
}

/// How many batches (of about [`CHUNK`] bytes) may wait between two threads.
const PIPELINE_DEPTH: usize = 8;
const CHUNK: usize = 256 << 10;

/// The decoding side: reads the archive once and sends what it finds.
fn produce(path: &Path, tx: std::sync::mpsc::SyncSender<Vec<Msg>>) {
    let mut out = Outbox {
        tx,
        buf: Vec::new(),
        bytes: 0,
    };
    produce_into(path, &mut out);
    out.flush();
}

/// Messages from the decoding thread, handed over in batches of about [`CHUNK`] bytes (one
/// wake-up per batch rather than per small file).
struct Outbox {
    tx: std::sync::mpsc::SyncSender<Vec<Msg>>,
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

/// The checking side's view of the batches.
struct Inbox {
    rx: std::sync::mpsc::Receiver<Vec<Msg>>,
    batch: std::vec::IntoIter<Msg>,
}

impl Inbox {
    fn recv(&mut self) -> std::result::Result<Msg, std::sync::mpsc::RecvError> {
        loop {
            if let Some(m) = self.batch.next() {
                return Ok(m);
            }
            self.batch = self.rx.recv()?.into_iter();
        }
    }
}

fn produce_into(path: &Path, tx: &mut Outbox) {
    let send_err = |tx: &mut Outbox, e| {
        tx.send(Msg::Error(e));
    };
    let reader = match open_decoded(path) {
        Ok(r) => r,
        Err(e) => return send_err(tx, e),
    };
    let mut archive = tar::Archive::new(reader);
    let mut entries = match archive.entries().at(path) {
        Ok(e) => e,
        Err(e) => return send_err(tx, e),
    };
    let (meta, first) = match read_head(path, &mut entries) {
        Ok(x) => x,
        Err(e) => return send_err(tx, e),
    };
    if !tx.send(Msg::Meta(Box::new(meta))) {
        return;
    }
    let mut next = first.map(Ok);
    loop {
        let entry = match next.take() {
            Some(e) => e,
            None => match entries.next() {
                Some(e) => e,
                None => break,
            },
        };
        let mut entry = match entry.map_err(|e| corrupt(path, e)) {
            Ok(e) => e,
            Err(e) => return send_err(tx, e),
        };
        let name = match member_name(path, &entry) {
            Ok(n) => n,
            Err(e) => return send_err(tx, e),
        };
        let header = entry.header();
        let etype = header.entry_type();
        let (mode, size) = match (header.mode(), header.size()) {
            (Ok(m), Ok(s)) => (m & 0o7777, s),
            (Err(e), _) | (_, Err(e)) => return send_err(tx, corrupt(path, e)),
        };
        let link = entry
            .link_name_bytes()
            .map(|b| String::from_utf8_lossy(&b).into_owned());
        let regular = matches!(etype, tar::EntryType::Regular | tar::EntryType::Continuous);
        if !tx.send(Msg::Member {
            name,
            etype,
            mode,
            size,
            link,
        }) {
            return;
        }
        if !regular {
            continue;
        }
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
                    Err(e) => return send_err(tx, corrupt(path, e)),
                }
            }
            if filled == 0 {
                break;
            }
            buf.truncate(filled);
            left -= filled as u64;
            if !tx.send(Msg::Data(buf)) {
                return;
            }
            if filled < want || left == 0 {
                break;
            }
        }
    }
}

/// Unpacks the package at `path` into `staging` (an empty directory of ours) in one pass:
/// the zstd frames are decoded on every core ([`super::frames::ParallelReader`]), one thread
/// reads the tar stream, this one checks every member against the packing list, and two
/// threads write and hash the files (each file wholly by one; digests are checked as they
/// report). Messages between threads go in batches of about 256 KiB, and memory stays bounded
/// by the channels' depths. `check` sees the metadata before any payload byte is written and
/// may refuse the package.
pub fn unpack(
    path: &Path,
    staging: &Path,
    policy: &Policy,
    check: impl FnOnce(&Metadata) -> Result<()>,
) -> Result<Staged> {
    let (tx, rx) = std::sync::mpsc::sync_channel(PIPELINE_DEPTH);
    std::thread::scope(|scope| {
        scope.spawn(move || produce(path, tx));
        // Writeback while unpacking: every FLUSH_BYTES written, a thread of its own syncs the
        // staging file system, so that the sync before the commit has little left to wait for.
        let (flush_tx, flush_rx) = std::sync::mpsc::sync_channel::<()>(1);
        scope.spawn(move || {
            for () in flush_rx {
                crate::os::flush_in_background(staging);
            }
        });
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        let writers: Vec<_> = (0..WRITERS)
            .map(|_| {
                let (wtx, wrx) = std::sync::mpsc::sync_channel(PIPELINE_DEPTH / WRITERS);
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
            path,
            staging,
            policy,
            check,
            rx,
            Writers::new(writers, done_rx),
        )
    })
}

/// Bytes a writer writes between two requests for a sync of the staging file system.
const FLUSH_BYTES: u64 = 64 << 20;

/// Threads hashing and writing files (each file wholly by one of them).
const WRITERS: usize = 2;

/// What the checking thread hands a writing thread.
enum ToWriter {
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
struct Written {
    slot: usize,
    result: Result<(String, Option<String>)>,
}

/// The writing threads, seen from the checking thread.
struct Writers {
    tx: Vec<std::sync::mpsc::SyncSender<Vec<ToWriter>>>,
    done: std::sync::mpsc::Receiver<Written>,
    /// Messages not handed over yet, and their bytes, per writer.
    pending: Vec<(Vec<ToWriter>, usize)>,
    /// Bytes given to each so far (a new file goes to the one with fewer).
    load: Vec<u64>,
    outstanding: usize,
}

impl Writers {
    fn new(
        tx: Vec<std::sync::mpsc::SyncSender<Vec<ToWriter>>>,
        done: std::sync::mpsc::Receiver<Written>,
    ) -> Self {
        let load = vec![0; tx.len()];
        Writers {
            pending: tx.iter().map(|_| (Vec::new(), 0)).collect(),
            tx,
            done,
            load,
            outstanding: 0,
        }
    }

    fn pick(&mut self, size: u64) -> usize {
        let w = (0..self.load.len())
            .min_by_key(|&i| self.load[i])
            .unwrap_or(0);
        self.load[w] += size.max(4096);
        w
    }

    /// Queues `m` for writer `w`, handing the queue over every [`CHUNK`] bytes.
    fn send(&mut self, w: usize, m: ToWriter) -> Result<()> {
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

    /// Hands every queue over, then waits for the report of every file given out.
    fn wait_all(&mut self) -> Result<Vec<Written>> {
        for w in 0..self.tx.len() {
            self.flush(w)?;
        }
        let mut v = Vec::new();
        while v.len() < self.outstanding {
            v.push(self.done.recv().map_err(|_| writer_stopped())?);
        }
        Ok(v)
    }
}

fn writer_stopped() -> Error {
    Error::Refused("internal error: a writing thread stopped early".into())
}

/// A writing thread: creates, hashes and writes the files it is given, one at a time.
fn write_files(
    rx: std::sync::mpsc::Receiver<Vec<ToWriter>>,
    done: std::sync::mpsc::Sender<Written>,
    flush: std::sync::mpsc::SyncSender<()>,
) {
    let mut cur: Option<(usize, PathBuf, HashingWriter<File>)> = None;
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
            ToWriter::Start { slot, staged, md5 } => {
                match OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(&staged)
                {
                    Ok(f) => {
                        cur = Some((
                            slot,
                            staged,
                            HashingWriter {
                                inner: f,
                                sha: Sha256::new(),
                                md5: md5.then(Md5::new),
                                written: 0,
                            },
                        ))
                    }
                    Err(e) => {
                        if !fail(slot, Error::io(&staged, e)) {
                            return;
                        }
                    }
                }
            }
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
                    let result = w
                        .inner
                        .set_permissions(fs::Permissions::from_mode(mode))
                        .at(&staged)
                        .map(|()| {
                            start_writeback(&w.inner, size);
                            unflushed += size;
                            if unflushed >= FLUSH_BYTES {
                                unflushed = 0;
                                // A sync already asked for will do.
                                let _ = flush.try_send(());
                            }
                            (
                                hex::encode(w.sha.finalize()),
                                w.md5.map(|m| hex::encode(m.finalize())),
                            )
                        });
                    if done.send(Written { slot, result }).is_err() {
                        return;
                    }
                }
            }
        }
    }
}

fn consume(
    path: &Path,
    staging: &Path,
    policy: &Policy,
    check: impl FnOnce(&Metadata) -> Result<()>,
    rx: std::sync::mpsc::Receiver<Vec<Msg>>,
    mut writers: Writers,
) -> Result<Staged> {
    let unexpected_end = || {
        corrupt(
            path,
            std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "archive ended early"),
        )
    };
    let mut rx = Inbox {
        rx,
        batch: Vec::new().into_iter(),
    };
    let meta = match rx.recv() {
        Ok(Msg::Meta(m)) => *m,
        Ok(Msg::Error(e)) => return Err(e),
        _ => return Err(unexpected_end()),
    };
    check(&meta)?;

    let listed: HashMap<&str, usize> = meta
        .plist
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.path.as_str(), i))
        .collect();
    let mut seen: Vec<Option<usize>> = vec![None; meta.plist.entries.len()];
    let mut files: Vec<StagedFile> = Vec::with_capacity(meta.plist.entries.len());
    let mut dir_modes: HashMap<String, u32> = HashMap::new();
    // Staging mirrors the package's tree (so that a directory new to the prefix can be put
    // in place with one rename); the directories made so far.
    let mut made: HashSet<String> = HashSet::new();
    let mut total: u64 = 0;
    let mut pending: Option<Msg> = None;

    loop {
        let msg = match pending.take() {
            Some(m) => m,
            None => match rx.recv() {
                Ok(m) => m,
                Err(_) => break,
            },
        };
        let (name, etype, header_mode, size, link) = match msg {
            Msg::Member {
                name,
                etype,
                mode,
                size,
                link,
            } => (name, etype, mode, size, link),
            Msg::Error(e) => return Err(e),
            Msg::Meta(_) | Msg::Data(_) => return Err(unexpected_end()),
        };
        if etype == tar::EntryType::Directory {
            if !name.is_empty() {
                if listed.contains_key(name.as_str()) {
                    return Err(Error::verify(
                        path,
                        format!("hostile archive: {name} is a directory in the archive but a file in +CONTENTS"),
                    ));
                }
                let mode = header_mode & 0o777;
                if made.contains(&name) {
                    let d = staging.join(&name);
                    fs::set_permissions(&d, fs::Permissions::from_mode(mode | 0o700)).at(&d)?;
                }
                dir_modes.insert(name, mode);
            }
            continue;
        }
        let regular = matches!(etype, tar::EntryType::Regular | tar::EntryType::Continuous);
        if name.starts_with('+') && !name.contains('/') && !listed.contains_key(name.as_str()) {
            // A metadata member after the payload began (pkg_create puts some there): skip it.
            if regular {
                loop {
                    match rx.recv() {
                        Ok(Msg::Data(_)) => {}
                        Ok(other) => {
                            pending = Some(other);
                            break;
                        }
                        Err(_) => break,
                    }
                }
            }
            continue;
        }
        let Some(&idx) = listed.get(name.as_str()) else {
            return Err(Error::verify(
                path,
                format!("hostile archive: member {name} is not in +CONTENTS"),
            ));
        };
        if seen[idx].is_some() {
            return Err(Error::verify(
                path,
                format!("hostile archive: duplicate member {name}"),
            ));
        }
        let listed_entry = &meta.plist.entries[idx];
        let mode = listed_entry.mode.unwrap_or(header_mode) & 0o7777;
        if (mode | header_mode) & 0o6000 != 0 && !policy.allow_setuid {
            return Err(Error::verify(
                path,
                format!("hostile archive: {name} has setuid/setgid bits; install with --allow-setuid if this package is trusted to carry them"),
            ));
        }
        make_parents(staging, &name, &dir_modes, &mut made)?;
        let staged = staging.join(&name);
        let record = if regular {
            if let EntryKind::Symlink(_) = listed_entry.kind {
                return Err(Error::verify(
                    path,
                    format!("hostile archive: {name} is a file in the archive but a symlink in +CONTENTS"),
                ));
            }
            if let Some(want) = listed_entry.size {
                if want != size {
                    return Err(Error::verify(
                        path,
                        format!("{name}: archive says {size} bytes, +CONTENTS says {want}"),
                    ));
                }
            }
            total = total.saturating_add(size);
            if total > policy.max_unpacked {
                return Err(Error::verify(
                    path,
                    format!(
                        "hostile archive: payload expands past {} bytes",
                        policy.max_unpacked
                    ),
                ));
            }
            let w = writers.pick(size);
            writers.send(
                w,
                ToWriter::Start {
                    slot: files.len(),
                    staged: staged.clone(),
                    md5: listed_entry.sha256.is_none() && listed_entry.md5.is_some(),
                },
            )?;
            writers.outstanding += 1;
            let mut written = 0u64;
            loop {
                match rx.recv() {
                    Ok(Msg::Data(chunk)) => {
                        written += chunk.len() as u64;
                        if written > size {
                            return Err(Error::verify(
                                path,
                                format!("{name}: more bytes than its header says"),
                            ));
                        }
                        writers.send(w, ToWriter::Data(chunk))?;
                    }
                    Ok(Msg::Error(e)) => return Err(e),
                    Ok(other) => {
                        pending = Some(other);
                        break;
                    }
                    Err(_) => break,
                }
            }
            if written != size {
                return Err(unexpected_end());
            }
            writers.send(w, ToWriter::End { mode, size })?;
            StagedFile {
                path: name.clone(),
                staged,
                kind: StagedKind::File,
                sha256: String::new(),
                size,
                mode,
            }
        } else if etype == tar::EntryType::Symlink {
            let target = link.unwrap_or_default();
            if target.is_empty() {
                return Err(Error::verify(
                    path,
                    format!("{name}: symlink with no target"),
                ));
            }
            match &listed_entry.kind {
                EntryKind::Symlink(t) if *t != target => {
                    return Err(Error::verify(
                        path,
                        format!("{name}: symlink to {target} in the archive, to {t} in +CONTENTS"),
                    ))
                }
                _ => {}
            }
            std::os::unix::fs::symlink(&target, &staged).at(&staged)?;
            StagedFile {
                path: name.clone(),
                sha256: hex::encode(Sha256::digest(target.as_bytes())),
                staged,
                kind: StagedKind::Symlink(target),
                size: 0,
                mode: 0o777,
            }
        } else if etype == tar::EntryType::Link {
            let target = link.unwrap_or_default();
            let target = target.trim_start_matches("./").to_string();
            // The earlier file must be written and its digest known: wait for the writers.
            for done in writers.wait_all()? {
                settle(path, &meta, &listed, &mut files, &mut writers, done)?;
            }
            let earlier = listed
                .get(target.as_str())
                .and_then(|&i| seen[i])
                .filter(|&f| files[f].kind == StagedKind::File);
            let Some(earlier) = earlier.map(|f| files[f].clone()) else {
                return Err(Error::verify(
                    path,
                    format!("hostile archive: hard link {name} -> {target} points outside the package's earlier files"),
                ));
            };
            if let Some(want) = &listed_entry.sha256 {
                if *want != earlier.sha256 {
                    return Err(Error::verify(
                        path,
                        format!("{name}: SHA-256 mismatch for hard link to {target}"),
                    ));
                }
            }
            fs::hard_link(&earlier.staged, &staged).at(&staged)?;
            StagedFile {
                path: name.clone(),
                staged,
                kind: StagedKind::File,
                sha256: earlier.sha256.clone(),
                size: earlier.size,
                mode: earlier.mode,
            }
        } else {
            return Err(Error::verify(
                path,
                format!("hostile archive: {name} is a {etype:?} (device, FIFO or other special file); packages may carry only files, directories and links"),
            ));
        };
        seen[idx] = Some(files.len());
        files.push(record);
        // Digests are checked as the writers report them; a failure stops the unpacking at
        // the next member.
        while let Ok(done) = writers.done.try_recv() {
            settle(path, &meta, &listed, &mut files, &mut writers, done)?;
        }
    }
    for done in writers.wait_all()? {
        settle(path, &meta, &listed, &mut files, &mut writers, done)?;
    }
    // The package's directories are in staging too, empty ones included, so that a
    // directory put in place whole brings them.
    for d in &meta.plist.dirs {
        make_parents(staging, &format!("{d}/-"), &dir_modes, &mut made)?;
    }
    if let Some(i) = seen.iter().position(Option::is_none) {
        return Err(Error::verify(
            path,
            format!(
                "{} is listed in +CONTENTS but missing from the archive",
                meta.plist.entries[i].path
            ),
        ));
    }
    Ok(Staged {
        meta,
        files,
        dir_modes,
    })
}

/// Makes the directories of staging that `name` needs, with the package's modes where the
/// archive gave them (plus owner rwx, as in the prefix).
fn make_parents(
    staging: &Path,
    name: &str,
    dir_modes: &HashMap<String, u32>,
    made: &mut HashSet<String>,
) -> Result<()> {
    let missing: Vec<&str> = ancestors(name).take_while(|a| !made.contains(*a)).collect();
    for a in missing.into_iter().rev() {
        let d = staging.join(a);
        let mode = dir_modes.get(a).copied().unwrap_or(0o755) | 0o700;
        match fs::DirBuilder::new().mode(mode).create(&d) {
            Ok(()) => {}
            Err(e)
                if e.kind() == std::io::ErrorKind::AlreadyExists
                    && fs::symlink_metadata(&d).is_ok_and(|m| m.is_dir()) => {}
            Err(e) => return Err(Error::io(&d, e)),
        }
        made.insert(a.to_string());
    }
    Ok(())
}

/// Takes a writer's report on staged file `done.slot`: its digest must be the listed one.
fn settle(
    path: &Path,
    meta: &Metadata,
    listed: &HashMap<&str, usize>,
    files: &mut [StagedFile],
    writers: &mut Writers,
    done: Written,
) -> Result<()> {
    writers.outstanding -= 1;
    let (sha, md5) = done.result?;
    let f = &mut files[done.slot];
    let entry = &meta.plist.entries[listed[f.path.as_str()]];
    let name = &f.path;
    if let Some(want) = &entry.sha256 {
        if *want != sha {
            return Err(Error::verify(
                path,
                format!("{name}: SHA-256 mismatch: +CONTENTS says {want}, archive has {sha}"),
            ));
        }
    } else if let (Some(want), Some(got)) = (&entry.md5, md5) {
        if *want != got {
            return Err(Error::verify(
                path,
                format!("{name}: MD5 mismatch: +CONTENTS says {want}, archive has {got}"),
            ));
        }
    }
    f.sha256 = sha;
    Ok(())
}

/// Starts writing a big staged file to disk now (without waiting), so that the `syncfs` that
/// makes the staging durable before the commit finds little left to write.
fn start_writeback(f: &File, size: u64) {
    if size >= 128 << 10 {
        crate::os::start_writeback(f);
    }
}
