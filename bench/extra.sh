#!/usr/bin/env bash
# Benchmark: `cbe extra sync` of the payload tree (bench/make-payload.sh, 550 MB)
# published as a zstd and as a bzip2 tarball packed by `cbe extra pack`, against `tar -xf` of
# the very same files (`tar -I zstd -xf`, `tar -xjf`). Every timed run on a fresh ext4; the
# sync fetches from a local directory into its cache, checks the signed manifest and the
# digest, unpacks into staging, stamps, syncs the filesystem and swaps the tree in.
#   bash bench/extra.sh [RUNS]                                          # as root
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
sub=/extra
# shellcheck source=bench/payload-env.sh
. "$top/bench/payload-env.sh"
export CBE_PLATFORM_IMAGE=20180329T002515Z CBE_ARCH=x86_64

# A one-commit smartos-extra checkout, the key, and the tarballs of the payload, made once.
src=$work/smartos-extra
if [ ! -d "$src/.git" ]; then
  mkdir -p "$src"; echo 1 > "$src/VERSION"
  git -C "$src" init -q && git -C "$src" add VERSION
  git -C "$src" -c user.name=b -c user.email=b@example.org commit -qm one
fi
[ -f "$work/x.key" ] || "$cbe" -q repo keygen --unencrypted "$work/x"
pub=$work/published
# pack signs only a tree cbe stamped for HEAD: "build" it by copying the payload in.
stamped=$work/stamped
if [ ! -d "$pub/zstd" ] || [ ! -d "$pub/bzip2" ]; then
  "$cbe" -q extra sync --force-build --source "$src" --dest "$stamped" \
    --build "cp -a '$tree'/. \"\$DESTDIR\""
fi
for c in zstd bzip2; do
  if [ ! -d "$pub/$c" ]; then
    rm -rf "$work/out-$c"
    "$cbe" -q extra pack --source "$src" --tree "$stamped" --sign "$work/x.key" -o "$work/out-$c" \
      --compression "$c" --min-platform 20180329T002515Z
    "$cbe" -q extra publish "$work/out-$c" --to "$pub/$c"
  fi
done
zst=$(ls "$pub"/zstd/x86_64/*.tar.zst); bz=$(ls "$pub"/bzip2/x86_64/*.tar.bz2)
D=$BENCHFS/root
sync_cmd() { echo "$cbe --root $BENCHFS/root --cache-dir $BENCHFS/cache extra sync --source $src --dest $D/proto.extra --url $pub/$1 --trusted-key $work/x.pub --no-build -q"; }
echo "## smartos-extra: sync of the payload ($(du -h "$zst" | cut -f1) zstd, $(du -h "$bz" | cut -f1) bzip2), $runs runs each, fresh ext4 per run"
hyperfine -N --runs "$runs" --prepare "sh $top/bench/fresh-root.sh" --export-json "$work/extra-zstd.json" \
  -n "tar -I zstd -xf" "tar -I zstd -xf $zst -C $D" \
  -n "cbe extra sync (zstd)" "$(sync_cmd zstd)" >&2
hyperfine -N --runs "$runs" --prepare "sh $top/bench/fresh-root.sh" --export-json "$work/extra-bzip2.json" \
  -n "tar -xjf" "tar -xjf $bz -C $D" \
  -n "cbe extra sync (bzip2)" "$(sync_cmd bzip2)" >&2
peak() { sh "$top/bench/fresh-root.sh"; /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "## peak RSS (KiB)"
# shellcheck disable=SC2046
echo "cbe extra sync (zstd): $(peak $(sync_cmd zstd))"
# shellcheck disable=SC2046
echo "cbe extra sync (bzip2): $(peak $(sync_cmd bzip2))"
python3 "$top/bench/table.py" "$work" extra-zstd extra-bzip2
