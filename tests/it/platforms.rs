//! What differs between systems and must still hold: a prefix spread over two file systems
//! (on SmartOS, a ZFS dataset mounted inside it) is refused before anything moves.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Env, LINE1};

/// A tmpfs mounted for the length of a test; `None` where this process may not mount.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(at: &Path) -> Option<Mount> {
        std::fs::create_dir_all(at).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(at.to_path_buf()))
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_file_system_mounted_inside_the_prefix_is_refused_before_anything_moves() {
    let env = Env::new();
    let a = env.pkg("tool-1.0", &[("bin/tool", "!tool")], &[]);
    env.ok(&["--prefix", LINE1, "install", a.to_str().unwrap()]);
    let Some(_mount) = Mount::tmpfs(&env.prefix().join("lib")) else {
        eprintln!(
            "cannot mount a tmpfs here (not root?): the unit test in fsutil covers the check"
        );
        return;
    };
    let before = env.snapshot();
    let b = env.pkg("libs-1.0", &[("lib/libx.so", "x")], &[]);
    let err = env.fails(&["--prefix", LINE1, "install", b.to_str().unwrap()], 1);
    assert!(
        err.contains("lib is on another file system")
            && err.contains("keep the prefix on one file system"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before, "nothing may change");
    assert!(env.ok(&["--prefix", LINE1, "list"]).contains("tool-1.0"));
    // Staging is gone: the next install into the one-file-system part works.
    let c = env.pkg("more-1.0", &[("bin/more", "!more")], &[]);
    env.ok(&["--prefix", LINE1, "install", c.to_str().unwrap()]);
}
