#!/usr/bin/env bash
# The crash matrix: install, upgrade (many files), remove and ensure, each SIGKILLed at up
# to N kill points spread over its run (debug builds carry a kill point at every write-like
# step) and at T random instants; after each kill the next run must recover, `cbe verify`
# must be clean, the database and the disk must agree, and the prefix must be exactly the
# old state or exactly the new one. Publishing is killed at every point by
# tests/release.rs. The test suite runs N=40, T=4.
#   bash reliability/crash-matrix.sh [N] [T]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-400}
t=${2:-40}
CBE_CRASH_POINTS=$n CBE_CRASH_TIMED=$t cargo test -q --test crash -- --nocapture --test-threads=1 2>&1 |
  grep -oE 'crash-matrix:.*|test result.*|panicked.*|FAILED.*'
