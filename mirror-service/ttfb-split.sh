#!/usr/bin/env bash
# ttfb-split.sh N GAP FILE BASE_URL... : N cold misses of FILE per mirror, interleaved, GAP
# seconds apart, each on a fresh /livecd/builds/bench-split-<id>/FILE URL of the shared
# benchmark's origin (127.0.0.1:18080), while tcpdump (root) records the first packet of
# every request and response head on the loopback interface. Prints per mirror the median
# of three intervals, in microseconds: the client's request to the mirror's upstream
# request, that to the origin's first answer, that to the mirror's first answer; and their
# sum. Example, the Java mirror against nginx, the 1 GiB file, 10 times, 2 s apart:
#   sudo ./ttfb-split.sh 10 2 speedtest-1.squashfs http://127.0.0.1:18082/livecd http://127.0.0.1:18081/livecd
set -euo pipefail
[ $# -ge 4 ] || { echo "usage: $0 N GAP FILE BASE_URL..." >&2; exit 2; }
n=$1; gap=$2; file=$3; shift 3
command -v tcpdump >/dev/null || { echo "needs tcpdump (apt-get install tcpdump)" >&2; exit 2; }
pcap=$(mktemp --suffix .pcap); trap 'rm -f "$pcap"' EXIT
ports=""; for base in "$@"; do p=${base#http://*:}; ports+="${ports:+ or }port ${p%%/*}"; done
# SYNs, and segments whose payload starts with "GET " or "HTTP"
tcpdump -i lo -n -s 128 -w "$pcap" "tcp and (port 18080 or $ports) and ((tcp[tcpflags] & tcp-syn != 0 and \
tcp[tcpflags] & tcp-ack == 0) or tcp[((tcp[12]&0xf0)>>2):4] = 0x47455420 or tcp[((tcp[12]&0xf0)>>2):4] = 0x48545450)" \
	2>/dev/null &
dump=$!; sleep 1
for _ in $(seq 1 "$n"); do
	for base in "$@"; do
		sleep "$gap"
		sync  # as mirror-bench.sh does: nginx leaves its copy dirty, the Java mirror syncs its own
		curl -sS -o /dev/null "$base/builds/bench-split-$(date +%s%N)-$RANDOM/$file"
	done
done
sleep 1; kill "$dump"; wait "$dump" 2>/dev/null || true
tcpdump -r "$pcap" -n -tt 2>/dev/null | awk '
	function port(a) { sub(/:$/, "", a); n = split(a, p, "."); return p[n] }
	function median(s,    v, k, i, j, t) {
		k = split(s, v, " ")
		for (i = 2; i <= k; i++) for (j = i; j > 1 && v[j] + 0 < v[j-1] + 0; j--) { t = v[j]; v[j] = v[j-1]; v[j-1] = t }
		return v[int((k + 1) / 2)]
	}
	/length [1-9]/ {
		t = $1; src = port($3); dst = port($5)
		if (dst != 18080 && src != 18080 && !(src in mirror)) { mirror[dst] = 1; asked[dst] = t; client[dst] = src; next }
		if (dst == 18080 && !(src in up)) { for (m in asked) if (!(m in sent)) { sent[m] = t; up[src] = m } next }
		if (src == 18080 && (dst in up)) { m = up[dst]; if (!(m in origin)) origin[m] = t; next }
		if (src in mirror && dst == client[src] && (src in origin)) {
			a[src] = a[src] " " (sent[src] - asked[src]) * 1e6; b[src] = b[src] " " (origin[src] - sent[src]) * 1e6
			c[src] = c[src] " " (t - origin[src]) * 1e6; d[src] = d[src] " " (t - asked[src]) * 1e6
			delete asked[src]; delete sent[src]; delete origin[src]; delete mirror[src]
			for (u in up) if (up[u] == src) delete up[u]
		}
	}
	END {
		for (m in a) printf "port %s: request->upstream %.0f us, upstream->origin answer %.0f us, origin answer->head %.0f us, total %.0f us (%d misses)\n",
			m, median(a[m]), median(b[m]), median(c[m]), median(d[m]), split(a[m], x, " ")
	}'
