#!/usr/bin/env bash
# Prints the path of the cbe binary cargo builds for this checkout, wherever CARGO_TARGET_DIR
# (or a cargo config) puts it: cargo itself says, so no path is guessed. Builds it if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --bin cbe --message-format=json |
  python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["name"] == "cbe":
        print(m["executable"])
'
