#!/usr/bin/env bash
# The hot spots of a JFR recording (as bench/*.sh write with BENCH_JFR=1), with the JDK's jfr tool:
# the N most frequent top frames of the CPU samples, the N most frequent first io.livecd frames
# in them (which of our code the time is spent under), and the N frames that allocate most.
#   bench/jfr-top.sh FILE.jfr [N]      default N: 12
set -euo pipefail
file=$1 n=${2:-12}

# prints, per event, its frames on one line separated by " < " (top frame first)
stacks() {
  jfr print --events "$1" "$file" | awk '
    /stackTrace = \[/ { inside = 1; line = ""; next }
    inside && /^[[:space:]]*\]/ { inside = 0; print line; next }
    inside { sub(/^[[:space:]]+/, ""); sub(/[[:space:]]+line:.*/, ""); line = line (line == "" ? "" : " < ") $0 }'
}
top() { sort | uniq -c | sort -rn | awk -v n="$n" 'NR <= n'; }

echo "== $file: CPU samples $(stacks jdk.ExecutionSample | tee /tmp/jfr-top.$$ | wc -l)"
echo "-- top frames"
awk -F' < ' '{ print $1 }' /tmp/jfr-top.$$ | top
echo "-- first io.livecd frame"
awk -F' < ' '{ for (i = 1; i <= NF; i++) if ($i ~ /^io\.livecd\./) { print $i; next } print "(none)" }' /tmp/jfr-top.$$ | top
rm -f /tmp/jfr-top.$$
echo "-- allocation samples by top frame"
stacks jdk.ObjectAllocationSample | awk -F' < ' '{ print $1 }' | top
