//! Publishing to S3-compatible storage, against a real S3 server (`s3s-fs`, which .ci/run
//! installs) with nginx serving the bucket's files to the zones: objects created once with
//! the right Cache-Control, re-runs that complete a killed publish, refusals that name the
//! object, and no secret in any output.

use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::process::Output;

use crate::common::{
    noise, Checkout, Env, Fault, Nginx, Pin, S3Server, Sample, Server, NEW_PLATFORM,
};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

fn sample(env: &Env) -> Sample {
    Sample::build(env, Some("20180101T000000Z"))
}

/// cbe `args` with the server's environment and `extra` variables.
fn cbe_s3(env: &Env, s3: &S3Server, args: &[&str], extra: &[(&str, &str)]) -> Output {
    let vars: Vec<(&str, String)> = s3.env();
    let mut vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    vars.extend_from_slice(extra);
    env.cbe_env(args, &vars)
}

/// `cbe repo publish SRC --to TO` with the server's environment and `extra` variables.
fn publish(env: &Env, s3: &S3Server, src: &str, to: &str, extra: &[(&str, &str)]) -> Output {
    cbe_s3(env, s3, &["repo", "publish", src, "--to", to], extra)
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

fn zone(env: &Env, s: &Sample, url: &str) -> Checkout {
    let co = Checkout::new(env, "co").root(env.path("zone"));
    co.pin(&Pin::new("^1").repo(url).trust(&s.keys.public));
    co
}

fn ensured(co: &Checkout) -> String {
    let o = co.run(&["ensure", "--refresh", "0", "--json"], Some(NEW_PLATFORM));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["release"].as_str().unwrap().to_string()
}

#[test]
fn publish_to_s3_then_ensure_through_nginx() {
    let env = Env::new();
    let s = sample(&env);
    let s3 = S3Server::start(&env.path("s3"), "cbe");
    let nginx = Nginx::start(&s3.dir, &env.path("nginx"));
    let rel = |v: &str| s.release(v).to_str().unwrap().to_string();
    ok(publish(&env, &s3, &rel("1.0.0"), "s3://cbe/1", &[]));
    let co = zone(&env, &s, &format!("{}cbe/1", nginx.url()));
    assert_eq!(ensured(&co), "1.0.0");
    // Each kind of object carries its Cache-Control.
    for (key, want) in [
        ("1/All/hello-1.0.tzst", IMMUTABLE),
        ("1/releases/1.0.0/release", IMMUTABLE),
        ("1/releases/1.0.0/release.minisig", IMMUTABLE),
        ("1/releases/1.0.0/pkg_summary.zst", IMMUTABLE),
        ("1/release", "no-cache"),
        ("1/release.minisig", "no-cache"),
        ("1/pkg_summary.zst", "no-cache"),
    ] {
        assert_eq!(s3.cache_control("cbe", key).as_deref(), Some(want), "{key}");
    }
    // Publishing again moves nothing.
    ok(publish(&env, &s3, &rel("1.0.0"), "s3://cbe/1", &[]));
    let dry = [
        "--dry-run",
        "repo",
        "publish",
        &rel("1.0.0"),
        "--to",
        "s3://cbe/1",
    ];
    let dry = ok(cbe_s3(&env, &s3, &dry, &[]));
    assert!(!dry.contains("would publish"), "{dry}");
    // The next release: its dry run lists what moves, and moves nothing.
    let dry = [
        "--dry-run",
        "repo",
        "publish",
        &rel("1.1.0"),
        "--to",
        "s3://cbe/1",
    ];
    let dry = ok(cbe_s3(&env, &s3, &dry, &[]));
    assert!(dry.contains("would publish All/greet-2.2.tzst"), "{dry}");
    assert!(!s3.dir.join("cbe/1/All/greet-2.2.tzst").exists());
    ok(publish(&env, &s3, &rel("1.1.0"), "s3://cbe/1", &[]));
    assert_eq!(ensured(&co), "1.1.0");
    // An older release never replaces a newer one.
    let o = publish(&env, &s3, &rel("1.0.0"), "s3://cbe/1", &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("already publishes 1.1.0") && err.contains("refusing to go back"),
        "{err}"
    );
    // Different bytes under a published name are refused, naming the object; nothing moves.
    // (another greet-2.2, indexed and signed: its own index vouches for it)
    let spoiled = s.copy_release(&env, "1.1.0", "spoiled");
    spoiled.remove("greet-2.2");
    spoiled.add("greet-2.2", &[("bin/greet", "other bytes\n")], &[]);
    spoiled.index("1.1.0");
    let before = fs::read(s3.dir.join("cbe/1/All/greet-2.2.tzst")).unwrap();
    let o = publish(&env, &s3, spoiled.dir.to_str().unwrap(), "s3://cbe/1", &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("s3://cbe/1/All/greet-2.2.tzst is already published with different bytes"),
        "{err}"
    );
    assert_eq!(
        fs::read(s3.dir.join("cbe/1/All/greet-2.2.tzst")).unwrap(),
        before
    );
    assert_eq!(ensured(&co), "1.1.0");
}

/// Bytes appended to a package after signing: the S3 publish is refused before any object
/// is written, naming the package (exit 4, as clients would refuse it).
#[test]
fn a_package_changed_after_signing_is_not_published_to_s3() {
    let env = Env::new();
    let s = sample(&env);
    let s3 = S3Server::start(&env.path("s3"), "cbe");
    let tampered = s.copy_release(&env, "1.0.0", "tampered");
    let pkg = tampered.dir.join("All/hello-1.0.tzst");
    let mut f = fs::OpenOptions::new().append(true).open(&pkg).unwrap();
    std::io::Write::write_all(&mut f, b"appended").unwrap();
    let o = publish(&env, &s3, tampered.dir.to_str().unwrap(), "s3://cbe/1", &[]);
    assert_eq!(o.status.code(), Some(4), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("hello-1.0.tzst: the index says"), "{err}");
    assert!(!s3.dir.join("cbe/1").exists(), "an object was written");
}

#[test]
fn a_killed_s3_publish_leaves_the_old_release_and_a_rerun_completes_it() {
    let env = Env::new();
    let s = sample(&env);
    let s3 = S3Server::start(&env.path("s3"), "cbe");
    let nginx = Nginx::start(&s3.dir, &env.path("nginx"));
    let rel = |v: &str| s.release(v).to_str().unwrap().to_string();
    ok(publish(&env, &s3, &rel("1.0.0"), "s3://cbe/1", &[]));
    let co = zone(&env, &s, &format!("{}cbe/1", nginx.url()));
    assert_eq!(ensured(&co), "1.0.0");
    // Release 1.1.0 with a package of about 7 MiB, which goes up in two parts of 5 MiB (the
    // least S3 takes), each a kill point.
    let big = s.copy_release(&env, "1.1.0", "big");
    big.add("big-1.0", &[("share/big", &noise(12 << 20, 7))], &[]);
    big.index("1.1.0");
    let part = ("CBE_S3_PART_SIZE", "5242880");
    let mut k = 1;
    loop {
        let at = k.to_string();
        let args = [part, ("CBE_CRASH_AT", at.as_str())];
        let o = publish(&env, &s3, big.dir.to_str().unwrap(), "s3://cbe/1", &args);
        if o.status.success() {
            break;
        }
        assert_eq!(
            o.status.signal(),
            Some(9),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let top = fs::read_to_string(s3.dir.join("cbe/1/release")).unwrap();
        assert!(top.contains("RELEASE=1.0.0"), "killed at {k}");
        // The multipart object is whole or absent, never part of it.
        if let Ok(b) = fs::read(s3.dir.join("cbe/1/All/big-1.0.tzst")) {
            assert_eq!(
                b,
                fs::read(big.dir.join("All/big-1.0.tzst")).unwrap(),
                "{k}"
            );
        }
        assert_eq!(ensured(&co), "1.0.0", "after a publish killed at point {k}");
        k += 1;
        assert!(k < 200);
    }
    assert!(k > 5, "too few kill points: {k}");
    assert_eq!(ensured(&co), "1.1.0");
    // Every package whole, none left half-uploaded in the bucket.
    for e in fs::read_dir(big.dir.join("All")).unwrap().flatten() {
        // repo index's copy of the summary for pkgin is not published.
        if e.file_name() == "pkg_summary.gz" {
            continue;
        }
        let published = s3.dir.join("cbe/1/All").join(e.file_name());
        assert_eq!(fs::read(published).unwrap(), fs::read(e.path()).unwrap());
    }
    println!(
        "crash-matrix: repo publish to s3: {} kills, 0 failures",
        k - 1
    );
}

/// A failing publish: what it is, its environment, its destination, the exit code and what
/// its error says.
type Case<'a> = (&'a str, Vec<(&'a str, String)>, &'a str, i32, &'a str);

#[test]
fn failing_s3_publishes_say_what_to_do_and_never_print_a_secret() {
    let env = Env::new();
    let s = sample(&env);
    let s3 = S3Server::start(&env.path("s3"), "cbe");
    let src = s.release("1.0.0");
    let src = src.to_str().unwrap();
    const SECRET: &str = "SeCrEt-cbe-7f3a9e2b";
    const TOKEN: &str = "ToKeN-cbe-41c8d0aa";
    let endpoint = s3.endpoint();
    let down = crate::common::dead_url();
    let down = down.trim_end_matches('/');
    let base = |secret: &str, endpoint: &str| {
        vec![
            ("AWS_ENDPOINT_URL", endpoint.to_string()),
            ("AWS_ACCESS_KEY_ID", s3.access_key.clone()),
            ("AWS_SECRET_ACCESS_KEY", secret.to_string()),
            ("AWS_SESSION_TOKEN", TOKEN.to_string()),
        ]
    };
    // A store that answers 500 to everything (a throttling or failing one).
    let failing = Server::start(env.path("failing"));
    failing.fault("", Fault::ServerError);
    let failing_url = failing.url("");
    let failing_url = failing_url.trim_end_matches('/');
    let cases: [Case; 6] = [
        (
            "store answering 500",
            base(SECRET, failing_url),
            "s3://cbe/1",
            5,
            "try again later",
        ),
        (
            "wrong secret",
            base(SECRET, &endpoint),
            "s3://cbe/1",
            1,
            "refused the credentials",
        ),
        (
            "missing bucket",
            base(&s3.secret_key, &endpoint),
            "s3://nobucket/1",
            7,
            "no such bucket",
        ),
        (
            "endpoint down",
            base(SECRET, down),
            "s3://cbe/1",
            5,
            "cannot connect",
        ),
        (
            "credentials in the URL",
            base(SECRET, &endpoint),
            &format!("s3://AKID:{SECRET}@cbe/1"),
            2,
            "set AWS_ACCESS_KEY_ID",
        ),
        (
            "no credentials",
            vec![("AWS_ENDPOINT_URL", endpoint.clone())],
            "s3://cbe/1",
            2,
            "no credentials",
        ),
    ];
    for (what, vars, to, code, says) in cases.iter() {
        let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        for flags in [&[][..], &["-v"], &["--json"], &["-v", "--dry-run"]] {
            let args = [flags, &["repo", "publish", src, "--to", to]].concat();
            let o = env.cbe_env(&args, &vars);
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            );
            assert_eq!(o.status.code(), Some(*code), "{what} {flags:?}: {all}");
            assert!(all.contains(says), "{what} {flags:?}: {all}");
            assert!(
                !all.contains(SECRET),
                "{what} {flags:?} printed the secret: {all}"
            );
            assert!(
                !all.contains(TOKEN),
                "{what} {flags:?} printed the token: {all}"
            );
        }
    }
    // Nothing of the failed publishes is visible in the bucket.
    assert!(!s3.dir.join("cbe/1").exists());
}
