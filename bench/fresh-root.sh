#!/bin/sh
# A brand-new journaled ext4 at $BENCHFS (see ../shared/bench/freshfs.sh), with empty
# databases for dpkg and pacman under root/: run by hyperfine before every timed run.
set -e
sh "${FRESHFS:-../shared/bench/freshfs.sh}" "$BENCHFS" 6G >/dev/null
mkdir -p "$BENCHFS/root/var/lib/dpkg/info" "$BENCHFS/root/var/lib/dpkg/updates" "$BENCHFS/root/pacdb" "$BENCHFS/cache"
: > "$BENCHFS/root/var/lib/dpkg/status"
: > "$BENCHFS/root/var/lib/dpkg/available"
sync
