#!/usr/bin/env bash
# Heap growth while exporting the synthetic 5,000-project register (docs/measurements.md, issue 14;
# a benchmark, not a test of the suite). Starts Silkway on Payara Micro with the operator's JVM
# options and a 512 MB heap on an empty H2 database without the seed, imports core's
# SyntheticRegister (5,000 projects over 2,000 articles) with POST /api/admin/import, then:
# collects garbage (jcmd GC.run) and reads the used heap as the baseline, sends GET /api/export
# while sampling the used heap (jstat, every 100 ms), and prints the peak minus the baseline. The
# peak includes garbage not yet collected, so the number is an upper bound of what the export holds.
#
#   ./mvnw package -DskipTests && docs/bench-export.sh
#
# Needs curl, jcmd and jstat (JDK). Port PORT (8080); files under web/target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8080}
base="http://localhost:$port"
bench="$PWD/web/target/bench"
register="$bench/register-5000.json"
mkdir -p "$bench"
[ -f web/target/silkway.war ] || { echo "web/target/silkway.war is missing: ./mvnw package -DskipTests" >&2; exit 1; }

if [ ! -f "$register" ]; then
  echo "(generating the synthetic register with core's SyntheticRegister)"
  ./mvnw -q -o -pl core dependency:build-classpath \
    -Dmdep.outputFile="$bench/core-test.classpath" -Dmdep.includeScope=test
  java -cp "core/target/test-classes:core/target/classes:$(cat "$bench/core-test.classpath")" \
    org.silkway.core.register.SyntheticRegister "$register" 5000 2000
fi

server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true' EXIT
rm -rf "$bench/export-db" "$bench/micro-export"
java @config/payara-micro/jvm.options -Dsilkway.db.url="jdbc:h2:$bench/export-db/silkway" \
  -Dsilkway.seed.enabled=false -Dsilkway.admin.initial-password='bench initial password' \
  -Dsilkway.import.max-bytes=$(( $(stat -c %s "$register") + 1048576 )) -Xmx512m \
  -jar web/target/payara-micro.jar --deploy web/target/silkway.war --contextroot / \
  --port "$port" --nocluster --rootdir "$bench/micro-export" \
  --prebootcommandfile config/payara-micro/pre-boot.asadmin --postbootcommandfile config/payara-micro/post-boot.asadmin \
  --postdeploycommandfile config/payara-micro/post-deploy.asadmin >"$bench/export.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "$base/health/ready"; do
  kill -0 "$server" 2>/dev/null || { echo "Payara Micro exited; see $bench/export.log" >&2; exit 1; }
  sleep 0.5
done
curl -s -o /dev/null -u admin:'bench initial password' -H 'Content-Type: application/json' \
  -d '{"current":"bench initial password","password":"bench administrator password"}' \
  "$base/api/account/password"
curl -sf -o /dev/null -w 'import: %{http_code} in %{time_total} s\n' \
  -u admin:'bench administrator password' -H 'Content-Type: application/json' \
  --data-binary @"$register" "$base/api/admin/import"

used() { jstat -gc "$server" | awk 'NR==2 {printf "%.0f", ($3+$4+$6+$8)/1024}'; }
jcmd "$server" GC.run >/dev/null
sleep 1
baseline=$(used)
samples="$bench/export-heap.txt"
: >"$samples"
(while kill -0 "$server" 2>/dev/null; do used >>"$samples"; echo >>"$samples"; sleep 0.1; done) &
sampler=$!
# The first export after the import writes the revision's file (reading the register a batch at a
# time); the second is sent from that file. Both are measured, from the same baseline.
for which in first second; do
  : >"$samples"
  curl -s -o "$bench/export.json" -w "$which export: %{http_code}, %{size_download} bytes in %{time_total} s\n" "$base/api/export"
  peak=$(sort -n "$samples" | tail -1)
  echo "$which export: used heap baseline ${baseline} MB after a full GC, peak ${peak} MB: growth $((peak - baseline)) MB (target <= 64 MB)"
done
kill "$sampler"
