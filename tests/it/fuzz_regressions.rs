//! Inputs the fuzzers found interesting (tests/data/fuzz/<target>/), replayed through the
//! same calls as the fuzz targets in fuzz/: none may panic, and what parses must round-trip.

use crate::common;

use std::path::PathBuf;

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = common::data(&format!("fuzz/{target}"));
    let mut v: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| (e.path(), std::fs::read(e.path()).unwrap()))
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no inputs in {}", dir.display());
    v
}

#[test]
fn summary_inputs() {
    for (_, data) in inputs("summary") {
        let text = String::from_utf8_lossy(&data);
        if let Ok(pkgs) = cbe::package::summary::parse(&text) {
            assert_eq!(
                cbe::package::summary::parse(&cbe::package::summary::render(&pkgs)).ok(),
                Some(pkgs)
            );
        }
    }
}

#[test]
fn plist_inputs() {
    for (p, data) in inputs("plist") {
        let text = String::from_utf8_lossy(&data);
        // A mode too large for 32 bits is an error naming the line, not a wrap-around.
        let r = cbe::package::PackingList::parse(&text);
        if p.ends_with("huge-mode") {
            assert!(r.unwrap_err().contains("line 3"));
        }
    }
}

#[test]
fn version_inputs() {
    for (_, data) in inputs("version") {
        let text = String::from_utf8_lossy(&data);
        let (pattern, name) = text.split_once('\n').unwrap_or((&text, "foo-1.0"));
        let _ = cbe::version::pkg_match(pattern, name);
        let names = [name];
        let _ = cbe::version::NameIndex::new(&names).matches(pattern);
    }
}

#[test]
fn manifest_inputs() {
    for (_, data) in inputs("manifest") {
        let text = String::from_utf8_lossy(&data);
        assert!(cbe::extra::manifest::Manifest::parse(&text).is_err());
        let _ = cbe::repo::release::Release::parse(&text);
    }
}

#[test]
fn unpack_inputs() {
    for (p, data) in inputs("unpack") {
        let dir = tempfile::tempdir().unwrap();
        let pkg = dir.path().join("pkg");
        std::fs::write(&pkg, &data).unwrap();
        std::fs::create_dir(dir.path().join("staging")).unwrap();
        let policy = cbe::package::Policy {
            allow_setuid: false,
            max_unpacked: 8 << 20,
            scripts: false,
        };
        let opened = cbe::package::PackageFile::open(&pkg).unwrap();
        let r = cbe::package::unpack(&opened, &dir.path().join("staging"), &policy, |_| Ok(()));
        let t = cbe::extra::tree::unpack(&pkg, &dir.path().join("staging2"));
        // A 28-byte zstd frame asking for a 2 GiB window is refused as damaged (the decoder
        // would have allocated the window first).
        if p.ends_with("two-gib-window") {
            for e in [r.err(), t.err()] {
                let e = e.expect("refused").to_string();
                assert!(e.contains("damaged") || e.contains("memory"), "{e}");
            }
        }
    }
}
