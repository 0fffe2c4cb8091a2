# Shared by the scripts of bench/: the local stack on the benchmark's own ports and data
# folder, cleanup on exit, machine facts, medians, Foreman reads. Sourced, not run.
#   BENCH_DIR        scratch folder (default /tmp/livecd-bench-$USER); the stack's data is in $BENCH_DIR/home-<script>
#   BENCH_PORT_BASE  first of the stack's ports (default 28500; uses base .. base+99)
#   BENCH_JFR        set to 1 to record every JVM of the stack with JFR (profile settings) into $BENCH_DIR/jfr/<script>
set -euo pipefail
shopt -s inherit_errexit

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/livecd-bench-${USER:-$(id -un)}}
base=${BENCH_PORT_BASE:-28500}
# a stack of its own per script, from nothing each run (no topics, objects or caches of an earlier run)
export LIVECD_HOME="$BENCH_DIR/home-$(basename "$0" .sh)"
export LIVECD_S3_PORT=$base LIVECD_REPO_PORT=$((base + 80)) LIVECD_BUILD_PORT=$((base + 81))
export LIVECD_BRIDGE_PORT=$((base + 83)) LIVECD_FOREMAN_PORT=$((base + 84))
export LIVECD_MIRROR_AMS_PORT=$((base + 91)) LIVECD_MIRROR_NYC_PORT=$((base + 92))
export LIVECD_MIRROR_AMS_FILES_PORT=$((base + 95)) LIVECD_MIRROR_NYC_FILES_PORT=$((base + 96))
export LIVECD_KAFKA_PORT=$((base + 93)) LIVECD_KAFKA_CONTROLLER_PORT=$((base + 94))
# a JVM of a saturated 2-core machine can take minutes to start (local-stack's default: 180 s)
export LIVECD_START_TIMEOUT=${LIVECD_START_TIMEOUT:-900}
mkdir -p "$BENCH_DIR"

extra_pids=()
stack_started=
cleanup() {
  local pid
  for pid in "${extra_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${extra_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n $stack_started ]]; then
    # which recording is whose: hotspot-pid-<pid>-….jfr
    [[ -n $jfr_opts ]] && grep -H . "$LIVECD_HOME"/run/*.pid >>"$jfr_dir/pids.txt" 2>/dev/null
    "$root/livecd" down >&2 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

jfr_opts=
if [[ ${BENCH_JFR:-} == 1 ]]; then
  jfr_dir="$BENCH_DIR/jfr/$(basename "$0" .sh)"
  rm -rf "$jfr_dir" && mkdir -p "$jfr_dir"
  jfr_opts="-XX:StartFlightRecording=filename=$jfr_dir,settings=profile,dumponexit=true"
fi

# runs a command, with JFR on for every JVM it starts when BENCH_JFR=1
with_jfr() { if [[ -n $jfr_opts ]]; then JAVA_TOOL_OPTIONS=$jfr_opts "$@"; else "$@"; fi; }

# Starts the stack detached, from an empty data folder (JFR on every JVM it starts when
# BENCH_JFR=1); cleanup stops it.
stack_up() {
  if compgen -G "$LIVECD_HOME/run/*.pid" >/dev/null; then
    say "a stack of $LIVECD_HOME may still run (another run, or a killed one): LIVECD_HOME=$LIVECD_HOME ./livecd down"
    exit 1
  fi
  rm -rf "$LIVECD_HOME"
  stack_started=1
  with_jfr "$root/livecd" up --detach >&2
  fm_url=$(stack .foreman.url) fm_auth="$(stack .foreman.user):$(stack .foreman.password)"
  s3_url="$(stack .s3.endpoint)/$(stack .s3.bucket)" s3_auth="$(stack .s3.accessKey):$(stack .s3.secretKey)"
  s3_sig="aws:amz:$(stack .s3.region):s3"
}

stack() { jq -r "$1" "$LIVECD_HOME/stack.json"; }

# pid of a process the stack started (logs/run of local-stack), e.g. pid_of mirror-ams
pid_of() { awk 'NR == 1 { print $1 }' "$LIVECD_HOME/run/$1.pid"; }

machine() {
  printf 'cores %s, RAM %s GiB, load average %s' "$(nproc)" \
    "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

load1() { cut -d' ' -f1 /proc/loadavg; }

# CPU seconds (user + system) each process of the stack has used so far: "component seconds" lines.
# Less sensitive to other work on the machine than wall time: what a stage costs, not how long it waited.
stack_cpu() {
  local file component pid ticks
  ticks=$(getconf CLK_TCK)
  for file in "$LIVECD_HOME"/run/*.pid; do
    component=$(basename "$file" .pid) pid=$(pid_of "$component")
    awk -v c="$component" -v t="$ticks" '{ sub(/^.*\) /, ""); printf "%s %.2f\n", c, ($12 + $13) / t }' "/proc/$pid/stat"
  done
}

# median and percentiles of numbers on stdin: pct P (nearest rank)
pct() { sort -g | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; print v[i] }'; }

now() { date +%s.%N; }
# prefixes every line of stdin with the time it arrived (epoch seconds)
stamp() { local line; while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# The value of parameter NAME at Foreman location id ID, or empty (the stack's simulator).
foreman_param() {
  curl -sf -u "$fm_auth" "$fm_url/api/locations/$1/parameters?search=name%20%3D%20$2&show_hidden=true" |
    jq -r '.results[0].value // empty'
}

# Waits until parameter NAME equals VALUE at every location id given; returns 1 after TIMEOUT s.
await_params() {
  local name=$1 value=$2 timeout=$3 id all start=$SECONDS
  shift 3
  while (( SECONDS - start < timeout )); do
    all=1
    for id in "$@"; do
      [[ $(foreman_param "$id" "$name") == "$value" ]] || { all=; break; }
    done
    [[ -n $all ]] && return 0
    sleep 0.05
  done
  return 1
}

# Every record of the stack's event topics so far, one JSON object a line (bench/Timeline.java).
timeline() {
  java -cp "$(<"$LIVECD_HOME/tools/kafka.classpath")" "$root/bench/Timeline.java" "$(stack .kafka.bootstrap)" \
    livecd.builds livecd.repo livecd.mirrors livecd.foreman 2>/dev/null
}

# S3 request signed with the stack's keys, the body not (UNSIGNED-PAYLOAD): s3 METHOD KEY [curl args...]
s3() {
  local method=$1 key=$2
  shift 2
  curl -sSf -X "$method" --aws-sigv4 "$s3_sig" -u "$s3_auth" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" \
    "$s3_url/$key" "$@"
}
