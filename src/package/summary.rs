//! pkgsrc's `pkg_summary` format: blank-line separated blocks of `KEY=VALUE` lines, one block
//! per package; `DEPENDS`, `CONFLICTS`, `PROVIDES`, `REQUIRES`, `SUPERSEDES` and `DESCRIPTION`
//! repeat. cbe requires `FILE_SIZE` and `FILE_CKSUM=sha256 <hex>` on every package it will
//! download, so nothing unsigned is ever unpacked.

use std::fmt::Write as _;

use serde::Serialize;

/// One package of a repository, as its index describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RemotePkg {
    /// `PKGNAME`.
    pub name: String,
    /// `COMMENT`.
    pub comment: String,
    /// `DESCRIPTION` lines.
    pub description: Vec<String>,
    /// `DEPENDS` patterns.
    pub depends: Vec<String>,
    /// `CONFLICTS` patterns.
    pub conflicts: Vec<String>,
    /// `PROVIDES` (shared libraries it provides).
    pub provides: Vec<String>,
    /// `REQUIRES` (shared libraries it needs).
    pub requires: Vec<String>,
    /// `SUPERSEDES` patterns: installed packages it replaces.
    pub supersedes: Vec<String>,
    /// `FILE_NAME` (default `PKGNAME.tgz`), under `All/`.
    pub file_name: String,
    /// `FILE_SIZE`.
    pub file_size: Option<u64>,
    /// SHA-256 from `FILE_CKSUM=sha256 <hex>`.
    pub sha256: Option<String>,
    /// `SIZE_PKG`: bytes once installed.
    pub size_pkg: Option<u64>,
    /// Every other key, in order.
    pub other: Vec<(String, String)>,
}

impl RemotePkg {
    /// The value of another key (`MACHINE_ARCH`, `PKGPATH`, …).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.other
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// `CATEGORIES`: the pkgsrc categories it belongs to (the first is its directory's).
    pub fn categories(&self) -> impl Iterator<Item = &str> {
        self.get("CATEGORIES").unwrap_or("").split_whitespace()
    }
}

/// Parses a whole `pkg_summary`. Errors name the line.
pub fn parse(text: &str) -> Result<Vec<RemotePkg>, String> {
    let mut out = Vec::new();
    let mut cur: Option<RemotePkg> = None;
    let mut start = 0;
    for (no, line) in text.lines().enumerate() {
        let lineno = no + 1;
        if line.trim().is_empty() {
            if let Some(p) = cur.take() {
                out.push(finish(p, start)?);
            }
            continue;
        }
        if line.len() > 64 * 1024 {
            return Err(format!("line {lineno}: longer than 64 KiB"));
        }
        let Some((k, v)) = line.split_once('=') else {
            return Err(format!("line {lineno}: expected KEY=VALUE"));
        };
        if v.chars().any(|c| c.is_control() && c != '\t') {
            return Err(format!(
                "line {lineno}: control character in the value of {k}"
            ));
        }
        let p = cur.get_or_insert_with(|| {
            start = lineno;
            RemotePkg::default()
        });
        let v = v.to_string();
        match k {
            "PKGNAME" => p.name = v,
            "COMMENT" => p.comment = v,
            "DESCRIPTION" => p.description.push(v),
            "DEPENDS" => p.depends.push(v),
            "CONFLICTS" => p.conflicts.push(v),
            "PROVIDES" => p.provides.push(v),
            "REQUIRES" => p.requires.push(v),
            "SUPERSEDES" => p.supersedes.push(v),
            "FILE_NAME" => p.file_name = v,
            "FILE_SIZE" => {
                p.file_size = Some(
                    v.parse()
                        .map_err(|_| format!("line {lineno}: FILE_SIZE `{v}` is not a number"))?,
                )
            }
            "SIZE_PKG" => {
                p.size_pkg = Some(
                    v.parse()
                        .map_err(|_| format!("line {lineno}: SIZE_PKG `{v}` is not a number"))?,
                )
            }
            "FILE_CKSUM" => {
                if let Some(hex) = v.strip_prefix("sha256 ") {
                    let hex = hex.trim();
                    if hex.len() != 64 || !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
                        return Err(format!(
                            "line {lineno}: FILE_CKSUM sha256 is not 64 hex digits"
                        ));
                    }
                    p.sha256 = Some(hex.to_ascii_lowercase());
                } else {
                    p.other.push((k.to_string(), v));
                }
            }
            _ => {
                if k.is_empty()
                    || !k
                        .bytes()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_')
                {
                    return Err(format!("line {lineno}: `{k}` is not a pkg_summary key"));
                }
                p.other.push((k.to_string(), v));
            }
        }
    }
    if let Some(p) = cur.take() {
        out.push(finish(p, start)?);
    }
    Ok(out)
}

fn finish(mut p: RemotePkg, start: usize) -> Result<RemotePkg, String> {
    if p.name.is_empty() {
        return Err(format!("the entry at line {start} has no PKGNAME"));
    }
    if !crate::version::PkgName::new(&p.name).is_valid() {
        return Err(format!(
            "line {start}: PKGNAME `{}` is not NAME-VERSION",
            p.name
        ));
    }
    if p.file_name.is_empty() {
        p.file_name = format!("{}.tgz", p.name);
    }
    if p.file_name.contains('/') || p.file_name.starts_with('.') {
        return Err(format!(
            "{}: FILE_NAME `{}` must be a plain file name",
            p.name, p.file_name
        ));
    }
    Ok(p)
}

/// Writes packages in `pkg_summary` form.
pub fn render(pkgs: &[RemotePkg]) -> String {
    let mut s = String::new();
    for p in pkgs {
        let mut kv = |k: &str, v: &str| {
            let _ = writeln!(s, "{k}={v}");
        };
        kv("PKGNAME", &p.name);
        kv("COMMENT", &p.comment);
        for d in &p.depends {
            kv("DEPENDS", d);
        }
        for c in &p.conflicts {
            kv("CONFLICTS", c);
        }
        for x in &p.provides {
            kv("PROVIDES", x);
        }
        for x in &p.requires {
            kv("REQUIRES", x);
        }
        for x in &p.supersedes {
            kv("SUPERSEDES", x);
        }
        for (k, v) in &p.other {
            kv(k, v);
        }
        kv("FILE_NAME", &p.file_name);
        if let Some(n) = p.file_size {
            kv("FILE_SIZE", &n.to_string());
        }
        if let Some(h) = &p.sha256 {
            kv("FILE_CKSUM", &format!("sha256 {h}"));
        }
        if let Some(n) = p.size_pkg {
            kv("SIZE_PKG", &n.to_string());
        }
        for d in &p.description {
            kv("DESCRIPTION", d);
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_render() {
        let text = "PKGNAME=foo-1.0\nCOMMENT=Foo\nDEPENDS=bar>=1\nDEPENDS=baz-[0-9]*\nFILE_SIZE=10\nFILE_CKSUM=sha256 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\nMACHINE_ARCH=x86_64\nDESCRIPTION=one\nDESCRIPTION=two\n\nPKGNAME=bar-1.2\nCOMMENT=Bar\n";
        let p = parse(text).unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].depends, ["bar>=1", "baz-[0-9]*"]);
        assert_eq!(p[0].get("MACHINE_ARCH"), Some("x86_64"));
        assert_eq!(p[0].categories().count(), 0);
        assert_eq!(p[1].file_name, "bar-1.2.tgz");
        assert_eq!(parse(&render(&p)).unwrap(), p);
        assert!(parse("COMMENT=x\n").unwrap_err().contains("no PKGNAME"));
        assert!(parse("PKGNAME=a-1\nnonsense\n")
            .unwrap_err()
            .contains("line 2"));
        assert!(parse("PKGNAME=a-1\nFILE_NAME=../x\n")
            .unwrap_err()
            .contains("plain file name"));
    }
}
