#!/usr/bin/env bash
# Benchmark: two builds of cbe in one run, to tell a change from the machine (absolute times
# on these shared machines drift by 10-40% between runs). The satisfied `cbe ensure` of the
# bundled sample and `cbe update` of the 25,000-package catalogue, each binary in the same
# hyperfine invocation; instructions per ensure by callgrind when valgrind is present. With
# INSTALL_RUNS=N (as root, after bench/install.sh made the packages): `cbe install` of the
# payload as one file and as 50 files, each run on a fresh ext4, old and new alternating.
#   git worktree add /tmp/old REV && (cd /tmp/old && cargo build --profile profiling)
#   bash bench/compare.sh /tmp/old/target/profiling/cbe [ENSURE_RUNS] [UPDATE_RUNS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
old=$(realpath "${1:?usage: compare.sh OLD_CBE [ENSURE_RUNS] [UPDATE_RUNS]}")
runs=${2:-300} uruns=${3:-20}
cd "$top"
cargo build --profile profiling -q
cbe=$top/target/profiling/cbe
work=${WORK:-/tmp/cbe-bench-work}/compare
mkdir -p "$work"
# shellcheck source=bench/catalogue.sh
. "$top/bench/catalogue.sh"

co=$(mktemp -d "${TMPDIR:-/tmp}/cbe-compare.XXXXXX")
trap 'rm -rf "$co"' EXIT
CBE=$cbe repos/sample/build.sh "$co/out" >/dev/null
mkdir -p "$co/checkout"
cp "$co/out/keys/sample.pub" "$co/checkout/"
printf '[cbe]\nversion = "^1.0"\nrepos = ["%s/out/cbe/$line/$arch"]\ntrusted_keys = ["sample.pub"]\nmin_platform = "20180329T002515Z"\n' "$co" > "$co/checkout/cbe.toml"
export CBE_ROOT=$co/root CBE_PLATFORM_IMAGE=20240101T000000Z
(cd "$co/checkout" && "$cbe" -q ensure >/dev/null)
for b in "$old" "$cbe"; do
  out=$(cd "$co/checkout" && "$b" ensure 2>&1)
  [ -z "$out" ] || { echo "$b: the satisfied ensure printed: $out" >&2; exit 1; }
done

echo "## satisfied ensure: old $old, new $cbe"
(cd "$co/checkout" && hyperfine -N --warmup 30 --runs "$runs" --export-json "$work/ensure.json" \
  -n "old ensure" "$old ensure" -n "new ensure" "$cbe ensure" >&2)
if command -v valgrind >/dev/null; then
  for b in "$old" "$cbe"; do
    (cd "$co/checkout" && valgrind --tool=callgrind --callgrind-out-file=/dev/null "$b" ensure 2>&1 |
      sed -n "s,.*Collected : *,$b: instructions ,p")
  done
fi
echo "## update of the 25,000-package catalogue"
u() { echo "$1 --root $work/catroot --cbe 1 --repo $cat25 --trusted-key $work/keys/b.pub update"; }
hyperfine -N --warmup 1 --runs "$uruns" --prepare "rm -rf $work/catroot" --export-json "$work/update.json" \
  -n "old update" "$(u "$old")" -n "new update" "$(u "$cbe")" >&2
results=("$work/ensure.json" "$work/update.json")
if [ -n "${INSTALL_RUNS:-}" ]; then
  bw=${WORK:-/tmp/cbe-bench-work}
  export BENCHFS=${BENCHFS:-/tmp/cbe-benchfs} FRESHFS=$top/bench/freshfs.sh
  trap 'rm -rf "$co"; sh "$FRESHFS" --release "$BENCHFS" >/dev/null 2>&1 || true' EXIT
  pkg=$bw/toolchain-1.0.tzst
  [ -f "$pkg" ] || { echo "no $pkg: run bench/install.sh first" >&2; exit 1; }
  i() { echo "$1 -q --prefix /opt/toolchain --root $BENCHFS/root install $2"; }
  files=$(ls "$bw"/split/All/*.tzst | tr '\n' ' ')
  echo "## install of the payload, fresh ext4 per run"
  hyperfine -N --runs "$INSTALL_RUNS" --prepare "sh $top/bench/fresh-root.sh" --export-json "$work/install.json" \
    -n "old install FILE" "$(i "$old" "$pkg")" -n "new install FILE" "$(i "$cbe" "$pkg")" >&2
  hyperfine -N --runs "$INSTALL_RUNS" --prepare "sh $top/bench/fresh-root.sh" --export-json "$work/install50.json" \
    -n "old install 50 FILES" "$(i "$old" "$files")" -n "new install 50 FILES" "$(i "$cbe" "$files")" >&2
  results+=("$work/install.json" "$work/install50.json")
fi
python3 - "${results[@]}" <<'PY'
import json, sys
print("| command | median | mean ± σ | min | new / old (medians) |")
print("|---|---|---|---|---|")
for path in sys.argv[1:]:
    h = json.load(open(path))["results"]
    for r in h:
        ratio = f"{h[1]['median'] / h[0]['median']:.2f}" if r is h[1] else ""
        print(f"| `{r['command']}` | {r['median']*1000:.2f} ms | {r['mean']*1000:.2f} ± {r['stddev']*1000:.2f} ms | {r['min']*1000:.2f} ms | {ratio} |")
PY
