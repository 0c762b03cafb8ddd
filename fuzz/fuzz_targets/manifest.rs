#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(m) = cbe::extra::manifest::Manifest::parse(text) {
            assert_eq!(cbe::extra::manifest::Manifest::parse(&m.render()).ok(), Some(m));
        }
        if let Ok(r) = cbe::repo::release::Release::parse(text) {
            assert_eq!(cbe::repo::release::Release::parse(&r.render()).ok(), Some(r));
        }
        let _ = cbe::repo::sign::Signature::parse(text);
        let _ = cbe::repo::sign::PublicKey::parse(text);
        let _ = cbe::platform::Stamp::parse(text);
    }
});
