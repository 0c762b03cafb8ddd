//! Streaming verified unpack (issue 28): a package whose signed summary entry has a frame
//! table is unpacked while it downloads, each frame handed to the decoder only once its
//! SHA-256 matches the table; fetched as frame-aligned byte ranges on several connections
//! when they are free.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::{self, Env, Fault, Server, SignedRepo};

/// A repository with `big-1.0`, of three zstd frames, and its frames' (offset, length).
fn framed(env: &Env) -> (SignedRepo<'_>, Vec<(usize, usize)>) {
    let r = SignedRepo::new(env, "repo");
    let noise = common::noise(17_000_000, 0x5eed);
    r.add("big-1.0", &[("share/big", &noise), ("bin/big", "b")], &[]);
    r.index("1.0.0");
    let summary = fs::read_to_string(r.dir.join("pkg_summary")).unwrap();
    let frames: Vec<(usize, usize)> = summary
        .lines()
        .filter_map(|l| l.strip_prefix("FRAME="))
        .map(|v| {
            let v: Vec<&str> = v.split(' ').collect();
            (v[0].parse().unwrap(), v[1].parse().unwrap())
        })
        .collect();
    assert_eq!(frames.len(), 3, "{summary}");
    (r, frames)
}

const FILE: &str = "big-1.0.tzst";

/// Offsets of the frames the run handed to zstd, from its `CBE_TRACE`.
fn decoded(trace: &Path) -> Vec<usize> {
    decoded_in(&fs::read_to_string(trace).unwrap_or_default())
}

/// Offsets of the frames a `CBE_TRACE` text says were handed to zstd.
fn decoded_in(trace: &str) -> Vec<usize> {
    trace
        .lines()
        .filter_map(|l| l.strip_prefix("decode ")?.parse().ok())
        .collect()
}

fn wait_for(what: &str, mut cond: impl FnMut() -> bool) {
    let t = Instant::now();
    while !cond() {
        assert!(t.elapsed() < Duration::from_secs(30), "never: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn cache_files(env: &Env) -> Vec<String> {
    fs::read_dir(env.root.join("var/cache/cbe"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.ends_with(".lock"))
                .collect()
        })
        .unwrap_or_default()
}

/// A transaction abandoned: nothing installed, staging empty, nothing cached.
fn assert_abandoned(env: &Env) {
    assert!(env.snapshot().is_empty(), "something was installed");
    assert!(cache_files(env).is_empty(), "{:?}", cache_files(env));
    let staging = env.prefix().join(".cbe/staging");
    assert!(
        !staging.exists() || fs::read_dir(&staging).unwrap().count() == 0,
        "staging not emptied"
    );
}

/// `args` run against `server`, traced: its status, its stderr and its `CBE_TRACE`.
fn traced(
    env: &Env,
    r: &SignedRepo<'_>,
    server: &Server,
    args: &[&str],
) -> (std::process::Output, String, String) {
    let trace = env.path("trace");
    let _ = fs::remove_file(&trace);
    let o = r
        .client(&server.url(""))
        .command()
        .args(args)
        .env("CBE_TRACE", &trace)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    (o, err, fs::read_to_string(&trace).unwrap_or_default())
}

/// `install big` from `server`, traced: its status, its stderr and the frames it decoded.
fn install_traced(
    env: &Env,
    r: &SignedRepo<'_>,
    server: &Server,
) -> (std::process::Output, String, Vec<usize>) {
    let (o, err, trace) = traced(env, r, server, &["install", "big"]);
    (o, err, decoded_in(&trace))
}

#[test]
fn a_package_unpacks_while_it_downloads() {
    let env = Env::new();
    let (r, frames) = framed(&env);
    let server = r.serve();
    // The server holds the rest of the file once the first frame is out: the first frame
    // reaches the decoder while the download is still under way.
    server.fault(FILE, Fault::HoldAt(frames[1].0));
    let trace = env.path("trace");
    let child = r
        .client(&server.url(""))
        .command()
        .args(["--parallel", "1", "install", "big"])
        .env("CBE_TRACE", &trace)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for("the first frame decoded", || decoded(&trace).contains(&0));
    assert!(
        !decoded(&trace).contains(&frames[1].0),
        "the second frame has not arrived"
    );
    assert!(
        env.snapshot().is_empty(),
        "nothing committed before the last byte"
    );
    server.release();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The metadata is read first, from the first frames, then the whole payload.
    let mut seen = decoded(&trace);
    seen.sort();
    seen.dedup();
    assert_eq!(seen, frames.iter().map(|f| f.0).collect::<Vec<_>>());
    env.ok(&["--cbe", "1", "verify"]);
    assert!(cache_files(&env).iter().any(|n| n.ends_with(FILE)));
}

#[test]
fn a_corrupted_frame_never_reaches_the_decoder_and_nothing_is_installed() {
    let env = Env::new();
    let (r, frames) = framed(&env);
    let server = r.serve();
    let bad = frames[1].0 + 1000;
    server.fault(FILE, Fault::CorruptAt(bad));
    let (o, err, trace) = traced(&env, &r, &server, &["--parallel", "1", "install", "big"]);
    assert_eq!(o.status.code(), Some(4), "{err}");
    assert!(err.contains("frame 1") && err.contains(FILE), "{err}");
    assert!(
        !decoded_in(&trace).contains(&frames[1].0),
        "a corrupted frame was handed to zstd: {:?}",
        decoded_in(&trace)
    );
    assert_abandoned(&env);
    // The mirror mended, the same install runs to its end.
    server.clear_faults();
    r.client(&server.url("")).ok(&["install", "big"]);
    env.ok(&["--cbe", "1", "verify"]);
}

/// The same beside another package: both are then staged at once, and the one that lands
/// is read as one stream (not by decoding threads) through the same gate: no byte of the
/// corrupted frame is read for decoding, and nothing is installed.
#[test]
fn a_corrupted_frame_read_as_one_stream_beside_another_package_is_never_read() {
    let env = Env::new();
    let (r, frames) = framed(&env);
    r.add("small-1.0", &[("bin/small", "s")], &[]);
    r.index("1.0.0");
    let server = r.serve();
    server.fault(FILE, Fault::CorruptAt(frames[1].0 + 1000));
    let (o, err, trace) = traced(&env, &r, &server, &["install", "big", "small"]);
    assert_eq!(o.status.code(), Some(4), "{err}");
    assert!(err.contains("frame 1") && err.contains(FILE), "{err}");
    let reads: Vec<(usize, usize)> = trace
        .lines()
        .filter_map(|l| {
            let (from, to) = l.strip_prefix("read ")?.split_once(' ')?;
            Some((from.parse().ok()?, to.parse().ok()?))
        })
        .collect();
    assert!(!reads.is_empty(), "not read as one stream: {trace}");
    assert!(decoded_in(&trace).is_empty(), "decoding threads: {trace}");
    assert!(
        reads.iter().all(|(_, to)| *to <= frames[1].0),
        "bytes of the corrupted frame were read: {reads:?}"
    );
    assert!(env.snapshot().is_empty(), "something was installed");
    server.clear_faults();
    r.client(&server.url("")).ok(&["install", "big", "small"]);
    env.ok(&["--cbe", "1", "verify"]);
}

#[test]
fn a_frame_table_that_does_not_tile_the_file_is_refused_naming_the_package() {
    let env = Env::new();
    let (r, frames) = framed(&env);
    let (o, l) = frames[2];
    r.edit_summary(|s| s.replace(&format!("FRAME={o} {l} "), &format!("FRAME={o} {} ", l + 1)));
    let server = r.serve();
    let err = r.client(&server.url("")).fails(&["install", "big"], 4);
    assert!(
        err.contains("big-1.0") && err.contains("frame table") && err.contains("pkg_summary"),
        "{err}"
    );
    assert!(env.snapshot().is_empty());
}

/// With connections free, a package with a table comes as byte ranges on several at once;
/// a server that answers a range with the whole file is read as one stream.
#[test]
fn a_large_package_comes_as_ranges_on_several_connections() {
    let env = Env::new();
    let (r, frames) = framed(&env);
    let server = r.serve();
    let c = r.client(&server.url(""));
    c.ok(&["install", "big"]);
    let ranges: Vec<String> = server
        .requests(FILE)
        .iter()
        .filter_map(|h| h.get("range").cloned())
        .collect();
    assert_eq!(ranges.len(), 3, "{ranges:?}");
    for (o, l) in &frames {
        assert!(
            ranges.contains(&format!("bytes={o}-{}", o + l - 1)),
            "{ranges:?}"
        );
    }
    env.ok(&["--cbe", "1", "verify"]);

    let env = Env::new();
    let server2 = Server::start(r.dir.clone());
    server2.fault(FILE, Fault::IgnoreRange);
    let c = env
        .client()
        .repo(server2.url(""))
        .trust(&r.keys.public)
        .timeout(2);
    c.ok(&["install", "big"]);
    assert_eq!(server2.requests(FILE).len(), 1, "one stream");
    env.ok(&["--cbe", "1", "verify"]);
}

/// Through nginx, as a mirror serves it: the three frames' ranges, each answered 206.
#[test]
fn nginx_serves_the_ranges_of_a_large_package() {
    let env = Env::new();
    let (r, _) = framed(&env);
    let nginx = r.nginx();
    r.client(&nginx.url()).ok(&["install", "big"]);
    let gets = nginx.gets(&format!("All/{FILE}"));
    assert_eq!(gets.len(), 3, "{gets:?}");
    assert!(gets.iter().all(|g| g.ends_with(" 206")), "{gets:?}");
    env.ok(&["--cbe", "1", "verify"]);
}

/// A `.part` an earlier run left, whole and with bytes past the signed size: its frames are
/// checked and kept (nothing fetched again) and the excess cut, so the cache holds exactly
/// the signed file.
#[test]
fn a_longer_part_left_behind_is_checked_frame_by_frame_and_cut_to_size() {
    use sha2::{Digest, Sha256};
    let env = Env::new();
    let (r, _) = framed(&env);
    let server = r.serve();
    let bytes = fs::read(r.dir.join("All").join(FILE)).unwrap();
    let sha = hex::encode(Sha256::digest(&bytes));
    let cache = env.root.join("var/cache/cbe");
    fs::create_dir_all(&cache).unwrap();
    let cached = cache.join(format!("{sha}-{FILE}"));
    let mut part = bytes.clone();
    part.extend_from_slice(b"left over from a longer file");
    fs::write(cache.join(format!("{sha}-{FILE}.part")), &part).unwrap();
    r.client(&server.url("")).ok(&["install", "big"]);
    assert!(
        server.requests(FILE).is_empty(),
        "{:?}",
        server.requests(FILE)
    );
    assert_eq!(fs::read(&cached).unwrap(), bytes);
    env.ok(&["--cbe", "1", "verify"]);
}

/// Every frame matches its table, but the signed `FILE_CKSUM` does not: the frames were
/// unpacked as they landed, and the transaction is abandoned at the whole-file check, with
/// nothing installed, staging empty and nothing left in the cache.
#[test]
fn frames_that_match_a_file_cksum_that_does_not_abandon_the_transaction() {
    let env = Env::new();
    let (r, _) = framed(&env);
    let wrong = "0".repeat(64);
    r.edit_summary(|s| {
        s.lines()
            .map(|l| match l.strip_prefix("FILE_CKSUM=sha256 ") {
                Some(_) => format!("FILE_CKSUM=sha256 {wrong}\n"),
                None => format!("{l}\n"),
            })
            .collect()
    });
    let server = r.serve();
    let (o, err, seen) = install_traced(&env, &r, &server);
    assert_eq!(o.status.code(), Some(4), "{err}");
    assert!(
        err.contains("SHA-256 mismatch") && err.contains(&wrong),
        "{err}"
    );
    assert!(!seen.is_empty(), "the streaming path was taken");
    assert_abandoned(&env);
}

/// A signed table may claim a frame of 32 GiB (more than the machine's memory, less than its free disk): no memory is taken for a frame before
/// its bytes have landed, so the run fails on what the mirror sends (it cannot match the
/// size) instead of aborting on an allocation the size of the claim.
#[test]
fn a_huge_frame_claimed_by_the_table_takes_no_memory_before_it_lands() {
    let env = Env::new();
    let (r, frames) = framed(&env);
    let huge: u64 = 32 << 30;
    let (o1, l1) = frames[1];
    let (o2, l2) = frames[2];
    let new_o2 = o1 as u64 + huge;
    let size = new_o2 + l2 as u64;
    r.edit_summary(|s| {
        s.lines()
            .map(|l| {
                let l = l
                    .replace(&format!("FRAME={o1} {l1} "), &format!("FRAME={o1} {huge} "))
                    .replace(
                        &format!("FRAME={o2} {l2} "),
                        &format!("FRAME={new_o2} {l2} "),
                    );
                match l.starts_with("FILE_SIZE=") {
                    true => format!("FILE_SIZE={size}\n"),
                    false => format!("{l}\n"),
                }
            })
            .collect()
    });
    let server = r.serve();
    let (o, err, _) = install_traced(&env, &r, &server);
    assert!(
        o.status.code().is_some_and(|c| c != 0),
        "a clean failure, not a crash: {:?} {err}",
        o.status
    );
    assert!(!err.contains("memory allocation"), "{err}");
    assert!(err.contains(FILE), "{err}");
    assert!(env.snapshot().is_empty(), "something was installed");
}

/// A mirror whose `206` carries the Content-Range asked for but the bytes of another offset
/// (the frame they land in does not match, exit 4, and is never decoded), or the bytes asked
/// for under another Content-Range (refused before a byte of it is written): nothing of the
/// ranges reaches zstd, and nothing is installed.
#[test]
fn a_range_answered_with_other_bytes_or_under_another_content_range_is_refused() {
    let cases = [
        (
            Fault::ShiftRange(4096),
            "the signed index's frame table says",
        ),
        (Fault::LieRange, "server sent range"),
    ];
    for (fault, says) in cases {
        let env = Env::new();
        let (r, frames) = framed(&env);
        let server = r.serve();
        let shifted = fault == Fault::ShiftRange(4096);
        server.fault(FILE, fault);
        let (o, err, seen) = install_traced(&env, &r, &server);
        assert!(err.contains(says), "{err}");
        assert!(
            !seen.contains(&frames[1].0) && !seen.contains(&frames[2].0),
            "a frame of a lying range was handed to zstd: {seen:?}"
        );
        if shifted {
            assert_eq!(o.status.code(), Some(4), "{err}");
            assert_abandoned(&env);
        } else {
            assert_ne!(o.status.code(), Some(0), "{err}");
            assert!(env.snapshot().is_empty(), "something was installed");
        }
    }
}

/// A mirror that stalls one range for good: the range times out, the download fails, and
/// the decoder waiting for that frame is woken with the error instead of waiting for ever.
#[test]
fn a_range_that_stalls_fails_the_run_and_wakes_the_decoder() {
    let env = Env::new();
    let (r, frames) = framed(&env);
    let server = r.serve();
    server.fault(FILE, Fault::HoldAt(frames[2].0 + 10));
    let t = Instant::now();
    let (o, err, _) = install_traced(&env, &r, &server);
    assert_ne!(o.status.code(), Some(0), "{err}");
    assert!(err.contains(FILE), "{err}");
    assert!(t.elapsed() < Duration::from_secs(20), "{:?}", t.elapsed());
    assert!(env.snapshot().is_empty(), "something was installed");
    server.release();
}

/// Two runs that stream the same package into one shared cache at once: the second waits
/// for the first's download (one downloader per digest), then reuses the checked file; both
/// install it, and the mirror sends it once.
#[test]
fn two_runs_streaming_the_same_package_into_one_cache_download_it_once() {
    let env = Env::new();
    let (r, frames) = framed(&env);
    let server = r.serve();
    server.fault(FILE, Fault::HoldAt(frames[1].0));
    let other = Env::new();
    let cache = env.path("shared-cache");
    let trace = env.path("trace");
    let spawn = |e: &Env| {
        e.client()
            .repo(server.url(""))
            .trust(&r.keys.public)
            .timeout(10)
            .cache_dir(&cache)
            .command()
            .args(["install", "big"])
            .env("CBE_TRACE", &trace)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let first = spawn(&env);
    wait_for("the first run streaming", || decoded(&trace).contains(&0));
    let asked = server.requests(FILE).len();
    assert_eq!(asked, frames.len(), "one range a frame");
    let second = spawn(&other);
    std::thread::sleep(Duration::from_millis(500));
    server.release();
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(server.requests(FILE).len(), asked, "fetched twice");
    env.ok(&["--cbe", "1", "verify"]);
    other.ok(&["--cbe", "1", "verify"]);
}

/// A streaming download cut short leaves its `.part` with gaps (a later range landed, an
/// earlier one did not). A download of the same digest without the frame table (another
/// repository's index, or a `file://` mirror beside the http one) resumes it as a prefix:
/// when the whole file then does not match, it is fetched once more from its first byte
/// before the mirror is blamed.
#[test]
fn a_part_with_gaps_left_by_streaming_is_fetched_again_whole_by_a_plain_download() {
    use sha2::{Digest, Sha256};
    let env = Env::new();
    let (r, frames) = framed(&env);
    let bytes = fs::read(r.dir.join("All").join(FILE)).unwrap();
    let sha = hex::encode(Sha256::digest(&bytes));
    r.edit_summary(|s| {
        s.lines()
            .filter(|l| !l.starts_with("FRAME="))
            .map(|l| format!("{l}\n"))
            .collect()
    });
    let server = r.serve();
    let cache = env.root.join("var/cache/cbe");
    fs::create_dir_all(&cache).unwrap();
    let mut part = bytes.clone();
    part[frames[1].0..frames[2].0].fill(0);
    part.truncate(bytes.len() - 100);
    fs::write(cache.join(format!("{sha}-{FILE}.part")), &part).unwrap();
    r.client(&server.url("")).ok(&["install", "big"]);
    let ranges: Vec<Option<String>> = server
        .requests(FILE)
        .iter()
        .map(|h| h.get("range").cloned())
        .collect();
    assert_eq!(
        ranges,
        [Some(format!("bytes={}-", part.len())), None],
        "resumed, then fetched whole"
    );
    assert_eq!(
        fs::read(cache.join(format!("{sha}-{FILE}"))).unwrap(),
        bytes
    );
    env.ok(&["--cbe", "1", "verify"]);
}
