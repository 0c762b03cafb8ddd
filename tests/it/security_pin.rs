//! Issue 14, classes 6 and 8, attacked as an adversary would: a `cbe.toml` a co-tenant can
//! write (owned by them, or in a directory they can write), whose `[extra] build` would run
//! as the victim; a pin whose keys would be merged with the ones the victim named; and
//! `extra pack` asked to sign a tree that is not HEAD's. Each attack is shown to work when
//! the pin is trusted (so the test would notice if it stopped being an attack) and to be
//! refused otherwise, with nothing written outside cbe's own directories.

use crate::common;

use crate::common::git;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::Env;

/// The uid of no one (`nobody` on most systems): the co-tenant.
const OTHER_UID: u32 = 65534;

fn head(dir: &Path) -> String {
    let o = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["rev-parse", "HEAD"])
        .output()
        .unwrap();
    String::from_utf8(o.stdout).unwrap().trim().to_string()
}

fn chmod(p: &Path, mode: u32) {
    fs::set_permissions(p, fs::Permissions::from_mode(mode)).unwrap();
}

fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A project with a smartos-extra checkout, and a pin file whose `[extra] build` would
/// create a marker file outside the project: the co-tenant's payload.
struct Project {
    env: Env,
    project: PathBuf,
    source: PathBuf,
    marker: PathBuf,
}

impl Project {
    fn new() -> Project {
        let env = Env::new();
        // The scratch directory is private (tempfile makes it 700): what is under test is
        // the project directory and the pin file.
        let project = env.path("project");
        let source = project.join("smartos-extra");
        fs::create_dir_all(&source).unwrap();
        chmod(&project, 0o755);
        git(&source, &["init", "-q"]);
        fs::write(source.join("VERSION"), "1\n").unwrap();
        git(&source, &["add", "."]);
        git(&source, &["commit", "-qm", "one"]);
        let marker = env.path("marker");
        let p = Project {
            env,
            project,
            source,
            marker,
        };
        p.write_pin();
        p
    }

    fn pin(&self) -> PathBuf {
        self.project.join("cbe.toml")
    }

    fn write_pin(&self) {
        fs::write(
            self.pin(),
            format!(
                "[cbe]\nversion = \"^1\"\n[extra]\nsource = \"smartos-extra\"\nbuild = \"touch {} && mkdir -p \\\"$DESTDIR/bin\\\"\"\n",
                self.marker.display()
            ),
        )
        .unwrap();
        chmod(&self.pin(), 0o644);
    }

    /// Runs cbe in `dir` under this project's root.
    fn run_in(&self, dir: &Path, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_cbe"))
            .current_dir(dir)
            .env("CBE_ROOT", &self.env.root)
            .env("CBE_ARCH", "x86_64")
            .env_remove("CBE_PLATFORM_IMAGE")
            .env_remove("CBE_VERSION")
            .env_remove("CBE_REPOS")
            .env_remove("CBE_TRUSTED_KEYS")
            .env_remove("CBE_KEY_PASSWORD_FILE")
            .args(args)
            .output()
            .unwrap()
    }

    /// `cbe extra sync` from a subdirectory of the project: with a trusted pin, it builds
    /// with the pin's command.
    fn sync(&self) -> Output {
        let sub = self.project.join("sub/dir");
        fs::create_dir_all(&sub).unwrap();
        self.run_in(&sub, &["extra", "sync"])
    }

    /// The attack worked: the pin's build command ran.
    fn built(&self) -> bool {
        self.marker.exists()
    }

    /// The pin is ignored: a warning naming it and `why`, then, with no pin, a usage error
    /// (no source); the build command did not run and nothing was made beside the project.
    fn assert_ignored(&self, o: &Output, why: &str) {
        let err = stderr(o);
        assert_eq!(o.status.code(), Some(2), "{err}");
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "a warning and the error:\n{err}");
        assert!(
            lines[0].starts_with(&format!(
                "cbe: warning: ignoring the pin file {}: ",
                self.pin().display()
            )) && lines[0].contains(why)
                && lines[0].contains("cbe ensure --pin FILE"),
            "{err}"
        );
        assert!(lines[1].contains("no smartos-extra source"), "{err}");
        assert!(!self.built(), "the untrusted pin's build command ran");
        assert!(!self.project.join("proto.extra").exists());
        assert!(!self.env.root.join("var").exists());
    }
}

#[test]
fn the_pin_attack_works_when_the_pin_is_trusted() {
    let p = Project::new();
    let o = p.sync();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(p.built(), "a trusted pin's build command runs");
}

#[test]
fn a_pin_owned_by_another_user_is_ignored_and_its_build_never_runs() {
    if !is_root() {
        eprintln!("skipped: chowning a pin file to another user needs root");
        return;
    }
    let p = Project::new();
    std::os::unix::fs::chown(p.pin(), Some(OTHER_UID), None).unwrap();
    let o = p.sync();
    p.assert_ignored(
        &o,
        &format!(
            "it is owned by uid {OTHER_UID}, not by you (uid 0) or root; if you trust it, chown it"
        ),
    );
    // Every command that reads the pin ignores it the same way.
    let sub = p.project.join("sub/dir");
    for args in [
        &["ensure", "--offline"][..],
        &["env"],
        &["list"],
        &["platform", "check"],
    ] {
        let o = p.run_in(&sub, args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.lines()
                .next()
                .unwrap()
                .contains("ignoring the pin file"),
            "{args:?}: {err}"
        );
    }
    assert!(!p.env.root.join("opt").exists());
    // The case: owned by another user, in a directory anyone can write.
    chmod(&p.project, 0o777);
    p.assert_ignored(&p.sync(), "owned by uid 65534");
    // Named explicitly, it is the user's choice: read as it is.
    chmod(&p.project, 0o755);
    let pin = p.pin();
    let o = p.run_in(
        &p.project,
        &["ensure", "--offline", "--pin", pin.to_str().unwrap()],
    );
    assert!(
        !stderr(&o).contains("ignoring"),
        "an explicit --pin is not second-guessed: {}",
        stderr(&o)
    );
}

#[test]
fn a_pin_in_a_directory_owned_by_another_user_is_ignored() {
    if !is_root() {
        eprintln!("skipped: chowning a directory to another user needs root");
        return;
    }
    let p = Project::new();
    std::os::unix::fs::chown(&p.project, Some(OTHER_UID), None).unwrap();
    p.assert_ignored(
        &p.sync(),
        &format!(
            "its directory {} is owned by uid {OTHER_UID}, not by you (uid 0) or root",
            p.project.display()
        ),
    );
}

#[test]
fn a_pin_in_a_directory_others_may_write_is_ignored_unless_sticky() {
    let p = Project::new();
    chmod(&p.project, 0o777);
    p.assert_ignored(
        &p.sync(),
        &format!(
            "its directory {} is writable by others without the sticky bit (mode 777)",
            p.project.display()
        ),
    );
    // Group-writable is writable by others too.
    chmod(&p.project, 0o775);
    p.assert_ignored(&p.sync(), "(mode 775)");
    // A directory above the pin's that others may write: they could rename the project away
    // and put their own in its place.
    chmod(&p.project, 0o755);
    let scratch = p.env.dir.path().to_path_buf();
    chmod(&scratch, 0o777);
    p.assert_ignored(
        &p.sync(),
        &format!("its directory {} is", scratch.display()),
    );
    chmod(&scratch, 0o700);
    // The pin itself writable by others.
    chmod(&p.pin(), 0o666);
    p.assert_ignored(&p.sync(), "it is writable by others (mode 666)");
    chmod(&p.pin(), 0o644);
    // Sticky, as /tmp is: others cannot replace what is the user's; the pin is used.
    chmod(&p.project, 0o1777);
    let o = p.sync();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("ignoring"), "{}", stderr(&o));
    assert!(p.built());
}

#[test]
fn an_untrusted_pin_ends_the_walk() {
    // A trusted pin further up is not picked instead: it belongs to another project.
    let p = Project::new();
    let inner = p.project.join("shared");
    fs::create_dir_all(&inner).unwrap();
    chmod(&inner, 0o777);
    fs::write(inner.join("cbe.toml"), "[extra]\nbuild = \"false\"\n").unwrap();
    chmod(&inner.join("cbe.toml"), 0o644);
    let o = p.run_in(&inner, &["extra", "sync"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!(
            "ignoring the pin file {}",
            inner.join("cbe.toml").display()
        )) && err.contains("no smartos-extra source"),
        "{err}"
    );
    assert!(!p.built());
}

/// The bundled sample repository, a key the co-tenant holds, and a checkout whose pin file
/// names the co-tenant's repository and key.
struct Sample {
    env: Env,
    out: PathBuf,
    checkout: PathBuf,
    evil_key: String,
}

impl Sample {
    fn new() -> Sample {
        let env = Env::new();
        let out = env.path("out");
        common::Sample::build(&env, None);
        let evil = env.path("evil/evil");
        fs::create_dir_all(evil.parent().unwrap()).unwrap();
        env.ok(&["repo", "keygen", "--unencrypted", evil.to_str().unwrap()]);
        let pub_text = fs::read_to_string(evil.with_extension("pub")).unwrap();
        let evil_key = pub_text.lines().last().unwrap().trim().to_string();
        let checkout = env.path("checkout");
        fs::create_dir_all(&checkout).unwrap();
        fs::copy(out.join("keys/sample.pub"), checkout.join("sample.pub")).unwrap();
        fs::copy(evil.with_extension("pub"), checkout.join("evil.pub")).unwrap();
        Sample {
            env,
            out,
            checkout,
            evil_key,
        }
    }

    fn repo(&self) -> String {
        format!("{}/cbe/$line/$arch", self.out.display())
    }

    fn pin(&self, repos: &str) {
        fs::write(
            self.checkout.join("cbe.toml"),
            format!(
                "[cbe]\nversion = \"^1\"\nrepos = [{repos}]\ntrusted_keys = [\"sample.pub\", \"evil.pub\"]\nmin_platform = \"20180329T002515Z\"\n"
            ),
        )
        .unwrap();
    }

    /// `cbe ensure` under a fresh root `name`, with `args` and `env`; returns the line's
    /// config.toml (empty when there is none).
    fn ensure(&self, name: &str, args: &[&str], env: &[(&str, &str)]) -> String {
        let root = self.env.path(name);
        fs::create_dir_all(&root).unwrap();
        let mut c = Command::new(env!("CARGO_BIN_EXE_cbe"));
        c.current_dir(&self.checkout)
            .env("CBE_ROOT", &root)
            .env("CBE_PLATFORM_IMAGE", "20240101T000000Z")
            .env_remove("CBE_VERSION")
            .env_remove("CBE_REPOS")
            .env_remove("CBE_TRUSTED_KEYS")
            .arg("ensure")
            .args(args);
        for (k, v) in env {
            c.env(k, v);
        }
        let o = c.output().unwrap();
        assert!(o.status.success(), "ensure {args:?}: {}", stderr(&o));
        assert!(
            root.join("opt/smartos-cbe/1/bin/hello").exists(),
            "line 1 installed"
        );
        fs::read_to_string(root.join("opt/smartos-cbe/1/.cbe/config.toml")).unwrap_or_default()
    }
}

#[test]
fn explicit_repos_and_keys_are_never_merged_with_the_pins() {
    let s = Sample::new();
    // Without flags, a (trusted) pin's keys are the line's: the merge this test would catch.
    s.pin(&format!("{:?}", s.repo()));
    let config = s.ensure("root-pin", &[], &[]);
    assert!(config.contains(&s.evil_key), "{config}");
    // With --repo and --trusted-key, the pin's repository (the co-tenant's, which does not
    // even exist) and keys are neither used nor written.
    s.pin("\"/nonexistent/evil/$line/$arch\"");
    let sample_pub = s.out.join("keys/sample.pub");
    let config = s.ensure(
        "root-flags",
        &[
            "--repo",
            &s.repo(),
            "--trusted-key",
            sample_pub.to_str().unwrap(),
        ],
        &[],
    );
    assert!(!config.contains(&s.evil_key), "{config}");
    assert!(!config.contains("nonexistent"), "{config}");
    // The same through the environment.
    let config = s.ensure(
        "root-env",
        &[],
        &[
            ("CBE_REPOS", &s.repo()),
            ("CBE_TRUSTED_KEYS", sample_pub.to_str().unwrap()),
        ],
    );
    assert!(!config.contains(&s.evil_key), "{config}");
    assert!(!config.contains("nonexistent"), "{config}");
    // The pin's key is not trusted for this run either: an index signed only by it (the
    // co-tenant's repository) is refused although the pin names that key.
    let evil_repo = s.env.path("evil-repo");
    copy_dir(&s.out.join("releases/1.0.0"), &evil_repo);
    s.env.ok(&[
        "repo",
        "index",
        evil_repo.to_str().unwrap(),
        "--line",
        "1",
        "--release",
        "1.0.0",
        "--min-platform",
        "20180329T002515Z",
        "--sign",
        s.env.path("evil/evil.key").to_str().unwrap(),
    ]);
    let root = s.env.path("root-evil");
    let o = Command::new(env!("CARGO_BIN_EXE_cbe"))
        .current_dir(&s.checkout)
        .env("CBE_ROOT", &root)
        .env("CBE_PLATFORM_IMAGE", "20240101T000000Z")
        .env_remove("CBE_VERSION")
        .env_remove("CBE_REPOS")
        .env_remove("CBE_TRUSTED_KEYS")
        .args(["ensure", "--repo", evil_repo.to_str().unwrap()])
        .args(["--trusted-key", sample_pub.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(!root.join("opt/smartos-cbe/1/bin/hello").exists());
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// `cbe extra pack` of `tree` from the project's checkout into `out`.
fn pack(p: &Project, tree: &Path, out: &Path) -> Output {
    p.run_in(
        &p.project,
        &[
            "extra",
            "pack",
            "--tree",
            tree.to_str().unwrap(),
            "--sign",
            p.env.path("keys/x.key").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    )
}

/// Pack refused `tree` with exit 1 and one line containing each of `says`; nothing written.
fn assert_refused(p: &Project, tree: &Path, says: &[&str]) {
    let out = p.env.path("packed-refused");
    let o = pack(p, tree, &out);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let line = common::one_line(&err);
    for s in says {
        assert!(line.contains(s), "{s:?} not in {line}");
    }
    assert!(!out.exists(), "a refused pack wrote {}", out.display());
}

#[test]
fn extra_pack_signs_only_a_clean_tree_stamped_for_head() {
    let p = Project::new();
    let keys = p.env.path("keys/x");
    fs::create_dir_all(keys.parent().unwrap()).unwrap();
    p.env
        .ok(&["repo", "keygen", "--unencrypted", keys.to_str().unwrap()]);
    let build = |dest: &str| {
        let d = p.env.path(dest);
        let o = p.run_in(
            &p.project,
            &[
                "extra",
                "sync",
                "--force-build",
                "--dest",
                d.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        d
    };
    // A tree built at the first commit; then the checkout moves on.
    let first = head(&p.source);
    let old = build("tree-old");
    fs::write(p.source.join("VERSION"), "2\n").unwrap();
    git(&p.source, &["commit", "-qam", "two"]);
    let now = head(&p.source);
    // A tree built from uncommitted changes, then the changes undone.
    fs::write(p.source.join("VERSION"), "3\n").unwrap();
    let dirty = build("tree-dirty");
    // Pack refuses the dirty checkout itself, naming both keys.
    assert_refused(
        &p,
        &dirty,
        &[
            "has uncommitted changes",
            &format!("{now}/x86_64+dirty"),
            &format!("HEAD's {now}/x86_64"),
        ],
    );
    git(&p.source, &["checkout", "-q", "--", "VERSION"]);
    // An older commit's tree.
    assert_refused(
        &p,
        &old,
        &[
            &format!("is stamped {first}/x86_64, not the checkout's HEAD key {now}/x86_64"),
            "cbe extra sync --force-build --dest",
        ],
    );
    // A tree stamped +dirty.
    assert_refused(
        &p,
        &dirty,
        &[&format!(
            "is stamped {now}/x86_64+dirty, not the checkout's HEAD key {now}/x86_64"
        )],
    );
    // An unstamped directory.
    let bare = p.env.path("tree-bare");
    fs::create_dir_all(bare.join("bin")).unwrap();
    fs::write(bare.join("bin/tool"), "#!/bin/sh\n").unwrap();
    assert_refused(
        &p,
        &bare,
        &[&format!(
            "has no .cbe-extra stamp for the checkout's HEAD key {now}/x86_64"
        )],
    );
    // HEAD's tree, changed after it was stamped.
    let good = build("tree-good");
    fs::write(good.join("bin/added"), "x").unwrap();
    assert_refused(
        &p,
        &good,
        &[&format!("was stamped {now}/x86_64 but has changed since")],
    );
    // HEAD's tree as built: packed, under HEAD's key.
    let good = build("tree-good");
    let out = p.env.path("packed");
    let o = pack(&p, &good, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let manifest = fs::read_to_string(
        out.join("x86_64")
            .join(format!("smartos-extra-{now}.manifest")),
    )
    .unwrap();
    assert!(manifest.contains(&format!("{now}/x86_64")), "{manifest}");
}

#[test]
fn extra_trusted_key_flags_replace_the_pins_keys() {
    // The co-tenant's key signs a manifest; a trusted pin names that key. Named explicitly,
    // --trusted-key replaces the pin's [extra] trusted_keys, so the manifest is refused.
    let p = Project::new();
    let keys = p.env.path("keys");
    fs::create_dir_all(&keys).unwrap();
    for k in ["evil", "good"] {
        p.env.ok(&[
            "repo",
            "keygen",
            "--unencrypted",
            keys.join(k).to_str().unwrap(),
        ]);
    }
    let tree = p.env.path("tree");
    let o = p.run_in(
        &p.project,
        &[
            "extra",
            "sync",
            "--force-build",
            "--dest",
            tree.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = p.env.path("packed");
    let o = p.run_in(
        &p.project,
        &[
            "extra",
            "pack",
            "--tree",
            tree.to_str().unwrap(),
            "--sign",
            keys.join("evil.key").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let published = p.env.path("published");
    let o = p.run_in(
        &p.project,
        &[
            "extra",
            "publish",
            out.to_str().unwrap(),
            "--to",
            published.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    fs::write(
        p.pin(),
        format!(
            "[extra]\nsource = \"smartos-extra\"\nurls = [\"{}\"]\ntrusted_keys = [\"{}\"]\n",
            published.display(),
            keys.join("evil.pub").display()
        ),
    )
    .unwrap();
    // The pin's key alone: the published tree is taken (the merge this test would catch).
    let o = p.run_in(&p.project, &["extra", "plan"]);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("action=download"),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        stderr(&o)
    );
    // --trusted-key: only the key named is trusted; the co-tenant's signature is refused.
    let good = keys.join("good.pub");
    let o = p.run_in(
        &p.project,
        &["extra", "plan", "--trusted-key", good.to_str().unwrap()],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(4), "{err}");
    assert!(common::one_line(&err).contains("bad signature"), "{err}");
}
