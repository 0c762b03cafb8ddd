//! The release engineer's commands: `pkg create`, `repo keygen|index|sign|check|diff|
//! publish`, and `pmatch`.

use std::io::BufRead;

use super::args::{
    CheckArgs, CompressionArg, CreateArgs, Global, IndexArgs, PmatchArgs, RepoCommand,
};
use super::options::{prefix_name, trusted_keys};
use super::output::Output;
use super::reporter::CliReporter;
use crate::error::{exit, Error, IoContext, Result};
use crate::ops::check::{self, CheckOptions};
use crate::ops::gate::{CheckResult, GateOptions};
use crate::ops::{create, diff, index, publish};
use crate::package::{self, Compression, CreateSpec};
use crate::release::index::IndexSpec;
use crate::release::password::PasswordSource;
use crate::report::count;
use crate::version::{pkg_match, NameIndex};

/// `cbe pmatch PATTERN PKGNAME`, `cbe pmatch -f PATTERNS < names`.
pub fn pmatch(a: &PmatchArgs, out: &Output) -> Result<i32> {
    let matched = if let Some(file) = &a.patterns_file {
        let text = std::fs::read_to_string(file).at(file)?;
        let patterns: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let mut input = String::new();
        for line in std::io::stdin().lock().lines() {
            input.push_str(line.at("<stdin>")?.trim());
            input.push('\n');
        }
        let names: Vec<&str> = input.lines().filter(|l| !l.is_empty()).collect();
        let index = NameIndex::new(&names);
        // One write for the whole answer: there may be a hundred thousand pairs.
        let mut pairs = String::new();
        for p in patterns {
            for i in index.matches(p) {
                pairs.push_str(&format!("{p} {}\n", names[i]));
            }
        }
        out.text(&pairs)?;
        !pairs.is_empty()
    } else {
        let (Some(p), Some(n)) = (&a.pattern, &a.pkgname) else {
            return Err(Error::Usage(
                "pmatch needs PATTERN and PKGNAME, or -f FILE".to_string(),
            ));
        };
        pkg_match(p, n)
    };
    Ok(if matched { exit::OK } else { exit::ERROR })
}

/// The package `pkg create`'s flags describe: `--spec` first, flags over it.
fn create_spec(g: &Global, a: &CreateArgs) -> Result<CreateSpec> {
    let mut spec = CreateSpec {
        from: a.from.clone(),
        level: a.level,
        compression: a.compression.map(|c| match c {
            CompressionArg::Zstd => Compression::Zstd,
            CompressionArg::Gzip => Compression::Gzip,
            CompressionArg::Xz => Compression::Xz,
            CompressionArg::Bzip2 => Compression::Bzip2,
        }),
        ..CreateSpec::default()
    };
    if let Some(f) = &a.spec {
        spec.read_file(f)?;
    }
    if let Some(n) = &a.name {
        spec.name = n.clone();
    }
    if let Some(p) = prefix_name(g)? {
        spec.prefix = p;
    }
    if let Some(c) = &a.comment {
        spec.comment = c.clone();
    }
    if let Some(d) = &a.desc {
        spec.description = std::fs::read_to_string(d).at(d)?;
    }
    spec.depends.extend(a.depends.iter().cloned());
    spec.conflicts.extend(a.conflicts.iter().cloned());
    for kv in &a.build_info {
        let Some((k, v)) = kv.split_once('=') else {
            return Err(Error::Usage(format!(
                "--build-info `{kv}` is not KEY=VALUE"
            )));
        };
        spec.build_info.push((k.to_string(), v.to_string()));
    }
    if a.smoke_test.is_some() {
        spec.smoke_test = a.smoke_test.clone();
    }
    if let Some(f) = &a.install_script {
        spec.install_script = Some(std::fs::read(f).at(f)?);
    }
    if let Some(f) = &a.deinstall_script {
        spec.deinstall_script = Some(std::fs::read(f).at(f)?);
    }
    Ok(spec)
}

/// `cbe pkg create`.
pub fn pkg_create(g: &Global, a: &CreateArgs, rep: &CliReporter, out: &Output) -> Result<i32> {
    let made = create::create(&create_spec(g, a)?, &a.output)?;
    if made.build_platform.is_none() {
        rep.always(
            "warning: no BUILD_PLATFORM recorded: this machine has no platform image (uname -v \
             on SmartOS); set CBE_PLATFORM_IMAGE=YYYYMMDDTHHMMSSZ to the image it builds for, \
             or repo check reports the package's build-platform UNTESTED",
        );
    }
    out.show(&made, |out| {
        if out.quiet() {
            return Ok(());
        }
        out.line(format_args!(
            "{}: {} ({})",
            made.file.display(),
            made.name,
            count(made.entries, "file")
        ))
    })?;
    Ok(exit::OK)
}

/// `cbe repo ...`.
pub fn repo(g: &Global, rep: &CliReporter, cmd: &RepoCommand, out: &Output) -> Result<i32> {
    match cmd {
        RepoCommand::Keygen { name, unencrypted } => {
            let passwords = PasswordSource::new(g.password_file.clone());
            let k = index::keygen(name, (!unencrypted).then_some(&passwords))?;
            out.show(&k, |out| {
                if out.quiet() {
                    return Ok(());
                }
                out.line(format_args!(
                    "secret key: {}\npublic key: {}",
                    k.secret.display(),
                    k.public.display()
                ))
            })?;
        }
        RepoCommand::Index(a) => index_cmd(g, a, out)?,
        RepoCommand::Check(a) => return check_cmd(g, rep, a, out),
        RepoCommand::Diff { old, new } => return diff_cmd(old, new, out),
        RepoCommand::Publish { dir, to } => {
            let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
            let moves = publish::repo(dir, to, &trusted_keys(g, &cwd)?, g.dry_run)?;
            out.show(&moves, |out| {
                if out.quiet() {
                    return Ok(());
                }
                for m in &moves {
                    let verb = match (m.present, g.dry_run) {
                        (true, _) => "present",
                        (false, true) => "would publish",
                        (false, false) => "published",
                    };
                    out.line(format_args!("{verb:<13} {}", m.to))?;
                }
                Ok(())
            })?;
        }
        RepoCommand::Sign { dir, sign } => {
            let passwords = PasswordSource::new(g.password_file.clone());
            let release = index::sign(dir, sign, &passwords)?;
            if !out.quiet() {
                out.line(format_args!("signed {}", release.display()))?;
            }
        }
    }
    Ok(exit::OK)
}

fn index_cmd(g: &Global, a: &IndexArgs, out: &Output) -> Result<()> {
    let spec = IndexSpec {
        dir: a.dir.clone(),
        line: a.line,
        release: a.release.clone(),
        arch: a
            .machine_arch
            .clone()
            .or_else(|| g.arch.clone())
            .unwrap_or_else(package::host_arch),
        min_platform: a.min_platform.clone(),
        sign: a.sign.clone(),
        passwords: PasswordSource::new(g.password_file.clone()),
        repository: a.repository.clone(),
        expires_days: a.expires_days,
    };
    let done = index::index(&spec)?;
    out.show(&done, |out| {
        if out.quiet() {
            return Ok(());
        }
        let r = &done.release;
        out.line(format_args!(
            "{}: line {} release {} for {} (oldest platform {}){}",
            a.dir.display(),
            r.line,
            r.release,
            r.arch,
            r.min_platform,
            if done.signed {
                ", signed"
            } else {
                ", UNSIGNED"
            }
        ))
    })
}

/// `cbe repo check`.
fn check_cmd(g: &Global, rep: &CliReporter, a: &CheckArgs, out: &Output) -> Result<i32> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let opts = CheckOptions {
        dir: a.dir.clone(),
        previous: a.previous.clone(),
        keys: trusted_keys(g, &cwd)?,
        gate: GateOptions {
            smoke_timeout: std::time::Duration::from_secs(a.smoke_timeout),
            allow_unsigned: a.allow_unsigned,
            allow_downgrade: a.allow_downgrade.clone(),
            allow_drop: a.allow_drop.clone(),
        },
    };
    let report = check::check(&opts, rep)?;
    out.show(&report, |out| {
        let w = report.rows.iter().map(|r| r.check.len()).max().unwrap_or(5);
        let wp = report
            .rows
            .iter()
            .map(|r| r.package.len())
            .max()
            .unwrap_or(7);
        out.line(format_args!(
            "{:<8} {:<w$} {:<wp$} DETAIL",
            "RESULT", "CHECK", "PACKAGE"
        ))?;
        for r in &report.rows {
            out.line(format_args!(
                "{:<8} {:<w$} {:<wp$} {}",
                r.result, r.check, r.package, r.detail
            ))?;
        }
        for (name, output) in &report.outputs {
            out.line(format_args!(
                "\n--- {name}: smoke test output ---\n{}",
                output.trim_end()
            ))?;
        }
        let count = |want| report.rows.iter().filter(|r| r.result == want).count();
        out.line(format_args!(
            "\n{} checks: {} failed, {} untested",
            report.rows.len(),
            count(CheckResult::Failure),
            count(CheckResult::Untested)
        ))
    })?;
    Ok(if report.failed() {
        exit::ERROR
    } else {
        exit::OK
    })
}

/// `cbe repo diff`.
/// `cbe repo diff OLD NEW`: exit 0 when the releases hold the same packages, 1 when they
/// differ, 2 when there are warnings (downgrades, drops, another line), as diff(1) and
/// cmp(1) answer scripts.
fn diff_cmd(old: &std::path::Path, new: &std::path::Path, out: &Output) -> Result<i32> {
    let d = diff::diff(old, new)?;
    out.show(&d, |out| {
        out.line(format_args!("{} -> {}", d.releases.0, d.releases.1))?;
        for c in &d.changes {
            match (&c.old, &c.new) {
                (Some(o), Some(n)) => {
                    out.line(format_args!("{:<10} {} {o} -> {n}", c.kind, c.base))?
                }
                (Some(o), None) => out.line(format_args!("{:<10} {}-{o}", c.kind, c.base))?,
                (None, Some(n)) => out.line(format_args!("{:<10} {}-{n}", c.kind, c.base))?,
                (None, None) => {}
            }
        }
        for w in &d.warnings {
            out.line(format_args!("warning: {w}"))?;
        }
        if d.looks_like_new_line {
            out.line("this looks like a new line, not a new release")?;
        }
        Ok(())
    })?;
    Ok(if !d.warnings.is_empty() || d.looks_like_new_line {
        exit::DIFF_WARNINGS
    } else if d.changes.is_empty() {
        exit::OK
    } else {
        exit::DIFF_DIFFERS
    })
}
