#!/usr/bin/env bash
# End to end and rollback, against the local stack on its own ports (bench/lib.sh).
#   bench/e2e-bench.sh [ROUNDS [SIZE_MIB [ROLLBACKS]]]      default: 3 rounds of 256 MiB, 20 rollbacks
# Per round, alternating which goes first:
#   pipeline   `./livecd publish` of a fresh SIZE_MIB file as the next build of the job of
#              speedtest.squashfs, until live_squash names that build at both Foreman locations
#              (read from the simulator every 50 ms)
#   reference  the bare transfer of the same bytes, with curl and sha256sum: the file's sha256 (the
#              client's one pass over the bytes), one PUT to the stack's S3 server (UNSIGNED-PAYLOAD:
#              s3proxy refuses a signed single PUT this large), then two GETs of that object into
#              two files at once (one copy per mirror)
# Then ROLLBACKS alias moves through repo-service's API (what `livecd rollback --to-build` does),
# alternating between the two newest builds, each until both locations' live_squash follows.
# Then where each round's pipeline time went: the cli's messages (time-stamped as they arrive) and
# the events on the topics (record timestamps, bench/Timeline.java), as seconds since the cli
# started, per round and the median.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rounds=${1:-3} size=${2:-256} rollbacks=${3:-20}
((rounds >= 2)) || { echo "at least 2 rounds (the rollbacks move between the last two builds)" >&2; exit 2; }
job=build_iso_speedtest_el8 alias=speedtest.squashfs
work="$BENCH_DIR/e2e"
mkdir -p "$work"

stack_up
ams=$(stack .foreman.locations.ams) nyc=$(stack .foreman.locations.nyc)
say "machine: $(machine)"

pipeline() {
  local build=$1 file=$2 t0
  stack_cpu >"$work/cpu-before-$build"
  t0=$(now)
  TIMEFORMAT='%U %S'
  { time with_jfr "$root/livecd" publish --job "$job" --build "$build" --image speedtest "$file" >/dev/null \
    2> >(stamp >"$work/publish-$build.log"); } 2>"$work/cli-cpu-$build"
  published=$(since "$t0")
  echo "$t0" >"$work/start-$build"
  await_params live_squash "builds/$job/${file##*/}" 600 "$ams" "$nyc" || { say "build $build never reached Foreman"; exit 1; }
  echo "$(since "$t0") $published"
  stack_cpu >"$work/cpu-after-$build"
}

# CPU seconds each process spent during a round's pipeline (the cli's own, then the stack's)
round_cpu() {
  local build=$1
  printf 'cli %s ' "$(awk '{ printf "%.2f", $1 + $2 }' "$work/cli-cpu-$build")"
  join "$work/cpu-before-$build" "$work/cpu-after-$build" | awk '{ printf "%s %.2f ", $1, $3 - $2 }'
  echo
}

reference() {
  local file=$1 key="bench/${1##*/}" t0
  t0=$(now)
  sha256sum "$file" >/dev/null
  s3 PUT "$key" -T "$file" -o /dev/null
  s3 GET "$key" -o "$work/copy-ams" & a=$!
  s3 GET "$key" -o "$work/copy-nyc" & b=$!
  wait "$a" && wait "$b"
  since "$t0"
  [[ $(stat -c %s "$work/copy-ams") == "$(stat -c %s "$file")" && $(stat -c %s "$work/copy-nyc") == "$(stat -c %s "$file")" ]] ||
    { say "reference copies are incomplete"; exit 1; }
  s3 DELETE "$key" -o /dev/null
  rm -f "$work/copy-ams" "$work/copy-nyc"
}

# One round's stages as seconds since the cli started, in the order of STAGES ("-": not seen):
# stages BUILD FILE CLI_SECONDS TOTAL_SECONDS
STAGES=("cli: build opened" "cli: upload started" "cli: upload answered" "cli: complete answered" "cli: exited"
  "build.completed" "alias.updated" "artifacts.published" "mirror.synced ams" "mirror.synced nyc"
  "Foreman ams" "Foreman nyc" "bench saw both")
stages() {
  local build=$1 file=$2 t0 log
  t0=$(<"$work/start-$build") log="$work/publish-$build.log"
  {
    for pattern in '^Opened ' ': 0% [(]' '^Uploaded ' '^Published '; do
      awk -v t0="$t0" -v p="$pattern" '{ $0 = $0 } substr($0, index($0, " ") + 1) ~ p { printf "%.3f\n", $1 - t0; found = 1; exit }
        END { if (!found) print "-" }' "$log"
    done
    echo "$3"
    jq -rs --argjson b "$build" --arg v "builds/$job/${file##*/}" '
      def first(f): [.[] | select(f) | .ts] | min;
      def at(type; f): first(.type == "livecd.\(type).v1" and f);
      [at("build.completed"; .event.build == $b),
       at("alias.updated"; .event.reason == "publish" and .event.target.build == $b),
       at("artifacts.published"; .event.build == $b),
       (("ams", "nyc") as $l | at("mirror.synced"; .event.build == $b and .event.location == $l)),
       (("ams", "nyc") as $l | at("foreman.parameters-updated"; .event.newValue == $v and .event.location == $l))]
      | .[] | if . == null then "-" else . end' "$work/timeline.jsonl" |
      awk -v t0="$t0" '$1 == "-" { print; next } { printf "%.3f\n", $1 / 1000 - t0 }'
    echo "$4"
  } | paste -sd' '
}

# rows of stages (one per round) in, one line per stage out: its name, each round's value, the median
stage_table() {
  local rows=() i k
  mapfile -t rows
  for ((k = 0; k < ${#STAGES[@]}; k++)); do
    local values=()
    for ((i = 0; i < ${#rows[@]}; i++)); do
      read -ra cells <<<"${rows[i]}"
      values+=("${cells[k]}")
    done
    printf '  %-24s %s  median %s\n' "${STAGES[k]}" "${values[*]}" \
      "$(printf '%s\n' "${values[@]}" | grep -v '^-$' | pct 50)"
  done
}

first=$(date +%s)
p=() r=() pub=() builds=()
for ((i = 0; i < rounds; i++)); do
  build=$((first + i)) file="$work/speedtest-$((first + i)).squashfs"
  head -c "${size}M" /dev/urandom >"$file"
  if ((i % 2 == 0)); then
    read -r tp tpub < <(pipeline "$build" "$file"); tr=$(reference "$file")
  else
    tr=$(reference "$file"); read -r tp tpub < <(pipeline "$build" "$file")
  fi
  rm -f "$file"
  [[ -n $tp ]] || exit 1
  p+=("$tp") r+=("$tr") pub+=("$tpub") builds+=("$build")
  say "round $((i + 1)): pipeline ${tp} s (cli returned after ${tpub} s), reference ${tr} s, load $(load1)"
done
pm=$(printf '%s\n' "${p[@]}" | pct 50) rm=$(printf '%s\n' "${r[@]}" | pct 50)
timeline >"$work/timeline.jsonl"

# rollbacks between the two newest builds (the alias names the newest now)
ops=$(stack .tokens.ops) repo=$(stack '.services["repo-service"]')
times=()
for ((k = 0; k < rollbacks; k++)); do
  target=${builds[-1 - (k + 1) % 2]}
  t0=$(now)
  curl -sf -X POST -H "Authorization: Bearer $ops" -H 'Content-Type: application/json' \
    -d "{\"toBuild\": $target}" "$repo/api/v1/aliases/$alias/rollback" -o /dev/null
  await_params live_squash "builds/$job/speedtest-$target.squashfs" 60 "$ams" "$nyc" || { say "rollback to $target never reached Foreman"; exit 1; }
  times+=("$(since "$t0")")
done
t0=$(now)
foreman_param "$ams" live_squash >/dev/null && foreman_param "$nyc" live_squash >/dev/null
poll=$(since "$t0")

echo "end to end, ${size} MiB, $rounds rounds: pipeline ${p[*]} s; reference ${r[*]} s"
echo "cli publish returned after ${pub[*]} s (median $(printf '%s\n' "${pub[@]}" | pct 50) s)"
echo "end to end median: pipeline $pm s, reference $rm s, ratio $(ratio "$pm" "$rm") (target <= 1.5)"
echo "rollback ($rollbacks): ${times[*]} s"
echo "rollback p50 $(printf '%s\n' "${times[@]}" | pct 50) s, p90 $(printf '%s\n' "${times[@]}" | pct 90) s," \
  "max $(printf '%s\n' "${times[@]}" | pct 100) s (target p50 <= 1 s); one read of both locations: $poll s"
echo "where the pipeline's time went, seconds since the cli started (rounds, then the median):"
for ((i = 0; i < rounds; i++)); do
  stages "${builds[i]}" "$work/speedtest-${builds[i]}.squashfs" "${pub[i]}" "${p[i]}"
done | stage_table
echo "CPU seconds per process during each round's pipeline (user + system):"
for ((i = 0; i < rounds; i++)); do echo "  round $((i + 1)): $(round_cpu "${builds[i]}")"; done
echo "machine: $(machine)"
