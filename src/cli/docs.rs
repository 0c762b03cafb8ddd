//! Man pages and shell completions, generated from the one clap definition.

use std::fs;
use std::path::Path;

use clap::CommandFactory;

use super::args::Cli;
use crate::error::{IoContext, Result};

/// Writes `cbe.1`, one `cbe-<command>.1` per command, and completions for bash, zsh and
/// fish into `dir`.
pub fn generate(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).at(dir)?;
    let cmd = Cli::command();
    write_page(dir, "cbe", cmd.clone())?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("cbe-{}", sub.get_name());
        write_page(dir, &name, sub.clone().name(leak(&name)))?;
        for sub2 in sub.get_subcommands() {
            let name2 = format!("{name}-{}", sub2.get_name());
            write_page(dir, &name2, sub2.clone().name(leak(&name2)))?;
        }
    }
    let comp = dir.join("completions");
    fs::create_dir_all(&comp).at(&comp)?;
    for shell in [
        clap_complete::Shell::Bash,
        clap_complete::Shell::Zsh,
        clap_complete::Shell::Fish,
    ] {
        let mut c = Cli::command();
        clap_complete::generate_to(shell, &mut c, "cbe", &comp).at(&comp)?;
    }
    Ok(())
}

/// A page as clap_mangen renders the flags, then the long help's sections (the pin file,
/// the files) unfilled, exit statuses and examples: clap_mangen would re-wrap the TOML
/// samples into one paragraph.
fn write_page(dir: &Path, name: &str, cmd: clap::Command) -> Result<()> {
    let notes = cmd.get_after_long_help().map(|s| s.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.after_long_help(None::<&str>))
        .render(&mut buf)
        .at(dir)?;
    let mut page = String::from_utf8_lossy(&buf).into_owned();
    let notes = notes.unwrap_or_default();
    page.push_str(&roff_sections(&notes));
    if !notes.contains("EXIT STATUS") {
        page.push_str(&roff_sections(super::args::EXIT_HELP));
    }
    let examples = examples(name);
    if !examples.is_empty() {
        page.push_str(".SH EXAMPLES\n");
        for (cmd, what) in examples {
            page.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", roff(cmd), roff(what)));
        }
    }
    let path = dir.join(format!("{name}.1"));
    fs::write(&path, page).at(&path)
}

/// Help text whose unindented upper-case lines are section titles, as roff sections with
/// their bodies kept line for line.
fn roff_sections(text: &str) -> String {
    let mut out = String::new();
    let mut open = false;
    for line in text.lines() {
        let title = !line.starts_with(' ')
            && !line.is_empty()
            && line.chars().all(|c| c.is_ascii_uppercase() || c == ' ');
        if title {
            if open {
                out.push_str(".fi\n");
            }
            out.push_str(&format!(".SH \"{line}\"\n.nf\n"));
            open = true;
        } else {
            out.push_str(&roff(line));
            out.push('\n');
        }
    }
    if open {
        out.push_str(".fi\n");
    }
    out
}

/// `s` as roff text: backslashes and dashes escaped, a leading `.` or `'` made literal.
fn roff(s: &str) -> String {
    let t = s.replace('\\', "\\e").replace('-', "\\-");
    if t.starts_with('.') || t.starts_with('\'') {
        format!("\\&{t}")
    } else {
        t
    }
}

/// A few invocations per page, the ones its users reach for first.
fn examples(page: &str) -> &'static [(&'static str, &'static str)] {
    match page {
        "cbe" => &[
            ("cbe ensure", "install or upgrade the line the project's cbe.toml pins; silent when satisfied"),
            ("eval \"$(cbe env)\"", "put the line's tools first on PATH"),
            ("cbe --cbe 1 install gcc", "install a package of line 1 and its dependencies"),
        ],
        "cbe-ensure" => &[
            ("env=$(cbe ensure --print-env sh) || exit $?; eval \"$env\"", "what ./configure runs: stops when ensure fails"),
            ("cbe ensure --offline", "succeed only if the line is installed and satisfies the pin"),
            ("cbe ensure --refresh 0 -v", "look for a new release now and say where the requirement came from"),
        ],
        "cbe-install" => &[
            ("cbe --cbe 1 install gcc binutils", "install by name (PKGBASE) with dependencies"),
            ("cbe --cbe 1 --dry-run install 'gcc>=12'", "show the plan, change nothing"),
            ("cbe --cbe 1 install ./gcc-12.2.0.tgz", "install a package file"),
        ],
        "cbe-remove" => &[
            ("cbe --cbe 1 remove gcc", "remove a package; refused if another depends on it"),
            ("cbe --cbe 1 remove -r gcc", "remove it and everything that depends on it"),
        ],
        "cbe-upgrade" => &[("cbe --cbe 1 upgrade", "upgrade every package the catalogue has newer")],
        "cbe-update" => &[("cbe --cbe 1 update", "fetch and check the signed index of every repository")],
        "cbe-lines" => &[
            ("cbe lines", "the lines installed, their releases, sizes and health"),
            ("cbe lines remove 1", "remove line 1 entirely"),
        ],
        "cbe-repo-index" => &[(
            "cbe repo index repo --line 1 --release 1.2.0 --min-platform 20180329T002515Z --sign keys/cbe.key",
            "index repo/All and sign the release",
        )],
        "cbe-repo-check" => &[(
            "cbe repo check repo --trusted-key keys/cbe.pub --previous https://pkg.example.org/cbe/1/x86_64",
            "the publish gate: signatures, digests, and nothing downgraded or dropped",
        )],
        "cbe-repo-publish" => &[(
            "cbe repo publish repo --to /srv/pkg/cbe/1/x86_64",
            "packages first, the signed index last",
        )],
        "cbe-extra-sync" => &[
            ("cbe extra sync", "install the smartos-extra tree published for HEAD, else build it"),
            ("cbe extra sync --no-build", "fail instead of building (CI jobs that must consume an artifact)"),
        ],
        _ => &[],
    }
}

/// clap names are `'static`; the few generated page names live for the process.
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}
