#!/usr/bin/env bash
# Fuzzing with cargo-fuzz (libFuzzer) on the nightly toolchain: the pkg_summary parser, the
# +CONTENTS parser, versions and patterns, manifests/release files/signatures/stamps, and
# archive unpacking into a scratch directory. Each target runs SECONDS (default 60).
#   cargo install cargo-fuzz && bash reliability/fuzz.sh [SECONDS] [TARGET...]
# Crashes land in fuzz/artifacts/<target>/; fix them and copy the input to
# tests/data/fuzz/<target>/ where tests/it/fuzz_regressions.rs replays it.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${1:-60}
shift || true
targets=${*:-summary plist version manifest unpack}
# Seed the unpack target with real packages (random bytes rarely make a zstd tar).
if [ ! -d corpus/unpack ]; then
  mkdir -p corpus/unpack
  (cd .. && cargo build -q)
  seed=$(mktemp -d)
  mkdir -p "$seed/t/bin" "$seed/t/lib"
  printf '#!/bin/sh\necho hi\n' > "$seed/t/bin/hi"; chmod 755 "$seed/t/bin/hi"
  ln -s hi "$seed/t/bin/hello"; echo lib > "$seed/t/lib/libx.so.1"
  ../target/debug/cbe -q pkg create --from "$seed/t" --name seed-1.0 --prefix /opt/x --level 3 -o corpus/unpack/seed.tzst
  rm -rf "$seed"
fi
for t in $targets; do
  echo "== $t ($secs s)"
  cargo +nightly fuzz run "$t" -- -max_total_time="$secs" -rss_limit_mb=2048 2>&1 |
    grep -E '^(#[0-9]+.*DONE|Done|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)' || true
done
