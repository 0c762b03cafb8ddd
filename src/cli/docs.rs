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
    write_page(dir, "cbe", cmd.clone(), "cbe")?;
    // A command's page lists the global options too, since its text names some of them.
    let globals: Vec<clap::Arg> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    let with_globals = |c: &clap::Command, name: &str| {
        globals
            .iter()
            .fold(c.clone().name(leak(name)), |c, a| c.arg(a.clone()))
    };
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("cbe-{}", sub.get_name());
        let usage = format!("cbe {}", sub.get_name());
        write_page(dir, &name, with_globals(sub, &name), &usage)?;
        for sub2 in sub.get_subcommands() {
            let name2 = format!("{name}-{}", sub2.get_name());
            let usage2 = format!("{usage} {}", sub2.get_name());
            write_page(dir, &name2, with_globals(sub2, &name2), &usage2)?;
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
fn write_page(dir: &Path, name: &str, cmd: clap::Command, usage: &str) -> Result<()> {
    let notes = cmd.get_after_long_help().map(|s| s.to_string());
    let synopsis = synopsis(&cmd, usage);
    let man = clap_mangen::Man::new(cmd.clone().after_long_help(None::<&str>));
    let mut buf = Vec::new();
    man.render_title(&mut buf).at(dir)?;
    man.render_name_section(&mut buf).at(dir)?;
    buf.extend_from_slice(synopsis.as_bytes());
    man.render_description_section(&mut buf).at(dir)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut buf).at(dir)?;
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut buf).at(dir)?;
    }
    if cmd.get_version().is_some() {
        man.render_version_section(&mut buf).at(dir)?;
    }
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

/// The SYNOPSIS as a user types it: the command's words, then each option with its value's
/// name (`[--pin FILE]`; clap_mangen writes `[--pin]`), the global options as one
/// `[GLOBAL OPTIONS]`, then the operands.
fn synopsis(cmd: &clap::Command, usage: &str) -> String {
    let mut line = format!("\\fB{}\\fR", roff(usage));
    let own = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_global_set() && !a.is_positional());
    for arg in own {
        let flag = match (arg.get_short(), arg.get_long()) {
            (Some(s), Some(l)) => format!("\\fB\\-{s}\\fR|\\fB\\-\\-{}\\fR", roff(l)),
            (Some(s), None) => format!("\\fB\\-{s}\\fR"),
            (None, Some(l)) => format!("\\fB\\-\\-{}\\fR", roff(l)),
            (None, None) => continue,
        };
        let value = if arg.get_action().takes_values() {
            format!(" \\fI{}\\fR", roff(&value_name(arg)))
        } else {
            String::new()
        };
        let repeat = if matches!(arg.get_action(), clap::ArgAction::Append) {
            "..."
        } else {
            ""
        };
        line.push_str(&if arg.is_required_set() {
            format!(" {flag}{value}{repeat}")
        } else {
            format!(" [{flag}{value}]{repeat}")
        });
    }
    if cmd
        .get_arguments()
        .any(|a| a.is_global_set() && !a.is_hide_set())
    {
        line.push_str(" [\\fIGLOBAL OPTIONS\\fR]");
    }
    for arg in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
        let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
        let word = format!(
            "\\fI{}\\fR{}",
            roff(&value_name(arg)),
            if many { "..." } else { "" }
        );
        line.push_str(&if arg.is_required_set() {
            format!(" {word}")
        } else {
            format!(" [{word}]")
        });
    }
    if cmd.has_subcommands() {
        line.push_str(" \\fICOMMAND\\fR");
    }
    format!(".SH SYNOPSIS\n{line}\n")
}

/// What an argument's value is called: its value name, else its id in capitals.
fn value_name(arg: &clap::Arg) -> String {
    arg.get_value_names()
        .map(|v| v.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase())
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
