#!/usr/bin/env bash
# Memory: one SIZE_MIB artifact (default 4096) through publish, promotion, pre-warm at both
# mirrors and serving from both, on the local stack (every service at -Xmx256m, as
# local-stack starts them), then the peak RSS (VmHWM) of every process of the stack.
#   bench/memory-bench.sh [SIZE_MIB]
# Needs about 5 x SIZE_MIB of free disk under BENCH_DIR (the file, staging and builds in S3,
# two mirror caches).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
size=${1:-4096}
job=build_iso_speedtest_el8
work="$BENCH_DIR/memory"
mkdir -p "$work"
df -h "$BENCH_DIR" >&2

stack_up
ams=$(stack .foreman.locations.ams) nyc=$(stack .foreman.locations.nyc)
build=$(date +%s) name="speedtest-$(date +%s).squashfs"
say "writing $size MiB of random bytes"
head -c "${size}M" /dev/urandom >"$work/$name"
sum=$(sha256sum "$work/$name" | cut -d' ' -f1)

t0=$(now)
"$root/livecd" publish --job "$job" --build "$build" --image speedtest "$work/$name" >/dev/null
echo "publish (cli returned): $(since "$t0") s, load $(load1)"
await_params live_squash "builds/$job/$name" 1800 "$ams" "$nyc" || { say "never reached Foreman"; exit 1; }
echo "promoted and pre-warmed at both locations, Foreman updated: $(since "$t0") s, load $(load1)"
rm -f "$work/$name"
for location in ams nyc; do
  t1=$(now)
  got=$(curl -sf "$(stack ".boot.$location")/livecd/builds/$job/$name" | sha256sum | cut -d' ' -f1)
  echo "served by mirror-$location: $(since "$t1") s, sha256 $([[ $got == "$sum" ]] && echo matches || echo DIFFERS)"
  [[ $got == "$sum" ]] || exit 1
done

if grep -l OutOfMemoryError "$LIVECD_HOME"/logs/*.log; then say "a process ran out of memory (logs above)"; exit 1; fi
echo "no OutOfMemoryError in any log; peak RSS (VmHWM) per process, $size MiB artifact:"
for file in "$LIVECD_HOME"/run/*.pid; do
  component=$(basename "$file" .pid) pid=$(pid_of "$component")
  heap=$(tr '\0' '\n' <"/proc/$pid/cmdline" | grep -m1 '^-Xmx' || echo '-')
  printf '  %-18s %s %s\n' "$component" "$heap" "$(awk '/VmHWM/ { printf "%d MiB", $2 / 1024 }' "/proc/$pid/status")"
done
echo "machine: $(machine)"
