#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (pattern, name) = text.split_once('\n').unwrap_or((&text, "foo-1.0"));
    if pattern.len() > 512 || name.len() > 512 {
        return;
    }
    let _ = cbe::version::pkg_match(pattern, name);
    let a = cbe::version::Dewey::parse(pattern);
    let b = cbe::version::Dewey::parse(name);
    // Ordering is antisymmetric.
    assert_eq!(a.compare(&b), b.compare(&a).reverse());
    let names = [name];
    let _ = cbe::version::NameIndex::new(&names).matches(pattern);
});
