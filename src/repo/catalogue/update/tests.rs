//! The signed update against repositories made here: a directory signed with a fresh key,
//! and a few lines of HTTP on 127.0.0.1 for what only a server can do (`304`).

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sha2::{Digest, Sha256};
use tempfile::TempDir;

use super::{update, Outcome, RepoUpdate};
use crate::config::Settings;
use crate::core::sign::Password;
use crate::core::sign::{generate, SecretKey};
use crate::error::{Error, Result};
use crate::fetch::FetchOptions;
use crate::package::summary::{self, RemotePkg};
use crate::pkgdb::PkgDb;
use crate::repo::catalogue::Catalogue;
use crate::repo::release::{Release, RELEASE_FILE, SIGNATURE_FILE};
use crate::report::{Notice, Reporter, StaleMirror};

#[derive(Default)]
struct Notices(std::sync::Mutex<Vec<Notice>>);

impl Reporter for Notices {
    fn notice(&self, n: Notice) {
        self.0.lock().unwrap().push(n);
    }
    fn step(&self, _: &str) {}
}

/// A signed repository in a directory, and a prefix's database to update from it.
struct Fixture {
    tmp: TempDir,
    key: SecretKey,
    db: PkgDb,
}

impl Fixture {
    fn new() -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir(tmp.path().join("repo")).unwrap();
        let secret = generate(None).unwrap().secret;
        let key = SecretKey::parse(&secret, || -> Result<Password, ()> {
            panic!("an unencrypted key asked for a password")
        })
        .unwrap();
        let db = PkgDb::open(&tmp.path().join("pkgdb.sqlite")).unwrap();
        Fixture { tmp, key, db }
    }

    fn dir(&self) -> PathBuf {
        self.tmp.path().join("repo")
    }

    fn url(&self) -> String {
        self.dir().display().to_string()
    }

    /// Publishes a release of line 1 made at `date`, offering `names`, signed.
    fn publish(&self, version: &str, date: &str, names: &[&str]) -> Release {
        self.publish_with(version, date, names, |_| {})
    }

    /// Publishes as [`Fixture::publish`] does, with `tweak` applied to the release first.
    fn publish_with(
        &self,
        version: &str,
        date: &str,
        names: &[&str],
        tweak: impl FnOnce(&mut Release),
    ) -> Release {
        let pkgs: Vec<RemotePkg> = names
            .iter()
            .map(|n| RemotePkg {
                name: n.to_string(),
                comment: "a test package".into(),
                file_name: format!("{n}.tzst"),
                file_size: Some(1),
                sha256: Some("0".repeat(64)),
                ..RemotePkg::default()
            })
            .collect();
        let text = summary::render(&pkgs);
        fs::write(self.dir().join("pkg_summary"), &text).unwrap();
        let mut release = Release {
            repository: "cbe".into(),
            line: 1,
            release: semver::Version::parse(version).unwrap(),
            arch: "x86_64".into(),
            min_platform: "20180329T002515Z".into(),
            date: date.into(),
            expires: "2099-01-01T00:00:00Z".into(),
            summary_sha256: hex::encode(Sha256::digest(text.as_bytes())),
            summary_size: text.len() as u64,
        };
        tweak(&mut release);
        let signed = release.render();
        let sig = self
            .key
            .sign(signed.as_bytes(), "timestamp:0 file:release", "test key")
            .unwrap();
        fs::write(self.dir().join(SIGNATURE_FILE), sig.to_file()).unwrap();
        fs::write(self.dir().join(RELEASE_FILE), signed).unwrap();
        release
    }

    fn update(&self, mirrors: &[String]) -> (Result<Vec<RepoUpdate>>, Vec<Notice>) {
        self.update_with(mirrors, false)
    }

    fn update_with(
        &self,
        mirrors: &[String],
        allow_expired: bool,
    ) -> (Result<Vec<RepoUpdate>>, Vec<Notice>) {
        let settings = Settings {
            repositories: vec![crate::config::Repository {
                name: "cbe".into(),
                mirrors: mirrors.to_vec(),
                keys: vec![self.key.public().clone()],
            }],
            allow_expired,
            cache_dir: self.tmp.path().join("cache"),
            parallel: 1,
            fetch: FetchOptions {
                timeout: Duration::from_secs(5),
                attempts: 1,
                min_rate: 0,
                deadline: None,
            },
        };
        let notices = Notices::default();
        let got = update(&self.db, &settings, Some(1), "x86_64", &notices);
        (got, notices.0.into_inner().unwrap())
    }

    /// Updates from the directory, which must succeed for one repository.
    fn update_ok(&self) -> (RepoUpdate, Vec<Notice>) {
        let (got, notices) = self.update(&[self.url()]);
        let mut got = got.unwrap();
        assert_eq!(got.len(), 1);
        (got.remove(0), notices)
    }

    fn names(&self) -> Vec<String> {
        let cat = Catalogue::load(&self.db).unwrap();
        cat.pkgs.into_iter().map(|p| p.pkg.name).collect()
    }
}

const MAY: &str = "2030-05-01T00:00:00Z";
const JUNE: &str = "2030-06-01T00:00:00Z";

#[test]
fn a_fresh_update_stores_the_packages() {
    let f = Fixture::new();
    let published = f.publish("1.0.0", MAY, &["a-1.0", "b-2.0"]);
    let (r, _) = f.update_ok();
    assert_eq!(r.outcome, Outcome::Updated);
    assert_eq!((r.idx, r.url.as_str()), (0, f.url().as_str()));
    assert_eq!((r.release.to_string(), r.packages), ("1.0.0".into(), 2));
    assert_eq!(f.names(), ["a-1.0", "b-2.0"]);
    let cat = Catalogue::load(&f.db).unwrap();
    assert_eq!(cat.repos.len(), 1);
    assert_eq!(cat.repos[0].release, published);
    assert_eq!(cat.repos[0].urls, [f.url()]);
    assert_eq!(cat.best("b>=1").map(|p| p.pkg.name.as_str()), Some("b-2.0"));
}

#[test]
fn an_unchanged_release_does_not_fetch_the_summary_again() {
    let f = Fixture::new();
    f.publish("1.0.0", MAY, &["a-1.0", "b-2.0"]);
    f.update_ok();
    // Were the summary fetched again, its absence would fail the update.
    fs::remove_file(f.dir().join("pkg_summary")).unwrap();
    let (r, _) = f.update_ok();
    assert_eq!(r.outcome, Outcome::Unchanged);
    assert_eq!((r.release.to_string(), r.packages), ("1.0.0".into(), 2));
    assert_eq!(f.names(), ["a-1.0", "b-2.0"]);
}

#[test]
fn a_summary_the_release_does_not_sign_is_refused() {
    let f = Fixture::new();
    f.publish("1.0.0", MAY, &["a-1.0"]);
    f.update_ok();
    f.publish("1.0.1", JUNE, &["a-1.1"]);
    // Same size, other bytes: only the digest tells.
    let path = f.dir().join("pkg_summary");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replace("a-1.1", "a-6.6")).unwrap();
    let (got, _) = f.update(&[f.url()]);
    let e = got.unwrap_err();
    assert!(matches!(e, Error::Verify { .. }), "{e}");
    assert!(e.to_string().contains("SHA-256 mismatch"), "{e}");
    // What was held stays, whole.
    assert_eq!(f.names(), ["a-1.0"]);
    let cat = Catalogue::load(&f.db).unwrap();
    assert_eq!(cat.repos[0].release.release.to_string(), "1.0.0");
}

#[test]
fn a_release_older_than_the_one_held_is_not_taken() {
    let f = Fixture::new();
    f.publish("1.0.1", JUNE, &["a-1.1"]);
    f.update_ok();
    f.publish("1.0.0", MAY, &["a-1.0"]);
    let (r, notices) = f.update_ok();
    assert_eq!(r.outcome, Outcome::KeptMirrorsStale);
    assert_eq!((r.release.to_string(), r.packages), ("1.0.1".into(), 1));
    let stale = Notice::MirrorsStale {
        held: JUNE.into(),
        mirrors: vec![StaleMirror {
            url: f.url(),
            date: MAY.into(),
        }],
    };
    assert_eq!(notices, [stale]);
    assert_eq!(f.names(), ["a-1.1"]);
}

#[test]
fn another_repositorys_index_is_refused() {
    let f = Fixture::new();
    f.publish_with("1.0.0", "2026-01-01T00:00:00Z", &["a-1"], |r| {
        r.repository = "extras".into()
    });
    let (got, _) = f.update(&[f.url()]);
    let e = got.unwrap_err();
    assert!(matches!(e, Error::Verify { .. }));
    assert!(
        e.to_string()
            .contains("signed for repository `extras`, not `cbe`"),
        "{e}"
    );
    assert!(f.names().is_empty(), "nothing taken");
}

#[test]
fn an_expired_index_is_refused_unless_allowed() {
    let f = Fixture::new();
    f.publish_with("1.0.0", "2001-01-01T00:00:00Z", &["a-1"], |r| {
        r.expires = "2001-02-01T00:00:00Z".into()
    });
    let (got, _) = f.update(&[f.url()]);
    let e = got.unwrap_err();
    assert!(matches!(e, Error::Verify { .. }));
    let msg = e.to_string();
    assert!(
        msg.contains("made 2001-01-01T00:00:00Z) expired 2001-02-01T00:00:00Z"),
        "{msg}"
    );
    assert!(f.names().is_empty());
    let (got, _) = f.update_with(&[f.url()], true);
    got.unwrap();
    assert_eq!(f.names(), ["a-1"]);
}

#[test]
fn outcomes_read_the_same_in_text_and_json() {
    for (o, words) in [
        (Outcome::Updated, "updated"),
        (Outcome::Unchanged, "unchanged"),
        (Outcome::KeptMirrorsStale, "kept (mirrors stale)"),
    ] {
        assert_eq!(o.to_string(), words);
        assert_eq!(serde_json::to_value(o).unwrap(), words);
    }
}

/// A file server on 127.0.0.1 that answers `304` to any `If-None-Match`, and to everything
/// once `broken`.
struct Server {
    url: String,
    broken: AtomicBool,
    not_modified: AtomicUsize,
}

impl Server {
    /// Serves `dir`, giving an `ETag` when `etag`.
    fn start(dir: PathBuf, etag: bool) -> Arc<Server> {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let server = Arc::new(Server {
            url: format!("http://{}/", listener.local_addr().unwrap()),
            broken: AtomicBool::new(false),
            not_modified: AtomicUsize::new(0),
        });
        let s = server.clone();
        // Left running: the test process ends it.
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                s.answer(stream, &dir, etag);
            }
        });
        server
    }

    fn answer(&self, mut stream: TcpStream, dir: &Path, etag: bool) {
        let mut reader = BufReader::new(&stream);
        let mut request = String::new();
        let mut conditional = false;
        let _ = reader.read_line(&mut request);
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
                break;
            }
            conditional |= header.to_ascii_lowercase().starts_with("if-none-match:");
        }
        let path = request.split(' ').nth(1).unwrap_or("/");
        let (status, body) = if conditional || self.broken.load(Ordering::SeqCst) {
            self.not_modified.fetch_add(1, Ordering::SeqCst);
            ("304 Not Modified", Vec::new())
        } else {
            match fs::read(dir.join(path.trim_start_matches('/'))) {
                Ok(b) => ("200 OK", b),
                Err(_) => ("404 Not Found", Vec::new()),
            }
        };
        let etag = if etag { "ETag: \"v1\"\r\n" } else { "" };
        let head = format!(
            "HTTP/1.1 {status}\r\n{etag}Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(&body);
    }

    fn not_modified(&self) -> usize {
        self.not_modified.load(Ordering::SeqCst)
    }
}

#[test]
fn an_unsolicited_not_modified_is_a_network_error_not_a_panic() {
    let f = Fixture::new();
    let server = Server::start(f.dir(), false);
    server.broken.store(true, Ordering::SeqCst);
    let mirrors = [server.url.clone()];
    // Nothing held: nothing a 304 could refer to.
    let (got, _) = f.update(&mirrors);
    let e = got.unwrap_err();
    assert!(matches!(e, Error::Network { .. }), "{e}");
    assert!(e.to_string().contains("304"), "{e}");
    // Held from another mirror: no validators were sent, so the 304 is not "unchanged".
    f.publish("1.0.0", MAY, &["a-1.0"]);
    f.update_ok();
    let (got, _) = f.update(&mirrors);
    assert!(matches!(got.unwrap_err(), Error::Network { .. }));
    assert_eq!(server.not_modified(), 2);
    assert_eq!(f.names(), ["a-1.0"]);
}

#[test]
fn a_not_modified_without_validators_sent_is_a_network_error() {
    let f = Fixture::new();
    f.publish("1.0.0", MAY, &["a-1.0"]);
    // No ETag: the held release has no validators, so the next request is unconditional.
    let server = Server::start(f.dir(), false);
    let mirrors = [server.url.clone()];
    assert_eq!(f.update(&mirrors).0.unwrap()[0].outcome, Outcome::Updated);
    server.broken.store(true, Ordering::SeqCst);
    let (got, _) = f.update(&mirrors);
    assert!(matches!(got.unwrap_err(), Error::Network { .. }));
    assert_eq!(server.not_modified(), 1);
}

#[test]
fn a_not_modified_to_a_conditional_request_is_unchanged() {
    let f = Fixture::new();
    f.publish("1.0.0", MAY, &["a-1.0", "b-2.0"]);
    let server = Server::start(f.dir(), true);
    let mirrors = [server.url.clone()];
    let (got, _) = f.update(&mirrors);
    assert_eq!(got.unwrap()[0].outcome, Outcome::Updated);
    assert_eq!(server.not_modified(), 0);
    let (got, _) = f.update(&mirrors);
    let r = &got.unwrap()[0];
    assert_eq!((r.outcome, r.packages), (Outcome::Unchanged, 2));
    assert_eq!(server.not_modified(), 1);
}
