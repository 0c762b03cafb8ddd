//! Trust is bound to a repository and a time: the signed index of a line's further
//! repository is not taken for the line's own, a key trusted for one repository does not
//! vouch for another, and an index past its expiry is refused unless taken knowingly.

use std::fs;

use crate::common::{repository_toml, write_config, Env, SignedRepo, Sources};

/// The line's own repository and an extras repository, each with its own key, configured as
/// the README says; `main` is what the line's `repos` points at.
fn configured(env: &Env, main: &SignedRepo, extras: &SignedRepo) {
    let sources = Sources::default()
        .repo(main.dir.display())
        .trust(&main.keys.public);
    let tail = repository_toml("extras", &extras.dir, &extras.keys.public);
    write_config(&env.root, 1, &sources, &tail);
}

#[test]
fn a_further_repositorys_index_is_not_taken_for_the_lines_own() {
    let env = Env::new();
    let main = SignedRepo::new(&env, "main");
    main.add("gcc-7.5", &[("bin/gcc", "!gcc")], &[]);
    main.index("1.0.0");
    let extras = SignedRepo::new(&env, "extras").name("extras");
    extras.add("gcc-99.0", &[("bin/gcc", "!extras gcc")], &[]);
    extras.index("1.0.0");
    configured(&env, &main, &extras);
    env.client().ok(&["update"]);
    env.client().ok(&["install", "gcc"]);

    // A mirror of the line's repository serves the extras repository's signed index, and
    // its key is trusted too (for extras): still not taken as the line's own.
    let sources = Sources::default()
        .repo(extras.dir.display())
        .trust(&main.keys.public)
        .trust(&extras.keys.public);
    write_config(&env.root, 1, &sources, "");
    let err = env.client().fails(&["update"], 4);
    assert!(
        err.contains("signed for repository `extras`, not `cbe`"),
        "{err}"
    );
    let gcc = fs::read_to_string(env.prefix().join("bin/gcc")).unwrap();
    assert_eq!(gcc, "gcc");
}

#[test]
fn a_key_trusted_for_one_repository_does_not_vouch_for_another() {
    let env = Env::new();
    let main = SignedRepo::new(&env, "main");
    main.add("tool-1.0", &[("bin/tool", "!tool")], &[]);
    main.index("1.0.0");
    let extras = SignedRepo::new(&env, "extras").name("extras");
    extras.add("more-1.0", &[("bin/more", "!more")], &[]);
    extras.index("1.0.0");
    // The extras repository's name, but signed by the line's key, which is not trusted for
    // extras.
    let forged = SignedRepo::open(&env, env.path("forged"), main.keys.clone()).name("extras");
    forged.add("more-2.0", &[("bin/more", "!forged")], &[]);
    forged.index("1.0.0");
    let sources = Sources::default()
        .repo(main.dir.display())
        .trust(&main.keys.public);
    let tail = repository_toml("extras", &forged.dir, &extras.keys.public);
    write_config(&env.root, 1, &sources, &tail);
    let err = env.client().fails(&["update"], 4);
    assert!(err.contains("not by trusted key"), "{err}");
    assert!(!env.prefix().join("bin/more").exists());
    // Without a name, a further repository is refused as configured wrongly.
    let tail = format!(
        "[[repository]]\nurls = [{:?}]\n",
        extras.dir.display().to_string()
    );
    write_config(&env.root, 1, &sources, &tail);
    let err = env.client().fails(&["update"], 1);
    assert!(err.contains("every [[repository]] needs a name"), "{err}");
}

#[test]
fn an_expired_index_is_refused_with_its_dates_unless_taken_knowingly() {
    let env = Env::new();
    let main = SignedRepo::new(&env, "main");
    main.add("tool-1.0", &[("bin/tool", "!tool")], &[]);
    main.index("1.0.0");
    // Replayed long after its release engineer meant it to be trusted.
    let p = main.dir.join("release");
    let text: String = fs::read_to_string(&p)
        .unwrap()
        .lines()
        .map(|l| match l.split_once('=') {
            Some(("EXPIRES", _)) => "EXPIRES=2001-01-01T00:00:00Z\n".to_string(),
            _ => format!("{l}\n"),
        })
        .collect();
    fs::write(&p, text).unwrap();
    main.sign();
    let c = main.client(main.dir.to_str().unwrap());
    let err = c.fails(&["install", "tool"], 4);
    assert!(err.contains("expired 2001-01-01T00:00:00Z"), "{err}");
    assert!(err.contains("--allow-expired"), "{err}");
    assert!(!env.prefix().join("bin/tool").exists());
    c.ok(&["--allow-expired", "install", "tool"]);
    assert!(env.prefix().join("bin/tool").exists());
}
