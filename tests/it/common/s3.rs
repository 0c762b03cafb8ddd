//! A real S3 server for the tests: `s3s-fs` on 127.0.0.1, file-backed in a temporary
//! directory, with credentials; stopped when dropped. It keeps each object as a file at
//! `DIR/BUCKET/KEY` (its metadata in dot-files beside the buckets), so nginx serving `DIR` is
//! the bucket's public face, as a CDN or a site's cache in front of a bucket would be.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The command that installs the server, as .ci/run runs it.
pub const INSTALL: &str = "cargo install s3s-fs --version 0.14.1 --features binary --locked";

pub struct S3Server {
    child: Child,
    pub port: u16,
    /// Where the objects are: `dir/BUCKET/KEY`.
    pub dir: PathBuf,
    pub access_key: String,
    pub secret_key: String,
}

/// The s3s-fs binary: on PATH or in cargo's bin directory. Missing, the test fails naming the
/// install command: CI must run these tests, never skip them.
fn binary() -> PathBuf {
    let mut candidates: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("s3s-fs"))
                .collect()
        })
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo").into_os_string()))
    {
        candidates.push(Path::new(&home).join("bin/s3s-fs"));
    }
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("s3s-fs is not installed: run `{INSTALL}` (.ci/run does)"))
}

impl S3Server {
    /// Starts the server on `dir` with one bucket, `bucket`.
    pub fn start(dir: &Path, bucket: &str) -> S3Server {
        std::fs::create_dir_all(dir.join(bucket)).unwrap();
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let (access_key, secret_key) = ("cbe-test-key".to_string(), "cbe-test-secret".to_string());
        let child = Command::new(binary())
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--access-key", &access_key, "--secret-key", &secret_key])
            .arg(dir)
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let s = S3Server {
            child,
            port,
            dir: dir.to_path_buf(),
            access_key,
            secret_key,
        };
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return s;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("s3s-fs did not start on port {port}");
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The environment a publisher to this server is given.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AWS_ENDPOINT_URL", self.endpoint()),
            ("AWS_ACCESS_KEY_ID", self.access_key.clone()),
            ("AWS_SECRET_ACCESS_KEY", self.secret_key.clone()),
            ("AWS_REGION", "us-east-1".to_string()),
        ]
    }

    /// An object's `Cache-Control`, asked with a signed HEAD; `None` when there is no object.
    pub fn cache_control(&self, bucket: &str, key: &str) -> Option<String> {
        use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};
        let b = Bucket::new(
            self.endpoint().parse().unwrap(),
            UrlStyle::Path,
            bucket.to_string(),
            "us-east-1",
        )
        .unwrap();
        let creds = Credentials::new(&self.access_key, &self.secret_key);
        let url = b
            .head_object(Some(&creds), key)
            .sign(std::time::Duration::from_secs(60));
        let resp = reqwest::blocking::Client::new().head(url).send().unwrap();
        if resp.status() == reqwest::StatusCode::NOT_FOUND {
            return None;
        }
        assert!(resp.status().is_success(), "HEAD {key}: {}", resp.status());
        Some(
            resp.headers()
                .get("cache-control")
                .map(|v| v.to_str().unwrap().to_string())
                .unwrap_or_default(),
        )
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
