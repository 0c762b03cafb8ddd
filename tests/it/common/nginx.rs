//! nginx from Debian, started by a test on 127.0.0.1 (one worker, no daemon) and stopped
//! when dropped; its access log tells what each client asked for.

use std::fs;
use std::path::{Path, PathBuf};

pub struct Nginx {
    child: std::process::Child,
    pub port: u16,
    log: PathBuf,
}

impl Nginx {
    /// Serves `root` (read-only) with its working files in `work`.
    pub fn start(root: &Path, work: &Path) -> Nginx {
        Nginx::with(work, &format!("root {};", root.display()))
    }

    /// A forward proxy for plain HTTP (what `HTTP_PROXY` names) that sends every request, to
    /// whatever host it names, to 127.0.0.1:`origin`: a repository's host name need not
    /// resolve, so a request that bypasses the proxy fails.
    pub fn forward_proxy(origin: u16, work: &Path) -> Nginx {
        Nginx::with(
            work,
            &format!("location / {{ proxy_pass http://127.0.0.1:{origin}; }}"),
        )
    }

    /// The caching mirror cbe ships (repos/mirror/nginx.conf) in front of 127.0.0.1:`origin`,
    /// as shipped but for the addresses and paths; its access log adds each request's
    /// cache status.
    pub fn mirror(origin: u16, work: &Path) -> Nginx {
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("repos/mirror/nginx.conf");
        let port = free_port();
        fs::create_dir_all(work).unwrap();
        let log = work.join("access.log");
        let conf = fs::read_to_string(shipped)
            .unwrap()
            .replace("ORIGIN_HOST:80", &format!("127.0.0.1:{origin}"))
            .replace("ORIGIN_HOST", "127.0.0.1")
            .replace("/var/cache/nginx/cbe", &work.join("cache").display().to_string())
            .replace("listen 80;", &format!("listen 127.0.0.1:{port};"))
            .replace(
                "http {",
                &format!(
                    "http {{\n log_format plain '$request $status $upstream_cache_status';\n access_log {l} plain;\n{t}",
                    l = log.display(),
                    t = temp_paths(work)
                ),
            );
        let globals = format!(
            "daemon off;\nmaster_process off;\npid {w}/nginx.pid;\nerror_log {w}/error.log;\n",
            w = work.display()
        );
        Nginx::run(work, &(globals + &conf), port, log)
    }

    /// nginx with `server` as the body of its one server block (after `listen`), its working
    /// files in `work`.
    pub fn with(work: &Path, server: &str) -> Nginx {
        let port = free_port();
        fs::create_dir_all(work).unwrap();
        let log = work.join("access.log");
        let conf = format!(
            "daemon off;\nmaster_process off;\nworker_processes 1;\npid {w}/nginx.pid;\nerror_log {w}/error.log;\nevents {{ worker_connections 512; }}\nhttp {{\n log_format plain '$request $status';\n access_log {l} plain;\n{t} server {{ listen 127.0.0.1:{port}; {server} }}\n}}\n",
            w = work.display(), l = log.display(), t = temp_paths(work)
        );
        Nginx::run(work, &conf, port, log)
    }

    /// Runs nginx with the configuration `conf`, which listens on `port` and logs to `log`.
    fn run(work: &Path, conf: &str, port: u16, log: PathBuf) -> Nginx {
        let bin = ["/usr/sbin/nginx", "/usr/bin/nginx"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .expect("nginx is not installed: .ci/run installs it (apt-get install nginx-light or nginx)");
        let path = work.join("nginx.conf");
        fs::write(&path, conf).unwrap();
        let nginx = Nginx {
            child: std::process::Command::new(bin)
                .arg("-c")
                .arg(&path)
                .arg("-p")
                .arg(work)
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap(),
            port,
            log,
        };
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return nginx;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!(
            "nginx did not start; see {}",
            work.join("error.log").display()
        );
    }

    /// The base URL.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// The access log's lines for GET requests of `path` (relative to the root): the
    /// request line and the status.
    pub fn gets(&self, path: &str) -> Vec<String> {
        let want = format!("GET /{path} ");
        fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter(|l| l.starts_with(&want))
            .map(str::to_string)
            .collect()
    }
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// nginx's temporary directories, under `work`.
fn temp_paths(work: &Path) -> String {
    ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
        .iter()
        .map(|k| format!(" {k}_temp_path {}/tmp;\n", work.display()))
        .collect()
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
