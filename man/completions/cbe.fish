# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cbe_global_optspecs
    string join \n root= prefix= cbe= platform-image= json q/quiet v/verbose y/yes n/dry-run lock-timeout= arch= repo= trusted-key= cache-dir= parallel= timeout= allow-expired password-file= h/help V/version
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

complete -c cbe -n "__fish_cbe_needs_command" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_needs_command" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_needs_command" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_needs_command" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_needs_command" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_needs_command" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_needs_command" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_needs_command" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_needs_command" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_needs_command" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_needs_command" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_needs_command" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_needs_command" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cbe -n "__fish_cbe_needs_command" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "ensure" -d 'Make sure the line the project\'s pin file (cbe.toml) asks for is installed and current, and that this machine\'s platform image is new enough; print nothing when it is (unless asked for the environment)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "env" -d 'Print the environment to build with a line'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "platform" -d 'The platform image check alone'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "lines" -d 'The installed lines, their releases and health; `lines remove N` removes one'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "extra" -d 'smartos-extra: the prebuilt tree matching the source checkout\'s HEAD, or a build'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "update" -d 'Fetch the line\'s signed repository index and refresh the catalogue'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "install" -d 'Install packages by name or pattern from the repositories, or package files (one transaction: all of them, or none)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "upgrade" -d 'Upgrade installed packages (all, or those named) to the repositories\' newest'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "avail" -d 'List the packages the repositories offer'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "search" -d 'Search the repositories\' packages by name and comment'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-deps" -d 'What a package depends on (installed, or in the repositories)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "show-rev-deps" -d 'Which installed packages depend on a package'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "autoremove" -d 'Remove automatic packages nothing kept needs any more'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "export" -d 'Print the kept (non-automatic) packages, one base name a line'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "import" -d 'Install the packages listed in FILE (as `export` prints them)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "clean" -d 'Empty the download cache'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "remove" -d 'Remove installed packages'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "list" -d 'List installed packages'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "info" -d 'Show a package: installed (by name) or a package file'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "which" -d 'Which package owns a file'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "verify" -d 'Re-hash installed files and report the modified, missing, and wrong type or mode'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "keep" -d 'Mark packages as wanted for themselves, so autoremove keeps them'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "unkeep" -d 'Mark packages as installed only for others\' sake'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "history" -d 'The transactions made on the prefix'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "pmatch" -d 'Match package names against pkgsrc patterns (like `pkg_admin pmatch`)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "pkg" -d 'Package tools for release engineers'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "repo" -d 'Repository tools for release engineers: keys, index, signature'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "generate-docs" -d 'Write the man pages and shell completions into DIR (for the build)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l pin -d 'The pin file (default: cbe.toml in this directory or the nearest above it)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l min-platform -d 'The oldest supported platform image (over the pin file\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l print-env -d 'After ensuring, print the environment for SHELL (sh, csh, fish, json)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l refresh -d 'Seconds a check for a new release stays good (default: the pin\'s, else 900)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l offline -d 'Never use the network: succeed only if the line is installed and satisfies'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l require-platform -d 'Fail when the platform image cannot be checked (not SmartOS, no --platform-image)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l require-fresh -d 'Fail (exit 5) when the repository cannot be reached to look for a new release, even though the installed release satisfies the pin (default: warn and succeed)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cbe -n "__fish_cbe_using_subcommand ensure" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand env" -l shell -d 'sh, csh, fish or json' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand env" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand env" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand env" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand env" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand env" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand env" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Compare this machine\'s platform image with the oldest supported one (exit 3 if older)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l oldest -d 'The oldest supported stamp (default: the pin file\'s min_platform)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from help" -f -a "check" -d 'Compare this machine\'s platform image with the oldest supported one (exit 3 if older)'
complete -c cbe -n "__fish_cbe_using_subcommand platform; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -f -a "remove" -d 'Remove a whole line'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and not __fish_seen_subcommand_from remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a whole line'
complete -c cbe -n "__fish_cbe_using_subcommand lines; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "plan" -d 'Print the decision as KEY=VALUE lines; change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "sync" -d 'Carry the plan out: download, verify and unpack, or build from source'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "pack" -d 'Make the tarball and its signed manifest for the source\'s HEAD, from a built tree'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "publish" -d 'Copy packed tarballs to DEST: tarball first, manifest last; never overwrite'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and not __fish_seen_subcommand_from plan sync pack publish help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l source -d 'The smartos-extra git checkout' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l dest -d 'The tree\'s destination (default: proto.extra beside the pin file)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l url -d 'Where tarballs are published (repeatable; replaces the pin file\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l build -d 'The build command (run with DESTDIR set to a staging directory)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l illumos -d 'An illumos checkout to check the source\'s illumos-compat commit against' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l force-build -d 'Build even when a prebuilt tree matches'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l fallback-build -d 'Build when the download fails for a reason other than 404'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l source -d 'The smartos-extra git checkout' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l dest -d 'The tree\'s destination (default: proto.extra beside the pin file)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l url -d 'Where tarballs are published (repeatable; replaces the pin file\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l build -d 'The build command (run with DESTDIR set to a staging directory)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l illumos -d 'An illumos checkout to check the source\'s illumos-compat commit against' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l parallel -d 'Downloads at a time (default 4)' -r
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
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l tree -d 'The built tree, stamped for the checkout\'s HEAD and unchanged since (as `cbe extra sync --force-build --dest DIR` leaves it from a clean checkout)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l sign -d 'The secret key' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s o -l output -d 'Output directory' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l source -d 'The clean source checkout (default: the pin file\'s)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l compression -d 'zstd (default) or bzip2' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l min-platform -d 'The oldest supported platform image (default: the pin file\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l force -d 'Pack even on a builder newer than the oldest supported platform image'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from pack" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l to -d 'The published directory' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Print the decision as KEY=VALUE lines; change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Carry the plan out: download, verify and unpack, or build from source'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "pack" -d 'Make the tarball and its signed manifest for the source\'s HEAD, from a built tree'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Copy packed tarballs to DEST: tarball first, manifest last; never overwrite'
complete -c cbe -n "__fish_cbe_using_subcommand extra; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand update" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand update" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand update" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand update" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand update" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand update" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand update" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand install" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand install" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand install" -l force -d 'Replace files that belong to no package, and reinstall packages already installed'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l allow-setuid -d 'Allow setuid and setgid files in these packages'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l automatic -d 'Mark the packages as installed only as dependencies'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand upgrade" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand avail" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand search" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand search" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand search" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand search" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand search" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand search" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand search" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-deps" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand show-rev-deps" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand autoremove" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand export" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand export" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand export" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand export" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand export" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand export" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand export" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand import" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand import" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand import" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand import" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand import" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand import" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand import" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand clean" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s r -l recursive -d 'Also remove the packages that depend on them'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l force -d 'Remove even if other packages depend on them'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand list" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand list" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand list" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand list" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand list" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand info" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand info" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand info" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand info" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand info" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand which" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand which" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand which" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand which" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand which" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand history" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand history" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand history" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand history" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand history" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s f -l file -d 'Read patterns from FILE (one a line) and package names from standard input; print each matching `PATTERN PKGNAME` pair' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s n -l dry-run -d 'Show what would change, change nothing'
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
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l level -d 'zstd compression level' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from help" -f -a "create" -d 'Build a package from a staged directory; `--prefix` (or `--cbe N`) names the prefix its files were built for'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "keygen" -d 'Write NAME.key (secret, password-protected, minisign\'s format) and NAME.pub'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "index" -d 'Write pkg_summary.{zst,bz2,gz} and the release file for the packages in DIR/All'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "check" -d 'The publish gate: install everything into a scratch root, upgrade from the previous release, run smoke tests, check the index; a SUCCESS/FAILURE table'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "diff" -d 'What a release changes against another: added, removed, upgraded, downgraded'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "publish" -d 'Publish DIR to DEST (a directory or an http(s) URL accepting PUT): packages first, the index last; never overwrite'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "sign" -d 'Sign (or re-sign) DIR\'s release file; several keys for a key rotation'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and not __fish_seen_subcommand_from keygen index check diff publish sign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l unencrypted -d 'Write the secret key without a password (for automation; guard the file instead)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from keygen" -s n -l dry-run -d 'Show what would change, change nothing'
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
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from index" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l previous -d 'The line\'s previous release (a repository directory), for the upgrade scenario' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l smoke-timeout -d 'Seconds a package\'s smoke test may run before it is killed and counted as failed' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l to -d 'Where to publish' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l sign -d 'The secret key (repeatable: the first writes release.minisig, each other one release.minisig-<KEY ID>)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Write NAME.key (secret, password-protected, minisign\'s format) and NAME.pub'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "index" -d 'Write pkg_summary.{zst,bz2,gz} and the release file for the packages in DIR/All'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "check" -d 'The publish gate: install everything into a scratch root, upgrade from the previous release, run smoke tests, check the index; a SUCCESS/FAILURE table'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "diff" -d 'What a release changes against another: added, removed, upgraded, downgraded'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish DIR to DEST (a directory or an http(s) URL accepting PUT): packages first, the index last; never overwrite'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign (or re-sign) DIR\'s release file; several keys for a key rotation'
complete -c cbe -n "__fish_cbe_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l cbe -d 'Act on CBE line N (at /opt/smartos-cbe/N); for `ensure`, a semver requirement of the line\'s release (`^3.2`), whose major is the line' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l platform-image -d 'This machine\'s platform image stamp (YYYYMMDDTHHMMSSZ), instead of `uname -v`' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l repo -d 'A repository URL (http, https, file or a directory); repeat for mirrors. Replaces the line\'s configured `repos`' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l trusted-key -d 'Trust this public key (a file, or the key text); repeatable' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l cache-dir -d 'The download cache (default: <root>/var/cache/cbe)' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l parallel -d 'Downloads at a time (default 4)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l timeout -d 'Seconds a transfer may go without a byte before it fails (default 30)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l password-file -d 'Read the password of password-protected secret keys from FILE (its first line); without it cbe asks on the terminal, if there is one' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l allow-expired -d 'Take a signed index past the EXPIRES its release engineer set, knowingly (an old index replayed by a mirror looks the same)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "ensure" -d 'Make sure the line the project\'s pin file (cbe.toml) asks for is installed and current, and that this machine\'s platform image is new enough; print nothing when it is (unless asked for the environment)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "env" -d 'Print the environment to build with a line'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "platform" -d 'The platform image check alone'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "lines" -d 'The installed lines, their releases and health; `lines remove N` removes one'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "extra" -d 'smartos-extra: the prebuilt tree matching the source checkout\'s HEAD, or a build'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "update" -d 'Fetch the line\'s signed repository index and refresh the catalogue'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "install" -d 'Install packages by name or pattern from the repositories, or package files (one transaction: all of them, or none)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "upgrade" -d 'Upgrade installed packages (all, or those named) to the repositories\' newest'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "avail" -d 'List the packages the repositories offer'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "search" -d 'Search the repositories\' packages by name and comment'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-deps" -d 'What a package depends on (installed, or in the repositories)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "show-rev-deps" -d 'Which installed packages depend on a package'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "autoremove" -d 'Remove automatic packages nothing kept needs any more'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "export" -d 'Print the kept (non-automatic) packages, one base name a line'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "import" -d 'Install the packages listed in FILE (as `export` prints them)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "clean" -d 'Empty the download cache'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "remove" -d 'Remove installed packages'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "list" -d 'List installed packages'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "info" -d 'Show a package: installed (by name) or a package file'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "which" -d 'Which package owns a file'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "verify" -d 'Re-hash installed files and report the modified, missing, and wrong type or mode'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "keep" -d 'Mark packages as wanted for themselves, so autoremove keeps them'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "unkeep" -d 'Mark packages as installed only for others\' sake'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "history" -d 'The transactions made on the prefix'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "pmatch" -d 'Match package names against pkgsrc patterns (like `pkg_admin pmatch`)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "pkg" -d 'Package tools for release engineers'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "repo" -d 'Repository tools for release engineers: keys, index, signature'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "generate-docs" -d 'Write the man pages and shell completions into DIR (for the build)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from ensure env platform lines extra update install upgrade avail search show-deps show-rev-deps autoremove export import clean remove list info which verify keep unkeep history pmatch pkg repo generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from platform" -f -a "check" -d 'Compare this machine\'s platform image with the oldest supported one (exit 3 if older)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from lines" -f -a "remove" -d 'Remove a whole line'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from extra" -f -a "plan" -d 'Print the decision as KEY=VALUE lines; change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from extra" -f -a "sync" -d 'Carry the plan out: download, verify and unpack, or build from source'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from extra" -f -a "pack" -d 'Make the tarball and its signed manifest for the source\'s HEAD, from a built tree'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from extra" -f -a "publish" -d 'Copy packed tarballs to DEST: tarball first, manifest last; never overwrite'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from pkg" -f -a "create" -d 'Build a package from a staged directory; `--prefix` (or `--cbe N`) names the prefix its files were built for'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "keygen" -d 'Write NAME.key (secret, password-protected, minisign\'s format) and NAME.pub'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "index" -d 'Write pkg_summary.{zst,bz2,gz} and the release file for the packages in DIR/All'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "check" -d 'The publish gate: install everything into a scratch root, upgrade from the previous release, run smoke tests, check the index; a SUCCESS/FAILURE table'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "diff" -d 'What a release changes against another: added, removed, upgraded, downgraded'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "publish" -d 'Publish DIR to DEST (a directory or an http(s) URL accepting PUT): packages first, the index last; never overwrite'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "sign" -d 'Sign (or re-sign) DIR\'s release file; several keys for a key rotation'
