//! The man pages and completions in man/ are generated from the clap definitions; this keeps
//! the committed copies in step with the code.

mod common;

use std::path::PathBuf;

#[test]
fn man_pages_are_current() {
    let dir = tempfile::tempdir().unwrap();
    let st = common::cbe()
        .arg("generate-docs")
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(st.success());
    let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut n = 0;
    for e in walk(dir.path()) {
        let rel = e.strip_prefix(dir.path()).unwrap();
        let want = std::fs::read(&e).unwrap();
        let have = std::fs::read(committed.join(rel)).unwrap_or_default();
        assert!(
            want == have,
            "man/{} is stale: run `cargo run -- generate-docs man` and commit",
            rel.display()
        );
        n += 1;
    }
    assert!(n >= 10, "only {n} generated files");
    let top = std::fs::read_to_string(committed.join("cbe-install.1")).unwrap();
    assert!(
        top.contains("allow\\-setuid"),
        "the install page documents its flags"
    );
}

fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            v.extend(walk(&p));
        } else {
            v.push(p);
        }
    }
    v
}
