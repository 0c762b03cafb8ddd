//! The checking side of the unpack pipeline: every payload member, in archive order, checked
//! against the packing list and the [`Policy`] before a byte of it reaches staging, then
//! staged (files through the writer pool, links here), and every file's digest checked
//! against `+CONTENTS` as the writers report it. The first hostile or damaged member stops
//! the unpacking.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

use sha2::{Digest, Sha256};

use super::metadata::{unexpected_end, Metadata};
use super::pipeline::{Inbox, Member, Msg};
use super::plist::{Entry, EntryKind};
use super::writers::{ToWriter, Writers, Written};
use crate::core::relpath::ancestors;
use crate::error::{Error, IoContext, Result};

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
    /// Whether the packages' `+INSTALL`/`+DEINSTALL` scripts and `@exec`/`@unexec`
    /// commands run (pkg_add's `-I` is false).
    pub scripts: bool,
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
            scripts: true,
        }
    }
}

/// The checking thread: takes the metadata (which `check` may refuse before any payload byte
/// is written), then stages every member the decoding thread sends on `rx`.
pub(super) fn consume(
    path: &Path,
    staging: &Path,
    policy: &Policy,
    check: impl FnOnce(&Metadata) -> Result<()>,
    rx: Receiver<Vec<Msg>>,
    writers: Writers,
) -> Result<Staged> {
    let mut rx = Inbox::new(rx);
    let meta = match rx.recv() {
        Ok(Msg::Meta(m)) => *m,
        Ok(Msg::Error(e)) => return Err(e),
        _ => return Err(unexpected_end(path)),
    };
    check(&meta)?;
    let mut stager = Stager::new(path, staging, policy, &meta, rx, writers);
    while let Ok(msg) = stager.rx.recv() {
        let member = match msg {
            Msg::Member(m) => m,
            Msg::Error(e) => return Err(e),
            Msg::Meta(_) | Msg::Data(_) => return Err(unexpected_end(path)),
        };
        stager.member(member)?;
    }
    let (files, dir_modes) = stager.finish()?;
    Ok(Staged {
        meta,
        files,
        dir_modes,
    })
}

/// The checking thread's state while it stages one package.
struct Stager<'a> {
    path: &'a Path,
    staging: &'a Path,
    policy: &'a Policy,
    meta: &'a Metadata,
    rx: Inbox,
    writers: Writers,
    /// Each packing-list entry's index, by path.
    listed: HashMap<&'a str, usize>,
    /// For each packing-list entry, its index in `files` once its member has come.
    seen: Vec<Option<usize>>,
    files: Vec<StagedFile>,
    dir_modes: HashMap<String, u32>,
    /// Staging mirrors the package's tree (so that a directory new to the prefix can be put
    /// in place with one rename); the directories made so far.
    made: HashSet<String>,
    /// Bytes of payload so far, against [`Policy::max_unpacked`].
    total: u64,
}

impl<'a> Stager<'a> {
    fn new(
        path: &'a Path,
        staging: &'a Path,
        policy: &'a Policy,
        meta: &'a Metadata,
        rx: Inbox,
        writers: Writers,
    ) -> Self {
        let entries = &meta.plist.entries;
        Stager {
            path,
            staging,
            policy,
            meta,
            rx,
            writers,
            listed: entries
                .iter()
                .enumerate()
                .map(|(i, e)| (e.path.as_str(), i))
                .collect(),
            seen: vec![None; entries.len()],
            files: Vec::with_capacity(entries.len()),
            dir_modes: HashMap::new(),
            made: HashSet::new(),
            total: 0,
        }
    }

    fn refuse(&self, why: String) -> Error {
        Error::verify(self.path, why)
    }

    /// Checks and stages one member, the order of the checks being the archive's contract:
    /// what it is, whether the packing list has it, its mode, then its kind's own checks.
    fn member(&mut self, m: Member) -> Result<()> {
        if m.etype == tar::EntryType::Directory {
            return self.directory(m.name, m.mode);
        }
        let regular = matches!(
            m.etype,
            tar::EntryType::Regular | tar::EntryType::Continuous
        );
        let name = m.name.as_str();
        if name.starts_with('+') && !name.contains('/') && !self.listed.contains_key(name) {
            // A metadata member after the payload began (pkg_create puts some there): skip it.
            if regular {
                self.skip_data();
            }
            return Ok(());
        }
        let idx = self.first_listing(name)?;
        let meta = self.meta;
        let entry = &meta.plist.entries[idx];
        let mode = entry.mode.unwrap_or(m.mode) & 0o7777;
        if (mode | m.mode) & 0o6000 != 0 && !self.policy.allow_setuid {
            return Err(self.refuse(format!("hostile archive: {name} has setuid/setgid bits; install with --allow-setuid if this package is trusted to carry them")));
        }
        make_parents(self.staging, name, &self.dir_modes, &mut self.made)?;
        let staged = self.staging.join(name);
        let record = if regular {
            self.file(name, m.size, entry, staged, mode)?
        } else if m.etype == tar::EntryType::Symlink {
            self.symlink(name, m.link, entry, staged)?
        } else if m.etype == tar::EntryType::Link {
            self.hard_link(name, m.link, entry, staged)?
        } else {
            return Err(self.refuse(format!("hostile archive: {name} is a {:?} (device, FIFO or other special file); packages may carry only files, directories and links", m.etype)));
        };
        self.seen[idx] = Some(self.files.len());
        self.files.push(record);
        // Digests are checked as the writers report them; a failure stops the unpacking at
        // the next member.
        while let Some(done) = self.writers.try_done() {
            self.settle(done)?;
        }
        Ok(())
    }

    /// A directory member: not a listed file; its mode is kept for staging and the prefix.
    fn directory(&mut self, name: String, header_mode: u32) -> Result<()> {
        if name.is_empty() {
            return Ok(());
        }
        if self.listed.contains_key(name.as_str()) {
            return Err(self.refuse(format!(
                "hostile archive: {name} is a directory in the archive but a file in +CONTENTS"
            )));
        }
        let mode = header_mode & 0o777;
        if self.made.contains(&name) {
            let d = self.staging.join(&name);
            fs::set_permissions(&d, fs::Permissions::from_mode(mode | 0o700)).at(&d)?;
        }
        self.dir_modes.insert(name, mode);
        Ok(())
    }

    /// Reads past the data of a member that is not staged.
    fn skip_data(&mut self) {
        loop {
            match self.rx.recv() {
                Ok(Msg::Data(_)) => {}
                Ok(other) => {
                    self.rx.put_back(other);
                    break;
                }
                Err(_) => break,
            }
        }
    }

    /// The packing-list index of payload member `name`, which must be listed and not yet seen.
    fn first_listing(&self, name: &str) -> Result<usize> {
        let Some(&idx) = self.listed.get(name) else {
            return Err(self.refuse(format!(
                "hostile archive: member {name} is not in +CONTENTS"
            )));
        };
        if self.seen[idx].is_some() {
            return Err(self.refuse(format!("hostile archive: duplicate member {name}")));
        }
        Ok(idx)
    }

    /// A regular file of `size` bytes: checked against its listing and the size limit, then
    /// handed to a writer with its data (its digest is checked when the writer reports).
    fn file(
        &mut self,
        name: &str,
        size: u64,
        entry: &Entry,
        staged: PathBuf,
        mode: u32,
    ) -> Result<StagedFile> {
        if let EntryKind::Symlink(_) = entry.kind {
            return Err(self.refuse(format!(
                "hostile archive: {name} is a file in the archive but a symlink in +CONTENTS"
            )));
        }
        if let Some(want) = entry.size {
            if want != size {
                return Err(self.refuse(format!(
                    "{name}: archive says {size} bytes, +CONTENTS says {want}"
                )));
            }
        }
        self.total = self.total.saturating_add(size);
        if self.total > self.policy.max_unpacked {
            return Err(self.refuse(format!(
                "hostile archive: payload expands past {} bytes",
                self.policy.max_unpacked
            )));
        }
        let md5 = entry.sha256.is_none() && entry.md5.is_some();
        let w = self
            .writers
            .start(size, self.files.len(), staged.clone(), md5)?;
        self.pass_data(name, size, w)?;
        self.writers.send(w, ToWriter::End { mode, size })?;
        Ok(StagedFile {
            path: name.to_string(),
            staged,
            kind: StagedKind::File,
            sha256: String::new(),
            size,
            mode,
        })
    }

    /// Hands the member's data to writer `w`: exactly `size` bytes, no more, no fewer.
    fn pass_data(&mut self, name: &str, size: u64, w: usize) -> Result<()> {
        let mut written = 0u64;
        loop {
            match self.rx.recv() {
                Ok(Msg::Data(chunk)) => {
                    written += chunk.len() as u64;
                    if written > size {
                        return Err(self.refuse(format!("{name}: more bytes than its header says")));
                    }
                    self.writers.send(w, ToWriter::Data(chunk))?;
                }
                Ok(Msg::Error(e)) => return Err(e),
                Ok(other) => {
                    self.rx.put_back(other);
                    break;
                }
                Err(_) => break,
            }
        }
        if written != size {
            return Err(unexpected_end(self.path));
        }
        Ok(())
    }

    /// A symlink: a target, the listed one.
    fn symlink(
        &self,
        name: &str,
        link: Option<String>,
        entry: &Entry,
        staged: PathBuf,
    ) -> Result<StagedFile> {
        let target = link.unwrap_or_default();
        if target.is_empty() {
            return Err(self.refuse(format!("{name}: symlink with no target")));
        }
        match &entry.kind {
            EntryKind::Symlink(t) if *t != target => {
                return Err(self.refuse(format!(
                    "{name}: symlink to {target} in the archive, to {t} in +CONTENTS"
                )))
            }
            _ => {}
        }
        std::os::unix::fs::symlink(&target, &staged).at(&staged)?;
        Ok(StagedFile {
            path: name.to_string(),
            sha256: hex::encode(Sha256::digest(target.as_bytes())),
            staged,
            kind: StagedKind::Symlink(target),
            size: 0,
            mode: 0o777,
        })
    }

    /// A hard link: to a file of this package staged earlier, with the listed digest.
    fn hard_link(
        &mut self,
        name: &str,
        link: Option<String>,
        entry: &Entry,
        staged: PathBuf,
    ) -> Result<StagedFile> {
        let target = link.unwrap_or_default();
        let target = target.trim_start_matches("./").to_string();
        // The earlier file must be written and its digest known: wait for the writers.
        for done in self.writers.wait_all()? {
            self.settle(done)?;
        }
        let earlier = self
            .listed
            .get(target.as_str())
            .and_then(|&i| self.seen[i])
            .filter(|&f| self.files[f].kind == StagedKind::File);
        let Some(earlier) = earlier.map(|f| self.files[f].clone()) else {
            return Err(self.refuse(format!("hostile archive: hard link {name} -> {target} points outside the package's earlier files")));
        };
        if let Some(want) = &entry.sha256 {
            if *want != earlier.sha256 {
                return Err(self.refuse(format!(
                    "{name}: SHA-256 mismatch for hard link to {target}"
                )));
            }
        }
        fs::hard_link(&earlier.staged, &staged).at(&staged)?;
        Ok(StagedFile {
            path: name.to_string(),
            staged,
            kind: StagedKind::File,
            sha256: earlier.sha256.clone(),
            size: earlier.size,
            mode: earlier.mode,
        })
    }

    /// Takes a writer's report on staged file `done.slot`: its digest must be the listed one.
    fn settle(&mut self, done: Written) -> Result<()> {
        let (sha, md5) = done.result?;
        let f = &mut self.files[done.slot];
        let entry = &self.meta.plist.entries[self.listed[f.path.as_str()]];
        let name = &f.path;
        if let Some(want) = &entry.sha256 {
            if *want != sha {
                return Err(Error::verify(
                    self.path,
                    format!("{name}: SHA-256 mismatch: +CONTENTS says {want}, archive has {sha}"),
                ));
            }
        } else if let (Some(want), Some(got)) = (&entry.md5, md5) {
            if *want != got {
                return Err(Error::verify(
                    self.path,
                    format!("{name}: MD5 mismatch: +CONTENTS says {want}, archive has {got}"),
                ));
            }
        }
        f.sha256 = sha;
        Ok(())
    }

    /// After the last member: every digest checked, the package's directories in staging, and
    /// every listed file found in the archive.
    fn finish(mut self) -> Result<(Vec<StagedFile>, HashMap<String, u32>)> {
        for done in self.writers.wait_all()? {
            self.settle(done)?;
        }
        // The package's directories are in staging too, empty ones included, so that a
        // directory put in place whole brings them.
        for d in &self.meta.plist.dirs {
            make_parents(
                self.staging,
                &format!("{d}/-"),
                &self.dir_modes,
                &mut self.made,
            )?;
        }
        if let Some(i) = self.seen.iter().position(Option::is_none) {
            return Err(self.refuse(format!(
                "{} is listed in +CONTENTS but missing from the archive",
                self.meta.plist.entries[i].path
            )));
        }
        for f in &self.files {
            let e = &self.meta.plist.entries[self.listed[f.path.as_str()]];
            crate::os::chown_named(&f.staged, e.owner.as_deref(), e.group.as_deref())
                .at(&f.staged)?;
        }
        Ok((self.files, self.dir_modes))
    }
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
