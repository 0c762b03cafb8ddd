#!/usr/bin/env bash
# Benchmark: a fleet of build zones ensuring one line at the same moment (issue 26). The line
# (the payload's 50 packages, bench/make-split.sh) is published with `cbe repo publish --to
# s3://` to s3s-fs; an nginx serves the bucket's files as the origin; the caching mirror cbe
# ships (repos/mirror/nginx.conf, addresses and paths substituted) stands in front of it.
# Measured in one run, each zone with a root and a cache of its own:
#   - one zone alone, straight from the origin;
#   - ZONES zones at once through the cache (cold), then ZONES zones at once from the origin;
# for each: wall time of the whole wave, the bytes the origin served divided by the line's
# package bytes (goal through the cache: 1.0), the peak number of requests the origin was
# serving at once (from its access log: start = $msec - $request_time), and zones that failed.
#   INSTALL=1 bash bench/make-payload.sh /tmp/cbe-payload   # once
#   bash bench/fleet.sh [ZONES]                             # default 50; needs nginx, s3s-fs
# CBE=PATH times that binary instead of building the profiling one.
# SMALL=1 makes the 50-package line from /usr/lib/gcc instead of the payload (level 3), for a
# quick run on a machine without the payload.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
zones=${1:-50}
cd "$top"
work=${WORK:-/tmp/cbe-bench-work}/fleet
mkdir -p "$work"
if [ -z "${CBE:-}" ]; then cargo build --profile profiling -q; fi
cbe=${CBE:-$top/target/profiling/cbe}
s3s=$(command -v s3s-fs || echo "${CARGO_HOME:-$HOME/.cargo}/bin/s3s-fs")
[ -x "$s3s" ] || { echo "s3s-fs is not installed: cargo install s3s-fs --version 0.14.1 --features binary --locked" >&2; exit 1; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)

export CBE_PLATFORM_IMAGE=20240101T000000Z CBE_ARCH=x86_64
split=$work/line1
if [ "${SMALL:-0}" = 1 ]; then
  split=$work/line1-small
  if [ ! -d "$split/All" ]; then
    mkdir -p "$split/All"
    (cd /usr/lib/gcc && find . -type f | sort) > "$work/files.txt"
    per=$(( ($(wc -l < "$work/files.txt") + 49) / 50 ))
    split -l "$per" -d -a 2 "$work/files.txt" "$work/part."
    for f in "$work"/part.*; do
      n=${f##*.}; st=$work/st.$n; rm -rf "$st"; mkdir -p "$st"
      (cd /usr/lib/gcc && tar -cf - -T "$f") | tar -C "$st" -xf -
      "$cbe" -q pkg create --from "$st" --name "tc$n-1.0" --prefix /opt/smartos-cbe/1 --level 3 \
        -o "$split/All/tc$n-1.0.tzst"
      rm -rf "$st"
    done
  fi
else
  payload=${PAYLOAD:-/tmp/cbe-payload}
  tree=$payload/opt/toolchain
  [ -d "$tree" ] || { echo "no payload at $payload: run bench/make-payload.sh first (or SMALL=1)" >&2; exit 1; }
  split_prefix=/opt/smartos-cbe/1
  # shellcheck source=bench/make-split.sh
  . "$top/bench/make-split.sh"
fi
[ -f "$work/keys/f.key" ] || { mkdir -p "$work/keys"; "$cbe" -q repo keygen --unencrypted "$work/keys/f"; }
"$cbe" -q repo index "$split" --line 1 --release 1.0.0 --min-platform 20180329T002515Z \
  --machine-arch x86_64 --sign "$work/keys/f.key"
line_bytes=$(cat "$split"/All/*.tzst | wc -c)

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

# The bucket, and the line published to it.
rm -rf "$work/s3" && mkdir -p "$work/s3/cbe"
s3port=$(free_port)
RUST_LOG=error "$s3s" --host 127.0.0.1 --port "$s3port" --access-key fleet-key \
  --secret-key fleet-secret "$work/s3" >/dev/null 2>&1 &
pids+=($!)
sleep 1
AWS_ENDPOINT_URL=http://127.0.0.1:$s3port AWS_ACCESS_KEY_ID=fleet-key \
  AWS_SECRET_ACCESS_KEY=fleet-secret AWS_REGION=us-east-1 \
  "$cbe" -q repo publish "$split" --to s3://cbe/1/x86_64

# The origin: nginx serving the bucket's files (s3s-fs keeps each object as a file).
origin=$(free_port) og=$work/origin
rm -rf "$og" && mkdir -p "$og/tmp"
cat > "$og/nginx.conf" <<CONF
daemon off; master_process off; worker_processes 1; pid $og/nginx.pid; error_log $og/error.log;
events { worker_connections 4096; }
http {
  log_format timed '\$msec \$request_time \$body_bytes_sent \$status \$request_uri';
  access_log $og/access.log timed; sendfile on;
  client_body_temp_path $og/tmp; proxy_temp_path $og/tmp; fastcgi_temp_path $og/tmp;
  uwsgi_temp_path $og/tmp; scgi_temp_path $og/tmp;
  server { listen 127.0.0.1:$origin; root $work/s3; }
}
CONF
"$nginx" -c "$og/nginx.conf" -p "$og" &
pids+=($!)

# The caching mirror, as shipped.
mirror=$(free_port) mg=$work/mirror
rm -rf "$mg" && mkdir -p "$mg/tmp"
{
  printf 'daemon off;\nmaster_process off;\npid %s/nginx.pid;\nerror_log %s/error.log;\n' "$mg" "$mg"
  sed -e "s|ORIGIN_HOST:80|127.0.0.1:$origin|" -e "s|ORIGIN_HOST|127.0.0.1|" \
    -e "s|/var/cache/nginx/cbe|$mg/cache|" -e "s|listen 80;|listen 127.0.0.1:$mirror;|" \
    -e "s|^http {|http {\n access_log off;\n client_body_temp_path $mg/tmp; proxy_temp_path $mg/tmp; fastcgi_temp_path $mg/tmp; uwsgi_temp_path $mg/tmp; scgi_temp_path $mg/tmp;|" \
    repos/mirror/nginx.conf
} > "$mg/nginx.conf"
"$nginx" -c "$mg/nginx.conf" -p "$mg" &
pids+=($!)
sleep 1

# A zone: a checkout whose pin names URL, a root and a cache of its own.
zone() {  # DIR URL
  rm -rf "$1" && mkdir -p "$1/co"
  cp "$work/keys/f.pub" "$1/co/"
  printf '[cbe]\nversion = "^1"\nrepos = ["%s"]\ntrusted_keys = ["f.pub"]\nmin_platform = "20180329T002515Z"\n' "$2" > "$1/co/cbe.toml"
}
ensure() {  # DIR: exit status in DIR/status
  (cd "$1/co" && "$cbe" --root "$1/root" --cache-dir "$1/cache" -q ensure > "$1/out" 2>&1; echo $? > "$1/status")
}
wave() {  # NAME URL N: one line of the table
  local name=$1 url=$2 n=$3 d
  for i in $(seq 1 "$n"); do zone "$work/zones/$i" "$url"; done
  : > "$og/access.log"
  local t0 running=()
  t0=$(date +%s.%N)
  for i in $(seq 1 "$n"); do ensure "$work/zones/$i" & running+=($!); done
  wait "${running[@]}"
  local t1; t1=$(date +%s.%N)
  sleep 0.2
  local failed=0
  for i in $(seq 1 "$n"); do
    d=$work/zones/$i
    [ "$(cat "$d/status")" = 0 ] || { failed=$((failed + 1)); sed 's/^/  /' "$d/out" | head -3 >&2; }
  done
  python3 - "$name" "$n" "$t0" "$t1" "$line_bytes" "$failed" "$og/access.log" <<'PY'
import sys
name, n, t0, t1, line, failed, log = sys.argv[1:]
served = pkg = 0
edges = []
for l in open(log):
    f = l.split()
    if len(f) < 5:
        continue
    end, took, size = float(f[0]), float(f[1]), int(f[2])
    served += size
    if "/All/" in f[4]:
        pkg += size
    edges += [(end - took, 1), (end, -1)]
peak = cur = 0
for _, d in sorted(edges, key=lambda e: (e[0], e[1])):
    cur += d
    peak = max(peak, cur)
print(f"| {name} | {n} | {float(t1) - float(t0):.2f} s | {pkg / int(line):.2f} | {served / 1e6:.1f} MB | {peak} | {failed} |")
PY
}

echo "## fleet: $(du -sh "$split/All" | cut -f1) in $(ls "$split"/All/*.tzst | wc -l) packages ($line_bytes bytes), $zones zones"
echo "| wave | zones | wall time | origin package bytes / line bytes | origin bytes, all | peak requests at the origin | zones failed |"
echo "|---|---|---|---|---|---|---|"
wave "one zone alone, from the origin" "http://127.0.0.1:$origin/cbe/1/x86_64/" 1
wave "through the cache (cold)" "http://127.0.0.1:$mirror/cbe/1/x86_64/" "$zones"
wave "straight from the origin" "http://127.0.0.1:$origin/cbe/1/x86_64/" "$zones"
rm -rf "$work/zones"
