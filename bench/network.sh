#!/usr/bin/env bash
# Benchmark: a new build zone's first `cbe ensure` over the network. The payload
# (bench/make-payload.sh, ~550 MB) split into 50 packages of line 1, indexed, signed (with
# each several-frame package's frame table) and served by nginx on 127.0.0.1, (a) unthrottled,
# (b) behind a link (an HTB class of `tc` on the loopback device, matched by nginx's port)
# whose bandwidth makes the transfer take about as long as the local install and (c) a slow
# mirror, a link of a third of (b)'s bandwidth;
# every timed run on a fresh ext4 with an empty cache. Measured in one run: `cbe ensure` of the
# line, the downloads alone (`cbe install --download-only` of the 50), the local install of the
# 50 files, and copying the 50 files into an empty cache. Prints markdown tables and the ratio
# ensure / max(download alone, local install).
#   INSTALL=1 bash bench/make-payload.sh /tmp/cbe-payload   # once
#   bash bench/network.sh [RUNS]                                        # as root
#   PROFILE=1 bash bench/network.sh 1     # and where an ensure's time goes behind each link (perf)
#   OLD_CBE=/path/to/cbe bash bench/network.sh 3   # and another build's ensure in the same runs
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
sub=/network
# shellcheck source=bench/payload-env.sh
. "$top/bench/payload-env.sh"
split=$work/line1 split_prefix=/opt/smartos-cbe/1
# shellcheck source=bench/make-split.sh
. "$top/bench/make-split.sh"
[ -f "$work/keys/n.key" ] || { mkdir -p "$work/keys"; "$cbe" -q repo keygen --unencrypted "$work/keys/n"; }
"$cbe" -q repo index "$split" --line 1 --release 1.0.0 --min-platform 20180329T002515Z --machine-arch x86_64 --sign "$work/keys/n.key"
bytes=$(cat "$split"/All/*.tzst | wc -c)
names=$(cd "$split/All" && ls -- *.tzst | sed 's/-1\.0\.tzst$//' | tr '\n' ' ')
R=$BENCHFS/root C=$BENCHFS/cache
export CBE_PLATFORM_IMAGE=20240101T000000Z CBE_ARCH=x86_64

# The local install's time sets the throttle: the link carries the bytes in that time. A link,
# not nginx's per-request limit_rate: nginx lets each request send a second's worth of bytes
# at once, so a client that asks for many small ranges would escape a per-request limit that a
# real network would hold it to.
sh "$top/bench/fresh-root.sh"
t0=$(date +%s.%N)
"$cbe" --root "$R" --cbe 1 -q install "$split"/All/*.tzst
t1=$(date +%s.%N)
local_s=$(python3 -c "print($t1 - $t0)")
rate=$(python3 -c "print(max(1, int($bytes / $local_s)))")

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
slow=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
slower=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ng=$work/nginx; mkdir -p "$ng/tmp"
cat > "$ng/nginx.conf" <<CONF
daemon off; master_process off; worker_processes 1; pid $ng/nginx.pid; error_log $ng/error.log;
events { worker_connections 512; }
http {
  access_log off; sendfile on;
  client_body_temp_path $ng/tmp; proxy_temp_path $ng/tmp; fastcgi_temp_path $ng/tmp;
  uwsgi_temp_path $ng/tmp; scgi_temp_path $ng/tmp;
  server { listen 127.0.0.1:$port; root $split; }
  server { listen 127.0.0.1:$slow; root $split; }
  server { listen 127.0.0.1:$slower; root $split; }
}
CONF
if tc qdisc show dev lo | grep -qv 'noqueue'; then echo "lo has a qdisc already: not replacing it" >&2; exit 1; fi
tc qdisc add dev lo root handle 1: htb default 10
tc class add dev lo parent 1: classid 1:10 htb rate 100gbit
for c in "20 $slow $rate" "30 $slower $((rate / 3))"; do
  set -- $c
  tc class add dev lo parent 1: classid 1:$1 htb rate $(($3 * 8))bit ceil $(($3 * 8))bit burst 256k cburst 256k
  tc filter add dev lo parent 1: protocol ip prio 1 u32 match ip sport $2 0xffff flowid 1:$1
done
nginx -c "$ng/nginx.conf" -p "$ng" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null || true; tc qdisc del dev lo root 2>/dev/null || true; sh "$FRESHFS" --release "$BENCHFS" >/dev/null 2>&1 || true' EXIT
sleep 0.5

pin() {  # a checkout whose pin file names the mirror at port $1
  local d=$work/checkout-$1; mkdir -p "$d"; cp "$work/keys/n.pub" "$d/"
  printf '[cbe]\nversion = "^1"\nrepos = ["http://127.0.0.1:%s/"]\ntrusted_keys = ["n.pub"]\nmin_platform = "20180329T002515Z"\n' "$1" > "$d/cbe.toml"
  echo "$d"
}
fast_co=$(pin "$port"); slow_co=$(pin "$slow"); slower_co=$(pin "$slower")
client() { echo "$cbe --root $R --cache-dir $C --cbe 1 --repo http://127.0.0.1:$1/ --trusted-key $work/keys/n.pub"; }
old() {  # hyperfine arguments for OLD_CBE's ensure from checkout $2, named $1
  [ -z "${OLD_CBE:-}" ] || printf '%s\0' -n "old cbe ensure ($1)" "sh -c 'cd $2 && $OLD_CBE --root $R --cache-dir $C ensure'"
}

echo "## $(du -sh "$split/All" | cut -f1) in 50 packages; throttle: a link of $rate B/s (local install took ${local_s}s)"
mapfile -d '' old_fast < <(old "nginx, unthrottled" "$fast_co")
mapfile -d '' old_slow < <(old "nginx, link" "$slow_co")
mapfile -d '' old_slower < <(old "nginx, link / 3" "$slower_co")
hyperfine -N --runs "$runs" --prepare "sh $top/bench/fresh-root.sh" --export-json "$work/net-fast.json" "${old_fast[@]}" \
  -n "cbe ensure (nginx, unthrottled)" "sh -c 'cd $fast_co && $cbe --root $R --cache-dir $C ensure'" \
  -n "cbe install --download-only (unthrottled)" "$(client "$port") -q install --download-only $names" \
  -n "cbe install 50 FILES (local)" "$cbe --root $R --cbe 1 -q install $(ls "$split"/All/*.tzst | tr '\n' ' ')" \
  -n "cp 50 files into the cache" "cp -r $split/All/. $C/" >&2
hyperfine -N --runs "$runs" --prepare "sh $top/bench/fresh-root.sh" --export-json "$work/net-slow.json" "${old_slow[@]}" \
  -n "cbe ensure (nginx, link)" "sh -c 'cd $slow_co && $cbe --root $R --cache-dir $C ensure'" \
  -n "cbe install --download-only (link)" "$(client "$slow") -q install --download-only $names" \
  -n "cbe install 50 FILES (local)" "$cbe --root $R --cbe 1 -q install $(ls "$split"/All/*.tzst | tr '\n' ' ')" >&2
hyperfine -N --runs "$runs" --prepare "sh $top/bench/fresh-root.sh" --export-json "$work/net-slower.json" "${old_slower[@]}" \
  -n "cbe ensure (nginx, link / 3)" "sh -c 'cd $slower_co && $cbe --root $R --cache-dir $C ensure'" \
  -n "cbe install --download-only (link / 3)" "$(client "$slower") -q install --download-only $names" >&2

# PROFILE=1: one more ensure behind each link under `perf record -a` (every process, both
# cores), its -v steps stamped on the same clock: when the last package began unpacking, when
# the commit began ("moving files into place") and ended, how busy the cores were in each
# quarter second, and where the commit's time goes.
if [ "${PROFILE:-0}" = 1 ]; then
  stamp='import sys, time
for line in sys.stdin:
    print(f"{time.clock_gettime(time.CLOCK_MONOTONIC):.6f} {line}", end="", flush=True)'
  for run in "$slow_co link" "$slower_co link/3"; do
    co=${run%% *}
    sh "$top/bench/fresh-root.sh"
    t0=$(python3 -c 'import time; print(time.clock_gettime(time.CLOCK_MONOTONIC))')
    (cd "$co" && perf record -q -a -k CLOCK_MONOTONIC -F 499 -o "$work/ensure.perf" -- \
      "$cbe" --root "$R" --cache-dir "$C" -v ensure 2>&1 >/dev/null | python3 -u -c "$stamp") > "$work/ensure.steps"
    te=$(python3 -c 'import time; print(time.clock_gettime(time.CLOCK_MONOTONIC))')
    tu=$(grep ' unpacking ' "$work/ensure.steps" | tail -1 | cut -d' ' -f1)
    tm=$(grep ' moving files into place' "$work/ensure.steps" | cut -d' ' -f1)
    label=${run#* }
    python3 -c "print(f'## profile ($label): last package began unpacking at {$tu-$t0:.3f} s, commit began at {$tm-$t0:.3f} s, ended at {$te-$t0:.3f} s')"
    echo "### busy samples per quarter second (both cores; nginx's among them)"
    perf script -i "$work/ensure.perf" -F comm,time 2>/dev/null | awk -v t0="$t0" '
      { t = $NF + 0; b = int((t - t0) * 4); all[b]++; if ($1 != "swapper") busy[b]++; if ($1 == "nginx") ng[b]++; if (b > m) m = b }
      END { for (i = 0; i <= m; i++) if (all[i]) printf "%5.2f s  %3d%%  (nginx %d%%)\n", i / 4, 100 * busy[i] / all[i], 100 * ng[i] / all[i] }'
    echo "### the commit, by symbol"
    perf report -i "$work/ensure.perf" --stdio --no-children --comm cbe --sort sym --time "$tm," 2>/dev/null |
      awk '/^ +[0-9.]+%/ && n++ < 12'  # not head: its early exit fails the pipe
  done
fi
peak() { sh "$top/bench/fresh-root.sh"; /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "## peak RSS (KiB): ensure unthrottled $(peak sh -c "cd $fast_co && $cbe --root $R --cache-dir $C ensure")"
python3 "$top/bench/table.py" "$work" net-fast net-slow net-slower
python3 - "$work" <<'PY'
import json, sys, os
def medians(name):
    return {x["command"]: x["median"] for x in json.load(open(os.path.join(sys.argv[1], name + ".json")))["results"]}
r = medians("net-slower")
dl = r["cbe install --download-only (link / 3)"]
for who in ["cbe", "old cbe"]:
    if who + " ensure (nginx, link / 3)" in r:
        print("net-slower: %s ensure / download alone = %.2f" % (who, r[who + " ensure (nginx, link / 3)"] / dl))
for name in ["net-fast", "net-slow"]:
    r = medians(name)
    dl = next(v for k, v in r.items() if "download-only" in k)
    local = r["cbe install 50 FILES (local)"]
    for who in ["cbe", "old cbe"]:
        ensure = next((v for k, v in r.items() if k.startswith(who + " ensure")), None)
        if ensure is None:
            continue
        line = f"{name}: {who} ensure / max(download, local) = {ensure / max(dl, local):.2f}"
        if "cp 50 files into the cache" in r:
            line += f"; ensure / (local + cache copy) = {ensure / (local + r['cp 50 files into the cache']):.2f}"
        print(line)
PY
