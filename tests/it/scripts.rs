//! pkg_install's scripts and the packing-list directives that act at install and removal:
//! `+INSTALL`/`+DEINSTALL` with PRE-INSTALL, POST-INSTALL, DEINSTALL and POST-DEINSTALL,
//! `@exec`/`@unexec` with `%F %D %B %f`, the environment pkg_add gives them, `--no-scripts`,
//! failures before (nothing changes) and after the commit (reported, the package stays),
//! PKG_PRESERVE, `@dirrm`, `@pkgdir`, `@mode`, `+DISPLAY`, and `pkg create --install-script`.
//! Packages are laid out as pkg_create writes them. Every test runs under `--root`, where a
//! script is given the prefix's path inside the root as `PKG_PREFIX` and no `PKG_DESTDIR`.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{Client, Env, PkgsrcPkg, SignedRepo, LINE1};

/// A script that appends its arguments and pkg_install's variables to `log`, and says
/// whether the package's tool is in place yet; `fail_on` makes that phase fail.
fn logging_script(log: &Path, fail_on: &str) -> String {
    format!(
        "#!/bin/sh\n\
         where=absent\n\
         [ -e \"$PKG_PREFIX/bin/tool\" ] && where=present\n\
         echo \"$1 $2 prefix=$PKG_PREFIX tool=$where meta=$(ls \"$PKG_METADATA_DIR\" | grep -c CONTENTS) cwd=$(basename \"$(pwd)\")\" >> {log}\n\
         if [ \"$2\" = \"{fail_on}\" ]; then echo \"$2 says no\"; exit 3; fi\n\
         echo \"hello from $2\"\n",
        log = log.display()
    )
}

fn package(name: &str, log: &Path, fail_on: &str) -> PkgsrcPkg {
    PkgsrcPkg::new(name, LINE1)
        .comment("has scripts")
        .file("bin/tool", &format!("{name}\n"))
        .directive(&format!("@exec echo exec %F %D %B %f >> {}", log.display()))
        .directive(&format!("@unexec echo unexec %F >> {}", log.display()))
        .install_script(&logging_script(log, fail_on))
        .deinstall_script(&logging_script(log, fail_on))
}

fn write(env: &Env, p: &PkgsrcPkg) -> String {
    p.write(&env.path("pkgs"), "tgz").display().to_string()
}

fn log_lines(log: &Path) -> Vec<String> {
    fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

fn client(env: &Env) -> Client {
    env.client()
}

#[test]
fn scripts_run_as_pkg_add_and_pkg_delete_run_them() {
    let env = Env::new();
    let log = env.path("log");
    let c = client(&env);
    let prefix_dir = env.prefix().display().to_string();
    let v1 = write(&env, &package("tool-1.0", &log, "none"));
    let o = c.run(&["install", &v1]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("scripts: tool-1.0 runs +INSTALL (PRE-INSTALL, POST-INSTALL) and 1 @exec"),
        "{err}"
    );
    assert!(
        err.contains("tool-1.0: hello from POST-INSTALL"),
        "the script's output is shown: {err}"
    );
    let exec = format!("exec bin/tool {prefix_dir} {prefix_dir}/bin tool");
    assert_eq!(
        log_lines(&log),
        [
            format!("tool-1.0 PRE-INSTALL prefix={prefix_dir} tool=absent meta=1 cwd=tool-1.0"),
            exec.clone(),
            format!("tool-1.0 POST-INSTALL prefix={prefix_dir} tool=present meta=1 cwd=tool-1.0"),
        ]
    );
    // An upgrade: the old package's DEINSTALL and the new one's PRE-INSTALL before anything
    // moves; after the commit the old one's @unexec and POST-DEINSTALL, the new one's.
    fs::remove_file(&log).unwrap();
    let v2 = write(&env, &package("tool-2.0", &log, "none"));
    c.ok(&["install", &v2]);
    assert_eq!(
        log_lines(&log),
        [
            format!("tool-1.0 DEINSTALL prefix={prefix_dir} tool=present meta=1 cwd=tool-1.0"),
            format!("tool-2.0 PRE-INSTALL prefix={prefix_dir} tool=present meta=1 cwd=tool-2.0"),
            "unexec bin/tool".to_string(),
            format!("tool-1.0 POST-DEINSTALL prefix={prefix_dir} tool=present meta=1 cwd=tool-1.0"),
            exec,
            format!("tool-2.0 POST-INSTALL prefix={prefix_dir} tool=present meta=1 cwd=tool-2.0"),
        ]
    );
    fs::remove_file(&log).unwrap();
    c.ok(&["remove", "tool"]);
    assert_eq!(
        log_lines(&log),
        [
            format!("tool-2.0 DEINSTALL prefix={prefix_dir} tool=present meta=1 cwd=tool-2.0"),
            "unexec bin/tool".to_string(),
            format!("tool-2.0 POST-DEINSTALL prefix={prefix_dir} tool=absent meta=1 cwd=tool-2.0"),
        ]
    );
    assert!(
        !env.prefix().join(".cbe/scripts/tool-2.0").exists(),
        "the metadata written for the scripts is gone"
    );
}

/// What pkgsrc's framework scripts do, in their manner: every path relative to `PKG_PREFIX`
/// (pkgsrc strips `${PREFIX}/` from CONF_FILES and OWN_DIRS when it writes the script); a
/// helper (`+FILES`) unpacked into the working directory at PRE-INSTALL and read again at
/// POST-INSTALL and by the `+DEINSTALL`; a config file copied from its example unless
/// present, and removed on deinstall only while it still equals the example.
const FRAMEWORK_INSTALL: &str = "#!/bin/sh\n\
case \"$2\" in\n\
PRE-INSTALL)\n\
\techo 'etc/tool.conf c share/examples/tool/tool.conf' > ./+FILES\n\
\tmkdir -p \"$PKG_PREFIX/var/tool\" ;;\n\
POST-INSTALL)\n\
\tread conf flags eg < ./+FILES\n\
\tconf=\"${PKG_DESTDIR}${PKG_PREFIX}/$conf\"; eg=\"${PKG_DESTDIR}${PKG_PREFIX}/$eg\"\n\
\tif [ -f \"$conf\" ]; then echo \"$conf already exists\"\n\
\telse mkdir -p \"${conf%/*}\" && cp \"$eg\" \"$conf\" && echo \"copying $eg to $conf\"; fi ;;\n\
esac\n";

const FRAMEWORK_DEINSTALL: &str = "#!/bin/sh\n\
[ -f ./+FILES ] || { echo 'no +FILES from the install'; exit 0; }\n\
read conf flags eg < ./+FILES\n\
conf=\"$PKG_PREFIX/$conf\"; eg=\"$PKG_PREFIX/$eg\"\n\
case \"$2\" in\n\
DEINSTALL) if cmp -s \"$conf\" \"$eg\"; then rm -f \"$conf\"; else echo \"$conf was changed, kept\"; fi ;;\n\
POST-DEINSTALL) rmdir \"$PKG_PREFIX/var/tool\" 2>/dev/null; true ;;\n\
esac\n";

#[test]
fn pkgsrc_framework_scripts_act_inside_the_root() {
    let env = Env::new();
    let c = client(&env);
    let p = write(
        &env,
        &PkgsrcPkg::new("tool-1.0", LINE1)
            .comment("configured")
            .file("bin/tool", "t\n")
            .file("share/examples/tool/tool.conf", "setting=1\n")
            .install_script(FRAMEWORK_INSTALL)
            .deinstall_script(FRAMEWORK_DEINSTALL),
    );
    // A PKG_DESTDIR in cbe's own environment is not passed on: the paths are already inside
    // the root, and a script that prefixes them with it would leave the root.
    let o = c
        .command()
        .env("PKG_DESTDIR", env.path("elsewhere"))
        .args(["install", &p])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    let conf = env.prefix().join("etc/tool.conf");
    assert!(
        err.contains(&format!("tool-1.0: copying {}", env.prefix().display())),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&conf).unwrap(), "setting=1\n");
    assert!(env.prefix().join("var/tool").is_dir());
    assert!(!env.path("elsewhere").exists());
    let helper = env.prefix().join(".cbe/scripts/tool-1.0/+FILES");
    assert!(
        helper.exists(),
        "what the scripts wrote stays with the package"
    );
    assert!(
        !Path::new(LINE1).join("etc/tool.conf").exists(),
        "nothing was written to the real prefix"
    );
    c.ok(&["remove", "tool"]);
    assert!(
        !conf.exists(),
        "an unchanged config file goes with the package"
    );
    assert!(!env.prefix().join("var/tool").exists());
    assert!(!helper.exists());

    // A config file the administrator changed stays.
    c.ok(&["install", &p]);
    fs::write(&conf, "setting=2\n").unwrap();
    let o = c.run(&["remove", "tool"]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("tool.conf was changed, kept"));
    assert_eq!(fs::read_to_string(&conf).unwrap(), "setting=2\n");
}

#[test]
fn a_failing_pre_install_or_deinstall_changes_nothing() {
    let env = Env::new();
    let log = env.path("log");
    let c = client(&env);
    let bad = write(&env, &package("tool-1.0", &log, "PRE-INSTALL"));
    let err = c.fails(&["install", &bad], 1);
    assert!(
        err.contains("tool-1.0: +INSTALL PRE-INSTALL failed")
            && err.contains("PRE-INSTALL says no"),
        "{err}"
    );
    assert!(!env.prefix().join("bin/tool").exists());
    assert!(c.ok(&["list"]).is_empty());
    assert!(
        !env.prefix().join(".cbe/scripts/tool-1.0").exists(),
        "a package never installed keeps no scripts' directory"
    );

    let stubborn = write(&env, &package("tool-1.0", &log, "DEINSTALL"));
    c.ok(&["install", &stubborn]);
    let err = c.fails(&["remove", "tool"], 1);
    assert!(err.contains("+DEINSTALL DEINSTALL failed"), "{err}");
    assert!(env.prefix().join("bin/tool").exists(), "still installed");
    assert!(c.ok(&["list"]).contains("tool-1.0"));
    assert!(env
        .prefix()
        .join(".cbe/scripts/tool-1.0/+DEINSTALL")
        .exists());
    // --no-scripts is pkg_add's -I (and pkg_delete's -D): the way out.
    c.ok(&["--no-scripts", "remove", "tool"]);
    assert!(!env.prefix().join("bin/tool").exists());
    assert!(!env.prefix().join(".cbe/scripts/tool-1.0").exists());
}

#[test]
fn forced_removal_goes_past_a_failing_deinstall_but_not_a_pre_install() {
    let env = Env::new();
    let log = env.path("log");
    let c = client(&env);
    let stubborn = write(&env, &package("tool-1.0", &log, "DEINSTALL"));
    c.ok(&["install", &stubborn]);
    // pkg_delete -f removes a package whose DEINSTALL fails; so does remove --force.
    let o = c.run(&["remove", "--force", "tool"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("+DEINSTALL DEINSTALL failed") && err.contains("going on (--force)"),
        "{err}"
    );
    assert!(!env.prefix().join("bin/tool").exists());
    assert!(log_lines(&log).last().unwrap().contains("POST-DEINSTALL"));
    // pkg_add -f still stops at a failing PRE-INSTALL.
    let bad = write(&env, &package("tool-1.0", &log, "PRE-INSTALL"));
    let err = c.fails(&["install", "--force", &bad], 1);
    assert!(err.contains("+INSTALL PRE-INSTALL failed"), "{err}");
    assert!(c.ok(&["list"]).is_empty());
}

#[test]
fn a_failing_exec_does_not_stop_the_next() {
    let env = Env::new();
    let log = env.path("log");
    let c = client(&env);
    let p = write(
        &env,
        &PkgsrcPkg::new("execs-1.0", LINE1)
            .comment("two commands")
            .file("bin/execs", "x\n")
            .directive("@exec echo first failed; exit 4")
            .directive(&format!("@exec echo second %f >> {}", log.display())),
    );
    let o = c.run(&["install", &p]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("first failed"), "{err}");
    assert_eq!(log_lines(&log), ["second execs"]);
    assert!(c.ok(&["list"]).contains("execs-1.0"));
}

#[test]
fn a_failing_post_install_is_reported_and_the_package_stays() {
    let env = Env::new();
    let log = env.path("log");
    let c = client(&env);
    let p = write(&env, &package("tool-1.0", &log, "POST-INSTALL"));
    let o = c.run(&["--json", "install", &p]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("POST-INSTALL says no"),
        "its output is shown: {err}"
    );
    assert!(err.contains("the packages stay installed"), "{err}");
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["detail"]["kind"], "script");
    assert!(env.prefix().join("bin/tool").exists());
    assert!(c.ok(&["list"]).contains("tool-1.0"));
}

#[test]
fn no_scripts_runs_nothing_but_the_plan_still_says_what_would_run() {
    let env = Env::new();
    let log = env.path("log");
    let c = client(&env);
    let p = write(&env, &package("tool-1.0", &log, "none"));
    let err = String::from_utf8_lossy(&c.run(&["--dry-run", "install", &p]).stderr).into_owned();
    assert!(err.contains("scripts: tool-1.0 runs +INSTALL"), "{err}");
    // --no-scripts's help promises the plan still says which would have run.
    let o = c.run(&["--no-scripts", "install", &p]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("scripts: tool-1.0 runs +INSTALL") && err.contains("(not run: --no-scripts)"),
        "{err}"
    );
    let o = c.run(&["--no-scripts", "remove", "tool"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("scripts: tool-1.0 runs +DEINSTALL") && err.contains("(not run"),
        "{err}"
    );
    assert!(!log.exists(), "{:?}", log_lines(&log));
    // A package without scripts is not named.
    let plain = write(
        &env,
        &PkgsrcPkg::new("plain-1.0", LINE1)
            .comment("p")
            .file("share/p", "p\n"),
    );
    let o = c.run(&["install", &plain]);
    assert!(!String::from_utf8_lossy(&o.stderr).contains("scripts:"));
}

#[test]
fn preserved_packages_are_not_removed_unless_forced() {
    let env = Env::new();
    let c = client(&env);
    let kept = write(
        &env,
        &PkgsrcPkg::new("pkg_install-20250417", LINE1)
            .comment("tools")
            .file("sbin/pkg_add", "x\n")
            .preserve(),
    );
    let by_option = write(
        &env,
        &PkgsrcPkg::new("keepme-1.0", LINE1)
            .comment("kept by @option")
            .directive("@option preserve")
            .file("share/keepme", "x\n"),
    );
    c.ok(&["install", &kept, &by_option]);
    for name in ["pkg_install", "keepme"] {
        let err = c.fails(&["remove", name], 1);
        assert!(err.contains("preserved (PKG_PRESERVE)"), "{err}");
    }
    // Automatic and needed by nothing: autoremove still keeps it.
    c.ok(&["unkeep", "pkg_install"]);
    c.run(&["autoremove"]);
    assert!(c.ok(&["list"]).contains("pkg_install-20250417"));
    c.ok(&["remove", "--force", "pkg_install", "keepme"]);
    assert!(c.ok(&["list"]).is_empty());
}

#[test]
fn a_preserved_package_is_not_superseded_away_but_is_upgraded() {
    let env = Env::new();
    let repo = SignedRepo::new(&env, "repo");
    let c = repo.client(repo.dir.to_str().unwrap());
    let publish = |pkgs: &[PkgsrcPkg], release: &str| {
        let all = repo.dir.join("All");
        let _ = fs::remove_dir_all(&all);
        fs::create_dir_all(&all).unwrap();
        for p in pkgs {
            p.write(&all, "tgz");
        }
        repo.index(release);
    };
    let kept = |version: &str| {
        PkgsrcPkg::new(&format!("keepme-{version}"), LINE1)
            .comment("kept")
            .build_info("PKGPATH=sysutils/keepme")
            .file("share/keepme", &format!("{version}\n"))
            .preserve()
    };
    publish(&[kept("1.0")], "1.0.0");
    c.ok(&["install", "keepme"]);
    // Another version of it replaces it, as pkg_add -U (and pkgin's -ffu) does.
    publish(&[kept("1.1")], "1.1.0");
    c.ok(&["upgrade"]);
    assert!(c.ok(&["list"]).contains("keepme-1.1"));
    // A package of another name that SUPERSEDES it would remove it: refused.
    let successor = PkgsrcPkg::new("successor-1.0", LINE1)
        .comment("replaces keepme")
        .build_info("PKGPATH=sysutils/successor")
        .build_info("SUPERSEDES=keepme-[0-9]*")
        .file("share/successor", "s\n");
    publish(&[kept("1.1"), successor], "1.2.0");
    let err = c.fails(&["upgrade"], 1);
    assert!(
        err.contains("keepme-1.1 is marked to be preserved (PKG_PRESERVE)")
            && err.contains("cbe remove --force keepme"),
        "{err}"
    );
    assert!(c.ok(&["list"]).contains("keepme-1.1"));
    assert!(!c.ok(&["list"]).contains("successor"));
}

#[test]
fn dirrm_is_not_made_pkgdir_is_and_mode_holds() {
    let env = Env::new();
    let c = client(&env);
    let p = write(
        &env,
        &PkgsrcPkg::new("dirs-1.0", LINE1)
            .comment("directories")
            .directive("@mode 0700")
            .file("libexec/secret", "s\n")
            .directive("@mode")
            .file("share/doc/dirs", "d\n")
            .directive("@dirrm share/dirs-cache")
            .directive("@pkgdir var/dirs"),
    );
    c.ok(&["install", &p]);
    assert!(
        !env.prefix().join("share/dirs-cache").exists(),
        "@dirrm makes nothing"
    );
    assert!(env.prefix().join("var/dirs").is_dir(), "@pkgdir is made");
    let mode = |rel: &str| {
        fs::metadata(env.prefix().join(rel))
            .unwrap()
            .permissions()
            .mode()
            & 0o7777
    };
    assert_eq!(mode("libexec/secret"), 0o700);
    c.ok(&["verify"]);
    c.ok(&["remove", "dirs"]);
    assert!(!env.prefix().join("var/dirs").exists());
}

#[test]
fn display_is_shown_after_install() {
    let env = Env::new();
    let p = write(
        &env,
        &PkgsrcPkg::new("msg-1.0", LINE1)
            .comment("a message")
            .file("share/msg", "m\n")
            .display("Remember to add msg to your PATH.\n"),
    );
    let o = client(&env).run(&["install", &p]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Remember to add msg to your PATH."), "{err}");
}

#[test]
fn pkg_create_puts_install_and_deinstall_scripts_in_the_package() {
    let env = Env::new();
    let log = env.path("log");
    let script = env.path("install.sh");
    fs::write(&script, logging_script(&log, "none")).unwrap();
    let s = script.to_str().unwrap();
    let out = env.pkg(
        "made-1.0",
        &[("bin/tool", "made\n")],
        &["--install-script", s, "--deinstall-script", s],
    );
    let listing = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("zstd -dc '{}' | tar -tvf -", out.display()))
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout);
    let install = listing.lines().find(|l| l.ends_with("+INSTALL")).unwrap();
    assert!(install.starts_with("-r-xr-xr-x"), "{listing}");
    let c = client(&env);
    c.ok(&["install", out.to_str().unwrap()]);
    c.ok(&["remove", "made"]);
    let phases: Vec<String> = log_lines(&log)
        .iter()
        .map(|l| l.split_whitespace().nth(1).unwrap().to_string())
        .collect();
    assert_eq!(
        phases,
        ["PRE-INSTALL", "POST-INSTALL", "DEINSTALL", "POST-DEINSTALL"]
    );
    let stage = env.stage("made-1.0", &[("bin/tool", "made\n")]);
    let nope = env.path("nope");
    let missing = env.fails(
        &[
            "pkg",
            "create",
            "--from",
            stage.to_str().unwrap(),
            "--name",
            "made-1.0",
            "--prefix",
            LINE1,
            "--install-script",
            nope.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        1,
    );
    assert!(missing.contains("nope"), "{missing}");
}

#[test]
fn owner_and_group_are_given_when_cbe_runs_as_root() {
    use std::os::unix::fs::MetadataExt;
    let env = Env::new();
    let p = write(
        &env,
        &PkgsrcPkg::new("owned-1.0", LINE1)
            .comment("owned files")
            .directive("@owner nobody")
            .directive("@group nogroup")
            .file("var/owned", "o\n")
            .directive("@owner")
            .directive("@group")
            .file("share/plain", "p\n")
            .directive("@owner no-such-user-here")
            .file("share/unknown", "u\n"),
    );
    client(&env).ok(&["install", &p]);
    let md = |rel: &str| fs::metadata(env.prefix().join(rel)).unwrap();
    let me = md("share/plain").uid();
    assert_eq!(
        md("share/unknown").uid(),
        me,
        "an unknown user changes nothing"
    );
    let root = nix::unistd::geteuid().is_root();
    let nobody = nix::unistd::User::from_name("nobody").unwrap();
    let nogroup = nix::unistd::Group::from_name("nogroup").unwrap();
    match (root, nobody, nogroup) {
        (true, Some(u), Some(g)) => {
            assert_eq!(md("var/owned").uid(), u.uid.as_raw());
            assert_eq!(md("var/owned").gid(), g.gid.as_raw());
        }
        // Not root (or no such accounts): pkg_add cannot chown either; the ids stay.
        _ => assert_eq!(md("var/owned").uid(), me),
    }
    client(&env).ok(&["verify"]);
}
