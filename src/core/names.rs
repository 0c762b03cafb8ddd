//! Names cbe checks wherever they come from.

/// Whether `s` may name a repository: it appears in the signed release and in configuration.
pub fn is_repository_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}
