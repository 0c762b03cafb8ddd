//! `cbe env`: the environment to build with a line: its `bin` directories first on PATH, no
//! `/opt/local` and no other line, and the variables a toolchain in a prefix needs.

use std::path::Path;

/// The variables, in a stable order.
pub fn vars(
    prefix_dir: &Path,
    line: u64,
    release: Option<&str>,
    path: &str,
) -> Vec<(String, String)> {
    let p = prefix_dir
        .to_string_lossy()
        .trim_end_matches('/')
        .to_string();
    let mut dirs = vec![format!("{p}/bin"), format!("{p}/sbin")];
    for d in path.split(':') {
        let foreign = d.is_empty()
            || d == "/opt/local"
            || d.starts_with("/opt/local/")
            || d.contains("/opt/smartos-cbe/")
            || dirs.iter().any(|x| x == d);
        if !foreign {
            dirs.push(d.to_string());
        }
    }
    let mut v = vec![
        ("PATH".to_string(), dirs.join(":")),
        ("CBE_LINE".to_string(), line.to_string()),
        ("CBE_PREFIX".to_string(), p.clone()),
        ("CBE_LIBDIR".to_string(), format!("{p}/lib")),
        (
            "PKG_CONFIG_PATH".to_string(),
            format!("{p}/lib/pkgconfig:{p}/share/pkgconfig"),
        ),
        ("ACLOCAL_PATH".to_string(), format!("{p}/share/aclocal")),
        ("MANPATH".to_string(), format!("{p}/man:{p}/share/man")),
    ];
    if let Some(r) = release {
        v.insert(2, ("CBE_RELEASE".to_string(), r.to_string()));
    }
    v
}

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Renders the variables for `shell`: `sh`, `csh`, `fish` or `json`.
pub fn render(vars: &[(String, String)], shell: &str) -> Result<String, String> {
    let mut out = String::new();
    match shell {
        "sh" | "bash" | "ksh" | "zsh" => {
            for (k, v) in vars {
                out.push_str(&format!("export {k}={};\n", sh_quote(v)));
            }
        }
        "csh" | "tcsh" => {
            for (k, v) in vars {
                out.push_str(&format!("setenv {k} {};\n", sh_quote(v)));
            }
        }
        "fish" => {
            for (k, v) in vars {
                if k == "PATH" {
                    let parts: Vec<String> = v.split(':').map(sh_quote).collect();
                    out.push_str(&format!("set -gx PATH {};\n", parts.join(" ")));
                } else {
                    out.push_str(&format!("set -gx {k} {};\n", sh_quote(v)));
                }
            }
        }
        "json" => {
            let map: serde_json::Map<String, serde_json::Value> = vars
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
                .collect();
            out = serde_json::to_string_pretty(&map).map_err(|e| e.to_string())?;
            out.push('\n');
        }
        other => {
            return Err(format!(
                "unknown shell `{other}`: use sh, csh, fish or json"
            ))
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_first_and_clean() {
        let v = vars(
            Path::new("/r/opt/smartos-cbe/3"),
            3,
            Some("3.2.1"),
            "/usr/bin:/opt/local/bin:/opt/smartos-cbe/2/bin:/bin",
        );
        assert_eq!(
            v[0].1,
            "/r/opt/smartos-cbe/3/bin:/r/opt/smartos-cbe/3/sbin:/usr/bin:/bin"
        );
        let sh = render(&v, "sh").unwrap();
        assert!(sh.starts_with("export PATH='/r/opt/smartos-cbe/3/bin:"));
        let fish = render(&v, "fish").unwrap();
        assert!(fish.starts_with("set -gx PATH '/r/opt/smartos-cbe/3/bin' "));
        assert_eq!(sh_quote("it's"), "'it'\\''s'");
        assert!(render(&v, "cmd").is_err());
    }
}
