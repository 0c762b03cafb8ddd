#!/bin/sh
# A brand-new journaled ext4 at $BENCHFS (see bench/freshfs.sh), with empty roots
# for each tool (root: the install runs; c, p, d: cbe, pacman and dpkg for the removal runs)
# and empty dpkg and pacman databases in each: run by hyperfine before every timed run.
set -e
sh "${FRESHFS:-bench/freshfs.sh}" "$BENCHFS" 6G >/dev/null
for r in root c p d; do
  mkdir -p "$BENCHFS/$r/var/lib/dpkg/info" "$BENCHFS/$r/var/lib/dpkg/updates" "$BENCHFS/$r/pacdb"
  : > "$BENCHFS/$r/var/lib/dpkg/status"
  : > "$BENCHFS/$r/var/lib/dpkg/available"
done
mkdir -p "$BENCHFS/cache"
sync
