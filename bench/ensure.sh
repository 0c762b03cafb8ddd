#!/usr/bin/env bash
# Benchmark: the satisfied `cbe ensure` (what ./configure runs every time) against `dpkg -s`
# and `pacman -Q` of one installed package, measured in the same run with hyperfine, plus
# peak memory with GNU time. Needs: hyperfine, pacman-package-manager, time (Debian).
#   bash bench/ensure.sh [RUNS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-300}
cd "$top"
cargo build --profile profiling -q
cbe=$top/target/profiling/cbe
work=$(mktemp -d "${TMPDIR:-/tmp}/cbe-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

CBE=$cbe repos/sample/build.sh "$work/out" >/dev/null
mkdir -p "$work/checkout"
cp "$work/out/keys/sample.pub" "$work/checkout/"
cat > "$work/checkout/cbe.toml" <<TOML
[cbe]
version = "^1.0"
repos = ["$work/out/cbe/\$line/\$arch"]
trusted_keys = ["sample.pub"]
min_platform = "20180329T002515Z"
TOML
export CBE_ROOT=$work/root CBE_PLATFORM_IMAGE=20240101T000000Z
cd "$work/checkout"
"$cbe" ensure
out=$("$cbe" ensure 2>&1)
[ -z "$out" ] || { echo "the satisfied ensure printed: $out" >&2; exit 1; }

# A pacman local database holding one installed package, as pacman -U would leave it.
db=$work/pacman/db
mkdir -p "$db/local/hello-1.0-1"
echo 9 > "$db/local/ALPM_DB_VERSION"
printf '%%NAME%%\nhello\n\n%%VERSION%%\n1.0-1\n\n%%ARCH%%\nx86_64\n\n%%INSTALLDATE%%\n1700000000\n\n%%SIZE%%\n483\n\n' > "$db/local/hello-1.0-1/desc"
printf '%%FILES%%\nopt/\nopt/bin/\nopt/bin/hello\n\n' > "$db/local/hello-1.0-1/files"
pacman -Q --dbpath "$db" hello >/dev/null

hyperfine -N --warmup 30 --runs "$runs" --export-json "$work/h.json" \
  -n "cbe ensure (satisfied)" "$cbe ensure" \
  -n "dpkg -s coreutils" "dpkg -s coreutils" \
  -n "pacman -Q hello" "pacman -Q --dbpath $db hello" >&2

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
python3 - "$work/h.json" "$(peak "$cbe" ensure)" "$(peak dpkg -s coreutils)" "$(peak pacman -Q --dbpath "$db" hello)" <<'PY'
import json, sys
h = json.load(open(sys.argv[1]))["results"]
mem = sys.argv[2:5]
base = h[0]["median"]
print("| command | median | mean ± σ | min | ratio to cbe | peak RSS |")
print("|---|---|---|---|---|---|")
for r, m in zip(h, mem):
    print(f"| `{r['command']}` | {r['median']*1000:.2f} ms | {r['mean']*1000:.2f} ± {r['stddev']*1000:.2f} ms | {r['min']*1000:.2f} ms | {r['median']/base:.2f}× | {int(m)/1024:.1f} MiB |")
PY
