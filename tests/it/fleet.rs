//! Many zones, caches and proxies between them and the repository: the client takes each
//! release's index from the release's own directory (so a cache holding the previous
//! top-level index cannot break it), asks caches to revalidate only the signed pointer,
//! honours the proxy variables, and a publish racing ensures never fails one.

use std::fs;
use std::process::Output;

use crate::common::{Checkout, Env, Nginx, Pin, Sample, Server, SignedRepo, NEW_PLATFORM};

/// The sample's packages, built on an image older than the oldest supported.
fn sample(env: &Env) -> Sample {
    Sample::build(env, Some("20180101T000000Z"))
}

/// A zone: its own root (and so its own cache) and a checkout pinned to `url`.
fn zone(env: &Env, s: &Sample, name: &str, url: &str) -> Checkout {
    let co = Checkout::new(env, &format!("{name}-co")).root(env.path(name));
    co.pin(&Pin::new("^1").repo(url).trust(&s.keys.public));
    co
}

fn ensure(co: &Checkout, extra: &[&str]) -> Output {
    let args = [&["ensure", "--refresh", "0", "--json"], extra].concat();
    co.run(&args, Some(NEW_PLATFORM))
}

fn release_of(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["release"].as_str().unwrap().to_string()
}

/// Publishes release `v` of the sample to `to`.
fn publish(env: &Env, s: &Sample, v: &str, to: &str) {
    env.ok(&[
        "repo",
        "publish",
        s.release(v).to_str().unwrap(),
        "--to",
        to,
    ]);
}

#[test]
fn a_stale_top_level_index_beside_a_fresh_release_does_not_break_ensure() {
    let env = Env::new();
    let s = sample(&env);
    let dest = env.path("pub/cbe/1");
    let d = dest.to_str().unwrap();
    publish(&env, &s, "1.0.0", d);
    publish(&env, &s, "1.1.0", d);
    // What a cache with a few minutes' lifetime serves during a publish: the new `release`
    // and signature, beside the previous release's top-level index.
    for e in fs::read_dir(dest.join("releases/1.0.0")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("pkg_summary") {
            fs::remove_file(dest.join(&name)).unwrap();
            fs::copy(e.path(), dest.join(&name)).unwrap();
        }
    }
    let server = Server::start(env.path("pub"));
    let co = zone(&env, &s, "zone", &server.url("cbe/1"));
    assert_eq!(release_of(&ensure(&co, &[])), "1.1.0");
    assert!(server.requests("/releases/1.1.0/pkg_summary.zst").len() == 1);
    assert!(server.requests("/cbe/1/pkg_summary.zst").is_empty());
    // Caches are asked to revalidate the pointer files, never the packages.
    for file in ["/cbe/1/release", "/cbe/1/release.minisig"] {
        let reqs = server.requests(file);
        assert!(!reqs.is_empty(), "{file} not fetched");
        for h in reqs {
            assert_eq!(h.get("cache-control").map(String::as_str), Some("no-cache"));
        }
    }
    let pkgs = server.requests(".tzst");
    assert!(pkgs.len() >= 2, "{pkgs:?}");
    for h in pkgs.iter().chain(&server.requests("/pkg_summary.zst")) {
        assert!(!h.contains_key("cache-control"), "{h:?}");
        assert!(!h.contains_key("pragma"), "{h:?}");
    }
}

/// Two releases published within one second: nginx's ETag (mtime-size) and Last-Modified
/// are the same for both `release` files, which are the same size. The zone that fetched the
/// first must not be told "304 unchanged" about the second. (The pointer's modification
/// time is set ahead of the clock: that makes "within the same second" certain, however
/// slow the machine.)
#[test]
fn a_release_published_within_a_second_of_the_last_is_seen() {
    let env = Env::new();
    let s = sample(&env);
    let dest = env.path("pub/cbe/1");
    let d = dest.to_str().unwrap();
    let nginx = Nginx::start(&env.path("pub"), &env.path("nginx"));
    let co = zone(&env, &s, "zone", &format!("{}cbe/1", nginx.url()));
    let soon = std::time::SystemTime::now() + std::time::Duration::from_secs(30);
    let pointers = ["release", "release.minisig"];
    let stamp = || {
        for f in pointers {
            let file = fs::File::options().write(true).open(dest.join(f)).unwrap();
            file.set_modified(soon).unwrap();
        }
    };
    publish(&env, &s, "1.0.0", d);
    stamp();
    assert_eq!(release_of(&ensure(&co, &[])), "1.0.0");
    publish(&env, &s, "1.1.0", d);
    stamp();
    assert_eq!(
        fs::metadata(dest.join("release")).unwrap().len(),
        fs::metadata(s.release("1.0.0").join("release"))
            .unwrap()
            .len(),
        "the two pointers must be the same size for nginx to give them one ETag"
    );
    assert_eq!(release_of(&ensure(&co, &[])), "1.1.0");
}

#[test]
fn a_repository_published_before_release_directories_is_read_at_its_top_level() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("tool-1.0", &[("bin/tool", "t")], &[]);
    r.index("1.0.0");
    let server = r.serve();
    let c = r.client(&server.url(""));
    let o = c.run(&["-v", "update"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("releases/1.0.0/ has no pkg_summary"), "{err}");
    assert!(err.contains("using the top-level one"), "{err}");
    assert_eq!(server.requests("/pkg_summary.zst").len(), 2);
    c.ok(&["install", "tool"]);
}

#[test]
fn an_http_repository_is_reached_through_http_proxy_unless_no_proxy_names_it() {
    let env = Env::new();
    let r = SignedRepo::new(&env, "repo");
    r.add("tool-1.0", &[("bin/tool", "t")], &[]);
    r.index("1.0.0");
    let origin = r.serve();
    let proxy = Nginx::forward_proxy(origin.port, &env.path("proxy"));
    // A host name that resolves nowhere: only the proxy can reach it.
    let c = r.client("http://cbe-repo.invalid/");
    let via = format!("http://127.0.0.1:{}", proxy.port);
    let run = |vars: &[(&str, &str)], args: &[&str]| {
        let mut cmd = c.command();
        cmd.envs(vars.iter().copied()).args(args);
        cmd.output().unwrap()
    };
    for var in ["HTTP_PROXY", "http_proxy"] {
        let o = run(&[(var, &via)], &["update"]);
        assert!(
            o.status.success(),
            "{var}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = run(&[("HTTP_PROXY", &via)], &["install", "tool"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(origin.requests("/All/tool-1.0.tzst").len(), 1);
    let through = fs::read_to_string(env.path("proxy/access.log")).unwrap();
    assert!(
        through.contains("GET http://cbe-repo.invalid/All/tool-1.0.tzst HTTP/1.1 200"),
        "{through}"
    );
    // NO_PROXY names the host: cbe goes there directly, and cannot resolve it (exit 5).
    let o = run(
        &[("HTTP_PROXY", &via), ("NO_PROXY", "cbe-repo.invalid")],
        &["update"],
    );
    assert_eq!(
        o.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn zones_ensuring_while_releases_are_published_end_on_one_release() {
    let env = Env::new();
    let s = sample(&env);
    let served = env.path("served");
    fs::create_dir_all(&served).unwrap();
    let server = Server::start(served);
    let url = server.url("cbe/1");
    publish(&env, &s, "1.0.0", &url);
    // Releases 1.2.0 and 1.3.0: release 1.1.0's packages, indexed again.
    let mut releases = vec!["1.1.0".to_string()];
    for v in ["1.2.0", "1.3.0"] {
        let r = s.copy_release(&env, "1.1.0", &format!("r{v}"));
        r.index(v);
        releases.push(r.dir.to_str().unwrap().to_string());
    }
    let zones: Vec<Checkout> = (0..4)
        .map(|i| zone(&env, &s, &format!("zone{i}"), &url))
        .collect();
    let done = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|sc| {
        sc.spawn(|| {
            for (i, r) in releases.iter().enumerate() {
                let src = if i == 0 {
                    s.release(r).to_str().unwrap().to_string()
                } else {
                    r.clone()
                };
                env.ok(&["repo", "publish", &src, "--to", &url]);
            }
            done.store(true, std::sync::atomic::Ordering::SeqCst);
        });
        for z in &zones {
            let done = &done;
            sc.spawn(move || {
                let mut runs = 0;
                while !done.load(std::sync::atomic::Ordering::SeqCst) || runs == 0 {
                    let got = release_of(&ensure(z, &[]));
                    assert!(["1.0.0", "1.1.0", "1.2.0", "1.3.0"].contains(&got.as_str()));
                    runs += 1;
                    assert!(runs < 200);
                }
            });
        }
    });
    for z in &zones {
        assert_eq!(release_of(&ensure(z, &[])), "1.3.0");
        let o = z.run(&["--cbe", "1", "verify"], Some(NEW_PLATFORM));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
}

#[test]
fn sixteen_zones_through_the_shipped_cache_fetch_each_package_from_the_origin_once() {
    let env = Env::new();
    let s = sample(&env);
    publish(&env, &s, "1.0.0", env.path("pub/cbe/1").to_str().unwrap());
    // A slow origin (a package takes a second or two), so the zones' misses overlap.
    let slow = format!("root {}; limit_rate 400;", env.path("pub").display());
    let origin = Nginx::with(&env.path("origin"), &slow);
    let mirror = Nginx::mirror(origin.port, &env.path("mirror"));
    let url = format!("{}cbe/1", mirror.url());
    let zones: Vec<Checkout> = (0..16)
        .map(|i| zone(&env, &s, &format!("zone{i}"), &url))
        .collect();
    let children: Vec<_> = zones
        .iter()
        .map(|z| {
            z.command(Some(NEW_PLATFORM))
                .args(["ensure", "--json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        assert_eq!(release_of(&c.wait_with_output().unwrap()), "1.0.0");
    }
    let mut n = 0;
    for e in fs::read_dir(s.release("1.0.0").join("All"))
        .unwrap()
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        // repo index's copy of the summary for pkgin is not published.
        if name == "pkg_summary.gz" {
            continue;
        }
        let gets = origin.gets(&format!("cbe/1/All/{name}"));
        assert_eq!(
            gets.len(),
            1,
            "{name} reached the origin {} times",
            gets.len()
        );
        n += 1;
    }
    assert!(n >= 2, "the sample has {n} packages");
    let served = fs::read_to_string(env.path("mirror/access.log")).unwrap();
    assert_eq!(
        served.matches(".tzst HTTP/1.1 200").count(),
        16 * n,
        "{served}"
    );
}
