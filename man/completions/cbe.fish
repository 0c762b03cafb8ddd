# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cbe_global_optspecs
    string join \n root= prefix= cbe= platform-image= json q/quiet v/verbose y/yes n/dry-run no-scripts lock-timeout= arch= repo= trusted-key= cache-dir= parallel= timeout= allow-expired password-file= h/help V/version
end

function __fish_cbe_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_cbe_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_cbe_using_subcommand
    set -l cmd (__fish_cbe_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c cbe -n "__fish_cbe_needs_command" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_needs_command" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_needs_command" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_needs_command" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_needs_command" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_needs_command" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_needs_command" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_needs_command" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_needs_command" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_needs_command" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_needs_command" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_needs_command" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_needs_command" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_needs_command" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cbe -n "__fish_cbe_needs_command" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "ensure" -d 'Make sure the line the project\'s pin file (cbe.toml) asks for is installed and current, and that this machine\'s platform image is new enough; print nothing when it is (unless asked for the environment)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "lock" -d 'Write cbe.lock beside cbe.toml: the release, the SHA-256 of its signed release file, and every package\'s name, version and SHA-256; ensure then installs exactly that'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "env" -d 'Print the environment to build with a line'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "platform" -d 'The platform image check alone'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "lines" -d 'The installed lines, their releases and health; `lines remove N` removes one'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "extra" -d 'smartos-extra: the prebuilt tree matching the source checkout\'s HEAD, or a build'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "update" -d 'Fetch the line\'s signed repository index and refresh the catalogue'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "up" -d 'Fetch the line\'s signed repository index and refresh the catalogue'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "install" -d 'Install packages by name or pattern from the repositories, or package files (one transaction: all of them, or none)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "in" -d 'Install packages by name or pattern from the repositories, or package files (one transaction: all of them, or none)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "upgrade" -d 'Upgrade installed packages (all, or those named) to the repositories\' newest'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "ug" -d 'Upgrade installed packages (all, or those named) to the repositories\' newest'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "full-upgrade" -d 'Upgrade installed packages (all, or those named) to the repositories\' newest'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "fug" -d 'Upgrade installed packages (all, or those named) to the repositories\' newest'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "avail" -d 'List the packages the repositories offer'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "av" -d 'List the packages the repositories offer'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "search" -d 'Search the repositories\' packages by name and comment'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "se" -d 'Search the repositories\' packages by name and comment'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-deps" -d 'What a package depends on (installed, or in the repositories)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "sd" -d 'What a package depends on (installed, or in the repositories)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-rev-deps" -d 'Which installed packages depend on a package'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "srd" -d 'Which installed packages depend on a package'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-full-deps" -d 'Every dependency of a repository package, recursively, deepest first (pkgin\'s `show-full-deps`)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "sfd" -d 'Every dependency of a repository package, recursively, deepest first (pkgin\'s `show-full-deps`)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "pkg-content" -d 'The files of a package: installed (from the database), else the repositories\' (downloaded into the cache, verified, to be read)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "pc" -d 'The files of a package: installed (from the database), else the repositories\' (downloaded into the cache, verified, to be read)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "provides" -d 'The shared libraries a repository package provides (its PROVIDES)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "prov" -d 'The shared libraries a repository package provides (its PROVIDES)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "requires" -d 'The shared libraries a repository package requires (its REQUIRES)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "req" -d 'The shared libraries a repository package requires (its REQUIRES)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-category" -d 'The repository packages in a category (one of their CATEGORIES)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "sc" -d 'The repository packages in a category (one of their CATEGORIES)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-pkg-category" -d 'The categories of a repository package (every version of it)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "spc" -d 'The categories of a repository package (every version of it)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-all-categories" -d 'Every category of the repositories\' packages'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "sac" -d 'Every category of the repositories\' packages'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "stats" -d 'The installed packages and the repositories\' in numbers and sizes'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "st" -d 'The installed packages and the repositories\' in numbers and sizes'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-keep" -d 'The installed packages kept for themselves (not automatic)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "sk" -d 'The installed packages kept for themselves (not automatic)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-no-keep" -d 'The installed packages installed only as dependencies (automatic)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "snk" -d 'The installed packages installed only as dependencies (automatic)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "autoremove" -d 'Remove automatic packages nothing kept needs any more'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "ar" -d 'Remove automatic packages nothing kept needs any more'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "export" -d 'Print the kept (non-automatic) packages, one base name a line'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "ex" -d 'Print the kept (non-automatic) packages, one base name a line'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "import" -d 'Install the packages listed in FILE (as `export` prints them)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "im" -d 'Install the packages listed in FILE (as `export` prints them)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "clean" -d 'Empty the download cache'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "cl" -d 'Empty the download cache'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "remove" -d 'Remove installed packages'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "rm" -d 'Remove installed packages'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "list" -d 'List installed packages'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "ls" -d 'List installed packages'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "info" -d 'Show a package: installed (by name) or a package file'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "which" -d 'Which package owns a file'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "verify" -d 'Re-hash installed files and report the modified, missing, and wrong type or mode'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "keep" -d 'Mark packages as wanted for themselves, so autoremove keeps them'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "ke" -d 'Mark packages as wanted for themselves, so autoremove keeps them'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "unkeep" -d 'Mark packages as installed only for others\' sake'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "uk" -d 'Mark packages as installed only for others\' sake'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "history" -d 'The transactions made on the prefix'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "pmatch" -d 'Match package names against pkgsrc patterns (like `pkg_admin pmatch`)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "pkg" -d 'Package tools for release engineers'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "repo" -d 'Repository tools for release engineers: keys, index, signature'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "generate-docs" -d 'Write the man pages (cbe.1, cbe-COMMAND.1) into DIR and shell completions for bash, zsh and fish into DIR/completions, for this binary'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l pin -d 'The pin file (default: cbe.toml in this directory or the nearest above it)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l min-platform -d 'The oldest supported platform image (over the pin file\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l print-env -d 'After ensuring, print the environment for SHELL (sh, csh, fish, json)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l refresh -d 'Seconds a check for a new release stays good (default: the pin\'s, else 900)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l offline -d 'Never use the network: succeed only if the line is installed and satisfies'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l require-platform -d 'Fail when the platform image cannot be checked (not SmartOS, no --platform-image)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l require-fresh -d 'Fail (exit 5) when the repository cannot be reached to look for a new release, even though the installed release satisfies the pin (default: warn and succeed)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l locked -d 'Install exactly what cbe.lock locks; fail when there is none or it no longer answers the pin (default: an outdated lock is written again)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l pin -d 'The pin file (default: cbe.toml in this directory or the nearest above it)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l upgrade -d 'Move the lock to the newest release the requirement allows, and print the change'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand lock" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand env" -l shell -d 'sh, csh, fish or json' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand env" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand env" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand env" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand env" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand env" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Compare this machine\'s platform image with the oldest supported one (exit 3 if older)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l oldest -d 'The oldest supported stamp (default: the pin file\'s min_platform)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from help" -f -a "check" -d 'Compare this machine\'s platform image with the oldest supported one (exit 3 if older)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -f -a "remove" -d 'Remove a whole line'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a whole line'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "plan" -d 'Print the decision as KEY=VALUE lines; change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "sync" -d 'Carry the plan out: download, verify and unpack, or build from source'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "pack" -d 'Make the tarball and its signed manifest for the source\'s HEAD, from a built tree'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "publish" -d 'Copy packed tarballs to DEST (a directory or s3://BUCKET/PREFIX): tarball first, manifest last; never overwrite'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l source -d 'The smartos-extra git checkout' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l dest -d 'The tree\'s destination (default: proto.extra beside the pin file)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l url -d 'Where tarballs are published (repeatable; replaces the pin file\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l build -d 'The build command (run with DESTDIR set to a staging directory)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l illumos -d 'An illumos checkout to check the source\'s illumos-compat commit against' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l force-build -d 'Build even when a prebuilt tree matches'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l fallback-build -d 'Build when the download fails for a reason other than 404'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l source -d 'The smartos-extra git checkout' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l dest -d 'The tree\'s destination (default: proto.extra beside the pin file)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l url -d 'Where tarballs are published (repeatable; replaces the pin file\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l build -d 'The build command (run with DESTDIR set to a staging directory)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l illumos -d 'An illumos checkout to check the source\'s illumos-compat commit against' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l force-build -d 'Build even when a prebuilt tree matches'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l fallback-build -d 'Build when the download fails for a reason other than 404'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l no-build -d 'A build plan is an error (for jobs that must consume an artifact)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l tree -d 'The built tree, stamped for the checkout\'s HEAD and unchanged since (as `cbe extra sync --force-build --dest DIR` leaves it from a clean checkout)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l sign -d 'The secret key' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s o -l output -d 'Output directory' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l source -d 'The clean source checkout (default: the pin file\'s)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l compression -d 'zstd (default) or bzip2' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l min-platform -d 'The oldest supported platform image (default: the pin file\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l force -d 'Pack even on a builder newer than the oldest supported platform image'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l to -d 'The published directory, or s3://BUCKET/PREFIX' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Print the decision as KEY=VALUE lines; change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Carry the plan out: download, verify and unpack, or build from source'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "pack" -d 'Make the tarball and its signed manifest for the source\'s HEAD, from a built tree'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Copy packed tarballs to DEST (a directory or s3://BUCKET/PREFIX): tarball first, manifest last; never overwrite'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand update" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand update" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand update" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand update" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand update" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand update" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand up" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand up" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand up" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand up" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand up" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand up" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand up" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand up" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand up" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand up" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand up" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand up" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand up" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand up" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand up" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand up" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand up" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand up" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand up" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand up" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand up" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand install" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand install" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand install" -l force -d 'Replace files that belong to no package, and reinstall packages already installed'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l allow-setuid -d 'Allow setuid and setgid files in these packages'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l automatic -d 'Mark the packages as installed only as dependencies'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s d -l download-only -d 'Download the packages (and the dependencies they need) into the cache, verified; install nothing (pkgin\'s `-d`)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand in" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand in" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand in" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand in" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand in" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand in" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand in" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand in" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand in" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand in" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand in" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand in" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand in" -l force -d 'Replace files that belong to no package, and reinstall packages already installed'
complete -c cbe -n "__fish_cbe_using_subcommand in" -l allow-setuid -d 'Allow setuid and setgid files in these packages'
complete -c cbe -n "__fish_cbe_using_subcommand in" -l automatic -d 'Mark the packages as installed only as dependencies'
complete -c cbe -n "__fish_cbe_using_subcommand in" -s d -l download-only -d 'Download the packages (and the dependencies they need) into the cache, verified; install nothing (pkgin\'s `-d`)'
complete -c cbe -n "__fish_cbe_using_subcommand in" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand in" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand in" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand in" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand in" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand in" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand in" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand in" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand in" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s d -l download-only -d 'Download what the upgrade needs into the cache (verified) and install nothing (pkgin\'s `-d`)'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ug" -s d -l download-only -d 'Download what the upgrade needs into the cache (verified) and install nothing (pkgin\'s `-d`)'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand ug" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -s d -l download-only -d 'Download what the upgrade needs into the cache (verified) and install nothing (pkgin\'s `-d`)'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand full-upgrade" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand fug" -s d -l download-only -d 'Download what the upgrade needs into the cache (verified) and install nothing (pkgin\'s `-d`)'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand fug" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand av" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand av" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand av" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand av" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand av" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand av" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand av" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand av" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand av" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand av" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand av" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand av" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand av" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand av" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand av" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand av" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand av" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand av" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand av" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand av" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand av" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand search" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand search" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand search" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand search" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand search" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand search" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand se" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand se" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand se" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand se" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand se" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand se" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand se" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand se" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand se" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand se" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand se" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand se" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand se" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand se" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand se" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand se" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand se" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand se" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand se" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand se" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand se" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand sd" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand sd" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand sd" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand sd" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand sd" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand sd" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand sd" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand srd" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand srd" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand srd" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand srd" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand srd" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand srd" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand srd" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-full-deps" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand sfd" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand pkg-content" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pc" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pc" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pc" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pc" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand pc" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand pc" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand pc" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand provides" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand provides" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand provides" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand provides" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand provides" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand provides" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand provides" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand prov" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand prov" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand prov" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand prov" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand prov" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand prov" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand prov" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand requires" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand requires" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand requires" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand requires" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand requires" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand requires" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand requires" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand req" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand req" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand req" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand req" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand req" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand req" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand req" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand req" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand req" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand req" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand req" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand req" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand req" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand req" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand req" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand req" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand req" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand req" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand req" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand req" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand req" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-category" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand sc" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand sc" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand sc" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand sc" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand sc" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand sc" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand sc" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-pkg-category" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand spc" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand spc" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand spc" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand spc" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand spc" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand spc" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand spc" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-all-categories" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand sac" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand sac" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand sac" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand sac" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand sac" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand sac" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand sac" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand stats" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand stats" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand stats" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand stats" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand stats" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand stats" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand stats" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand st" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand st" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand st" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand st" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand st" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand st" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand st" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand st" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand st" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand st" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand st" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand st" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand st" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand st" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand st" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand st" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand st" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand st" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand st" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand st" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand st" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-keep" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand sk" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand sk" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand sk" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand sk" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand sk" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand sk" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand sk" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-no-keep" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand snk" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand snk" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand snk" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand snk" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand snk" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand snk" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand snk" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand ar" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand ar" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand ar" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand ar" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand ar" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand ar" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand ar" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand export" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand export" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand export" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand export" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand export" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand export" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand ex" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand ex" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand ex" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand ex" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand ex" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand ex" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand ex" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand import" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand import" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand import" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand import" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand import" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand import" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand im" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand im" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand im" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand im" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand im" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand im" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand im" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand im" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand im" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand im" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand im" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand im" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand im" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand im" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand im" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand im" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand im" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand im" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand im" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand im" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand im" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand cl" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand cl" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand cl" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand cl" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand cl" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand cl" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand cl" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s r -l recursive -d 'Also remove the packages that depend on them'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l force -d 'Remove even if other packages depend on them'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand rm" -s r -l recursive -d 'Also remove the packages that depend on them'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l force -d 'Remove even if other packages depend on them'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand rm" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand list" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand list" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand list" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand list" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand list" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand list" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand ls" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand ls" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand ls" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand ls" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand ls" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand ls" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand ls" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand info" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand info" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand info" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand info" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand info" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand info" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand which" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand which" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand which" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand which" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand which" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand which" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand ke" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand ke" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand ke" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand ke" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand ke" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand ke" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand ke" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand uk" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand uk" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand uk" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand uk" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand uk" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand uk" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand uk" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand history" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand history" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand history" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand history" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand history" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand history" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s f -l file -d 'Read patterns from FILE (one a line) and package names from standard input; print each matching `PATTERN PKGNAME` pair' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -f -a "create" -d 'Build a package from a staged directory; `--prefix` (or `--cbe N`) names the prefix its files were built for'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l from -d 'The staged directory: its contents become the prefix\'s contents' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l spec -d 'Read metadata from FILE (`KEY=VALUE` lines: PKGNAME, PREFIX, COMMENT, DESCRIPTION, DEPENDS, CONFLICTS, SMOKE_TEST; other keys go to +BUILD_INFO). Flags win' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l name -d 'NAME-VERSION of the package' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s o -l output -d 'The package file to write' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l comment -d 'One-line comment' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l desc -d 'A file holding the long description' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l depends -d 'A dependency pattern (repeatable)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l conflicts -d 'A conflict pattern (repeatable)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l build-info -d 'A +BUILD_INFO entry (repeatable)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l smoke-test -d 'A command proving the installed package works, run by `cbe repo check`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l install-script -d 'The package\'s +INSTALL script, run as `+INSTALL PKGNAME PRE-INSTALL` before its files are placed and `POST-INSTALL` after (pkg_create\'s -i)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l deinstall-script -d 'The package\'s +DEINSTALL script, run as `+DEINSTALL PKGNAME DEINSTALL` before its files go and `POST-DEINSTALL` after (pkg_create\'s -k)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l compression -d 'The payload\'s compression: zstd (cbe\'s own: decoded on every core), or gzip, xz or bzip2, which pkg_add, pkg_info and pkgin also read (default: what -o\'s suffix says, .tzst .tgz .txz .tbz, else zstd)' -r -f -a "zstd\t'zstd, several frames'
gzip\t'gzip, as pkg_create writes by default'
xz\t'xz'
bzip2\t'bzip2'"
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l level -d 'Compression level (default: zstd 19, gzip 6, xz 6, bzip2 9)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from help" -f -a "create" -d 'Build a package from a staged directory; `--prefix` (or `--cbe N`) names the prefix its files were built for'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "keygen" -d 'Write NAME.key (secret, password-protected, minisign\'s format) and NAME.pub'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "index" -d 'Write pkg_summary.{zst,bz2,gz} and the release file for the packages in DIR/All'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "check" -d 'The publish gate: install everything into a scratch root, upgrade from the previous release, run smoke tests, check the index; a SUCCESS/FAILURE table'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "diff" -d 'What a release changes against another: added, removed, upgraded, downgraded'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "publish" -d 'Publish DIR to DEST (a directory, an http(s) URL accepting PUT, or s3://BUCKET/PREFIX): packages first, the index last; never overwrite. Nothing moves unless every package\'s size, SHA-256 and prefix match the signed index, the index matches the release file, and the signature is there (and verifies against --trusted-key, when given; without it, trust is checked by `cbe repo check`). For s3:// the credentials, region and store come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION and AWS_ENDPOINT_URL (any S3-compatible store; path-style requests)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "sign" -d 'Sign (or re-sign) DIR\'s release file; several keys for a key rotation'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l unencrypted -d 'Write the secret key without a password (for automation; guard the file instead)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l line -d 'The CBE line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l release -d 'The release version (semver, N.MINOR.PATCH)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l machine-arch -d 'The machine arch (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l min-platform -d 'The oldest supported platform image (YYYYMMDDTHHMMSSZ)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l sign -d 'Sign the release file with this secret key (repeatable, for a key rotation)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l name -d 'The repository\'s name, which its clients expect: `cbe` for a line\'s own repository, the `name` of a `[[repository]]` for a further one' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l expires-days -d 'Clients refuse the index this many days after it is made (re-index before then)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l previous -d 'The line\'s previous release (a repository directory), for the upgrade scenario' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l smoke-timeout -d 'Seconds a package\'s smoke test may run before it is killed and counted as failed (one still running after 3 s is announced on stderr, then every 10 s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l allow-downgrade -d 'With --previous: PKGBASE may go down in version (repeatable)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l allow-drop -d 'With --previous: PKGBASE may be left out of this release (repeatable)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l allow-unsigned -d 'Pass the gate without checking the signature (no --trusted-key given); without it an unchecked signature is a FAILURE'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l to -d 'Where to publish' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l sign -d 'The secret key (repeatable: the first writes release.minisig, each other one release.minisig-<KEY ID>)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Write NAME.key (secret, password-protected, minisign\'s format) and NAME.pub'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "index" -d 'Write pkg_summary.{zst,bz2,gz} and the release file for the packages in DIR/All'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "check" -d 'The publish gate: install everything into a scratch root, upgrade from the previous release, run smoke tests, check the index; a SUCCESS/FAILURE table'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "diff" -d 'What a release changes against another: added, removed, upgraded, downgraded'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish DIR to DEST (a directory, an http(s) URL accepting PUT, or s3://BUCKET/PREFIX): packages first, the index last; never overwrite. Nothing moves unless every package\'s size, SHA-256 and prefix match the signed index, the index matches the release file, and the signature is there (and verifies against --trusted-key, when given; without it, trust is checked by `cbe repo check`). For s3:// the credentials, region and store come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION and AWS_ENDPOINT_URL (any S3-compatible store; path-style requests)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign (or re-sign) DIR\'s release file; several keys for a key rotation'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it (a relative DIR is taken from the current directory, once)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l parallel -d 'Connections at a time: downloads, and byte ranges of one large package (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l no-scripts -d 'Run no package\'s +INSTALL/+DEINSTALL scripts or @exec/@unexec commands (pkg_add\'s -I); the plan still says which would have run'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "ensure" -d 'Make sure the line the project\'s pin file (cbe.toml) asks for is installed and current, and that this machine\'s platform image is new enough; print nothing when it is (unless asked for the environment)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "lock" -d 'Write cbe.lock beside cbe.toml: the release, the SHA-256 of its signed release file, and every package\'s name, version and SHA-256; ensure then installs exactly that'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "env" -d 'Print the environment to build with a line'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "platform" -d 'The platform image check alone'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "lines" -d 'The installed lines, their releases and health; `lines remove N` removes one'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "extra" -d 'smartos-extra: the prebuilt tree matching the source checkout\'s HEAD, or a build'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "update" -d 'Fetch the line\'s signed repository index and refresh the catalogue'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "install" -d 'Install packages by name or pattern from the repositories, or package files (one transaction: all of them, or none)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "upgrade" -d 'Upgrade installed packages (all, or those named) to the repositories\' newest'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "avail" -d 'List the packages the repositories offer'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "search" -d 'Search the repositories\' packages by name and comment'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-deps" -d 'What a package depends on (installed, or in the repositories)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-rev-deps" -d 'Which installed packages depend on a package'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-full-deps" -d 'Every dependency of a repository package, recursively, deepest first (pkgin\'s `show-full-deps`)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "pkg-content" -d 'The files of a package: installed (from the database), else the repositories\' (downloaded into the cache, verified, to be read)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "provides" -d 'The shared libraries a repository package provides (its PROVIDES)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "requires" -d 'The shared libraries a repository package requires (its REQUIRES)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-category" -d 'The repository packages in a category (one of their CATEGORIES)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-pkg-category" -d 'The categories of a repository package (every version of it)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-all-categories" -d 'Every category of the repositories\' packages'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "stats" -d 'The installed packages and the repositories\' in numbers and sizes'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-keep" -d 'The installed packages kept for themselves (not automatic)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-no-keep" -d 'The installed packages installed only as dependencies (automatic)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "autoremove" -d 'Remove automatic packages nothing kept needs any more'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "export" -d 'Print the kept (non-automatic) packages, one base name a line'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "import" -d 'Install the packages listed in FILE (as `export` prints them)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "clean" -d 'Empty the download cache'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "remove" -d 'Remove installed packages'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "list" -d 'List installed packages'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "info" -d 'Show a package: installed (by name) or a package file'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "which" -d 'Which package owns a file'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "verify" -d 'Re-hash installed files and report the modified, missing, and wrong type or mode'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "keep" -d 'Mark packages as wanted for themselves, so autoremove keeps them'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "unkeep" -d 'Mark packages as installed only for others\' sake'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "history" -d 'The transactions made on the prefix'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "pmatch" -d 'Match package names against pkgsrc patterns (like `pkg_admin pmatch`)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "pkg" -d 'Package tools for release engineers'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "repo" -d 'Repository tools for release engineers: keys, index, signature'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "generate-docs" -d 'Write the man pages (cbe.1, cbe-COMMAND.1) into DIR and shell completions for bash, zsh and fish into DIR/completions, for this binary'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure lock env platform lines extra update install upgrade avail search show-deps show-rev-deps show-full-deps pkg-content provides requires show-category show-pkg-category show-all-categories stats show-keep show-no-keep autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from platform" -f -a "check" -d 'Compare this machine\'s platform image with the oldest supported one (exit 3 if older)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from lines" -f -a "remove" -d 'Remove a whole line'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from extra" -f -a "plan" -d 'Print the decision as KEY=VALUE lines; change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from extra" -f -a "sync" -d 'Carry the plan out: download, verify and unpack, or build from source'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from extra" -f -a "pack" -d 'Make the tarball and its signed manifest for the source\'s HEAD, from a built tree'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from extra" -f -a "publish" -d 'Copy packed tarballs to DEST (a directory or s3://BUCKET/PREFIX): tarball first, manifest last; never overwrite'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from pkg" -f -a "create" -d 'Build a package from a staged directory; `--prefix` (or `--cbe N`) names the prefix its files were built for'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "keygen" -d 'Write NAME.key (secret, password-protected, minisign\'s format) and NAME.pub'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "index" -d 'Write pkg_summary.{zst,bz2,gz} and the release file for the packages in DIR/All'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "check" -d 'The publish gate: install everything into a scratch root, upgrade from the previous release, run smoke tests, check the index; a SUCCESS/FAILURE table'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "diff" -d 'What a release changes against another: added, removed, upgraded, downgraded'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "publish" -d 'Publish DIR to DEST (a directory, an http(s) URL accepting PUT, or s3://BUCKET/PREFIX): packages first, the index last; never overwrite. Nothing moves unless every package\'s size, SHA-256 and prefix match the signed index, the index matches the release file, and the signature is there (and verifies against --trusted-key, when given; without it, trust is checked by `cbe repo check`). For s3:// the credentials, region and store come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION and AWS_ENDPOINT_URL (any S3-compatible store; path-style requests)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "sign" -d 'Sign (or re-sign) DIR\'s release file; several keys for a key rotation'
