#!/usr/bin/env bash
# Rebuilds the bundled sample packages in repos/sample/All from the trees in src/:
#   cargo build && repos/sample/make-sample.sh
# A tiny CBE line 1: a `greet` library and a `hello` tool that needs it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cbe=${CBE:-$here/../../target/debug/cbe}
prefix=/opt/smartos-cbe/1
mkdir -p "$here/All"
"$cbe" -q pkg create --from "$here/src/greet" --name greet-2.1nb1 --prefix $prefix \
  --comment "Greeting library for the cbe sample line" --level 19 \
  --smoke-test 'test -r "$CBE_PREFIX/share/greet/greeting"' \
  -o "$here/All/greet-2.1nb1.tzst"
"$cbe" -q pkg create --from "$here/src/hello" --name hello-1.0 --prefix $prefix \
  --comment "Says hello with the greet library" --depends 'greet>=2.0' --level 19 \
  --smoke-test 'hello | grep -q Hello' \
  -o "$here/All/hello-1.0.tzst"
ls -l "$here/All"
