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
/// help lists its own options and points to `cbe --help` for the global ones, once.
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
    for help in ["-h", "--help"] {
        let o = common::cbe().args(["ensure", help]).output().unwrap();
        let help = String::from_utf8(o.stdout).unwrap();
        assert!(help.contains("--require-fresh"), "{help}");
        assert!(!help.contains("--root <DIR>"), "{help}");
        assert!(help.contains("see `cbe --help`"), "{help}");
    }
    let o = common::cbe().args(["--help"]).output().unwrap();
    let top = String::from_utf8(o.stdout).unwrap();
    assert!(top.contains("--root <DIR>"), "{top}");
    // Hidden from the help, the global options still work after the command's name.
    let o = common::cbe()
        .args(["pmatch", "--json", "-q", "gcc>=1", "gcc-2"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{o:?}");
}

/// A page's SYNOPSIS names each option's value (`[--pin FILE]`, not `[--pin]`) and its
/// operands, and every option a page mentions is listed on it, the global ones included
/// (cbe-pkg-create's text names `--prefix`).
#[test]
fn man_pages_name_arguments_and_list_what_they_mention() {
    let man = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("man");
    let page = |n: &str| std::fs::read_to_string(man.join(n)).unwrap();
    let synopsis = |t: &str| {
        t.split(".SH SYNOPSIS\n")
            .nth(1)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    let ensure = synopsis(&page("cbe-ensure.1"));
    assert!(
        ensure.contains("[\\fB\\-\\-pin\\fR \\fIFILE\\fR]"),
        "{ensure}"
    );
    let install = synopsis(&page("cbe-install.1"));
    assert!(install.ends_with("\\fIPKG|FILE\\fR..."), "{install}");
    for e in walk(&man)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "1"))
    {
        let text = std::fs::read_to_string(&e).unwrap();
        for flag in mentioned_flags(&text) {
            let listed = format!("\\fB\\-\\-{}\\fR", flag.replace('-', "\\-"));
            assert!(
                text.lines()
                    .any(|l| l.contains(&listed) && !l.starts_with("\\fBcbe")),
                "{} mentions --{flag} but does not list it",
                e.display()
            );
        }
    }
}

/// The `--flags` a page's text names, leaving out those inside a quoted invocation of
/// another command (`cbe extra sync --dest DIR`).
fn mentioned_flags(page: &str) -> Vec<String> {
    let mut flags = Vec::new();
    for (i, part) in page.split('`').enumerate() {
        if i % 2 == 1 && part.starts_with("cbe ") {
            continue;
        }
        let plain = part.replace("\\-", "-");
        for w in plain.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
            if let Some(f) = w.strip_prefix("--").filter(|f| !f.is_empty()) {
                if !["help", "version"].contains(&f) && !flags.iter().any(|x| x == f) {
                    flags.push(f.to_string());
                }
            }
        }
    }
    flags
}

/// The sample's build script answers `--help` with its usage at once (it used to take
/// `--help` for its output directory and start a nine-minute build), and no argument is a
/// usage error.
#[test]
fn sample_build_script_has_a_usage() {
    let dir = tempfile::tempdir().unwrap();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("repos/sample/build.sh");
    let run = |args: &[&str]| {
        std::process::Command::new("bash")
            .arg(&script)
            .args(args)
            .current_dir(dir.path())
            .env("CBE", env!("CARGO_BIN_EXE_cbe"))
            .output()
            .unwrap()
    };
    let o = run(&["--help"]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("usage: repos/sample/build.sh OUT"));
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert!(String::from_utf8_lossy(&o.stderr).contains("usage:"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "build.sh wrote something"
    );
}
