//! The man pages and completions in man/ are generated from the clap definitions; this keeps
//! the committed copies in step with the code.

use crate::common;

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

/// Every page ends with the exit statuses; the pin file's TOML is kept line for line (roff
/// no-fill), not re-wrapped into a paragraph; the main commands have examples; a command's
/// help lists its own options apart from the global ones.
#[test]
fn man_pages_keep_samples_and_say_exit_statuses() {
    let man = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("man");
    for e in walk(&man)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "1"))
    {
        let page = std::fs::read_to_string(&e).unwrap();
        assert!(page.contains(".SH \"EXIT STATUS\""), "{}", e.display());
    }
    let ensure = std::fs::read_to_string(man.join("cbe-ensure.1")).unwrap();
    let pin = ensure.split(".SH \"THE PIN FILE\"").nth(1).unwrap();
    assert!(pin.starts_with("\n.nf\n"), "{pin}");
    assert!(
        pin.lines()
            .any(|l| l.trim_start().starts_with("version = \"^3.2\"")),
        "{pin}"
    );
    assert!(ensure.contains(".SH EXAMPLES"));
    let o = common::cbe().args(["ensure", "--help"]).output().unwrap();
    let help = String::from_utf8(o.stdout).unwrap();
    let (own, global) = help.split_once("Global options:").expect(&help);
    assert!(
        own.contains("--require-fresh") && !own.contains("--root <DIR>"),
        "{help}"
    );
    assert!(global.contains("--root <DIR>"), "{help}");
}
