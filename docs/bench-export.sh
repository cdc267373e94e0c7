#!/usr/bin/env bash
# Heap growth while exporting the synthetic 5,000-project register (docs/measurements.md, issue 14;
# a benchmark, not a test of the suite). Starts Silkway on Payara Micro with the operator's JVM
# options and a 512 MB heap on an empty H2 database without the seed, imports core's
# SyntheticRegister (5,000 projects over 2,000 articles) with POST /api/admin/import, then:
# collects garbage (jcmd GC.run) and reads the used heap as the baseline, sends GET /api/export
# twice while sampling the live heap (a full collection, then jstat, about twice a second), and
# prints the peak minus the baseline: what the export holds while it runs. The full collections
# slow the export down; its time is measured separately by a run without them.
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

# H2 runs inside the server's JVM, so its page cache (up to 64 MB by default) fills the same heap
# while the export reads every table. SILKWAY_BENCH_PG=1 puts the register on a throwaway
# PostgreSQL database on 127.0.0.1:5432 (user postgres, with psql) instead, so that the heap
# measured is the export's alone.
database=(-Dsilkway.db.url="jdbc:h2:$bench/export-db/silkway")
pg_database=""
if [ -n "${SILKWAY_BENCH_PG:-}" ]; then
  pg_database="silkway_export_$$"
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "create database $pg_database"
  database=(-Dsilkway.db.url="jdbc:postgresql://127.0.0.1:5432/$pg_database"
    -Dsilkway.db.datasource-class=org.postgresql.ds.PGSimpleDataSource
    -Dsilkway.db.user=postgres -Dsilkway.db.password=postgres)
fi

server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true
  [ -n "$pg_database" ] && psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database $pg_database"
  true
}
trap cleanup EXIT
rm -rf "$bench/export-db" "$bench/micro-export"
java @config/payara-micro/jvm.options "${database[@]}" \
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
# Each sample is taken right after a full collection, so it is what the server holds (the live
# heap), not garbage that the collector has not reached yet.
(while kill -0 "$server" 2>/dev/null; do
  jcmd "$server" GC.run >/dev/null 2>&1 && used >>"$samples" && echo >>"$samples"; sleep 0.2
done) &
sampler=$!
# The first export after the import writes the revision's file (reading the register a batch at a
# time); the second is sent from that file. Both are measured, from the same baseline.
for which in first second; do
  : >"$samples"
  curl -s -o "$bench/export.json" -w "$which export: %{http_code}, %{size_download} bytes in %{time_total} s\n" "$base/api/export"
  peak=$(sort -n "$samples" | grep . | tail -1 || true)
  if [ -z "$peak" ]; then
    echo "$which export: over before a sample was taken (a full collection takes longer)"
  else
    echo "$which export: live heap baseline ${baseline} MB, peak ${peak} MB: growth $((peak - baseline)) MB (target <= 64 MB)"
  fi
done
kill "$sampler"
