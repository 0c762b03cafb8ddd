#!/usr/bin/env bash
# The crash matrix: install, upgrade (many files), remove, ensure and extra sync, each SIGKILLed at up
# to N kill points spread over its run (debug builds carry a kill point at every write-like
# step) and at T random instants; after each kill the next run must recover, `cbe verify`
# must be clean, the database and the disk must agree, and the prefix must be exactly the
# old state or exactly the new one (for extra sync: the destination is the old tree or the
# new one even before the next run). Publishing is killed at every point by
# tests/it/release.rs, each run resuming the last. The test suite runs N=40, T=4.
#   bash reliability/crash-matrix.sh [N] [T]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-400}
t=${2:-40}
CBE_CRASH_POINTS=$n CBE_CRASH_TIMED=$t cargo test -q --no-fail-fast --test it -- --nocapture --test-threads=1 \
  killed_ publish_to_a_directory_interrupted 2>&1 |
  grep -oE 'crash-matrix:.*|test result.*|panicked.*|FAILED.*'
