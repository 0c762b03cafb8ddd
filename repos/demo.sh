#!/usr/bin/env bash
# The main job on the bundled sample: build the sample CBE into signed repositories, serve
# them over HTTP on 127.0.0.1, and let a checkout's ./configure (examples/configure) call
# `cbe ensure` into a scratch root; then show `cbe env`, run a tool of the line, publish a
# new release and ensure again (an upgrade), and install the incompatible line 2 beside it.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
echo "== building cbe (cargo build; the first build on a fresh machine takes about 8 minutes on 2 cores)"
cargo build --bin cbe
cbe=$(repos/cbe-path.sh)
work=$(mktemp -d "${TMPDIR:-/tmp}/cbe-demo.XXXXXX")
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }

say "building the sample CBE (repos/sample) into signed repositories"
CBE=$cbe repos/sample/build.sh "$work/out"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/out" >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2>/dev/null && break
  sleep 0.1
done
say "serving them at http://127.0.0.1:$port/"

mkdir -p "$work/checkout"
cp "$work/out/keys/sample.pub" "$work/checkout/"
cat > "$work/checkout/cbe.toml" <<TOML
[cbe]
version = "^1.0"
repos = ["http://127.0.0.1:$port/cbe/\$line/\$arch"]
trusted_keys = ["sample.pub"]
min_platform = "20180329T002515Z"
TOML
cp examples/configure "$work/checkout/configure"
export CBE_ROOT=$work/root CBE_PLATFORM_IMAGE=20240101T000000Z CBE=$cbe
cd "$work/checkout"
say "cat cbe.toml"; cat cbe.toml
say "./configure (cbe ensure installs line 1)"; ./configure
say "./configure again (satisfied: silent and instant)"; time ./configure
say "cbe env"; "$cbe" env
say "a tool of the line"; eval "$("$cbe" env)"; hello "ran from $(command -v hello)"

say "publishing release 1.1.0 of line 1; ensure upgrades"
"$top/repos/sample/build.sh" "$work/out" publish 1.1.0
"$cbe" ensure --refresh 0 -v
hello

say "line 2 beside it (an incompatible generation)"
"$cbe" ensure --cbe '^2' -v
"$cbe" env 2 | head -1
"$work/root/opt/smartos-cbe/2/bin/hello" --upper "line 2 works too"
say "cbe lines"; "$cbe" lines
