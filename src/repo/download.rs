//! Downloading the packages a plan needs: a few at a time, into a cache keyed by SHA-256
//! that is re-verified before reuse and shared by every line and process (one downloader per
//! digest at a time, through a lock file beside it).
//!
//! The cache is shared, so nothing in it is trusted by name. The directory is checked before
//! use ([`open_cache`]): a real directory, this user's or root's, that nobody else may write
//! to (unless it is sticky). In it, cbe never follows a symlink: a lock, a `.part` or a cached
//! package that is a symlink, not a regular file, or a second name of another file is removed
//! (the link itself) and made again, as is a `.part` or a cached package that others may
//! write (its bytes are read again after they are checked); a cached package is hashed
//! through a descriptor opened with `O_NOFOLLOW`.

use std::fs::{self, File, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::catalogue::{CatPkg, Catalogue};
use crate::config::Settings;
use crate::error::{Error, IoContext, Refusal, Result};
use crate::fetch::{euid, hash_open, open_part, remove_planted, unshared_file, Fetcher, Landed};
use crate::fsutil::part_path;
use crate::landing::{FinishOnDrop, Landing};
use crate::package::frame_table::FrameTable;
use crate::package::PackageFile;
use crate::report::{Notice, Reporter, Transfer};

/// Checks the cache directory before anything in it is read or written, creating it (0755)
/// when it is missing; see [`check_cache`].
pub fn open_cache(dir: &Path) -> Result<fs::Metadata> {
    if let Some(md) = check_cache(dir)? {
        return Ok(md);
    }
    if let Some(parent) = dir.parent() {
        fs::create_dir_all(parent).at(parent)?;
    }
    match fs::DirBuilder::new().mode(0o755).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(Error::io(dir, e)),
    }
    check_cache(dir)?.ok_or_else(|| {
        Error::io(
            dir,
            std::io::Error::new(std::io::ErrorKind::NotFound, "removed as it was created"),
        )
    })
}

/// Whether the cache directory is safe to use, as git's `safe.directory` asks of a checkout:
/// not a symlink (whoever can change the link could point cbe's writes and `clean`'s removals
/// anywhere), owned by this user or root, and not writable by group or others unless sticky.
/// `None` when it does not exist; a refusal (exit 4) names it and says what to do.
pub fn check_cache(dir: &Path) -> Result<Option<fs::Metadata>> {
    let md = match fs::symlink_metadata(dir) {
        Ok(md) => md,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let refuse = |msg: String| Err(Error::verify(dir, msg));
    if md.file_type().is_symlink() {
        let to = fs::read_link(dir)
            .map(|t| format!(" (to {})", t.display()))
            .unwrap_or_default();
        return refuse(format!(
            "the cache directory is a symbolic link{to}; cbe does not write or remove through one, as whoever can change the link can redirect it: give --cache-dir (or cache_dir in config.toml) a real directory"
        ));
    }
    if !md.is_dir() {
        return refuse(
            "the cache directory is not a directory; remove it, or give --cache-dir a directory"
                .to_string(),
        );
    }
    let me = euid();
    if md.uid() != me && md.uid() != 0 {
        return refuse(format!(
            "the cache directory belongs to uid {}, neither you (uid {me}) nor root; give --cache-dir a directory of your own",
            md.uid()
        ));
    }
    let mode = md.permissions().mode();
    if mode & 0o022 != 0 && mode & 0o1000 == 0 {
        return refuse(format!(
            "the cache directory is writable by group or others (mode {:04o}) without the sticky bit, so they could plant files in it; run `chmod go-w {}`, or give --cache-dir a directory of your own",
            mode & 0o7777,
            dir.display()
        ));
    }
    Ok(Some(md))
}

/// Opens (creating) the lock file of one digest's download without following a symlink: a
/// symlink or anything but a regular file at its name is removed, never followed, so no file
/// is ever created at a link's target.
fn open_lock(path: &Path) -> Result<File> {
    for _ in 0..4 {
        if let Ok(md) = fs::symlink_metadata(path) {
            if !md.is_file() || md.nlink() != 1 {
                remove_planted(path)?;
            }
        }
        match OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o644)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(path)
        {
            Ok(f) if f.metadata().is_ok_and(|m| m.is_file() && m.nlink() == 1) => return Ok(f),
            Ok(_) => remove_planted(path)?,
            // A symlink planted since the check (O_NOFOLLOW refused it): go round again.
            Err(_) if fs::symlink_metadata(path).is_ok_and(|m| !m.is_file()) => {}
            Err(e) => return Err(Error::io(path, e)),
        }
    }
    Err(Error::verify(
        path,
        "replaced again and again while cbe opens it: someone is planting files in the cache; give --cache-dir a directory of your own",
    ))
}

/// Takes the lock of one digest's download. `clean` removes a lock file while it holds it
/// ([`remove_idle_lock`]), so a waiter that then gets the removed file holds a lock no one
/// else can find: it takes the file that is there now instead (as `PrefixLock::acquire`).
fn lock_download(path: &Path) -> Result<File> {
    for _ in 0..8 {
        let lock = open_lock(path)?;
        lock.lock().at(path)?;
        if lock.metadata().at(path)?.nlink() > 0 {
            return Ok(lock);
        }
    }
    Err(Error::verify(
        path,
        "removed again and again while cbe waits for it: is `cbe clean` running in a loop? stop it and try again",
    ))
}

/// Whether the cached file at `dest` is the package: hashed through a descriptor opened with
/// `O_NOFOLLOW`. A symlink, a non-regular file, a file of another user's (not root's) or a
/// second name of another file is removed (the name only) and `Ok(false)` returned, as is a
/// file that does not match.
fn cached_matches(
    dest: &Path,
    size: u64,
    sha: &str,
    reporter: &dyn Reporter,
) -> Result<Option<PackageFile>> {
    let md = match fs::symlink_metadata(dest) {
        Ok(md) => md,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(dest, e)),
    };
    let trusted = |m: &fs::Metadata| unshared_file(m) && (m.uid() == euid() || m.uid() == 0);
    if !trusted(&md) {
        reporter.notice(Notice::CachePlanted { path: dest.into() });
        remove_planted(dest)?;
        return Ok(None);
    }
    let opened = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(dest)
        .ok()
        .filter(|f| f.metadata().is_ok_and(|m| trusted(&m)));
    let good = opened.filter(|f| hash_open(f).is_ok_and(|(got, len)| got == sha && len == size));
    match good {
        Some(f) => Ok(Some(PackageFile::hashed(dest, f, size, sha))),
        None => {
            reporter.notice(Notice::CacheMismatch { path: dest.into() });
            remove_planted(dest)?;
            Ok(None)
        }
    }
}

/// What [`clean_cache`] did.
#[derive(Debug, Clone, Copy, Default)]
pub struct CleanCount {
    /// Files removed.
    pub removed: usize,
    /// Entries left alone: not regular files, or not this user's.
    pub skipped: usize,
}

/// Removes the cached packages, partial downloads and idle lock files of a checked cache
/// directory (not the locks of downloads in progress elsewhere): only regular files of this user's, each
/// looked at and removed relative to a descriptor of the directory opened with `O_NOFOLLOW`,
/// so a directory swapped for a symlink meanwhile is not followed either.
pub fn clean_cache(dir: &Path, dry_run: bool) -> Result<CleanCount> {
    use nix::fcntl::AtFlags;
    use nix::sys::stat::{fstatat, SFlag};
    use nix::unistd::{unlinkat, UnlinkatFlags};
    use std::os::fd::AsRawFd;

    let Some(checked) = check_cache(dir)? else {
        return Ok(CleanCount::default());
    };
    let swapped = || {
        Error::verify(
            dir,
            "the cache directory was replaced while cbe cleaned it (a symbolic link?); nothing removed: check who can write to its parent",
        )
    };
    let d = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(dir)
        .map_err(|_| swapped())?;
    let dmd = d.metadata().at(dir)?;
    if (dmd.dev(), dmd.ino()) != (checked.dev(), checked.ino()) {
        return Err(swapped());
    }
    let mut count = CleanCount::default();
    let me = euid();
    for e in fs::read_dir(dir).at(dir)?.flatten() {
        let name = e.file_name();
        if name.to_string_lossy().ends_with(".lock") {
            if !dry_run {
                remove_idle_lock(&d, &name).map_err(|e| Error::io(dir.join(&name), e))?;
            }
            continue;
        }
        let ours = fstatat(
            Some(d.as_raw_fd()),
            name.as_os_str(),
            AtFlags::AT_SYMLINK_NOFOLLOW,
        )
        .is_ok_and(|st| {
            SFlag::from_bits_truncate(st.st_mode) & SFlag::S_IFMT == SFlag::S_IFREG
                && st.st_uid == me
        });
        if !ours {
            count.skipped += 1;
            continue;
        }
        if dry_run {
            // Counted as it would be removed; nothing is.
            count.removed += 1;
            continue;
        }
        let p = dir.join(&name);
        match unlinkat(
            Some(d.as_raw_fd()),
            name.as_os_str(),
            UnlinkatFlags::NoRemoveDir,
        ) {
            Ok(()) => count.removed += 1,
            Err(nix::errno::Errno::ENOENT) => {}
            Err(e) => return Err(Error::io(p, std::io::Error::from(e))),
        }
    }
    Ok(count)
}

/// Removes the lock file `name` in the cache directory `d` unless a download holds it: taken
/// without waiting and unlinked while held, the only way a lock file is ever unlinked, so
/// whoever waited on it sees it unlinked once it gets it ([`lock_download`]). A lock file
/// that is not a regular file of this user's is left alone.
fn remove_idle_lock(d: &File, name: &std::ffi::OsStr) -> std::io::Result<()> {
    use nix::fcntl::{openat, OFlag};
    use nix::sys::stat::Mode;
    use nix::unistd::{unlinkat, UnlinkatFlags};
    use std::os::fd::{AsRawFd, FromRawFd};

    let flags = OFlag::O_RDONLY | OFlag::O_NOFOLLOW | OFlag::O_NONBLOCK | OFlag::O_CLOEXEC;
    let fd = match openat(Some(d.as_raw_fd()), name, flags, Mode::empty()) {
        Ok(fd) => fd,
        // Gone meanwhile, or a symlink (O_NOFOLLOW): nothing of ours to remove.
        Err(nix::errno::Errno::ENOENT | nix::errno::Errno::ELOOP) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    // SAFETY: `fd` was just opened and is owned by nothing else.
    let lock = unsafe { File::from_raw_fd(fd) };
    let md = lock.metadata()?;
    if !md.is_file() || md.uid() != euid() || md.nlink() != 1 {
        return Ok(());
    }
    match lock.try_lock() {
        Ok(()) => match unlinkat(Some(d.as_raw_fd()), name, UnlinkatFlags::NoRemoveDir) {
            Ok(()) | Err(nix::errno::Errno::ENOENT) => Ok(()),
            Err(e) => Err(e.into()),
        },
        Err(std::fs::TryLockError::WouldBlock) => Ok(()),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Where a package with this digest is cached: keyed by the digest, named also by the file
/// so that messages say which package they are about.
pub fn cache_path(cache: &Path, sha256: &str, file_name: &str) -> PathBuf {
    cache.join(format!("{sha256}-{file_name}"))
}

/// Fetches every package into the cache (verified) and returns them open, in order.
pub fn fetch_all(
    cat: &Catalogue,
    pkgs: &[&CatPkg],
    settings: &Settings,
    reporter: &(dyn Reporter + Sync),
) -> Result<Vec<PackageFile>> {
    let results: Mutex<Vec<Option<Result<PackageFile>>>> =
        Mutex::new((0..pkgs.len()).map(|_| None).collect());
    fetch_each(cat, pkgs, settings, reporter, false, &|i, r| {
        results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
    })?;
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut out = Vec::with_capacity(pkgs.len());
    let mut failed = Vec::new();
    for r in results.into_iter().flatten() {
        match r {
            Ok(p) => out.push(p),
            Err(e) => failed.push(e),
        }
    }
    first_of(failed, reporter).map_or(Ok(out), Err)
}

/// Every download is tried, so that one run names every package that cannot be had: the
/// first failure is the error, the others are said before it.
pub fn first_of(failed: Vec<Error>, reporter: &dyn Reporter) -> Option<Error> {
    let mut failed = failed.into_iter();
    let first = failed.next()?;
    for e in failed {
        reporter.notice(Notice::DownloadFailed {
            error: e.to_string(),
        });
    }
    Some(first)
}

/// Fetches every package into the cache (verified), several at a time, calling `done` with
/// each one's index and outcome as it finishes (from the downloading threads), so that the
/// caller can use a package while the others are still on their way. With `stream`, a
/// package that has a frame table is handed to `done` as soon as its download starts, to be
/// read as it lands ([`PackageFile::landing`]); its outcome is then the landing's.
///
/// The largest package starts first (its unpacking takes longest), then the others smallest
/// first: small packages, slow to unpack for their size (many small files), are unpacked
/// while larger ones arrive, and the last to arrive are large ones, unpacked as they land, so
/// little is left to unpack after the last byte. (Largest first left a crowd of small
/// packages to unpack after it: the 50-package ensure behind a link as fast as the local
/// install took 3.70-3.75 s, against 3.21-3.30 s in this order.) A package with a frame
/// table takes, besides its own connection, those that no other download holds, up to half of
/// `parallel`, fetching chunks of frames on each, so that another package arrives beside it
/// for the other stager.
pub fn fetch_each(
    cat: &Catalogue,
    pkgs: &[&CatPkg],
    settings: &Settings,
    reporter: &(dyn Reporter + Sync),
    stream: bool,
    done: &(dyn Fn(usize, Result<PackageFile>) + Sync),
) -> Result<()> {
    open_cache(&settings.cache_dir)?;
    let fetcher = Fetcher::new(settings.fetch.clone())?;
    let mut order: Vec<usize> = (0..pkgs.len()).collect();
    // The largest first, then the others smallest first.
    order.sort_by_key(|&i| pkgs[i].pkg.file_size.unwrap_or(0));
    if !order.is_empty() {
        order.rotate_right(1);
    }
    let next = Mutex::new(0usize);
    let workers = settings.parallel.min(pkgs.len()).max(1);
    let pool = Connections::new(settings.parallel);
    // The largest package's extra connections are set aside before any worker starts, so
    // that it has half of them whichever worker starts first.
    let lead = order.first().and_then(|&i| {
        let http = cat.urls_of(pkgs[i]).iter().all(|u| u.starts_with("http"));
        FrameTable::of_summary(&pkgs[i].pkg).ok()?.filter(|_| http)
    });
    let extra = lead.map_or(0, |t| t.frames().len() - 1);
    let lead_extra = Mutex::new(pool.take_free(extra.min(settings.parallel.max(2) / 2 - 1)));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let mut held = pool.take();
                let i = {
                    let mut n = next.lock().unwrap_or_else(|e| e.into_inner());
                    if *n == 0 {
                        held += std::mem::take(
                            &mut *lead_extra.lock().unwrap_or_else(|e| e.into_inner()),
                        );
                    }
                    let i = order.get(*n).copied();
                    *n += 1;
                    match i {
                        Some(i) => i,
                        None => {
                            pool.give(held);
                            break;
                        }
                    }
                };
                let ctx = Ctx {
                    settings,
                    fetcher: &fetcher,
                    reporter,
                    pool: &pool,
                };
                let early = |f: PackageFile| done(i, Ok(f));
                let early: Option<&dyn Fn(PackageFile)> = stream.then_some(&early);
                match fetch_one(cat, pkgs[i], &ctx, &mut held, early) {
                    Ok(Some(f)) => done(i, Ok(f)),
                    Ok(None) => {}
                    Err(e) => done(i, Err(e)),
                }
                pool.give(held);
            });
        }
    });
    Ok(())
}

/// What every download of one [`fetch_each`] shares.
struct Ctx<'a> {
    settings: &'a Settings,
    fetcher: &'a Fetcher,
    reporter: &'a (dyn Reporter + Sync),
    pool: &'a Connections,
}

/// The connections downloads may hold at once (`parallel`): each download holds one, and a
/// package fetched as byte ranges takes the free ones too.
struct Connections {
    free: Mutex<usize>,
    freed: std::sync::Condvar,
}

impl Connections {
    fn new(n: usize) -> Connections {
        Connections {
            free: Mutex::new(n.max(1)),
            freed: std::sync::Condvar::new(),
        }
    }

    /// Waits for one connection.
    fn take(&self) -> usize {
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            free = self.freed.wait(free).unwrap_or_else(|e| e.into_inner());
        }
        *free -= 1;
        1
    }

    /// Takes up to `want` more connections, as many as are free now.
    fn take_free(&self, want: usize) -> usize {
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        let got = want.min(*free);
        *free -= got;
        got
    }

    fn give(&self, n: usize) {
        *self.free.lock().unwrap_or_else(|e| e.into_inner()) += n;
        self.freed.notify_all();
    }
}

/// The frame table `p`'s summary entry gives, checked: a table that does not tile the file
/// is the repository's damaged index (exit 4).
fn frame_table(cat: &Catalogue, p: &CatPkg) -> Result<Option<FrameTable>> {
    FrameTable::of_summary(&p.pkg).map_err(|why| {
        let repo = cat.urls_of(p).first().cloned().unwrap_or_default();
        Error::verify(
            &p.pkg.name,
            format!("its frame table in the pkg_summary of {repo} is damaged: {why}; the repository's index must be made again (`cbe repo index`)"),
        )
    })
}

fn fetch_one(
    cat: &Catalogue,
    p: &CatPkg,
    ctx: &Ctx<'_>,
    held: &mut usize,
    early: Option<&dyn Fn(PackageFile)>,
) -> Result<Option<PackageFile>> {
    let (settings, reporter) = (ctx.settings, ctx.reporter);
    let name = &p.pkg.name;
    let (Some(size), Some(sha)) = (p.pkg.file_size, p.pkg.sha256.as_deref()) else {
        return Err(Error::verify(
            name,
            "the signed index gives no FILE_SIZE and sha256 FILE_CKSUM for it; refusing to fetch unverifiable bytes",
        ));
    };
    let table = frame_table(cat, p)?;
    let dest = cache_path(&settings.cache_dir, sha, &p.pkg.file_name);
    let lock_path = settings.cache_dir.join(format!("{sha}.lock"));
    let _lock = lock_download(&lock_path)?;
    if let Some(cached) = cached_matches(&dest, size, sha, reporter)? {
        return Ok(Some(cached));
    }
    let urls = cat.urls_of(p);
    if let (Some(table), true) = (table, urls.iter().all(|u| u.starts_with("http"))) {
        // A connection per frame at most, and half of them: another package then arrives
        // beside it, for the other stager. The lead package may hold its share already.
        let share = table.frames().len().min(ctx.settings.parallel.max(2) / 2);
        *held += ctx.pool.take_free(share.saturating_sub(*held));
        return land(p, table, &urls, &dest, ctx, *held, early);
    }
    let file = from_mirrors(name, size, &urls, reporter, "", &|url, progress| {
        ctx.fetcher.download(url, &dest, size, sha, progress)
    })?;
    Ok(Some(PackageFile::hashed(&dest, file, size, sha)))
}

/// One try at one mirror's URL, reporting the bytes so far.
type Get<'a, T> = dyn Fn(&str, &dyn Fn(u64)) -> Result<T> + 'a;

/// Runs `get` on each mirror's URL in turn, each reported as a transfer of `size` bytes of
/// `name` (`how` said after the URL), until one succeeds; else the error that says most.
fn from_mirrors<T>(
    name: &str,
    size: u64,
    urls: &[String],
    reporter: &dyn Reporter,
    how: &str,
    get: &Get<'_, T>,
) -> Result<T> {
    let mut first_err: Option<Error> = None;
    for (m, url) in urls.iter().enumerate() {
        reporter.step(&format!("downloading {url}{how}"));
        let transfer = Transfer::start(reporter, name, size);
        match get(url, &|done| transfer.progress(done.min(size))) {
            Ok(v) => {
                transfer.done();
                return Ok(v);
            }
            Err(e) => {
                drop(transfer);
                if m + 1 < urls.len() {
                    reporter.notice(Notice::mirror_failed(&e));
                }
                keep_first(&mut first_err, e);
            }
        }
    }
    Err(first_err
        .unwrap_or_else(|| Error::refused(Refusal::Other, format!("{name}: no mirror configured"))))
}

/// Keeps the error that says most of why a package could not be had: a verification failure
/// says more than a later mirror's 404.
fn keep_first(first: &mut Option<Error>, e: Error) {
    let keep_new = matches!(
        (&*first, &e),
        (None, _)
            | (
                Some(Error::NotFound { .. }),
                Error::Verify { .. } | Error::Network { .. }
            )
    );
    if keep_new {
        *first = Some(e);
    }
}

/// Downloads a package with a frame table into its `.part` on `connections` connections,
/// each frame landing once it matches ([`Landing`]); with `early`, hands the package over to
/// be read as it lands, before the first byte arrives, and returns `None`: the outcome is
/// then the landing's, which the reader waits for ([`PackageFile::landed`]).
fn land(
    p: &CatPkg,
    table: FrameTable,
    urls: &[String],
    dest: &Path,
    ctx: &Ctx<'_>,
    connections: usize,
    early: Option<&dyn Fn(PackageFile)>,
) -> Result<Option<PackageFile>> {
    let (name, reporter) = (&p.pkg.name, ctx.reporter);
    let (size, sha) = (
        table.frames().last().map_or(0, |f| f.end()),
        p.pkg.sha256.as_deref().unwrap_or_default(),
    );
    let part = part_path(dest);
    let file = open_part(&part)?;
    // What lies past the end of the signed size (an older, longer attempt's) goes: the frames
    // are written at their offsets, and the file must end where the last one does.
    if file.metadata().at(&part)?.len() > size {
        file.set_len(size).at(&part)?;
    }
    let landing = Arc::new(Landing::new(table.into_frames()));
    let _finished = FinishOnDrop(&landing);
    let reader = file.try_clone().at(&part)?;
    let handed = early.map(|give| {
        give(PackageFile::landing(
            dest,
            reader,
            size,
            sha,
            landing.clone(),
        ))
    });
    let to = Landed {
        landing: &landing,
        file: &file,
        part: &part,
    };
    let how = match connections {
        1 => String::new(),
        n => format!(" ({n} connections)"),
    };
    let got = landing.resume(&file).at(&part).and_then(|()| {
        from_mirrors(name, size, urls, reporter, &how, &|url, progress| {
            ctx.fetcher
                .download_landing(url, dest, &to, sha, connections, progress)
        })
    });
    if let Err(Error::Verify { .. }) = &got {
        // The cache keeps no bytes that failed to match.
        let _ = std::fs::remove_file(&part);
    }
    match (handed, got) {
        (Some(()), got) => {
            landing.finish(got);
            Ok(None)
        }
        (None, Err(e)) => Err(e),
        (None, Ok(())) => {
            landing.finish(Ok(()));
            Ok(Some(PackageFile::hashed(dest, file, size, sha)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_that_is_a_symlink_or_fifo_is_replaced_and_its_target_never_made() {
        let dir = tempfile::tempdir().unwrap();
        let lock = dir.path().join("x.lock");
        let target = dir.path().join("elsewhere");
        std::os::unix::fs::symlink(&target, &lock).unwrap();
        open_lock(&lock).unwrap();
        assert!(fs::symlink_metadata(&lock).unwrap().is_file());
        assert!(fs::symlink_metadata(&target).is_err());
        fs::remove_file(&lock).unwrap();
        nix::unistd::mkfifo(&lock, nix::sys::stat::Mode::S_IRWXU).unwrap();
        open_lock(&lock).unwrap();
        assert!(fs::symlink_metadata(&lock).unwrap().is_file());
    }

    #[test]
    fn a_waiter_on_a_lock_clean_removed_takes_the_new_one() {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("cache");
        open_cache(&c).unwrap();
        let path = c.join("aaa.lock");
        let first = lock_download(&path).unwrap();
        let waiter = std::thread::spawn({
            let path = path.clone();
            move || lock_download(&path).unwrap().metadata().unwrap().ino()
        });
        // The waiter opens the first file, then clean (holding it) unlinks it under the waiter.
        std::thread::sleep(std::time::Duration::from_millis(100));
        fs::remove_file(&path).unwrap();
        drop(first);
        let got = waiter.join().unwrap();
        assert_eq!(
            got,
            fs::metadata(&path).unwrap().ino(),
            "the file now named"
        );
    }

    #[test]
    fn clean_removes_only_the_users_regular_files() {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("cache");
        assert!(check_cache(&c).unwrap().is_none());
        assert!(clean_cache(&c, false).unwrap().removed == 0);
        open_cache(&c).unwrap();
        let outside = dir.path().join("outside");
        fs::write(&outside, "keep").unwrap();
        fs::write(c.join("aaa-p-1.0.tzst"), "p").unwrap();
        fs::write(c.join("bbb-q-1.0.tzst.part"), "q").unwrap();
        fs::write(c.join("aaa.lock"), "").unwrap();
        let held = lock_download(&c.join("bbb.lock")).unwrap();
        fs::create_dir(c.join("sub")).unwrap();
        std::os::unix::fs::symlink(&outside, c.join("ccc-r-1.0.tzst")).unwrap();
        let mut others = 0;
        if nix::unistd::geteuid().is_root() {
            fs::write(c.join("ddd-s-1.0.tzst"), "s").unwrap();
            std::os::unix::fs::chown(c.join("ddd-s-1.0.tzst"), Some(65534), None).unwrap();
            others = 1;
        }
        let n = clean_cache(&c, false).unwrap();
        assert_eq!((n.removed, n.skipped), (2, 2 + others));
        assert!(!c.join("aaa.lock").exists(), "an idle lock is removed");
        assert!(
            c.join("bbb.lock").exists(),
            "a download's lock is left to it"
        );
        assert!(c.join("sub").is_dir());
        drop(held);
        assert_eq!(fs::read_to_string(&outside).unwrap(), "keep");
        assert!(fs::symlink_metadata(c.join("ccc-r-1.0.tzst")).is_ok());
    }
}
