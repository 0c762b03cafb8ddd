//! The integration tests: one binary, a module per area, the fixture in `common` compiled once
//! (as cargo, uv and ripgrep build theirs); each module drives the `cbe` binary.

mod common;

mod concurrency;
mod crash;
mod docs;
mod dry_run;
mod ensure;
mod extra;
mod fleet;
mod fuzz_regressions;
mod global_flags;
mod hints;
mod hostile;
mod hung;
mod install;
mod layers;
mod lockfile;
mod output;
mod pbulk;
mod pkgin_install;
mod pkgin_upgrade;
mod pkgin_verbs;
mod pkgsrc_compat;
mod platforms;
mod release;
mod release_set;
mod reliability;
mod repo;
mod s3_publish;
mod scripts;
mod security_identity;
mod security_pin;
mod security_state;
mod security_transport;
mod security_trust;
mod stream;
mod users;
mod version_vectors;
