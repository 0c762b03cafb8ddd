//! Every command and flag, defined once: help, man pages and completions come from here.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

/// Exit statuses: the end of `cbe --help` and of every man page.
macro_rules! exit_help {
    () => {
        "\
EXIT STATUS
  0 ok, 1 error, 2 usage, 3 platform image too old, 4 verification failed (size, digest,
  signature, hostile archive), 5 network or server failure, 6 lock not acquired,
  7 not published (404). `repo diff`: 10 the releases differ, 11 a change needs a look.
  With --json, a failure is also a JSON object on standard output:
  {\"error\": MESSAGE, \"exit\": CODE, \"detail\": {\"kind\": KIND, \"subject\": PATH-OR-URL}}."
    };
}

/// The files cbe reads and writes, for `--help` and the man page.
const FILES_HELP: &str = concat!(
    "\
FILES
  <prefix>/.cbe/config.toml   a line's client configuration (TOML):
      repos = [\"https://pkg.example.org/cbe/$line/$arch\", \"https://mirror.example.net/cbe/$line/$arch\"]
      trusted_keys = [\"keys/cbe-release.pub\"]   # paths (relative to the file) or key text
      revoked_keys = []                          # key ids or keys no longer trusted
      cache_dir = \"/var/cache/cbe\"              # under --root; shared by all lines
      parallel = 4                               # connections at a time (downloads, ranges)
      timeout = 30                               # seconds without a byte before a transfer fails
      min_rate = 1024                            # bytes/s over `timeout` s, else the next mirror
      deadline = 3600                            # seconds one transfer may take (default:
                                                 # `timeout` plus its size at `min_rate`)
      [[repository]]                             # further repositories, lower priority
      name = \"extras\"                            # REPOSITORY= its signed release carries
      urls = [\"https://pkg.example.org/extra/$arch\"]
      trusted_keys = [\"keys/extras-release.pub\"]  # trusted for this repository only
    `repos` are mirrors of the line's repository, tried in order. Top-level trusted_keys vouch
    for the line's own repository (REPOSITORY=cbe) only; each [[repository]] has its own. When resolving, the first
    repository that has a match wins. Flags and environment override the file: --repo
    (CBE_REPOS), --trusted-key (CBE_TRUSTED_KEYS), --cache-dir (CBE_CACHE_DIR), --parallel
    (CBE_PARALLEL), --timeout (CBE_TIMEOUT).
  <prefix>/.cbe/pkgdb.sqlite  the installed-package database and the catalogue
  <prefix>/.cbe/lock          the prefix lock (flock); one writer at a time
  <root>/var/cache/cbe/       downloaded packages, named by SHA-256 (for a user other
                              than root without --root: $XDG_CACHE_HOME/cbe)

",
    exit_help!()
);

/// Exit statuses, at the end of every man page.
pub const EXIT_HELP: &str = exit_help!();

/// The pin file, for `ensure --help` and its man page.
const PIN_HELP: &str = "\
THE PIN FILE
  cbe.toml, found from the current directory upward (the nearest wins), or --pin FILE:
      [cbe]
      version = \"^3.2\"                          # semver requirement; its major is the line
      repos = [\"https://pkg.example.org/cbe/$line/$arch\"]   # primary, then mirrors
      trusted_keys = [\"keys/cbe-release.pub\"]   # paths relative to the pin file, or key text
      revoked_keys = []                          # key ids (or keys) no longer trusted
      min_platform = \"20180329T002515Z\"         # oldest supported platform image
      packages = [\"gcc7\", \"gmake\"]            # default: the line's whole set
      refresh = 900                              # seconds between checks for a new release
      elevate = \"pfexec\"                        # how ensure gets the right to change the line
  The requirement comes from --cbe, then CBE_VERSION, then the pin file (-v says which).
  The oldest supported platform image is the later of the pin file's and the published
  release's; the stamp is --platform-image, CBE_PLATFORM_IMAGE, or uname -v on illumos.
  ensure writes the pin file's repos, trusted_keys and revoked_keys into the line's
  config.toml (the rest of that file stays as written), so later commands on the line use
  the same repositories and keys. --repo and --trusted-key (CBE_REPOS, CBE_TRUSTED_KEYS)
  replace the pin file's repos and trusted_keys for that run: never merged, never written.
  A cbe.toml found by walking up is used only if it is a regular file owned by you or root
  and writable by no one else, and its directory and each one above it are owned by you or
  root and writable by no one else unless sticky (like /tmp); otherwise it is ignored with a
  warning saying why, and the walk stops there. --pin FILE is read as it is.";

/// A number of seconds, as every `SECS` option takes it; said in those words when it is not
/// one (Rust's own message is "invalid float literal").
fn seconds(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(format!(
            "`{s}` is not a number of seconds (for example 900, or 2.5)"
        )),
    }
}

/// How each command's help ends: the global options are listed once, in `cbe --help`.
const COMMAND_HELP_TEMPLATE: &str = "\
{before-help}{about-with-newline}
{usage-heading} {usage}

{all-args}

Global options (--root, --cbe, --prefix, --json, -q, -v, --dry-run and more): see `cbe --help`.\
{after-help}";

/// The command tree as parsed, helped and documented: every command takes the global
/// options, and its help points to `cbe --help` for them instead of repeating ~25 lines.
pub fn command() -> clap::Command {
    let cli = Cli::command();
    let globals: Vec<clap::Arg> = cli
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    with_quiet_globals(cli, &globals)
}

/// Gives each command (at any depth) the global options, hidden from its help. Clap
/// propagates a global option only to a command that lacks it, so the hidden copy is the
/// one parsed, with the same id and the same effect.
fn with_quiet_globals(cmd: clap::Command, globals: &[clap::Arg]) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name, |sub| {
            let sub = globals
                .iter()
                .fold(sub, |sub, a| sub.arg(a.clone().hide(true)));
            with_quiet_globals(sub, globals).help_template(COMMAND_HELP_TEMPLATE)
        })
    })
}

/// cbe: versioned build toolchains, installed side by side and never half-installed.
#[derive(Debug, Parser)]
#[command(
    name = "cbe",
    version,
    about,
    long_about = None,
    propagate_version = true,
    after_long_help = FILES_HELP
)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: Global,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// A directory or file given relative to the current directory, made absolute once, as it
/// is parsed: packages' scripts run in other directories, and the PATH `cbe env` prints is
/// used from anywhere, so a relative path would name something else there.
fn absolute(arg: &str) -> Result<PathBuf, String> {
    std::path::absolute(arg).map_err(|e| format!("cannot make `{arg}` an absolute path: {e}"))
}

/// Options every command takes; in every command's help under a heading of their own, apart
/// from the command's own options.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is
    /// taken from the current directory, once).
    #[arg(
        long,
        global = true,
        env = "CBE_ROOT",
        default_value = "/",
        value_name = "DIR",
        value_parser = absolute
    )]
    pub root: PathBuf,
    /// Act on the prefix DIR (absolute, as packages name it).
    #[arg(long, global = true, value_name = "DIR", conflicts_with = "cbe")]
    pub prefix: Option<String>,
    /// Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the
    /// line's release (`^3.2`), whose major is the line.
    #[arg(long, global = true, env = "CBE_VERSION", value_name = "N|REQ")]
    pub cbe: Option<String>,
    /// This machine's platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`.
    #[arg(long, global = true, env = "CBE_PLATFORM_IMAGE", value_name = "STAMP")]
    pub platform_image: Option<String>,
    /// Machine-readable output (JSON).
    #[arg(long, global = true)]
    pub json: bool,
    /// Say only what went wrong.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say more: each step, and the detail of errors.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Answer yes to every question (cbe asks none yet; accepted for scripts).
    #[arg(short, long, global = true)]
    pub yes: bool,
    /// Show what would change, change nothing.
    #[arg(short = 'n', long, global = true)]
    pub dry_run: bool,
    /// Run no package's +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add's
    /// -I); the plan still says which would have run.
    #[arg(long, global = true)]
    pub no_scripts: bool,
    /// Wait at most SECS for another cbe working on the same prefix (default: wait).
    #[arg(long, global = true, env = "CBE_LOCK_TIMEOUT", value_name = "SECS", value_parser = seconds)]
    pub lock_timeout: Option<f64>,
    /// The machine architecture packages must be built for (default: this machine's).
    #[arg(long, global = true, env = "CBE_ARCH", value_name = "ARCH")]
    pub arch: Option<String>,
    /// A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the
    /// line's configured `repos`.
    #[arg(
        long = "repo",
        global = true,
        env = "CBE_REPOS",
        value_delimiter = ' ',
        value_name = "URL"
    )]
    pub repos: Vec<String>,
    /// Trust this public key (a file, or the key text); repeatable.
    #[arg(
        long = "trusted-key",
        global = true,
        env = "CBE_TRUSTED_KEYS",
        value_delimiter = ' ',
        value_name = "KEY"
    )]
    pub trusted_keys: Vec<String>,
    /// The download cache (default: <root>/var/cache/cbe).
    #[arg(
        long,
        global = true,
        env = "CBE_CACHE_DIR",
        value_name = "DIR",
        value_parser = absolute
    )]
    pub cache_dir: Option<PathBuf>,
    /// Connections at a time: downloads, and byte ranges of one large package (default 4).
    #[arg(long, global = true, env = "CBE_PARALLEL", value_name = "N")]
    pub parallel: Option<usize>,
    /// Seconds a transfer may go without a byte before it fails (default 30).
    #[arg(long, global = true, env = "CBE_TIMEOUT", value_name = "SECS", value_parser = seconds)]
    pub timeout: Option<f64>,
    /// Take a signed index past the EXPIRES its release engineer set, knowingly (an old index
    /// replayed by a mirror looks the same).
    #[arg(long, global = true)]
    pub allow_expired: bool,
    /// Read the password of password-protected secret keys from FILE (its first line);
    /// without it cbe asks on the terminal, if there is one.
    #[arg(
        long,
        global = true,
        env = "CBE_KEY_PASSWORD_FILE",
        value_name = "FILE"
    )]
    pub password_file: Option<PathBuf>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make sure the line the project's pin file (cbe.toml) asks for is installed and
    /// current, and that this machine's platform image is new enough; print nothing when it
    /// is (unless asked for the environment).
    #[command(after_long_help = PIN_HELP)]
    Ensure(EnsureArgs),
    /// Write cbe.lock beside cbe.toml: the release, the SHA-256 of its signed release file,
    /// and every package's name, version and SHA-256; ensure then installs exactly that.
    Lock(LockArgs),
    /// Print the environment to build with a line.
    Env {
        /// The line (default: --cbe, or the pin file's).
        line: Option<String>,
        /// sh, csh, fish or json.
        #[arg(long, default_value = "sh")]
        shell: String,
    },
    /// The platform image check alone.
    #[command(subcommand)]
    Platform(PlatformCommand),
    /// The installed lines, their releases and health; `lines remove N` removes one.
    Lines {
        /// `remove`.
        #[command(subcommand)]
        action: Option<LinesCommand>,
    },
    /// smartos-extra: the prebuilt tree matching the source checkout's HEAD, or a build.
    #[command(subcommand)]
    Extra(ExtraCommand),
    /// Fetch the line's signed repository index and refresh the catalogue.
    #[command(visible_alias = "up")]
    Update,
    /// Install packages by name or pattern from the repositories, or package files (one
    /// transaction: all of them, or none).
    #[command(visible_alias = "in")]
    Install(InstallArgs),
    /// Upgrade installed packages (all, or those named) to the repositories' newest.
    #[command(visible_aliases = ["ug", "full-upgrade", "fug"])]
    Upgrade {
        /// Installed packages (default: all).
        packages: Vec<String>,
        /// Download what the upgrade needs into the cache (verified) and install nothing
        /// (pkgin's `-d`).
        #[arg(short = 'd', long)]
        download_only: bool,
    },
    /// List the packages the repositories offer.
    #[command(visible_alias = "av")]
    Avail,
    /// Search the repositories' packages by name and comment.
    #[command(visible_alias = "se")]
    Search {
        /// A regular expression.
        regex: String,
    },
    /// What a package depends on (installed, or in the repositories).
    #[command(visible_alias = "sd")]
    ShowDeps {
        /// A package name or pattern.
        package: String,
    },
    /// Which installed packages depend on a package.
    #[command(visible_alias = "srd")]
    ShowRevDeps {
        /// An installed package.
        package: String,
    },
    /// Every dependency of a repository package, recursively, deepest first (pkgin's
    /// `show-full-deps`).
    #[command(visible_alias = "sfd")]
    ShowFullDeps {
        /// A package: base name, full name or pattern.
        package: String,
    },
    /// The files of a package: installed (from the database), else the repositories'
    /// (downloaded into the cache, verified, to be read).
    #[command(visible_alias = "pc")]
    PkgContent {
        /// A package: base name, full name or pattern.
        package: String,
    },
    /// The shared libraries a repository package provides (its PROVIDES).
    #[command(visible_alias = "prov")]
    Provides {
        /// A package: base name, full name or pattern.
        package: String,
    },
    /// The shared libraries a repository package requires (its REQUIRES).
    #[command(visible_alias = "req")]
    Requires {
        /// A package: base name, full name or pattern.
        package: String,
    },
    /// The repository packages in a category (one of their CATEGORIES).
    #[command(visible_alias = "sc")]
    ShowCategory {
        /// A pkgsrc category: `devel`, `lang`, …
        category: String,
    },
    /// The categories of a repository package (every version of it).
    #[command(visible_alias = "spc")]
    ShowPkgCategory {
        /// A package's base name or full name.
        package: String,
    },
    /// Every category of the repositories' packages.
    #[command(visible_alias = "sac")]
    ShowAllCategories,
    /// The installed packages and the repositories' in numbers and sizes.
    #[command(visible_alias = "st")]
    Stats,
    /// The installed packages kept for themselves (not automatic).
    #[command(visible_alias = "sk")]
    ShowKeep,
    /// The installed packages installed only as dependencies (automatic).
    #[command(visible_alias = "snk")]
    ShowNoKeep,
    /// Remove automatic packages nothing kept needs any more.
    #[command(visible_alias = "ar")]
    Autoremove,
    /// Print the kept (non-automatic) packages, one base name a line.
    #[command(visible_alias = "ex")]
    Export,
    /// Install the packages listed in FILE (as `export` prints them).
    #[command(visible_alias = "im")]
    Import {
        /// The list.
        file: PathBuf,
    },
    /// Empty the download cache.
    #[command(visible_alias = "cl")]
    Clean,
    /// Remove installed packages.
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs),
    /// List installed packages.
    #[command(visible_alias = "ls")]
    List,
    /// Show a package: installed (by name) or a package file.
    Info {
        /// An installed package's name or base name, or a package file.
        package: String,
    },
    /// Which package owns a file.
    Which {
        /// A path: absolute, or relative to the prefix.
        file: String,
    },
    /// Re-hash installed files and report the modified, missing, and wrong type or mode.
    Verify {
        /// Packages to check (default: all).
        packages: Vec<String>,
    },
    /// Mark packages as wanted for themselves, so autoremove keeps them.
    #[command(visible_alias = "ke")]
    Keep {
        /// Installed packages.
        #[arg(required = true)]
        packages: Vec<String>,
    },
    /// Mark packages as installed only for others' sake.
    #[command(visible_alias = "uk")]
    Unkeep {
        /// Installed packages.
        #[arg(required = true)]
        packages: Vec<String>,
    },
    /// The transactions made on the prefix.
    History,
    /// Match package names against pkgsrc patterns (like `pkg_admin pmatch`).
    Pmatch(PmatchArgs),
    /// Package tools for release engineers.
    #[command(subcommand)]
    Pkg(PkgCommand),
    /// Repository tools for release engineers: keys, index, signature.
    #[command(subcommand)]
    Repo(RepoCommand),
    /// Write the man pages (cbe.1, cbe-COMMAND.1) into DIR and shell completions for bash, zsh
    /// and fish into DIR/completions, for this binary.
    #[command(name = "generate-docs")]
    GenerateDocs {
        /// Output directory (made if missing), e.g. /usr/local/share/man/man1.
        dir: PathBuf,
    },
}

/// `cbe install`.
#[derive(Debug, Args)]
pub struct InstallArgs {
    /// Package names or patterns (from the repositories), or package files.
    #[arg(required = true, value_name = "PKG|FILE")]
    pub packages: Vec<String>,
    /// Replace files that belong to no package, and reinstall packages already installed.
    #[arg(long)]
    pub force: bool,
    /// Allow setuid and setgid files in these packages.
    #[arg(long)]
    pub allow_setuid: bool,
    /// Mark the packages as installed only as dependencies.
    #[arg(long)]
    pub automatic: bool,
    /// Download the packages (and the dependencies they need) into the cache, verified;
    /// install nothing (pkgin's `-d`).
    #[arg(short = 'd', long)]
    pub download_only: bool,
}

/// `cbe remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// Installed packages (name or base name).
    #[arg(required = true, value_name = "PKG")]
    pub packages: Vec<String>,
    /// Also remove the packages that depend on them.
    #[arg(short, long)]
    pub recursive: bool,
    /// Remove even if other packages depend on them.
    #[arg(long)]
    pub force: bool,
}

/// `cbe pmatch`.
#[derive(Debug, Args)]
pub struct PmatchArgs {
    /// Read patterns from FILE (one a line) and package names from standard input; print
    /// each matching `PATTERN PKGNAME` pair.
    #[arg(short = 'f', long = "file", value_name = "FILE", conflicts_with_all = ["pattern", "pkgname"])]
    pub patterns_file: Option<PathBuf>,
    /// A pattern: `gcc7>=7.5`, `gmake-[0-9]*`, `{gcc7,gcc10}-*`, `perl`.
    #[arg(required_unless_present = "patterns_file")]
    pub pattern: Option<String>,
    /// A package name: `gcc7-7.5.0nb3`.
    #[arg(required_unless_present = "patterns_file")]
    pub pkgname: Option<String>,
}

/// `cbe pkg ...`.
#[derive(Debug, Subcommand)]
pub enum PkgCommand {
    /// Build a package from a staged directory; `--prefix` (or `--cbe N`) names the prefix
    /// its files were built for.
    Create(CreateArgs),
}

/// `cbe pkg create`.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The staged directory: its contents become the prefix's contents.
    #[arg(long, value_name = "DIR")]
    pub from: PathBuf,
    /// Read metadata from FILE (`KEY=VALUE` lines: PKGNAME, PREFIX, COMMENT, DESCRIPTION,
    /// DEPENDS, CONFLICTS, SMOKE_TEST; other keys go to +BUILD_INFO). Flags win.
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// NAME-VERSION of the package.
    #[arg(long, value_name = "NAME-VERSION")]
    pub name: Option<String>,
    /// The package file to write.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: PathBuf,
    /// One-line comment.
    #[arg(long)]
    pub comment: Option<String>,
    /// A file holding the long description.
    #[arg(long, value_name = "FILE")]
    pub desc: Option<PathBuf>,
    /// A dependency pattern (repeatable).
    #[arg(long = "depends", value_name = "PATTERN")]
    pub depends: Vec<String>,
    /// A conflict pattern (repeatable).
    #[arg(long = "conflicts", value_name = "PATTERN")]
    pub conflicts: Vec<String>,
    /// A +BUILD_INFO entry (repeatable).
    #[arg(long = "build-info", value_name = "KEY=VALUE")]
    pub build_info: Vec<String>,
    /// A command proving the installed package works, run by `cbe repo check`.
    #[arg(long, value_name = "CMD")]
    pub smoke_test: Option<String>,
    /// The package's +INSTALL script, run as `+INSTALL PKGNAME PRE-INSTALL` before its files
    /// are placed and `POST-INSTALL` after (pkg_create's -i).
    #[arg(long, value_name = "FILE")]
    pub install_script: Option<PathBuf>,
    /// The package's +DEINSTALL script, run as `+DEINSTALL PKGNAME DEINSTALL` before its
    /// files go and `POST-DEINSTALL` after (pkg_create's -k).
    #[arg(long, value_name = "FILE")]
    pub deinstall_script: Option<PathBuf>,
    /// The payload's compression: zstd (cbe's own: decoded on every core), or gzip, xz or
    /// bzip2, which pkg_add, pkg_info and pkgin also read (default: what -o's suffix says,
    /// .tzst .tgz .txz .tbz, else zstd).
    #[arg(long, value_enum, value_name = "KIND")]
    pub compression: Option<CompressionArg>,
    /// Compression level (default: zstd 19, gzip 6, xz 6, bzip2 9).
    #[arg(long)]
    pub level: Option<i32>,
}

/// `pkg create --compression`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum CompressionArg {
    /// zstd, several frames.
    Zstd,
    /// gzip, as pkg_create writes by default.
    Gzip,
    /// xz.
    Xz,
    /// bzip2.
    Bzip2,
}

/// `cbe repo ...`.
#[derive(Debug, Subcommand)]
pub enum RepoCommand {
    /// Write NAME.key (secret, password-protected, minisign's format) and NAME.pub.
    ///
    /// The password is the first line of --password-file FILE (CBE_KEY_PASSWORD_FILE), else
    /// asked twice on the terminal; the same goes for signing with the key later.
    Keygen {
        /// Path and base name of the key files.
        name: PathBuf,
        /// Write the secret key without a password (for automation; guard the file instead).
        #[arg(long)]
        unencrypted: bool,
    },
    /// Write pkg_summary.{zst,bz2,gz} and the release file for the packages in DIR/All.
    Index(IndexArgs),
    /// The publish gate: install everything into a scratch root, upgrade from the previous
    /// release, run smoke tests, check the index; a SUCCESS/FAILURE table.
    Check(CheckArgs),
    /// What a release changes against another: added, removed, upgraded, downgraded.
    ///
    /// Exits 0 when both hold the same packages, 10 when they differ, 11 when a change needs
    /// a look (a downgrade, a dropped package, another line); an error reading either exits
    /// with its error code (1, or 2 for a usage error), never 10 or 11.
    Diff {
        /// The old release's repository directory.
        old: PathBuf,
        /// The new release's repository directory.
        new: PathBuf,
    },
    /// Publish DIR to DEST (a directory, an http(s) URL accepting PUT, or
    /// s3://BUCKET/PREFIX): packages first, the index last; never overwrite. Nothing moves
    /// unless every package's size, SHA-256 and prefix match the signed index, the index
    /// matches the release file, and the signature is there (and verifies against
    /// --trusted-key, when given; without it, trust is checked by `cbe repo check`). For s3:// the
    /// credentials, region and store come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
    /// AWS_SESSION_TOKEN, AWS_REGION and AWS_ENDPOINT_URL (any S3-compatible store; path-style
    /// requests).
    Publish {
        /// The repository directory.
        dir: PathBuf,
        /// Where to publish.
        #[arg(long, value_name = "DEST")]
        to: String,
    },
    /// Sign (or re-sign) DIR's release file; several keys for a key rotation.
    Sign {
        /// The repository directory.
        dir: PathBuf,
        /// The secret key (repeatable: the first writes release.minisig, each other one
        /// release.minisig-<KEY ID>).
        #[arg(long, value_name = "KEY", required = true)]
        sign: Vec<PathBuf>,
    },
}

/// `cbe repo check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The repository directory.
    pub dir: PathBuf,
    /// The line's previous release (a repository directory), for the upgrade scenario.
    #[arg(long, value_name = "DIR")]
    pub previous: Option<PathBuf>,
    /// Seconds a package's smoke test may run before it is killed and counted as failed (one
    /// still running after 3 s is announced on stderr, then every 10 s).
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    pub smoke_timeout: u64,
    /// Pass the gate without checking the signature (no --trusted-key given); without it an
    /// unchecked signature is a FAILURE.
    #[arg(long)]
    pub allow_unsigned: bool,
    /// With --previous: PKGBASE may go down in version (repeatable).
    #[arg(long, value_name = "PKGBASE")]
    pub allow_downgrade: Vec<String>,
    /// With --previous: PKGBASE may be left out of this release (repeatable).
    #[arg(long, value_name = "PKGBASE")]
    pub allow_drop: Vec<String>,
}

/// `cbe repo index`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// The repository directory (packages in DIR/All). A pkg_summary pbulk wrote in DIR/All
    /// is kept field for field once each entry agrees with its package.
    pub dir: PathBuf,
    /// The CBE line.
    #[arg(long)]
    pub line: u64,
    /// The release version (semver, N.MINOR.PATCH).
    #[arg(long)]
    pub release: String,
    /// The machine arch (default: this machine's).
    #[arg(long = "machine-arch", value_name = "ARCH")]
    pub machine_arch: Option<String>,
    /// The oldest supported platform image (YYYYMMDDTHHMMSSZ).
    #[arg(long, value_name = "STAMP")]
    pub min_platform: String,
    /// Sign the release file with this secret key (repeatable, for a key rotation).
    #[arg(long, value_name = "KEY")]
    pub sign: Vec<PathBuf>,
    /// The repository's name, which its clients expect: `cbe` for a line's own repository,
    /// the `name` of a `[[repository]]` for a further one.
    #[arg(long = "name", value_name = "NAME", default_value = "cbe")]
    pub repository: String,
    /// Clients refuse the index this many days after it is made (re-index before then).
    #[arg(long, value_name = "DAYS", default_value_t = 365)]
    pub expires_days: u32,
}

/// `cbe ensure`.
#[derive(Debug, Args)]
pub struct EnsureArgs {
    /// The pin file (default: cbe.toml in this directory or the nearest above it).
    #[arg(long, value_name = "FILE", value_parser = absolute)]
    pub pin: Option<PathBuf>,
    /// The oldest supported platform image (over the pin file's).
    #[arg(long, value_name = "STAMP")]
    pub min_platform: Option<String>,
    /// After ensuring, print the environment for SHELL (sh, csh, fish, json).
    #[arg(long, value_name = "SHELL")]
    pub print_env: Option<String>,
    /// Never use the network: succeed only if the line is installed and satisfies.
    #[arg(long)]
    pub offline: bool,
    /// Seconds a check for a new release stays good (default: the pin's, else 900).
    #[arg(long, env = "CBE_REFRESH", value_name = "SECS", value_parser = seconds)]
    pub refresh: Option<f64>,
    /// Fail when the platform image cannot be checked (not SmartOS, no --platform-image).
    #[arg(long)]
    pub require_platform: bool,
    /// Fail (exit 5) when the repository cannot be reached to look for a new release, even
    /// though the installed release satisfies the pin (default: warn and succeed).
    #[arg(long)]
    pub require_fresh: bool,
    /// Install exactly what cbe.lock locks; fail when there is none or it no longer answers
    /// the pin (default: an outdated lock is written again).
    #[arg(long)]
    pub locked: bool,
}

/// `cbe lock`.
#[derive(Debug, Args)]
pub struct LockArgs {
    /// Move the lock to the newest release the requirement allows, and print the change.
    #[arg(long)]
    pub upgrade: bool,
    /// The pin file (default: cbe.toml in this directory or the nearest above it).
    #[arg(long, value_name = "FILE")]
    pub pin: Option<PathBuf>,
}

/// `cbe platform ...`.
#[derive(Debug, Subcommand)]
pub enum PlatformCommand {
    /// Compare this machine's platform image with the oldest supported one (exit 3 if older).
    Check {
        /// The oldest supported stamp (default: the pin file's min_platform).
        #[arg(long, value_name = "STAMP")]
        oldest: Option<String>,
    },
}

/// `cbe lines ...`.
#[derive(Debug, Subcommand)]
pub enum LinesCommand {
    /// Remove a whole line.
    Remove {
        /// The line.
        line: u64,
    },
}

/// Where smartos-extra comes from and goes (over the pin file's `[extra]`).
#[derive(Debug, Args, Clone)]
pub struct ExtraArgs {
    /// The smartos-extra git checkout.
    #[arg(long, value_name = "DIR")]
    pub source: Option<PathBuf>,
    /// The tree's destination (default: proto.extra beside the pin file).
    #[arg(long, value_name = "DIR")]
    pub dest: Option<PathBuf>,
    /// Where tarballs are published (repeatable; replaces the pin file's).
    #[arg(long = "url", value_name = "URL")]
    pub urls: Vec<String>,
    /// The build command (run with DESTDIR set to a staging directory).
    #[arg(long, value_name = "CMD")]
    pub build: Option<String>,
    /// An illumos checkout to check the source's illumos-compat commit against.
    #[arg(long, value_name = "DIR")]
    pub illumos: Option<PathBuf>,
    /// Build even when a prebuilt tree matches.
    #[arg(long, alias = "no-download")]
    pub force_build: bool,
    /// Build when the download fails for a reason other than 404.
    #[arg(long)]
    pub fallback_build: bool,
}

/// `cbe extra ...`.
#[derive(Debug, Subcommand)]
pub enum ExtraCommand {
    /// Print the decision as KEY=VALUE lines; change nothing.
    Plan(ExtraArgs),
    /// Carry the plan out: download, verify and unpack, or build from source.
    Sync {
        /// Where things are.
        #[command(flatten)]
        args: ExtraArgs,
        /// A build plan is an error (for jobs that must consume an artifact).
        #[arg(long)]
        no_build: bool,
    },
    /// Make the tarball and its signed manifest for the source's HEAD, from a built tree.
    Pack(PackArgs),
    /// Copy packed tarballs to DEST (a directory or s3://BUCKET/PREFIX): tarball first,
    /// manifest last; never overwrite.
    Publish {
        /// What pack wrote.
        out: PathBuf,
        /// The published directory, or s3://BUCKET/PREFIX.
        #[arg(long, value_name = "DEST")]
        to: String,
    },
}

/// `cbe extra pack`'s flags.
#[derive(Debug, Args)]
pub struct PackArgs {
    /// The built tree, stamped for the checkout's HEAD and unchanged since (as `cbe extra
    /// sync --force-build --dest DIR` leaves it from a clean checkout).
    #[arg(long, value_name = "DIR")]
    pub tree: PathBuf,
    /// The secret key.
    #[arg(long, value_name = "KEY")]
    pub sign: PathBuf,
    /// Output directory.
    #[arg(short = 'o', long = "output", value_name = "OUTDIR")]
    pub out: PathBuf,
    /// The clean source checkout (default: the pin file's).
    #[arg(long, value_name = "DIR")]
    pub source: Option<PathBuf>,
    /// zstd (default) or bzip2.
    #[arg(long, default_value = "zstd")]
    pub compression: String,
    /// The oldest supported platform image (default: the pin file's).
    #[arg(long, value_name = "STAMP")]
    pub min_platform: Option<String>,
    /// Pack even on a builder newer than the oldest supported platform image.
    #[arg(long)]
    pub force: bool,
}
