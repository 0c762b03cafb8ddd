//! Everything that differs between operating systems, in one place.
//!
//! Linux gets its fast paths ([`linux`]): writeback hints, one `syncfs` for a whole tree,
//! `renameat2(RENAME_EXCHANGE)`, glibc's arena limit. Every other system (illumos first: cbe's
//! users are SmartOS build zones) takes the [`portable`] paths, written with POSIX calls only.
//! The cargo feature `portable-os` makes a Linux build take the portable paths too, so that the
//! tests exercise on Linux exactly the code an illumos build runs.
//!
//! Nothing outside this module may call a system-specific function or write a `cfg` on
//! `target_os`; CI checks the illumos build so that a Linux-only call elsewhere fails there.

use std::fs::File;
use std::io;
use std::path::Path;

#[cfg(all(target_os = "linux", not(feature = "portable-os")))]
mod linux;
#[cfg(all(target_os = "linux", not(feature = "portable-os")))]
use linux as imp;

#[cfg(not(all(target_os = "linux", not(feature = "portable-os"))))]
mod portable;
#[cfg(not(all(target_os = "linux", not(feature = "portable-os"))))]
use portable as imp;

/// The command that runs another with the privilege to change what root installed, as a
/// hint names it and as the pin's `elevate` usually says: illumos grants it through RBAC
/// profiles (`pfexec`), other systems through `sudo`.
pub const ELEVATE: &str = if cfg!(target_os = "illumos") {
    "pfexec"
} else {
    "sudo"
};

/// Which set of system calls this build uses, for `--version -v` and the Platforms table.
pub const FLAVOUR: &str = imp::FLAVOUR;

/// Tunes the allocator before any thread starts (glibc: two malloc arenas, so memory one
/// unpacking thread frees is reused by the others).
pub fn tune_allocator() {
    imp::tune_allocator();
}

/// Starts writing `f`'s data to disk without waiting, so that a later [`sync_tree`] finds little
/// left to write. A hint: where the system has none, nothing happens.
pub fn start_writeback(f: &File) {
    imp::start_writeback(f);
}

/// A hint, repeated while a tree is being written, to start flushing what is written so far.
/// Never needed for durability: [`sync_tree`] still follows.
pub fn flush_in_background(dir: &Path) {
    imp::flush_in_background(dir);
}

/// Makes everything written under `dir` durable: file contents, and the directory entries
/// that name them.
pub fn sync_tree(dir: &Path) -> io::Result<()> {
    imp::sync_tree(dir)
}

/// Makes the renames, creations and removals done in `dirs` durable. `anchor` is a directory
/// on the same file system, for systems that sync a whole file system in one call.
pub fn sync_dirs<'a>(anchor: &Path, dirs: impl IntoIterator<Item = &'a Path>) -> io::Result<()> {
    imp::sync_dirs(anchor, &mut dirs.into_iter())
}

/// Exchanges two directories in one atomic step. `Ok(false)` where the system or the file
/// system cannot; the caller then renames twice and repairs after a crash.
pub fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    imp::exchange(a, b)
}

/// Free space on a file system, from `statvfs` (POSIX, the same everywhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Space {
    /// Bytes free to an unprivileged writer.
    pub free: u64,
    /// The allocation unit: a file takes a whole number of these.
    pub block: u64,
}

/// The free space on the file system holding `dir`.
pub fn free_space(dir: &Path) -> io::Result<Space> {
    let st = nix::sys::statvfs::statvfs(dir).map_err(io::Error::from)?;
    // c_ulong and fsblkcnt_t differ in width between systems.
    #[allow(clippy::useless_conversion)]
    let (block, avail) = (
        u64::from(st.fragment_size()).max(512),
        u64::from(st.blocks_available()),
    );
    Ok(Space {
        free: avail.saturating_mul(block),
        block,
    })
}

/// What `uname` says about this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct System {
    /// `uname -s`: `SunOS` on illumos, `Linux`, `NetBSD`, `Darwin`: pkgsrc's `OPSYS`.
    pub sysname: String,
    /// `uname -r`: pkgsrc's `OS_VERSION` (`5.11` on illumos).
    pub release: String,
    /// `uname -v`: on SmartOS the platform image, `joyent_20180329T002515Z`.
    pub version: String,
    /// `uname -m`: `i86pc` on illumos, `x86_64` on Linux.
    pub machine: String,
}

/// The free space where `dir` is, or would be: the nearest existing directory on the way
/// up, with its file system's space.
pub fn free_space_near(dir: &Path) -> Option<(&Path, Space)> {
    dir.ancestors()
        .find_map(|d| free_space(d).ok().map(|s| (d, s)))
}

/// This machine's `uname`.
pub fn system() -> io::Result<System> {
    let u = nix::sys::utsname::uname().map_err(io::Error::from)?;
    let s = |v: &std::ffi::OsStr| v.to_string_lossy().into_owned();
    Ok(System {
        sysname: s(u.sysname()),
        release: s(u.release()),
        version: s(u.version()),
        machine: s(u.machine()),
    })
}

/// pkg_install's `@owner`/`@group`: gives `path` to the named user and group when cbe runs
/// as root (as pkg_add does; an unprivileged install keeps its own ids). A name this system
/// does not know leaves that id as it is: pkgsrc makes its users in +INSTALL, which ran.
pub fn chown_named(
    path: &std::path::Path,
    owner: Option<&str>,
    group: Option<&str>,
) -> io::Result<()> {
    if (owner.is_none() && group.is_none()) || !nix::unistd::geteuid().is_root() {
        return Ok(());
    }
    let uid = owner
        .and_then(|o| nix::unistd::User::from_name(o).ok().flatten())
        .map(|u| u.uid);
    let gid = group
        .and_then(|g| nix::unistd::Group::from_name(g).ok().flatten())
        .map(|g| g.gid);
    nix::unistd::fchownat(
        None,
        path,
        uid,
        gid,
        nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
    )
    .map_err(io::Error::from)
}

/// The machine arch as pkgsrc names it (`MACHINE_ARCH`). illumos's `uname -m` says `i86pc`
/// for every x86 machine; pkgsrc on a 64-bit SmartOS says `x86_64`, which is what the
/// compiler's target tells us.
pub fn machine_arch() -> &'static str {
    std::env::consts::ARCH
}

/// `arch` in pkgsrc's spelling: `i86pc` (illumos's `uname -m`) and `amd64` (NetBSD's) are
/// names for `x86_64`.
pub fn canonical_arch(arch: &str) -> &str {
    match arch {
        "i86pc" | "amd64" => "x86_64",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uname_aliases_are_pkgsrc_names() {
        assert_eq!(canonical_arch("i86pc"), "x86_64");
        assert_eq!(canonical_arch("amd64"), "x86_64");
        assert_eq!(canonical_arch("aarch64"), "aarch64");
    }

    #[test]
    fn sync_tree_and_dirs_succeed_on_a_written_tree() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
        std::fs::write(dir.path().join("a/b/f"), b"x").unwrap();
        std::os::unix::fs::symlink("/nowhere", dir.path().join("a/l")).unwrap();
        sync_tree(dir.path()).unwrap();
        sync_dirs(dir.path(), [dir.path().join("a").as_path()]).unwrap();
        assert!(free_space(dir.path()).unwrap().free > 0);
    }

    #[test]
    fn exchange_swaps_or_declines() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::create_dir(&a).unwrap();
        std::fs::create_dir(&b).unwrap();
        std::fs::write(a.join("from-a"), b"").unwrap();
        if exchange(&a, &b).unwrap() {
            assert!(b.join("from-a").exists());
        } else {
            assert!(a.join("from-a").exists());
        }
    }
}
