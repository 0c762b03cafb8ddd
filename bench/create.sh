#!/usr/bin/env bash
# Benchmark: the release side. `cbe pkg create --level 19` of the toolchain-shaped payload
# (bench/make-payload.sh, ~550 MB) against `tar -cf - | zstd -19 -T0` of the same
# tree, the peer a release engineer would otherwise use; runs alternate, medians and peak RSS
# are printed as a markdown table. Output files go to $WORK (not a fresh file system: writing
# ~150 MB is not what is measured here, compressing 550 MB is).
#   INSTALL=1 bash bench/make-payload.sh /tmp/cbe-payload   # once
#   bash bench/create.sh [RUNS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
sub=/create
# shellcheck source=bench/payload-env.sh
. "$top/bench/payload-env.sh"

hyperfine -N --runs "$runs" --export-json "$work/create.json" \
  -n "cbe pkg create --level 19" \
  "$cbe -q pkg create --from $tree --name toolchain-1.0 --prefix /opt/toolchain --level 19 -o $work/cbe.tzst" \
  -n "tar -cf - | zstd -19 -T0" \
  "sh -c 'tar -C $tree -cf - . | zstd -19 -T0 -q -f -o $work/peer.tar.zst'"
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo
echo "peak RSS (KiB): cbe $(peak "$cbe" -q pkg create --from "$tree" --name toolchain-1.0 --prefix /opt/toolchain --level 19 -o "$work/cbe.tzst")," \
  "tar|zstd $(peak sh -c "tar -C $tree -cf - . | zstd -19 -T0 -q -f -o $work/peer.tar.zst")"
ls -l "$work/cbe.tzst" "$work/peer.tar.zst"
python3 "$top/bench/table.py" "$work" create
