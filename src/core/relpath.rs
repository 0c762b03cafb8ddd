//! Paths relative to a prefix, as packages and the database spell them: `/`-separated
//! strings, already checked to be canonical (see [`crate::package::check_rel_path`]).

/// The proper ancestors of a relative path, nearest first (`a/b/c` → `a/b`, `a`).
pub fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    let mut rest = path;
    std::iter::from_fn(move || {
        let i = rest.rfind('/')?;
        rest = &rest[..i];
        Some(rest)
    })
}

#[cfg(test)]
mod tests {
    use super::ancestors;

    #[test]
    fn ancestors_are_nearest_first_and_proper() {
        assert_eq!(ancestors("a/b/c").collect::<Vec<_>>(), ["a/b", "a"]);
        assert_eq!(ancestors("a").count(), 0);
    }
}
