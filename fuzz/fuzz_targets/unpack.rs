#![no_main]
use libfuzzer_sys::fuzz_target;

// Archive unpacking into a scratch directory: whatever the bytes, nothing is written
// outside the staging directory and nothing panics.
fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("cbe-fuzz-unpack-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("staging")).unwrap();
    let pkg = dir.join("pkg");
    std::fs::write(&pkg, data).unwrap();
    let policy = cbe::package::Policy { allow_setuid: false, max_unpacked: 8 << 20, scripts: false };
    if let Ok(opened) = cbe::package::PackageFile::open(&pkg) {
        let _ = cbe::package::unpack(&opened, &dir.join("staging"), &policy, |_| Ok(()));
    }
    let _ = cbe::extra::tree::unpack(&pkg, &dir.join("staging2"));
    let _ = std::fs::remove_dir_all(&dir);
});
