#!/usr/bin/env bash
# Fuzzing with cargo-fuzz (libFuzzer) on the nightly toolchain: the pkg_summary parser, the
# +CONTENTS parser, versions and patterns, manifests/release files/signatures/stamps, and
# archive unpacking into a scratch directory. Each target runs SECONDS (default 60).
#   cargo install cargo-fuzz && bash reliability/fuzz.sh [SECONDS] [TARGET...]
# Crashes land in fuzz/artifacts/<target>/; fix them and copy the input to
# tests/data/fuzz/<target>/ where tests/fuzz_regressions.rs replays it.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${1:-60}
shift || true
targets=${*:-summary plist version manifest unpack}
for t in $targets; do
  echo "== $t ($secs s)"
  cargo +nightly fuzz run "$t" -- -max_total_time="$secs" -rss_limit_mb=2048 2>&1 |
    grep -E '^(#[0-9]+.*DONE|Done|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)' || true
done
