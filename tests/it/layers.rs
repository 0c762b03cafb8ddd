//! Layers import only downward (ARCHITECTURE.md, "Layers"): no two top-level modules of
//! `src/` reach each other, directly or round a longer cycle. An edge A -> B is a file of
//! module A naming `crate::B` (in a `use`, a path, or a `crate::{B, …}` group) or reaching B
//! through as many `super::` as the file is deep. Comment lines and a file's `#[cfg(test)]`
//! tail are left out (tests in a file of their own count, as any file does). An inline `mod`
//! other than the tests' is not followed: a `super::` in one is read at the file's depth.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// For each module, each module it imports and where (`src/x.rs:12`), in file order.
type Graph = BTreeMap<String, BTreeMap<String, Vec<String>>>;

#[test]
fn top_level_modules_form_no_cycle() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let g = graph(&root);
    assert!(g.len() >= 10, "only {} top-level modules in src/", g.len());
    let knots = knots(&g);
    assert!(
        knots.is_empty(),
        "top-level modules import each other (a module imports only from layers below it; \
         move the item to the layer it belongs in):\n{}",
        report(&g, &knots)
    );
}

#[test]
fn a_cycle_is_reported_with_its_edges() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("src/lib.rs", "pub mod a;\npub mod b;\npub mod c;\n"),
        ("src/a.rs", "//! a\nuse crate::b::Thing;\n"),
        ("src/b/mod.rs", "pub mod inner;\nuse self::inner::x;\n"),
        (
            "src/b/inner.rs",
            "use super::super::{\n    a::f,\n    c,\n};\n",
        ),
        (
            "src/c.rs",
            "// crate::a in a comment\nmacro_rules! m { () => { $crate::a::f() } }\n\
             #[cfg(test)]\nmod tests { use crate::a; }\n",
        ),
    ];
    for (path, text) in files {
        let p = dir.path().join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    let g = graph(dir.path());
    assert_eq!(g["a"]["b"], ["src/a.rs:2"]);
    assert_eq!(g["b"]["a"], ["src/b/inner.rs:2"]);
    assert_eq!(g["b"]["c"], ["src/b/inner.rs:3"]);
    assert!(
        g["c"].is_empty(),
        "comments, $crate and tests are not edges: {g:?}"
    );
    let knots = knots(&g);
    assert_eq!(knots, [BTreeSet::from(["a".to_string(), "b".to_string()])]);
    let text = report(&g, &knots);
    assert!(text.contains("a -> b  src/a.rs:2"), "{text}");
    assert!(text.contains("b -> a  src/b/inner.rs:2"), "{text}");
    assert!(
        !text.contains("-> c"),
        "an edge off the cycle is not reported: {text}"
    );
}

/// The top-level modules under `root/src` and their imports of each other.
fn graph(root: &Path) -> Graph {
    let src = root.join("src");
    let mut g = Graph::new();
    for e in fs::read_dir(&src).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let module = match name.strip_suffix(".rs") {
            Some("lib" | "main") => continue,
            Some(m) => m.to_string(),
            None if e.path().is_dir() => name,
            None => continue,
        };
        g.insert(module, BTreeMap::new());
    }
    let modules: BTreeSet<String> = g.keys().cloned().collect();
    for (module, edges) in g.iter_mut() {
        let mut files = Vec::new();
        rs_files(&src.join(module), &mut files);
        rs_files(&src.join(format!("{module}.rs")), &mut files);
        for f in files {
            let rel = f.strip_prefix(root).unwrap();
            for (line, to) in imports(&fs::read_to_string(&f).unwrap(), depth(rel)) {
                if to != *module && modules.contains(&to) {
                    let at = format!("{}:{line}", rel.display());
                    edges.entry(to).or_default().push(at);
                }
            }
        }
    }
    g
}

/// The `.rs` files at or under `p`, sorted.
fn rs_files(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(p)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for e in entries {
            rs_files(&e, out);
        }
    } else if p.is_file() && p.extension().is_some_and(|x| x == "rs") {
        out.push(p.to_path_buf());
    }
}

/// How many `super::` lead from the file `rel` (`src/…`) to the crate root: `src/a.rs` and
/// `src/a/mod.rs` are one deep, `src/a/b.rs` two.
fn depth(rel: &Path) -> usize {
    let parts = rel.components().count() - 1;
    if rel.file_name().is_some_and(|n| n == "mod.rs") {
        parts - 1
    } else {
        parts
    }
}

/// Each (line, top-level name) the text reaches from the crate root.
fn imports(text: &str, depth: usize) -> Vec<(usize, String)> {
    let code = match text.find("#[cfg(test)]") {
        Some(cut) => &text[..cut],
        None => text,
    };
    // Comment lines blanked, so offsets still give line numbers.
    let code: String = code
        .split_inclusive('\n')
        .map(|l| {
            if l.trim_start().starts_with("//") {
                "\n"
            } else {
                l
            }
        })
        .collect();
    let to_root = "super::".repeat(depth);
    let mut out = Vec::new();
    for prefix in ["crate::", to_root.as_str()] {
        for (at, _) in code.match_indices(prefix) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == ':') {
                continue;
            }
            for (offset, name) in names_after(&code[at + prefix.len()..]) {
                let line = code[..at + prefix.len() + offset].matches('\n').count() + 1;
                out.push((line, name));
            }
        }
    }
    out
}

/// The names a path continues with: `b::x` gives `b`, `{b::x, c}` gives `b` and `c`; each
/// with its offset into `rest`.
fn names_after(rest: &str) -> Vec<(usize, String)> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = rest.strip_prefix('{') else {
        return vec![(0, ident(rest))];
    };
    let mut out = Vec::new();
    let (mut level, mut start) = (0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => level += 1,
            '}' if level > 0 => level -= 1,
            ',' | '}' if level == 0 => {
                let item = &group[start..i];
                let lead = item.len() - item.trim_start().len();
                let name = ident(&item[lead..]);
                if !name.is_empty() {
                    out.push((1 + start + lead, name));
                }
                if c == '}' {
                    break;
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    out
}

/// The sets of two or more modules that reach each other.
fn knots(g: &Graph) -> Vec<BTreeSet<String>> {
    let reach: BTreeMap<&String, BTreeSet<String>> =
        g.keys().map(|m| (m, reachable(g, m))).collect();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for m in g.keys() {
        if seen.contains(m) {
            continue;
        }
        let knot: BTreeSet<String> = reach[m]
            .iter()
            .filter(|o| reach[*o].contains(m))
            .cloned()
            .collect();
        if knot.len() > 1 {
            seen.extend(knot.iter().cloned());
            out.push(knot);
        }
    }
    out
}

/// Every module `from` reaches (itself included).
fn reachable(g: &Graph, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::from([from.to_string()]);
    let mut todo = vec![from.to_string()];
    while let Some(m) = todo.pop() {
        for to in g[&m].keys() {
            if seen.insert(to.clone()) {
                todo.push(to.clone());
            }
        }
    }
    seen
}

/// Each knot's modules, then each edge between them with every place it is made.
fn report(g: &Graph, knots: &[BTreeSet<String>]) -> String {
    let mut out = String::new();
    for knot in knots {
        let names: Vec<&str> = knot.iter().map(String::as_str).collect();
        out += &format!("cycle among: {}\n", names.join(" "));
        for from in knot {
            for (to, sites) in g[from].iter().filter(|(to, _)| knot.contains(*to)) {
                out += &format!("  {from} -> {to}  {}\n", sites.join(", "));
            }
        }
    }
    out
}
