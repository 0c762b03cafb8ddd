//! The bundled sample CBE (repos/sample) built into signed repositories: its releases of two
//! lines, and what a server publishes, the newest release of each line.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::env::{clean_env, copy_tree, Env};
use super::repo::{Keys, SignedRepo};

pub struct Sample {
    /// build.sh's output: keys/, releases/<X.Y.Z>/, cbe/<line>/<arch>/.
    pub out: PathBuf,
    pub keys: Keys,
}

/// repos/sample/build.sh with `args`, making packages with the cbe under test.
fn build_sh(args: &[&Path]) -> Command {
    let mut c = Command::new("bash");
    clean_env(&mut c)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("repos/sample/build.sh"))
        .args(args)
        .env("CBE", env!("CARGO_BIN_EXE_cbe"));
    c
}

impl Sample {
    /// Builds the sample under `env/out`, with CBE_PLATFORM_IMAGE `platform` while its
    /// packages are made (they record it as BUILD_PLATFORM).
    pub fn build(env: &Env, platform: Option<&str>) -> Sample {
        let out = env.path("out");
        let mut c = build_sh(&[&out]);
        if let Some(p) = platform {
            c.env("CBE_PLATFORM_IMAGE", p);
        }
        // Captured: its notices (no BUILD_PLATFORM without a platform image) are not the
        // test's, and a passing run prints nothing that looks like trouble.
        let o = c.output().unwrap();
        assert!(
            o.status.success(),
            "repos/sample/build.sh failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        Sample {
            keys: Keys::at(&out.join("keys/sample")),
            out,
        }
    }

    /// Release `v`'s repository.
    pub fn release(&self, v: &str) -> PathBuf {
        self.out.join("releases").join(v)
    }

    /// Makes release `v` the one published for its line.
    pub fn publish(&self, v: &str) {
        let st = build_sh(&[&self.out, Path::new("publish"), Path::new(v)])
            .status()
            .unwrap();
        assert!(st.success(), "repos/sample/build.sh publish {v} failed");
    }

    /// The published repositories as a pin file names them.
    pub fn repos(&self) -> String {
        format!("{}/cbe/$line/$arch", self.out.display())
    }

    /// A copy of release `v` at `env/<name>` to change, index and sign again with the
    /// sample's key.
    pub fn copy_release<'e>(&self, env: &'e Env, v: &str, name: &str) -> SignedRepo<'e> {
        let to = env.path(name);
        copy_tree(&self.release(v), &to);
        let line = v.split('.').next().unwrap().parse().unwrap();
        SignedRepo::open(env, to, self.keys.clone())
            .line(line)
            .host_arch()
    }
}
