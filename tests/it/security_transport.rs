//! Issue 14, classes 1 (the cache) and 7 (transport and local files), attacked as an adversary
//! would: each test builds the attack with cbe's own commands, runs cbe, and shows it refused
//! (or defused) with nothing written outside cbe's directories.
//!
//! - A co-tenant who can write in the cache plants a `.part` symlink (or hard link) to a
//!   victim's file, a cached package that is a symlink to a file they control, a `.lock`
//!   symlink, or makes the cache directory itself a symlink or group/world-writable.
//! - A mirror drips one byte a second; a mirror answers statuses nobody asked for.
//! - A local repository's files are devices, FIFOs or too large.
//!
//! Every cbe run here has a time limit, so a regression (a hang) fails rather than blocks.

use crate::common;

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::server::{Fault, Server};
use crate::common::{one_line, Env};
use sha2::{Digest, Sha256};

/// Runs cbe under `env`'s root with `args`, killed (and the test failed) after `limit`.
fn run_guarded(env: &Env, args: &[&str], limit: Duration) -> (Output, Duration) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cbe"));
    c.arg("--root").arg(&env.root).args(args);
    c.env_remove("CBE_CRASH_AT")
        .env_remove("CBE_PREFIX")
        .env_remove("CBE_LINE")
        .env_remove("CBE_KEY_PASSWORD_FILE")
        .env("CBE_ARCH", "x86_64")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = c.spawn().unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            return (child.wait_with_output().unwrap(), start.elapsed());
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let o = child.wait_with_output().unwrap();
            panic!(
                "cbe {args:?} still running after {limit:?} (a hang): {}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A signed repository with one package, `big-1.0` (incompressible, ~100 kB).
struct Repo {
    env: Env,
    dir: PathBuf,
    pubkey: PathBuf,
}

const PKG: &str = "big-1.0.tzst";
const LIMIT: Duration = Duration::from_secs(90);

impl Repo {
    fn new() -> Repo {
        let env = Env::new();
        let dir = env.path("repo");
        fs::create_dir_all(dir.join("All")).unwrap();
        let keybase = env.path("keys/release");
        fs::create_dir_all(keybase.parent().unwrap()).unwrap();
        env.ok(&["repo", "keygen", "--unencrypted", keybase.to_str().unwrap()]);
        let noise = common::noise(100_000, 0x9e3779b97f4a7c15);
        let p = env.pkg(
            "big-1.0",
            &[("share/big", &noise), ("bin/big", "b")],
            &["--build-info", "MACHINE_ARCH=x86_64"],
        );
        fs::copy(&p, dir.join("All").join(PKG)).unwrap();
        env.ok(&[
            "repo",
            "index",
            dir.to_str().unwrap(),
            "--line",
            "1",
            "--release",
            "1.0.0",
            "--machine-arch",
            "x86_64",
            "--min-platform",
            "20180329T002515Z",
            "--sign",
            keybase.with_extension("key").to_str().unwrap(),
        ]);
        Repo {
            pubkey: keybase.with_extension("pub"),
            env,
            dir,
        }
    }

    /// Runs cbe on line 1 with `repos` as the mirrors, in order.
    fn run(&self, repos: &[&str], args: &[&str]) -> Output {
        let mut a = vec!["--cbe", "1"];
        for r in repos {
            a.extend(["--repo", r]);
        }
        a.extend(["--trusted-key", self.pubkey.to_str().unwrap()]);
        a.extend(["--timeout", "3"]);
        a.extend_from_slice(args);
        run_guarded(&self.env, &a, LIMIT).0
    }

    fn ok(&self, repos: &[&str], args: &[&str]) -> String {
        let o = self.run(repos, args);
        assert!(o.status.success(), "cbe {args:?}: {}", stderr(&o));
        stderr(&o)
    }

    /// Insists on exit `code` and a one-line error; returns that line.
    fn fails(&self, repos: &[&str], args: &[&str], code: i32) -> String {
        let o = self.run(repos, args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(code), "cbe {args:?}: {err}");
        last_error(&err).to_string()
    }

    fn sha(&self) -> String {
        hex::encode(Sha256::digest(
            fs::read(self.dir.join("All").join(PKG)).unwrap(),
        ))
    }

    fn cache(&self) -> PathBuf {
        self.env.root.join("var/cache/cbe")
    }

    /// Makes the cache directory as cbe would, 0755.
    fn make_cache(&self) -> PathBuf {
        let c = self.cache();
        fs::create_dir_all(&c).unwrap();
        fs::set_permissions(&c, fs::Permissions::from_mode(0o755)).unwrap();
        c
    }

    fn entry(&self) -> PathBuf {
        self.cache().join(format!("{}-{PKG}", self.sha()))
    }

    fn installed(&self) -> bool {
        self.env.prefix().join("bin/big").exists()
    }

    /// A victim's file outside cbe's directories.
    fn victim(&self, name: &str) -> PathBuf {
        let v = self.env.path(name);
        fs::write(&v, "precious\n").unwrap();
        v
    }
}

/// The last `cbe: error:` line; the error part of stderr must be that one line (notices such
/// as "trying the next mirror" may come before it).
fn last_error(err: &str) -> &str {
    let errors: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("cbe: error:"))
        .collect();
    assert_eq!(errors.len(), 1, "expected one error line: {err}");
    errors[0]
}

fn part(p: &Path) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(".part");
    PathBuf::from(s)
}

#[test]
fn a_planted_part_symlink_or_hard_link_is_replaced_never_written_through() {
    let r = Repo::new();
    let server = Server::start(r.dir.clone());
    let http = server.url("");
    let local = r.dir.to_str().unwrap().to_string();
    for (how, url) in [("http", &http), ("local", &local)] {
        for link in ["symlink", "hard link"] {
            r.make_cache();
            let victim = r.victim(&format!("victim-{how}-{}", link.replace(' ', "-")));
            let p = part(&r.entry());
            let _ = fs::remove_file(&p);
            if link == "symlink" {
                std::os::unix::fs::symlink(&victim, &p).unwrap();
            } else {
                fs::hard_link(&victim, &p).unwrap();
            }
            r.ok(&[url], &["install", "big"]);
            assert!(r.installed(), "{how} {link}");
            assert_eq!(
                fs::read_to_string(&victim).unwrap(),
                "precious\n",
                "{how} {link}: the victim was written through the planted .part"
            );
            let md = fs::symlink_metadata(r.entry()).unwrap();
            assert!(md.is_file() && md.nlink() == 1, "{how} {link}");
            r.env.ok(&["--cbe", "1", "remove", "big"]);
            fs::remove_file(r.entry()).unwrap();
        }
    }
}

#[test]
fn a_cached_package_that_is_a_symlink_is_removed_and_fetched_again() {
    let r = Repo::new();
    let server = Server::start(r.dir.clone());
    let url = server.url("");
    r.make_cache();
    // The attacker's file is, for now, the genuine package: a check by hash through the link
    // would pass, and the attacker could change the file before it is unpacked.
    let attacker = r.env.path("attacker.tzst");
    fs::copy(r.dir.join("All").join(PKG), &attacker).unwrap();
    std::os::unix::fs::symlink(&attacker, r.entry()).unwrap();
    let err = r.ok(&[&url], &["install", "big"]);
    assert!(err.contains("not a regular file of yours"), "{err}");
    assert!(r.installed());
    assert_eq!(
        server.requests(PKG).len(),
        1,
        "the package was not fetched again"
    );
    let md = fs::symlink_metadata(r.entry()).unwrap();
    assert!(md.is_file(), "the cache entry is still the attacker's link");
    assert!(
        fs::symlink_metadata(&attacker).unwrap().is_file(),
        "the attacker's file was touched"
    );

    // An entry of this user's that others may write is not trusted either: whoever holds it
    // open for writing could change it between the check of its digest and the unpacking.
    use std::os::unix::fs::PermissionsExt;
    r.env.ok(&["--cbe", "1", "remove", "big"]);
    let e = r.entry();
    fs::set_permissions(&e, fs::Permissions::from_mode(0o666)).unwrap();
    let err = r.ok(&[&url], &["install", "big"]);
    assert!(err.contains("no one else may write"), "{err}");
    assert_eq!(server.requests(PKG).len(), 2, "fetched again");
    assert_eq!(fs::metadata(&e).unwrap().mode() & 0o022, 0);

    // A planted entry that is another user's regular file (possible in a sticky cache) is not
    // trusted either. Only root can make one here.
    if nix::unistd::geteuid().is_root() {
        r.env.ok(&["--cbe", "1", "remove", "big"]);
        std::os::unix::fs::chown(&e, Some(65534), Some(65534)).unwrap();
        let err = r.ok(&[&url], &["install", "big"]);
        assert!(err.contains("not a regular file of yours"), "{err}");
        assert_eq!(fs::metadata(&e).unwrap().uid(), 0);
        assert_eq!(server.requests(PKG).len(), 3);
    }
}

#[test]
fn a_lock_symlink_creates_nothing_at_its_target() {
    let r = Repo::new();
    let server = Server::start(r.dir.clone());
    let url = server.url("");
    let cache = r.make_cache();
    let target = r.env.path("made-by-cbe");
    let lock = cache.join(format!("{}.lock", r.sha()));
    std::os::unix::fs::symlink(&target, &lock).unwrap();
    r.ok(&[&url], &["install", "big"]);
    assert!(r.installed());
    assert!(
        fs::symlink_metadata(&target).is_err(),
        "a file was created at the lock link's target"
    );
    assert!(fs::symlink_metadata(&lock).unwrap().is_file());
}

#[test]
fn a_cache_directory_that_is_a_symlink_is_refused_and_clean_removes_nothing_through_it() {
    let r = Repo::new();
    let server = Server::start(r.dir.clone());
    let url = server.url("");
    let victim = r.env.path("victim-dir");
    fs::create_dir_all(&victim).unwrap();
    fs::write(victim.join("thesis.tex"), "years of work").unwrap();
    fs::write(victim.join("notes.txt"), "more").unwrap();
    fs::create_dir_all(r.cache().parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&victim, r.cache()).unwrap();
    let before = common::snapshot(&victim);

    let line = r.fails(&[&url], &["clean"], 4);
    assert!(
        line.contains(r.cache().to_str().unwrap()) && line.contains("symbolic link"),
        "{line}"
    );
    let line = r.fails(&[&url], &["install", "big"], 4);
    assert!(line.contains("--cache-dir"), "{line}");
    assert!(!r.installed());
    assert_eq!(
        common::snapshot(&victim),
        before,
        "the victim directory changed"
    );

    // The same directory given for real is used, and `clean` there removes only what is
    // cbe's to remove: regular files of this user's, not a symlink planted in it.
    fs::remove_file(r.cache()).unwrap();
    r.make_cache();
    let outside = r.victim("victim-of-clean");
    std::os::unix::fs::symlink(&outside, r.cache().join("planted-link")).unwrap();
    r.ok(&[&url], &["install", "big"]);
    let err = r.ok(&[&url], &["clean"]);
    assert!(err.contains("removed 1 cached files"), "{err}");
    assert!(err.contains("left 1 entries"), "{err}");
    assert_eq!(fs::read_to_string(&outside).unwrap(), "precious\n");
    assert!(!r.entry().exists());
}

#[test]
fn an_unsafe_cache_directory_is_refused_with_what_to_do() {
    let r = Repo::new();
    let server = Server::start(r.dir.clone());
    let url = server.url("");
    let cache = r.make_cache();

    for mode in [0o777, 0o775, 0o757] {
        fs::set_permissions(&cache, fs::Permissions::from_mode(mode)).unwrap();
        for args in [&["install", "big"][..], &["clean"][..]] {
            let line = r.fails(&[&url], args, 4);
            assert!(
                line.contains(cache.to_str().unwrap())
                    && line.contains("writable by group or others")
                    && line.contains("chmod go-w"),
                "{mode:o} {args:?}: {line}"
            );
        }
        assert!(!r.installed());
        assert_eq!(fs::read_dir(&cache).unwrap().count(), 0, "{mode:o}");
    }

    // Sticky, as /tmp: others may create files but not replace cbe's; it is used.
    fs::set_permissions(&cache, fs::Permissions::from_mode(0o1777)).unwrap();
    r.ok(&[&url], &["install", "big"]);
    r.env.ok(&["--cbe", "1", "remove", "big"]);
    fs::set_permissions(&cache, fs::Permissions::from_mode(0o755)).unwrap();

    // Another user's.
    if nix::unistd::geteuid().is_root() {
        std::os::unix::fs::chown(&cache, Some(65534), None).unwrap();
        let line = r.fails(&[&url], &["install", "big"], 4);
        assert!(
            line.contains("belongs to uid 65534") && line.contains("--cache-dir"),
            "{line}"
        );
        std::os::unix::fs::chown(&cache, Some(0), None).unwrap();
    }

    // Not a directory.
    fs::remove_dir_all(&cache).unwrap();
    fs::write(&cache, "").unwrap();
    let line = r.fails(&[&url], &["install", "big"], 4);
    assert!(line.contains("not a directory"), "{line}");
    fs::remove_file(&cache).unwrap();

    // Missing: made 0755 however lax the umask-free default would be.
    r.ok(&[&url], &["install", "big"]);
    assert_eq!(
        fs::metadata(&cache).unwrap().permissions().mode() & 0o7777,
        0o755
    );

    // Something at the .part's name that cannot be removed (a directory): one line naming it.
    r.env.ok(&["--cbe", "1", "remove", "big"]);
    r.ok(&[&url], &["clean"]);
    fs::create_dir(part(&r.entry())).unwrap();
    let line = r.fails(&[&url], &["install", "big"], 4);
    assert!(
        line.contains(".part") && line.contains("cannot be removed"),
        "{line}"
    );
}

#[test]
fn a_dripping_mirror_is_abandoned_for_the_next_one() {
    let r = Repo::new();
    let slow = Server::start(r.dir.clone());
    let good = Server::start(r.dir.clone());
    let (slow_url, good_url) = (slow.url(""), good.url(""));

    // The index: `update --timeout 3` gives up on the drip and updates from the good mirror.
    slow.fault("release", Fault::Drip);
    let start = Instant::now();
    let o = r.run(&[&slow_url, &good_url], &["--json", "update"]);
    let took = start.elapsed();
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["url"], good_url.as_str(), "{v}");
    assert!(
        err.contains("abandoned") && err.contains("min_rate") && err.contains("next mirror"),
        "{err}"
    );
    assert_eq!(
        slow.requests("release").len(),
        1,
        "the slow mirror was retried instead of abandoned"
    );
    assert!(took < Duration::from_secs(45), "took {took:?}");

    // A package: the same.
    slow.clear_faults();
    slow.fault(PKG, Fault::Drip);
    let err = r.ok(&[&slow_url, &good_url], &["install", "big"]);
    assert!(err.contains("abandoned"), "{err}");
    assert!(r.installed());
    assert_eq!(slow.requests(PKG).len(), 1);
    assert_eq!(good.requests(PKG).len(), 1);

    // Only the dripping mirror (a line that never knew another): exit 5, one line naming
    // the URL and what to do.
    let r = Repo::new();
    let slow = Server::start(r.dir.clone());
    let slow_url = slow.url("");
    slow.fault(PKG, Fault::Drip);
    let line = r.fails(&[&slow_url], &["install", "big"], 5);
    assert!(line.contains(PKG) && line.contains("min_rate"), "{line}");
}

#[test]
fn a_transfer_past_its_configured_deadline_is_abandoned() {
    let r = Repo::new();
    let slow = Server::start(r.dir.clone());
    let url = slow.url("");
    r.ok(&[&url], &["update"]);
    let cfg = r.env.prefix().join(".cbe/config.toml");
    // No rate floor: only the deadline stops the drip.
    fs::write(&cfg, "min_rate = 0\ndeadline = 4\n").unwrap();
    slow.fault(PKG, Fault::Drip);
    let o = r.run(&[&url], &["install", "big"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(5), "{err}");
    let line = last_error(&err);
    assert!(
        line.contains(PKG) && line.contains("deadline of 4 s"),
        "{line}"
    );
    // Standard error is not a terminal here: a transfer that takes a while still says how
    // far it got, as a plain line, not a progress bar.
    assert!(
        err.lines()
            .any(|l| l.starts_with("cbe: downloading ") && l.contains("% (")),
        "{err}"
    );
    assert!(!r.installed());

    fs::write(&cfg, "deadline = -1\n").unwrap();
    let line = r.fails(&[&url], &["install", "big"], 1);
    assert!(
        line.contains("config.toml") && line.contains("deadline"),
        "{line}"
    );
}

/// A server of the test's own that answers `status` (with `headers`, no body) for paths
/// ending with `suffix` and serves `root`'s files for the rest.
fn odd_server(root: PathBuf, suffix: &'static str, status: &'static str) -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in l.incoming() {
            let Ok(mut conn) = conn else { continue };
            let root = root.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(conn.try_clone().unwrap());
                let mut line = String::new();
                let _ = reader.read_line(&mut line);
                loop {
                    let mut h = String::new();
                    if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                        break;
                    }
                }
                let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
                if path.ends_with(suffix) {
                    let _ = write!(
                        conn,
                        "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    );
                    return;
                }
                match fs::read(root.join(path.trim_start_matches('/'))) {
                    Ok(b) => {
                        let _ = write!(
                            conn,
                            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            b.len()
                        );
                        let _ = conn.write_all(&b);
                    }
                    Err(_) => {
                        let _ = write!(
                            conn,
                            "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        );
                    }
                }
            });
        }
    });
    format!("http://127.0.0.1:{port}/")
}

#[test]
fn odd_statuses_are_server_failures_not_panics() {
    let r = Repo::new();
    for status in [
        "304 Not Modified",
        "206 Partial Content",
        "204 No Content",
        "300 Multiple Choices",
        "418 I'm a teapot",
        "599 Whatever",
    ] {
        // On the index: an unsolicited 304 on `release` once made cbe panic (exit 101).
        let url = odd_server(r.dir.clone(), "/release", status);
        let line = r.fails(&[&url], &["update"], 5);
        assert!(
            line.contains("release") && line.contains(&status[..3]),
            "{status}: {line}"
        );
        // On a package.
        let url = odd_server(r.dir.clone(), PKG, status);
        let line = r.fails(&[&url], &["install", "big"], 5);
        assert!(
            line.contains(PKG) && line.contains(&status[..3]),
            "{status}: {line}"
        );
        assert!(!r.installed());
    }
}

/// A copy of the repository on this machine, to break.
fn local_copy(r: &Repo, name: &str) -> PathBuf {
    let d = r.env.path(name);
    let st = Command::new("cp")
        .arg("-a")
        .arg(&r.dir)
        .arg(&d)
        .status()
        .unwrap();
    assert!(st.success());
    d
}

#[test]
fn local_repository_files_must_be_regular_and_small() {
    let r = Repo::new();

    // release -> /dev/zero, and release a FIFO: refused at once, for file:// and a plain path.
    let zero = local_copy(&r, "zero");
    fs::remove_file(zero.join("release")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", zero.join("release")).unwrap();
    let fifo = local_copy(&r, "fifo");
    fs::remove_file(fifo.join("release")).unwrap();
    nix::unistd::mkfifo(&fifo.join("release"), nix::sys::stat::Mode::S_IRWXU).unwrap();
    let dir = local_copy(&r, "dir");
    fs::remove_file(dir.join("release")).unwrap();
    fs::create_dir(dir.join("release")).unwrap();
    for (d, what) in [
        (&zero, "a character device"),
        (&fifo, "a FIFO"),
        (&dir, "a directory"),
    ] {
        for url in [
            d.to_str().unwrap().to_string(),
            format!("file://{}", d.display()),
        ] {
            let o = r.run(&[&url], &["update"]);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(4), "{what}: {err}");
            let line = one_line(&err);
            assert!(
                line.contains("release") && line.contains(what) && line.contains("regular"),
                "{line}"
            );
        }
    }

    // A release far larger than any release: refused by its size, not read whole.
    let big = local_copy(&r, "big");
    fs::write(big.join("release"), vec![b'#'; 1 << 20]).unwrap();
    let line = r.fails(&[big.to_str().unwrap()], &["update"], 4);
    assert!(
        line.contains("release") && line.contains("larger than"),
        "{line}"
    );

    // The summary -> /dev/zero behind a good release.
    let summ = local_copy(&r, "summ");
    for f in [
        "pkg_summary.zst",
        "pkg_summary.bz2",
        "pkg_summary.gz",
        "pkg_summary",
    ] {
        let p = summ.join(f);
        if p.exists() {
            fs::remove_file(&p).unwrap();
            std::os::unix::fs::symlink("/dev/zero", &p).unwrap();
        }
    }
    let line = r.fails(&[summ.to_str().unwrap()], &["update"], 4);
    assert!(
        line.contains("pkg_summary") && line.contains("a character device"),
        "{line}"
    );

    // The package a FIFO, then a file of the wrong size: refused, nothing cached or installed.
    let pkgs = local_copy(&r, "local-pkgs");
    let url = pkgs.to_str().unwrap().to_string();
    r.ok(&[&url], &["update"]);
    let p = pkgs.join("All").join(PKG);
    fs::remove_file(&p).unwrap();
    nix::unistd::mkfifo(&p, nix::sys::stat::Mode::S_IRWXU).unwrap();
    let line = r.fails(&[&url], &["install", "big"], 4);
    assert!(line.contains(PKG) && line.contains("a FIFO"), "{line}");
    fs::remove_file(&p).unwrap();
    fs::write(&p, "short").unwrap();
    let line = r.fails(&[&url], &["install", "big"], 4);
    assert!(
        line.contains(PKG) && line.contains("size mismatch") && line.contains("has 5"),
        "{line}"
    );
    assert!(!r.installed());
    assert!(!r.entry().exists() && !part(&r.entry()).exists());
}
