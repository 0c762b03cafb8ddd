#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(pkgs) = cbe::package::summary::parse(text) {
            // What parses must render and parse back to the same.
            let again = cbe::package::summary::parse(&cbe::package::summary::render(&pkgs));
            assert_eq!(again.as_ref().ok(), Some(&pkgs));
        }
    }
});
