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

    /// nginx with `server` as the body of its one server block (after `listen`), its working
    /// files in `work`.
    pub fn with(work: &Path, server: &str) -> Nginx {
        let bin = ["/usr/sbin/nginx", "/usr/bin/nginx"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .expect("nginx is not installed: .ci/run installs it (apt-get install nginx-light or nginx)");
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        fs::create_dir_all(work).unwrap();
        let log = work.join("access.log");
        let conf = work.join("nginx.conf");
        fs::write(&conf, format!(
            "daemon off;\nmaster_process off;\nworker_processes 1;\npid {w}/nginx.pid;\nerror_log {w}/error.log;\nevents {{ worker_connections 512; }}\nhttp {{\n log_format plain '$request $status';\n access_log {l} plain;\n client_body_temp_path {w}/tmp;\n proxy_temp_path {w}/tmp;\n fastcgi_temp_path {w}/tmp;\n uwsgi_temp_path {w}/tmp;\n scgi_temp_path {w}/tmp;\n server {{ listen 127.0.0.1:{port}; {server} }}\n}}\n",
            w = work.display(), l = log.display()
        )).unwrap();
        let nginx = Nginx {
            child: std::process::Command::new(bin)
                .arg("-c")
                .arg(&conf)
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

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
