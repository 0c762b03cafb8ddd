# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cbe_global_optspecs
    string join \n root= prefix= cbe= json q/quiet v/verbose y/yes n/dry-run lock-timeout= arch= h/help V/version
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
complete -c cbe -n "__fish_cbe_needs_command" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_needs_command" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_needs_command" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_needs_command" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_needs_command" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_needs_command" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_needs_command" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_needs_command" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_needs_command" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "install" -d 'Install package files (one transaction: all of them, or none)'
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
complete -c cbe -n "__fish_cbe_needs_command" -f -a "generate-docs" -d 'Write the man pages and shell completions into DIR (for the build)'
complete -c cbe -n "__fish_cbe_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand install" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand install" -l force -d 'Replace files that belong to no package, and reinstall packages already installed'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l allow-setuid -d 'Allow setuid and setgid files in these packages'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l automatic -d 'Mark the packages as installed only as dependencies'
complete -c cbe -n "__fish_cbe_using_subcommand install" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand install" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s r -l recursive -d 'Also remove the packages that depend on them'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l force -d 'Remove even if other packages depend on them'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand remove" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand list" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand list" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand list" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand list" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand info" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand info" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand info" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand info" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand which" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand which" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand which" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand which" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand verify" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand verify" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand keep" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand keep" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand unkeep" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand history" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand history" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand history" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand history" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s f -l file -d 'Read patterns from FILE (one a line) and package names from standard input; print each matching `PATTERN PKGNAME` pair' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand pmatch" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and not __fish_seen_subcommand_from create help" -s n -l dry-run -d 'Show what would change, change nothing'
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
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from help" -f -a "create" -d 'Build a package from a staged directory; `--prefix` (or `--cbe N`) names the prefix its files were built for'
complete -c cbe -n "__fish_cbe_using_subcommand pkg; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l root -d 'Treat DIR as `/`: every absolute path cbe touches lives under it' -r -F
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l prefix -d 'Act on the prefix DIR (absolute, as packages name it)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l cbe -d 'Act on CBE line N, installed at /opt/smartos-cbe/N' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l lock-timeout -d 'Wait at most SECS for another cbe working on the same prefix (default: wait)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l arch -d 'The machine architecture packages must be built for (default: this machine\'s)' -r
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -l json -d 'Machine-readable output (JSON)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s q -l quiet -d 'Say only what went wrong'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s v -l verbose -d 'Say more: each step, and the detail of errors'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s y -l yes -d 'Answer yes to every question (cbe asks none yet; accepted for scripts)'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s n -l dry-run -d 'Show what would change, change nothing'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s h -l help -d 'Print help'
complete -c cbe -n "__fish_cbe_using_subcommand generate-docs" -s V -l version -d 'Print version'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "install" -d 'Install package files (one transaction: all of them, or none)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "remove" -d 'Remove installed packages'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "list" -d 'List installed packages'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "info" -d 'Show a package: installed (by name) or a package file'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "which" -d 'Which package owns a file'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "verify" -d 'Re-hash installed files and report the modified, missing, and wrong type or mode'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "keep" -d 'Mark packages as wanted for themselves, so autoremove keeps them'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "unkeep" -d 'Mark packages as installed only for others\' sake'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "history" -d 'The transactions made on the prefix'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "pmatch" -d 'Match package names against pkgsrc patterns (like `pkg_admin pmatch`)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "pkg" -d 'Package tools for release engineers'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "generate-docs" -d 'Write the man pages and shell completions into DIR (for the build)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and not __fish_seen_subcommand_from install remove list info which verify keep unkeep history pmatch pkg generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cbe -n "__fish_cbe_using_subcommand help; and __fish_seen_subcommand_from pkg" -f -a "create" -d 'Build a package from a staged directory; `--prefix` (or `--cbe N`) names the prefix its files were built for'
