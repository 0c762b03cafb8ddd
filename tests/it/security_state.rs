//! cbe's own state under attack by a co-tenant of a shared build zone: symlinks planted where
//! cbe keeps its lock and database, and rows of the database that name paths outside the
//! prefix. Each attack is refused (exit 4) and nothing outside cbe's directories changes.

use std::fs;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;

use crate::common::{Env, LINE1};

/// A prefix with one package installed, and a victim file outside it.
fn installed() -> (Env, std::path::PathBuf) {
    let env = Env::new();
    let p = env.pkg(
        "tool-1.0",
        &[("bin/tool", "!tool"), ("share/tool/doc", "d")],
        &[],
    );
    env.ok(&["--prefix", LINE1, "install", p.to_str().unwrap()]);
    let victim = env.path("victim");
    fs::write(&victim, "precious").unwrap();
    (env, victim)
}

fn db(env: &Env) -> rusqlite::Connection {
    rusqlite::Connection::open(env.prefix().join(".cbe/pkgdb.sqlite")).unwrap()
}

/// `../` enough times to climb from the prefix to the scratch directory, then `victim`.
fn escape(env: &Env, victim: &Path) -> String {
    let depth = env
        .prefix()
        .strip_prefix(env.dir.path())
        .unwrap()
        .components()
        .count();
    format!(
        "{}{}",
        "../".repeat(depth),
        victim.file_name().unwrap().to_str().unwrap()
    )
}

#[test]
fn a_symlinked_lock_is_refused_and_its_target_untouched() {
    let (env, victim) = installed();
    let lock = env.prefix().join(".cbe/lock");
    fs::remove_file(&lock).unwrap();
    symlink(&victim, &lock).unwrap();
    let err = env.fails(&["--prefix", LINE1, "remove", "tool"], 4);
    assert!(err.contains(".cbe/lock: is a symbolic link"), "{err}");
    env.fails(&["--prefix", LINE1, "list"], 4);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
    // A dangling one: a read-only command creates nothing at its target.
    let target = env.path("created-by-cbe");
    fs::remove_file(&lock).unwrap();
    symlink(&target, &lock).unwrap();
    env.fails(&["--prefix", LINE1, "list"], 4);
    assert!(!target.exists());
}

#[test]
fn a_symlinked_database_is_refused_and_nothing_made_at_its_target() {
    let env = Env::new();
    let state = env.prefix().join(".cbe");
    fs::create_dir_all(&state).unwrap();
    let target = env.path("elsewhere.sqlite");
    symlink(&target, state.join("pkgdb.sqlite")).unwrap();
    let p = env.pkg("tool-1.0", &[("bin/tool", "!tool")], &[]);
    let err = env.fails(&["--prefix", LINE1, "install", p.to_str().unwrap()], 4);
    assert!(err.contains("pkgdb.sqlite: is a symbolic link"), "{err}");
    assert!(!target.exists());
    assert!(!env.prefix().join("bin/tool").exists());
}

#[test]
fn a_state_directory_others_prepared_is_refused() {
    let (env, _) = installed();
    let state = env.prefix().join(".cbe");
    fs::set_permissions(&state, fs::Permissions::from_mode(0o777)).unwrap();
    let err = env.fails(&["--prefix", LINE1, "list"], 4);
    assert!(err.contains("may be written by other users"), "{err}");
    // Sticky, as /tmp is: then only owners may rename or delete, and it is accepted.
    fs::set_permissions(&state, fs::Permissions::from_mode(0o1777)).unwrap();
    env.ok(&["--prefix", LINE1, "list"]);
    fs::set_permissions(&state, fs::Permissions::from_mode(0o755)).unwrap();
    // The state directory itself a symlink to a directory elsewhere.
    let moved = env.path("moved-state");
    fs::rename(&state, &moved).unwrap();
    symlink(&moved, &state).unwrap();
    let err = env.fails(&["--prefix", LINE1, "remove", "tool"], 4);
    assert!(err.contains(".cbe: is a symbolic link"), "{err}");
    assert!(moved.join("pkgdb.sqlite").exists());
}

#[test]
fn a_journal_row_outside_the_prefix_is_refused_not_deleted() {
    let (env, victim) = installed();
    let bad = escape(&env, &victim);
    {
        let c = db(&env);
        c.execute(
            "INSERT INTO transactions (started_at, state, command) VALUES ('x', 'committed', 'forged')",
            [],
        )
        .unwrap();
        let tx = c.last_insert_rowid();
        c.execute(
            "INSERT INTO journal (tx_id, seq, op, path, staged) VALUES (?1, 0, 'delete', ?2, NULL)",
            rusqlite::params![tx, bad],
        )
        .unwrap();
    }
    // A read-only command meets the unfinished transaction and would finish it.
    let err = env.fails(&["--prefix", LINE1, "list"], 4);
    assert!(err.contains("names a path outside the prefix"), "{err}");
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
}

#[test]
fn a_file_row_outside_the_prefix_is_refused_not_removed() {
    let (env, victim) = installed();
    let bad = escape(&env, &victim);
    db(&env)
        .execute(
            "UPDATE files SET path = ?1 WHERE path = 'share/tool/doc'",
            [bad],
        )
        .unwrap();
    let err = env.fails(&["--prefix", LINE1, "remove", "tool"], 4);
    assert!(err.contains("names a path outside the prefix"), "{err}");
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
    assert!(env.prefix().join("bin/tool").exists(), "nothing removed");
    // cbe's own state is not a package's either.
    let c = db(&env);
    c.execute(
        "UPDATE files SET path = 'share/tool/doc' WHERE path LIKE '../%'",
        [],
    )
    .unwrap();
    c.execute(
        "UPDATE files SET path = '.cbe/lock' WHERE path = 'bin/tool'",
        [],
    )
    .unwrap();
    let err = env.fails(&["--prefix", LINE1, "remove", "tool"], 4);
    assert!(err.contains("cbe's own state"), "{err}");
}
