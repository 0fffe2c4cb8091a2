#!/usr/bin/env bash
# Uploads one file through build-service and directly with the MinIO SDK to the same S3
# server (the test kit's s3proxy), alternating, and prints both medians and their ratio.
#   build-service/bench/publish-bench.sh [ROUNDS [SIZE_MIB]]     default: 3 rounds of 1024 MiB
# build-service runs from its jar in its own JVM with -Xmx256m; its log is in
# build-service/target/bench/build-service.log.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
module="$root/build-service"
cd "$root"
./mvnw -B -q -pl build-service -am -DskipTests package
./mvnw -B -q -pl build-service -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$module/target/bench.classpath"

cd "$module"
jar=$(ls -t target/build-service-*.jar | head -n 1)
exec java -Xmx1g -Dlivecd.build-service.jar="$module/$jar" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.livecd.build.bench.PublishBenchmark "${1:-3}" "${2:-1024}"
