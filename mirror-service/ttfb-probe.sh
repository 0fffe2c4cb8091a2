#!/usr/bin/env bash
# ttfb-probe.sh N FILE BASE_URL... : N cold misses of FILE per mirror, interleaved, each on a
# fresh /livecd/builds/bench-probe-<id>/FILE URL (the shared benchmark's origin serves any
# bench-<id>); prints per mirror the median TCP connect and time to first byte in ms, then
# every connect:ttfb pair and the load average. Example, the Java mirror against nginx:
#   ./ttfb-probe.sh 20 vmlinuz-1 http://127.0.0.1:18082/livecd http://127.0.0.1:18081/livecd
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 N FILE BASE_URL..." >&2; exit 2; }
n=$1; file=$2; shift 2
declare -A pairs
for _ in $(seq 1 "$n"); do
	for base in "$@"; do
		url="$base/builds/bench-probe-$(date +%s%N)-$RANDOM/$file"
		pairs[$base]+="$(curl -sS -o /dev/null -w '%{time_connect} %{time_starttransfer}\n' "$url" |
			awk '{ printf "%.3f:%.3f ", $1 * 1000, $2 * 1000 }')"
	done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for base in "$@"; do
	echo "$base connect_ms=$(echo "${pairs[$base]}" | tr ' ' '\n' | cut -d: -f1 | median)" \
		"ttfb_ms=$(echo "${pairs[$base]}" | tr ' ' '\n' | cut -d: -f2 | median) all=${pairs[$base]}"
done
echo "# loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
