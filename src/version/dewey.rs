//! Dewey version ordering, exactly as pkg_install's `dewey.c` orders versions.
//!
//! A version is read left to right into a vector of integers:
//! digit runs are one integer each; `alpha` is -3, `beta` -2, `pre` and `rc` -1, and `pl`, `_`
//! and `.` are 0 (all case-insensitive); `nbN` sets the revision, compared only after every
//! other component; any other letter becomes two components, `0` and its place in the
//! alphabet (`a` = 1), case-insensitive; anything else is skipped. Missing components count
//! as 0, so `1.0 == 1.0.0` and `1.0a < 1.0.5`. Arithmetic wraps like the C code's `int`.

use std::cmp::Ordering;

/// A parsed dewey version: its components and its `nb` revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dewey {
    parts: Vec<i32>,
    revision: i32,
}

const ALPHA: i32 = -3;
const BETA: i32 = -2;
const RC: i32 = -1;
const DOT: i32 = 0;

/// The words that stand for one component, in the order pkg_install tries them.
const MODIFIERS: [(&[u8], i32); 7] = [
    (b"alpha", ALPHA),
    (b"beta", BETA),
    (b"pre", RC),
    (b"rc", RC),
    (b"pl", DOT),
    (b"_", DOT),
    (b".", DOT),
];

fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn digits(s: &[u8]) -> (i32, usize) {
    let mut n: i32 = 0;
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        n = n.wrapping_mul(10).wrapping_add(i32::from(s[i] - b'0'));
        i += 1;
    }
    (n, i)
}

impl Dewey {
    /// Reads a version string. Every string is a version; nothing fails.
    pub fn parse(version: &str) -> Dewey {
        let mut s = version.as_bytes();
        let mut parts = Vec::with_capacity(8);
        let mut revision = 0;
        'outer: while !s.is_empty() {
            if s[0].is_ascii_digit() {
                let (n, len) = digits(s);
                parts.push(n);
                s = &s[len..];
                continue;
            }
            for (word, value) in MODIFIERS {
                if starts_with_ci(s, word) {
                    parts.push(value);
                    s = &s[word.len()..];
                    continue 'outer;
                }
            }
            if starts_with_ci(s, b"nb") {
                let (n, len) = digits(&s[2..]);
                revision = n;
                s = &s[2 + len..];
                continue;
            }
            if s[0].is_ascii_alphabetic() {
                parts.push(DOT);
                parts.push(i32::from(s[0].to_ascii_lowercase() - b'a') + 1);
            }
            s = &s[1..];
        }
        Dewey { parts, revision }
    }

    /// Compares two parsed versions the way pkg_install's `vtest` does.
    pub fn compare(&self, other: &Dewey) -> Ordering {
        let n = self.parts.len().max(other.parts.len());
        for i in 0..n {
            let a = self.parts.get(i).copied().unwrap_or(0);
            let b = other.parts.get(i).copied().unwrap_or(0);
            let diff = a.wrapping_sub(b);
            if diff != 0 {
                return diff.cmp(&0);
            }
        }
        self.revision.wrapping_sub(other.revision).cmp(&0)
    }
}

/// Compares two version strings with dewey ordering.
pub fn dewey_cmp(a: &str, b: &str) -> Ordering {
    Dewey::parse(a).compare(&Dewey::parse(b))
}

/// A relational operator of a dewey pattern (`foo>=1.2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeweyOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `==`
    Eq,
    /// `!=`
    Ne,
}

impl DeweyOp {
    /// Reads the operator at the start of `s`; returns it and its length.
    pub fn parse_prefix(s: &str) -> Option<(DeweyOp, usize)> {
        const OPS: [(&str, DeweyOp); 6] = [
            ("<=", DeweyOp::Le),
            ("<", DeweyOp::Lt),
            (">=", DeweyOp::Ge),
            (">", DeweyOp::Gt),
            ("==", DeweyOp::Eq),
            ("!=", DeweyOp::Ne),
        ];
        OPS.iter()
            .find(|(text, _)| s.starts_with(text))
            .map(|(text, op)| (*op, text.len()))
    }

    /// Whether `ordering` (of a version against a bound) satisfies this operator.
    pub fn holds(self, ordering: Ordering) -> bool {
        match self {
            DeweyOp::Lt => ordering == Ordering::Less,
            DeweyOp::Le => ordering != Ordering::Greater,
            DeweyOp::Gt => ordering == Ordering::Greater,
            DeweyOp::Ge => ordering != Ordering::Less,
            DeweyOp::Eq => ordering == Ordering::Equal,
            DeweyOp::Ne => ordering != Ordering::Equal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Ordering::*;

    #[test]
    fn letters_and_case() {
        assert_eq!(dewey_cmp("1.0a", "1.0.5"), Less);
        assert_eq!(dewey_cmp("1.0A", "1.0a"), Equal);
        assert_eq!(dewey_cmp("2.3RC1", "2.3rc1"), Equal);
        assert_eq!(dewey_cmp("1.0alpha1", "1.0beta1"), Less);
        assert_eq!(dewey_cmp("1.0beta1", "1.0pre1"), Less);
        assert_eq!(dewey_cmp("1.0pre1", "1.0rc1"), Equal);
        assert_eq!(dewey_cmp("1.0rc1", "1.0"), Less);
        assert_eq!(dewey_cmp("1.0pl1", "1.0.1"), Equal);
        assert_eq!(dewey_cmp("1.0_1", "1.0.1"), Equal);
        assert_eq!(dewey_cmp("1.0", "1.0.0"), Equal);
        assert_eq!(dewey_cmp("1.0nb1", "1.0"), Greater);
        assert_eq!(dewey_cmp("1.0nb1", "1.0.1"), Less);
        assert_eq!(dewey_cmp("7.5.0nb3", "7.5.0NB3"), Equal);
    }
}
