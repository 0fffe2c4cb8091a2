#!/usr/bin/env bash
# Scale: JOBS jobs x 3 builds x 4 artifacts (KIB KiB each), 10 mirror locations, HOSTS host task
# requests through foreman-bridge, against a Foreman simulator seeded with 10 locations and
# HOSTS hosts. Prints the time to converge and the Foreman writes counted by the simulator.
#   bench/scale-bench.sh [JOBS [HOSTS [KIB]]]     default: 50 jobs, 1000 hosts, 64 KiB artifacts
# The local stack runs with FOREMAN_URL set to this simulator (so it starts none of its own),
# one alias per job (repo-service) and one Foreman parameter per alias (foreman-bridge), both
# through SPRING_APPLICATION_JSON; the script starts the 8 mirrors beyond ams and nyc itself,
# from the same jar, at -Xmx256m like the stack's.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
jobs=${1:-50} hosts=${2:-1000} kib=${3:-64}
work="$BENCH_DIR/scale"
rm -rf "$work" && mkdir -p "$work/files" "$work/mirrors"
locations=(ams nyc l03 l04 l05 l06 l07 l08 l09 l10)
jfr=()
[[ -n $jfr_opts ]] && jfr=("$jfr_opts")
jar() { ls -t "$root/$1/target/$1"-*"${2:-}".jar | head -n 1; }
# waits until URL's health says UP while process PID lives, at most LIVECD_START_TIMEOUT s
healthy() {
  local start=$SECONDS
  until curl -sf "$1/actuator/health" | grep -q '"UP"'; do
    kill -0 "$2" 2>/dev/null && ((SECONDS - start < LIVECD_START_TIMEOUT)) || { say "$1 did not come up (log in $work)"; exit 1; }
    sleep 1
  done
}

# the simulator: 10 locations, one host group, HOSTS hosts spread over the locations
sim_port=$((base + 85)) sim_password=bench-$RANDOM
seed=$(jq -cn --argjson n "$hosts" '{"foreman-sim": {organizations: [{id: 1, name: "livecd"}],
  locations: [range(1; 11) | {id: ., name: (if . == 1 then "ams" elif . == 2 then "nyc" else "l\(. | tostring | if length < 2 then "0" + . else . end)" end)}],
  hostgroups: [{id: 1, name: "speedtest"}],
  hosts: [range(0; $n) | {name: "h\(.).example.net", organizationId: 1, locationId: (. % 10 + 1), hostgroupId: 1}]}}')
PORT=$sim_port SERVER_ADDRESS=127.0.0.1 FOREMAN_USER=admin FOREMAN_PASSWORD=$sim_password SPRING_APPLICATION_JSON=$seed \
  java -Xmx256m "${jfr[@]}" -jar "$(jar foreman-simulator -exec)" >"$work/foreman-simulator.log" 2>&1 &
sim_pid=$! && extra_pids+=($!)
[[ -z $jfr_opts ]] || echo "foreman-simulator: $!" >>"$jfr_dir/pids.txt"
sim="http://127.0.0.1:$sim_port"

# the stack, pointed at it, with one alias and one parameter per job
mirror_port() { case $1 in ams) echo "$LIVECD_MIRROR_AMS_PORT" ;; nyc) echo "$LIVECD_MIRROR_NYC_PORT" ;; *) echo $((base + 50 + 10#${1#l})) ;; esac; }
export FOREMAN_URL=$sim FOREMAN_USER=admin FOREMAN_PASSWORD=$sim_password LIVECD_FOREMAN_REBUILDHOSTGROUPS=1
for i in "${!locations[@]}"; do
  l=${locations[i]} L=${locations[i]^^}
  export "LIVECD_FOREMAN_LOCATIONS_${L}_LOCATIONID=$((i + 1))" "LIVECD_FOREMAN_LOCATIONS_${L}_MIRRORURL=http://127.0.0.1:$(mirror_port "$l")/livecd"
done
SPRING_APPLICATION_JSON=$(jq -cn --argjson n "$jobs" '[range(1; $n + 1) | "\(.)" | if length < 2 then "0" + . else . end] as $j |
  {livecd: {aliases: [$j[] | {name: "sq\(.)", job: "j\(.)", pattern: "sq\(.)-*.squashfs"}],
            foreman: {aliases: ([$j[] | {key: "sq\(.)", value: "live_sq\(.)"}] | from_entries)}}}')
export SPRING_APPLICATION_JSON
healthy "$sim" "$sim_pid"
stack_up
unset SPRING_APPLICATION_JSON
hashed() { printf %s "$1" | sha256sum | cut -d' ' -f1; }
ci=$(stack .tokens.ci) ops=$(stack .tokens.ops)
tokens="dev-ci:ci:$(hashed "$ci"),dev-ops:ops:$(hashed "$ops")"
mirror_pids=()
for l in "${locations[@]:2}"; do
  port=$(mirror_port "$l")
  PORT=$port SERVER_ADDRESS=127.0.0.1 KAFKA_BOOTSTRAP=$(stack .kafka.bootstrap) LIVECD_TOKENS=$tokens \
    MIRROR_LOCATION=$l MIRROR_UPSTREAM=$(stack '.services["repo-service"]') MIRROR_CACHE_DIR=$work/mirrors/$l \
    MIRROR_PUBLIC_URL=http://127.0.0.1:$port java -Xmx256m "${jfr[@]}" -jar "$(jar mirror-service)" >"$work/mirror-$l.log" 2>&1 &
  extra_pids+=($!) mirror_pids+=($!)
  [[ -z $jfr_opts ]] || echo "mirror-$l: $!" >>"$jfr_dir/pids.txt"
done
for i in "${!mirror_pids[@]}"; do healthy "http://127.0.0.1:$(mirror_port "${locations[i + 2]}")" "${mirror_pids[i]}"; done
say "10 mirrors up; machine: $(machine)"

# the artifacts, made before the clock starts
for ((j = 1; j <= jobs; j++)); do
  jj=$(printf %02d "$j")
  for b in 1 2 3; do
    for f in "sq$jj-$b.squashfs" "initrd-$b.img" "vmlinuz-$b" "sq$jj-$b.iso"; do
      head -c "${kib}K" /dev/urandom >"$work/files/j$jj-$f"
    done
  done
done
build_url=$(stack '.services["build-service"]')
publish() {
  local job=$1 build=$2 api="$build_url/api/v1/builds/$1/$2" f manifest=()
  curl -sf -H "Authorization: Bearer $ci" -H 'Content-Type: application/json' -d "{\"image\":\"$job\"}" "$api" -o /dev/null
  for f in "sq${job#j}-$build.squashfs" "initrd-$build.img" "vmlinuz-$build" "sq${job#j}-$build.iso"; do
    manifest+=("$(curl -sf -X PUT -H "Authorization: Bearer $ci" -T "$work/files/$job-$f" "$api/artifacts/$f")")
  done
  curl -sf -H "Authorization: Bearer $ci" -H 'Content-Type: application/json' \
    -d "{\"artifacts\":[$(IFS=,; echo "${manifest[*]}")]}" "$api/complete" -o /dev/null
}

# converged: every location's parameter names build 3 of its job, every host has its task
converged() {
  local id done=0
  for id in $(seq 1 10); do
    done=$((done + $(curl -sf -u "admin:$sim_password" "$sim/api/locations/$id/parameters?per_page=all" |
      jq '[.results[] | select(.name | startswith("live_sq")) | select(.value == "builds/j\(.name[7:])/\(.name[5:])-3.squashfs")] | length')))
  done
  tasks=$(curl -sf "$sim/__sim/writes" | jq '[keys[] | select(endswith(":hk_speedtest_autotask"))] | length')
  [[ $done == $((jobs * 10)) && $tasks == "$hosts" ]]
}

# waits for the requests in $batch (not for the mirrors and the simulator, which run on)
drain() { local pid; for pid in "${batch[@]}"; do wait "$pid" || failed=$((failed + 1)); done; batch=(); }
batch=() failed=0
t0=$(now)
for b in 1 2 3; do
  for ((j = 1; j <= jobs; j++)); do
    publish "j$(printf %02d "$j")" "$b" &
    batch+=($!)
    ((j % 4 == 0)) && drain
  done
  drain
done
published=$(since "$t0")
bridge=$(stack '.services["foreman-bridge"]')
for ((h = 0; h < hosts; h++)); do
  curl -sf -X POST -H "Authorization: Bearer $ops" -H 'Content-Type: application/json' -d '{"task":"hwtest"}' \
    "$bridge/api/v1/hosts/h$h.example.net/task" -o /dev/null &
  batch+=($!)
  ((h % 8 == 7)) && drain
done
drain
((failed == 0)) || { say "$failed publish or task requests failed"; exit 1; }
requested=$(since "$t0")
until converged; do
  (($(date +%s) - ${t0%.*} < 1800)) || { say "not converged after 30 min"; exit 1; }
  sleep 1
done
took=$(since "$t0")

writes=$(curl -sf "$sim/__sim/writes")
echo "scale: $jobs jobs x 3 builds x 4 artifacts of $kib KiB, 10 locations, $hosts host tasks"
echo "published all builds after $published s; all task requests answered after $requested s"
echo "converged (every location names build 3 of every job, every host has its task) after $took s"
echo "Foreman writes: $(jq 'add' <<<"$writes") in all;" \
  "alias parameters $(jq '[to_entries[] | select(.key | test(":live_sq")) | .value] | add' <<<"$writes")" \
  "over $((jobs * 10)) parameters that changed 3 times each (at most $((jobs * 30)));" \
  "livesystem_url $(jq '[to_entries[] | select(.key | endswith(":livesystem_url")) | .value] | add' <<<"$writes") (10 parameters);" \
  "host tasks $(jq '[to_entries[] | select(.key | endswith(":hk_speedtest_autotask")) | .value] | add' <<<"$writes") ($hosts parameters);" \
  "most writes of one parameter: $(jq '[.[]] | max' <<<"$writes")"
echo "machine: $(machine)"
