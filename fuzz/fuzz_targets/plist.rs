#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(pl) = cbe::package::PackingList::parse(text) {
            let _ = cbe::package::validate_plist(&pl);
            let _ = cbe::package::PackingList::parse(&pl.render());
        }
    }
});
