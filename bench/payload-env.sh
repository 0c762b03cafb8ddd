# Sourced by the payload benchmarks: the payload (bench/make-payload.sh), the work
# directory ($WORK, under which each script keeps what it makes once), the fresh-ext4 mount
# point, the release build of cbe; the mount is released on exit. Expects $top, $runs and
# $sub (the work subdirectory, may be empty).
cd "$top"
payload=${PAYLOAD:-/tmp/cbe-payload}
work=${WORK:-/tmp/cbe-bench-work}$sub
export BENCHFS=${BENCHFS:-/tmp/cbe-benchfs}
export FRESHFS=$top/bench/freshfs.sh
tree=$payload/opt/toolchain
[ -d "$tree" ] || { echo "no payload at $payload: run make-payload.sh first" >&2; exit 1; }
cargo build --profile profiling -q
cbe=$top/target/profiling/cbe
mkdir -p "$work"
trap 'sh "$FRESHFS" --release "$BENCHFS" >/dev/null 2>&1 || true' EXIT
