//! pkg_install's package patterns (`pkg_match` in `opattern.c`).
//!
//! In the order pkg_install tries them: csh-style alternates `{a,b}` (nested, empty
//! alternatives allowed) expand first and match if any expansion matches; then dewey ranges
//! (`foo>=1.2<2`); then shell globs (`*` also crosses `-`); then an exact name; and finally
//! the pattern as a bare package base (`pattern-[0-9]*`).

use std::cmp::Ordering;

use super::dewey::{Dewey, DeweyOp};
use super::PkgName;

/// How many alternatives one match may expand `{a,b}` groups into: pkg_install expands
/// them without limit, which a hostile pattern turns into an exponential amount of work.
const ALTERNATIVES_BUDGET: usize = 4096;

/// Whether package name `pkg` matches `pattern`, exactly as pkg_install's `pkg_match`
/// (a pattern whose `{a,b}` groups expand to more than 4,096 alternatives matches nothing).
pub fn pkg_match(pattern: &str, pkg: &str) -> bool {
    let mut budget = ALTERNATIVES_BUDGET;
    pkg_match_within(pattern, pkg, &mut budget)
}

fn pkg_match_within(pattern: &str, pkg: &str, budget: &mut usize) -> bool {
    if !quick_match(pattern.as_bytes(), pkg.as_bytes()) {
        return false;
    }
    if pattern.contains('{') {
        return alternate_match(pattern, pkg, budget);
    }
    if pattern.contains(['<', '>']) {
        return dewey_match(pattern, pkg);
    }
    if pattern.contains(['*', '?', '[', ']']) && glob_match(pattern.as_bytes(), pkg.as_bytes()) {
        return true;
    }
    if pattern == pkg {
        return true;
    }
    // A bare base name matches any version of it.
    let mut versioned = Vec::with_capacity(pattern.len() + 6);
    versioned.extend_from_slice(pattern.as_bytes());
    versioned.extend_from_slice(b"-[0-9]*");
    glob_match(&versioned, pkg.as_bytes())
}

/// The first two characters decide most non-matches at once.
fn quick_match(pattern: &[u8], pkg: &[u8]) -> bool {
    let simple = |c: u8| c.is_ascii_alphanumeric() || c == b'-';
    for i in 0..2 {
        let p = pattern.get(i).copied().unwrap_or(0);
        if !simple(p) {
            return true;
        }
        if Some(&p) != pkg.get(i) {
            return false;
        }
    }
    true
}

/// Splits `prefix{alt1,alt2}suffix` at its first top-level brace group and returns the
/// expansions `prefix altN suffix`, or `None` when the braces do not balance.
pub fn expand_first_alternate(pattern: &str) -> Option<Vec<String>> {
    let b = pattern.as_bytes();
    let open = pattern.find('{')?;
    let mut depth = 0i32;
    let mut close = None;
    for (i, &c) in b.iter().enumerate().skip(open) {
        if c == b'{' {
            depth += 1;
        } else if c == b'}' {
            depth -= 1;
            if depth == 0 {
                close = Some(i);
                break;
            }
        }
    }
    let close = close?;
    let (prefix, suffix) = (&pattern[..open], &pattern[close + 1..]);
    let mut out = Vec::new();
    let mut depth = 0;
    let mut start = open + 1;
    for i in open + 1..=close {
        let c = b[i];
        if c == b'{' {
            depth += 1;
        } else if c == b'}' && depth > 0 {
            depth -= 1;
        } else if depth == 0 && (c == b',' || i == close) {
            out.push(format!("{prefix}{}{suffix}", &pattern[start..i]));
            start = i + 1;
        }
    }
    Some(out)
}

fn alternate_match(pattern: &str, pkg: &str, budget: &mut usize) -> bool {
    let Some(alts) = expand_first_alternate(pattern) else {
        return false;
    };
    for alt in alts {
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        if pkg_match_within(&alt, pkg, budget) {
            return true;
        }
    }
    false
}

fn dewey_match(pattern: &str, pkg: &str) -> bool {
    let Some(dash) = pkg.rfind('-') else {
        return false;
    };
    let Some(sep) = pattern.find(['<', '>']) else {
        return false;
    };
    if sep != dash || pattern.as_bytes()[..sep] != pkg.as_bytes()[..dash] {
        return false;
    }
    let version = Dewey::parse(&pkg[dash + 1..]);
    let Some((op, n)) = DeweyOp::parse_prefix(&pattern[sep..]) else {
        return false;
    };
    let rest = &pattern[sep + n..];
    let mut lower = rest;
    if matches!(op, DeweyOp::Gt | DeweyOp::Ge) {
        if let Some(lt) = rest.find('<') {
            let Some((op2, n2)) = DeweyOp::parse_prefix(&rest[lt..]) else {
                return false;
            };
            if !op2.holds(version.compare(&Dewey::parse(&rest[lt + n2..]))) {
                return false;
            }
            lower = &rest[..lt];
        }
    }
    op.holds(version.compare(&Dewey::parse(lower)))
}

/// Shell glob matching as glibc's `fnmatch(pattern, s, FNM_PERIOD)`: `*`, `?`, bracket
/// expressions with ranges, negation (`!` or `^`) and classes, backslash escapes; a leading
/// `.` must be matched literally.
pub fn glob_match(pattern: &[u8], s: &[u8]) -> bool {
    let (mut p, mut i) = (0usize, 0usize);
    let mut backtrack: Option<(usize, usize)> = None;
    loop {
        if p < pattern.len() {
            let leading_period = i == 0 && s.first() == Some(&b'.');
            match pattern[p] {
                b'*' => {
                    if leading_period {
                        return false;
                    }
                    while p < pattern.len() && pattern[p] == b'*' {
                        p += 1;
                    }
                    backtrack = Some((p, i + 1));
                    continue;
                }
                b'?' if i < s.len() && !leading_period => {
                    p += 1;
                    i += 1;
                    continue;
                }
                b'[' if i < s.len() => match bracket(&pattern[p..], s[i]) {
                    Some((matched, len)) => {
                        if matched && !leading_period {
                            p += len;
                            i += 1;
                            continue;
                        }
                    }
                    None => {
                        if s[i] == b'[' {
                            p += 1;
                            i += 1;
                            continue;
                        }
                    }
                },
                b'\\' if i < s.len() && p + 1 < pattern.len() && pattern[p + 1] == s[i] => {
                    p += 2;
                    i += 1;
                    continue;
                }
                c if i < s.len() && c != b'?' && c != b'[' && c != b'\\' && c == s[i] => {
                    p += 1;
                    i += 1;
                    continue;
                }
                _ => {}
            }
        } else if i == s.len() {
            return true;
        }
        // Mismatch: let the last `*` swallow one more byte, if it can.
        match backtrack {
            Some((bp, bi)) if bi <= s.len() => {
                p = bp;
                i = bi;
                backtrack = Some((bp, bi + 1));
            }
            _ => return false,
        }
    }
}

/// Reads a bracket expression at the start of `p` against byte `c`. Returns whether it
/// matched and the expression's length, or `None` when it is not a complete expression.
fn bracket(p: &[u8], c: u8) -> Option<(bool, usize)> {
    let mut j = 1;
    let negate = matches!(p.get(j), Some(b'!') | Some(b'^'));
    if negate {
        j += 1;
    }
    let mut matched = false;
    let mut first = true;
    loop {
        let mut lo = *p.get(j)?;
        if lo == b']' && !first {
            return Some((matched != negate, j + 1));
        }
        first = false;
        if lo == b'[' && p.get(j + 1) == Some(&b':') {
            let rest = &p[j + 2..];
            let end = rest.windows(2).position(|w| w == b":]")?;
            let class = &rest[..end];
            matched |= class_matches(class, c)?;
            j += 2 + end + 2;
            continue;
        }
        if lo == b'\\' {
            j += 1;
            lo = *p.get(j)?;
        }
        j += 1;
        if p.get(j) == Some(&b'-') && p.get(j + 1).is_some_and(|&h| h != b']') {
            let mut hi = p[j + 1];
            j += 2;
            if hi == b'\\' {
                hi = *p.get(j)?;
                j += 1;
            }
            matched |= lo <= c && c <= hi;
        } else {
            matched |= lo == c;
        }
    }
}

fn class_matches(class: &[u8], c: u8) -> Option<bool> {
    Some(match class {
        b"alpha" => c.is_ascii_alphabetic(),
        b"digit" => c.is_ascii_digit(),
        b"alnum" => c.is_ascii_alphanumeric(),
        b"upper" => c.is_ascii_uppercase(),
        b"lower" => c.is_ascii_lowercase(),
        b"space" => c.is_ascii_whitespace() || c == 0x0b,
        b"punct" => c.is_ascii_punctuation(),
        b"xdigit" => c.is_ascii_hexdigit(),
        b"blank" => c == b' ' || c == b'\t',
        b"cntrl" => c.is_ascii_control(),
        b"print" => (0x20..0x7f).contains(&c),
        b"graph" => c.is_ascii_graphic(),
        _ => return None,
    })
}

/// Orders two package names by version, then by name: the greater is the better match.
pub fn better(a: &str, b: &str) -> Ordering {
    let (va, vb) = (PkgName::new(a).version(), PkgName::new(b).version());
    Dewey::parse(va)
        .compare(&Dewey::parse(vb))
        .then_with(|| b.cmp(a))
}

/// The best of `candidates` matching `pattern`: the highest version; on a tie the smaller
/// name.
pub fn best_match<'a, I>(pattern: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    candidates
        .into_iter()
        .filter(|c| pkg_match(pattern, c))
        .max_by(|a, b| better(a, b))
}

/// The literal text every name matching `pattern` must start with (possibly empty): used to
/// narrow candidates before running [`pkg_match`].
pub fn literal_prefix(pattern: &str) -> &str {
    let end = pattern
        .find(['<', '>', '*', '?', '[', ']', '{', '\\'])
        .unwrap_or(pattern.len());
    &pattern[..end]
}

/// Package names sorted for prefix search, so that many patterns can be matched against
/// many names without trying every pair.
pub struct NameIndex<'a> {
    sorted: Vec<(&'a str, usize)>,
}

impl<'a> NameIndex<'a> {
    /// Indexes `names`; a match reports a name by its position in `names`.
    pub fn new(names: &[&'a str]) -> Self {
        let mut sorted: Vec<(&str, usize)> = names.iter().copied().zip(0..).collect();
        sorted.sort_unstable();
        NameIndex { sorted }
    }

    /// Positions (ascending) of the names that match `pattern`.
    pub fn matches(&self, pattern: &str) -> Vec<usize> {
        let mut hits = Vec::new();
        for prefix in prefixes(pattern) {
            let start = self.sorted.partition_point(|(n, _)| *n < prefix.as_str());
            for &(name, idx) in self.sorted[start..]
                .iter()
                .take_while(|(n, _)| n.starts_with(prefix.as_str()))
            {
                if pkg_match(pattern, name) {
                    hits.push(idx);
                }
            }
        }
        hits.sort_unstable();
        hits.dedup();
        hits
    }
}

/// The literal prefixes every name matching `pattern` starts with (one per alternative),
/// sorted, none repeated and none inside another's range (so each name is tried once).
pub fn prefixes(pattern: &str) -> Vec<String> {
    let mut v = Vec::new();
    collect_prefixes(pattern, &mut v, 0);
    v.sort();
    let mut kept: Vec<String> = Vec::with_capacity(v.len());
    for p in v {
        if !kept.last().is_some_and(|k| p.starts_with(k.as_str())) {
            kept.push(p);
        }
    }
    kept
}

/// The names of a sorted set that match `pattern`, found by prefix range instead of trying
/// every name.
pub fn matching_in<'a>(
    set: &'a std::collections::BTreeSet<String>,
    pattern: &'a str,
) -> impl Iterator<Item = &'a String> + 'a {
    prefixes(pattern).into_iter().flat_map(move |pre| {
        set.range(pre.clone()..)
            .take_while(move |n| n.starts_with(pre.as_str()))
            .filter(move |n| pkg_match(pattern, n))
    })
}

/// The literal prefixes of every alternative a pattern expands to (bounded in depth so a
/// hostile pattern cannot explode; past the bound the empty prefix covers everything).
fn collect_prefixes(pattern: &str, out: &mut Vec<String>, depth: usize) {
    if out.len() > 256 {
        // Too many alternatives to narrow by: the empty prefix covers every name.
        out.clear();
        out.push(String::new());
        return;
    }
    if out.first().is_some_and(String::is_empty) {
        return;
    }
    if pattern.contains('{') && depth < 8 {
        if let Some(alts) = expand_first_alternate(pattern) {
            for alt in alts {
                collect_prefixes(&alt, out, depth + 1);
            }
            return;
        }
    }
    let prefix = if depth >= 8 {
        ""
    } else {
        literal_prefix(pattern)
    };
    out.push(prefix.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_tried_once_each() {
        // Alternatives sharing a prefix narrow to it once (fuzzing found a name tried once per
        // repeated prefix, each time with the whole alternatives budget).
        assert_eq!(prefixes("f{o,oo,ooo}*"), vec!["fo"]);
        assert_eq!(prefixes("{b,a,b,ab}*"), vec!["a", "b"]);
        let names = ["foo-1.0", "fooo-2", "bar-1"];
        assert_eq!(NameIndex::new(&names).matches("f{o,oo,ooo}*"), vec![0, 1]);
    }

    #[test]
    fn kinds() {
        assert!(pkg_match("gcc7>=7.5", "gcc7-7.5.0nb3"));
        assert!(!pkg_match("gcc7>=7.6", "gcc7-7.5.0nb3"));
        assert!(pkg_match("gmake-[0-9]*", "gmake-4.4.1"));
        assert!(pkg_match("{gcc7,gcc10}-*", "gcc10-10.4.0"));
        assert!(pkg_match("foo>=1.2<2", "foo-1.9"));
        assert!(!pkg_match("foo>=1.2<2", "foo-2.0"));
        assert!(pkg_match("foo", "foo-1.0"));
        assert!(!pkg_match("foo", "foobar-1.0"));
        assert!(pkg_match("foo-1.0", "foo-1.0"));
        assert!(pkg_match("py{,3}-x-*", "py-x-1"));
        assert!(pkg_match("py{,3}-x-*", "py3-x-1"));
        assert!(pkg_match("a-{b,{c,d}}-1", "a-d-1"));
    }

    #[test]
    fn best() {
        let names = ["foo-1.0", "foo-1.10", "foo-1.9nb2", "bar-3"];
        assert_eq!(best_match("foo-[0-9]*", names), Some("foo-1.10"));
        assert_eq!(better("a-1.0", "b-1.0"), Ordering::Greater);
    }
}
