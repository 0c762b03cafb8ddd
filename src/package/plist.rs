//! The packing list, `+CONTENTS`, in pkg_install's format.
//!
//! Lines starting with `@` are directives (`@name`, `@cwd`, `@pkgdep`, `@blddep`, `@pkgcfl`,
//! `@comment`, `@mode`, `@owner`, `@group`, `@pkgdir`, `@dirrm`, `@ignore`, `@exec`,
//! `@unexec`, `@display`, `@option`, `@src`); every other line is a file, relative to the
//! current `@cwd`. As pkg_install reads them: `@mode`, `@owner` and `@group` hold for the
//! files after them until changed (an empty argument resets); `@exec`/`@unexec` are commands
//! run after install / on removal, with `%F` (the file before them), `%D` (the prefix), `%B`
//! and `%f` (that file's directory and base name) substituted; `@dirrm` names a directory to
//! remove on deinstall if empty (never made); `@pkgdir` one the package owns, made even when
//! empty; `@option preserve` is PKG_PRESERVE; `@display` names the member shown after
//! install. A file's digest and symlink target follow it as `@comment SHA256:<hex>`,
//! `@comment MD5:<hex>` (pkg_create's), `@comment Symlink:<target>`, and cbe adds
//! `@comment Size:<bytes>` so sizes are checked before a byte is written.

use std::fmt::Write as _;

/// What a packing-list entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    /// A regular file.
    File,
    /// A symbolic link to `target`.
    Symlink(String),
}

/// One file of the package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Path relative to the prefix (`bin/gcc`).
    pub path: String,
    /// File or symlink.
    pub kind: EntryKind,
    /// Mode from `@mode` (permission bits), when one is in force.
    pub mode: Option<u32>,
    /// SHA-256 digest, lower-case hex.
    pub sha256: Option<String>,
    /// MD5 digest from pkg_create, lower-case hex.
    pub md5: Option<String>,
    /// Size in bytes.
    pub size: Option<u64>,
    /// Owner from `@owner`, when one is in force.
    pub owner: Option<String>,
    /// Group from `@group`, when one is in force.
    pub group: Option<String>,
}

/// An `@exec` or `@unexec` command, with the file it follows for `%F`, `%B` and `%f`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlistCommand {
    /// The command as written.
    pub command: String,
    /// The last file listed before it (relative to the prefix).
    pub last_file: Option<String>,
}

impl PlistCommand {
    /// The command with pkg_install's substitutions, the prefix being `prefix` (the
    /// directory on this machine, so that commands act inside `--root`).
    pub fn expand(&self, prefix: &str) -> String {
        let file = self.last_file.as_deref().unwrap_or("");
        let full = format!("{prefix}/{file}");
        let (dir, base) = full.rsplit_once('/').unwrap_or(("", full.as_str()));
        let mut out = String::new();
        let mut chars = self.command.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('F') => out.push_str(file),
                Some('D') => out.push_str(prefix),
                Some('B') => out.push_str(dir),
                Some('f') => out.push_str(base),
                Some(other) => {
                    out.push('%');
                    out.push(other);
                }
                None => out.push('%'),
            }
        }
        out
    }
}

/// A parsed `+CONTENTS`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackingList {
    /// `@name`: the full package name.
    pub name: String,
    /// The first `@cwd`: the prefix the package was built for.
    pub prefix: String,
    /// `@pkgdep` patterns.
    pub depends: Vec<String>,
    /// `@blddep` package names (informational).
    pub build_depends: Vec<String>,
    /// `@pkgcfl` patterns.
    pub conflicts: Vec<String>,
    /// Files and symlinks.
    pub entries: Vec<Entry>,
    /// Directories the package owns even when empty (`@pkgdir`).
    pub dirs: Vec<String>,
    /// `@dirrm`: directories to remove on deinstall when empty. cbe removes a package's
    /// empty directories anyway; these are kept for what they say, never made.
    pub rmdirs: Vec<String>,
    /// `@exec` commands, in order.
    pub exec: Vec<PlistCommand>,
    /// `@unexec` commands, in order.
    pub unexec: Vec<PlistCommand>,
    /// `@option preserve`: PKG_PRESERVE, the package is not removed without `--force`.
    pub preserve: bool,
    /// `@display`: the member shown after install (`+DISPLAY`).
    pub display: Option<String>,
}

impl PackingList {
    /// Parses `+CONTENTS` text; the error says which line is wrong.
    // Longer than a screen on purpose: one match arm per pkg_install directive, each a few
    // lines, reads as the grammar does; split, the directives would scatter.
    pub fn parse(text: &str) -> Result<PackingList, String> {
        let mut pl = PackingList::default();
        let mut cwd: Option<String> = None;
        let mut mode: Option<u32> = None;
        let mut owner: Option<String> = None;
        let mut group: Option<String> = None;
        let mut ignore_next = false;
        for (no, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            let lineno = no + 1;
            if line.is_empty() {
                continue;
            }
            if ignore_next {
                ignore_next = false;
                continue;
            }
            let Some(directive) = line.strip_prefix('@') else {
                let Some(prefix) = &cwd else {
                    return Err(format!("line {lineno}: file `{line}` before any @cwd"));
                };
                if *prefix != pl.prefix {
                    return Err(format!(
                        "line {lineno}: file under a second @cwd {prefix}; packages must keep one prefix"
                    ));
                }
                pl.entries.push(Entry {
                    path: line.to_string(),
                    kind: EntryKind::File,
                    mode,
                    sha256: None,
                    md5: None,
                    size: None,
                    owner: owner.clone(),
                    group: group.clone(),
                });
                continue;
            };
            let (word, arg) = match directive.split_once([' ', '\t']) {
                Some((w, a)) => (w, a.trim()),
                None => (directive, ""),
            };
            match word {
                "name" => {
                    if arg.is_empty() {
                        return Err(format!("line {lineno}: @name without a name"));
                    }
                    pl.name = arg.to_string();
                }
                "cwd" | "cd" => {
                    if arg.is_empty() {
                        return Err(format!("line {lineno}: @cwd without a directory"));
                    }
                    if cwd.is_none() {
                        pl.prefix = arg.trim_end_matches('/').to_string();
                        if pl.prefix.is_empty() {
                            pl.prefix = "/".to_string();
                        }
                    }
                    cwd = Some(arg.trim_end_matches('/').to_string()).map(|c| {
                        if c.is_empty() {
                            "/".to_string()
                        } else {
                            c
                        }
                    });
                }
                "pkgdep" => pl.depends.push(nonempty(arg, lineno, word)?),
                "blddep" => pl.build_depends.push(nonempty(arg, lineno, word)?),
                "pkgcfl" => pl.conflicts.push(nonempty(arg, lineno, word)?),
                "mode" => {
                    mode = if arg.is_empty() {
                        None
                    } else {
                        Some(
                            u32::from_str_radix(arg, 8)
                                .ok()
                                .filter(|m| *m <= 0o7777)
                                .ok_or_else(|| {
                                    format!("line {lineno}: @mode `{arg}` is not an octal mode")
                                })?,
                        )
                    };
                }
                "comment" => {
                    let Some(last) = pl.entries.last_mut() else {
                        continue;
                    };
                    if let Some(hex) = arg.strip_prefix("SHA256:") {
                        last.sha256 = Some(parse_hex(hex, 32, lineno)?);
                    } else if let Some(hex) = arg.strip_prefix("MD5:") {
                        last.md5 = Some(parse_hex(hex, 16, lineno)?);
                    } else if let Some(target) = arg.strip_prefix("Symlink:") {
                        last.kind = EntryKind::Symlink(target.to_string());
                    } else if let Some(size) = arg.strip_prefix("Size:") {
                        last.size = Some(size.parse().map_err(|_| {
                            format!("line {lineno}: Size `{size}` is not a number")
                        })?);
                    }
                }
                "pkgdir" => pl.dirs.push(nonempty(arg, lineno, word)?),
                "dirrm" => pl.rmdirs.push(nonempty(arg, lineno, word)?),
                "ignore" => ignore_next = true,
                "owner" => owner = (!arg.is_empty()).then(|| arg.to_string()),
                "group" => group = (!arg.is_empty()).then(|| arg.to_string()),
                "exec" | "unexec" => {
                    let cmd = PlistCommand {
                        command: nonempty(arg, lineno, word)?,
                        last_file: pl.entries.last().map(|e| e.path.clone()),
                    };
                    if word == "exec" {
                        pl.exec.push(cmd);
                    } else {
                        pl.unexec.push(cmd);
                    }
                }
                // pkg_install knows no other option and ignores the rest too.
                "option" => pl.preserve |= arg == "preserve",
                "display" => pl.display = Some(nonempty(arg, lineno, word)?),
                "src" | "mtree" | "conflicts" => {}
                other => return Err(format!("line {lineno}: unknown directive @{other}")),
            }
        }
        if pl.name.is_empty() {
            return Err("no @name line".to_string());
        }
        if pl.prefix.is_empty() {
            return Err("no @cwd line".to_string());
        }
        Ok(pl)
    }

    /// Writes the packing list in the form `parse` reads: what it reads back is `self`.
    /// `@exec`/`@unexec` follow the file they name as `%F` (the `@exec`s first).
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "@name {}", self.name);
        for d in &self.depends {
            let _ = writeln!(out, "@pkgdep {d}");
        }
        for b in &self.build_depends {
            let _ = writeln!(out, "@blddep {b}");
        }
        for c in &self.conflicts {
            let _ = writeln!(out, "@pkgcfl {c}");
        }
        let _ = writeln!(out, "@cwd {}", self.prefix);
        self.render_commands(&mut out, None);
        let (mut mode, mut owner, mut group) = (None, None, None);
        for e in &self.entries {
            render_setting(
                &mut out,
                "mode",
                &mut mode,
                e.mode.map(|m| format!("{m:04o}")),
            );
            render_setting(&mut out, "owner", &mut owner, e.owner.clone());
            render_setting(&mut out, "group", &mut group, e.group.clone());
            let _ = writeln!(out, "{}", e.path);
            render_comments(&mut out, e);
            self.render_commands(&mut out, Some(&e.path));
        }
        for d in &self.dirs {
            let _ = writeln!(out, "@pkgdir {d}");
        }
        for d in &self.rmdirs {
            let _ = writeln!(out, "@dirrm {d}");
        }
        if self.preserve {
            out.push_str("@option preserve\n");
        }
        if let Some(d) = &self.display {
            let _ = writeln!(out, "@display {d}");
        }
        out
    }

    /// The `@exec` then `@unexec` commands that follow `file` (`None`: before any file).
    fn render_commands(&self, out: &mut String, file: Option<&str>) {
        for (word, cmds) in [("exec", &self.exec), ("unexec", &self.unexec)] {
            for c in cmds.iter().filter(|c| c.last_file.as_deref() == file) {
                let _ = writeln!(out, "@{word} {}", c.command);
            }
        }
    }
}

/// `@mode`, `@owner` or `@group` when the entry's differs from the one in force.
fn render_setting(
    out: &mut String,
    word: &str,
    current: &mut Option<String>,
    want: Option<String>,
) {
    if *current != want {
        let _ = match &want {
            Some(v) => writeln!(out, "@{word} {v}"),
            None => writeln!(out, "@{word}"),
        };
        *current = want;
    }
}

fn render_comments(out: &mut String, e: &Entry) {
    match &e.kind {
        EntryKind::File => {
            if let Some(h) = &e.sha256 {
                let _ = writeln!(out, "@comment SHA256:{h}");
            }
            if let Some(h) = &e.md5 {
                let _ = writeln!(out, "@comment MD5:{h}");
            }
            if let Some(s) = e.size {
                let _ = writeln!(out, "@comment Size:{s}");
            }
        }
        EntryKind::Symlink(t) => {
            let _ = writeln!(out, "@comment Symlink:{t}");
        }
    }
}

fn nonempty(arg: &str, lineno: usize, word: &str) -> Result<String, String> {
    if arg.is_empty() {
        Err(format!("line {lineno}: @{word} without an argument"))
    } else {
        Ok(arg.to_string())
    }
}

fn parse_hex(hex: &str, bytes: usize, lineno: usize) -> Result<String, String> {
    let hex = hex.trim();
    if hex.len() != bytes * 2 || !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
        return Err(format!(
            "line {lineno}: digest `{hex}` is not {bytes} bytes of hex"
        ));
    }
    Ok(hex.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let text = "@name foo-1.0\n@pkgdep bar>=1\n@pkgcfl baz-[0-9]*\n@cwd /opt/x\n@mode 0755\nbin/foo\n@comment SHA256:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n@comment Size:12\n@mode\nlib/libfoo.so\n@comment Symlink:libfoo.so.1\n@pkgdir share/foo\n";
        let pl = PackingList::parse(text).unwrap();
        assert_eq!(pl.name, "foo-1.0");
        assert_eq!(pl.prefix, "/opt/x");
        assert_eq!(pl.entries.len(), 2);
        assert_eq!(pl.entries[0].mode, Some(0o755));
        assert_eq!(pl.entries[0].size, Some(12));
        assert_eq!(
            pl.entries[1].kind,
            EntryKind::Symlink("libfoo.so.1".to_string())
        );
        assert_eq!(PackingList::parse(&pl.render()).unwrap(), pl);
    }

    #[test]
    fn every_directive_round_trips() {
        let text = "@name tool-1.0\n@pkgdep lib>=1\n@blddep make-4.4\n@pkgcfl old-[0-9]*\n\
@cwd /opt/x\n@exec echo first\n@owner root\n@group wheel\n@mode 0640\netc/tool.conf\n\
@exec chmod 600 %D/%F\n@unexec rm -f %B/%f.bak\n@owner\n@group\n@mode\nbin/tool\n\
@comment MD5:00112233445566778899aabbccddeeff\n@ignore\n+BUILD_INFO\n@src /build/x\n\
@pkgdir var/tool\n@dirrm share/tool\n@option preserve\n@display +DISPLAY\n";
        let pl = PackingList::parse(text).unwrap();
        assert_eq!(pl.entries.len(), 2, "@ignore drops the line after it");
        assert_eq!(pl.entries[0].owner.as_deref(), Some("root"));
        assert_eq!(pl.entries[0].group.as_deref(), Some("wheel"));
        assert_eq!(pl.entries[1].owner, None);
        assert_eq!(pl.exec[0].last_file, None);
        assert_eq!(
            pl.exec[1].expand("/opt/x"),
            "chmod 600 /opt/x/etc/tool.conf"
        );
        assert_eq!(
            pl.unexec[0].expand("/opt/x"),
            "rm -f /opt/x/etc/tool.conf.bak"
        );
        assert_eq!(pl.build_depends, ["make-4.4"]);
        assert!(pl.preserve);
        assert_eq!(pl.display.as_deref(), Some("+DISPLAY"));
        assert_eq!(PackingList::parse(&pl.render()).unwrap(), pl);
    }

    #[test]
    fn errors_name_the_line() {
        assert!(PackingList::parse("@cwd /x\nfoo\n")
            .unwrap_err()
            .contains("@name"));
        assert!(PackingList::parse("@name a-1\nfoo\n")
            .unwrap_err()
            .contains("line 2"));
        assert!(
            PackingList::parse("@name a-1\n@cwd /x\nf\n@comment SHA256:zz\n")
                .unwrap_err()
                .contains("line 4")
        );
    }
}
