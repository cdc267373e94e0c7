#!/usr/bin/env bash
# The load test that docs/measurements.md reports (not a test of the suite: it takes minutes and its
# numbers depend on the machine). Starts Silkway on Payara Micro with the JVM options the README
# recommends, then, with wrk (Debian package `wrk`), 50 concurrent connections download the
# Kazakhstan brief for 60 s, and 50 more view the public briefs page for 60 s (the register's lists
# need a signed-in editor since the curation work: docs/bench-lists.sh measures those). It prints p50/p99 latency,
# requests per second and errors of each, whether any answer opened a session, and the server's
# resident memory before, right after, and 60 s after the load.
#
#   ./mvnw package -DskipTests && docs/load.sh            # H2 under web/target/load-db
#   SILKWAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/x SILKWAY_DB_USER=... \
#     SILKWAY_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource docs/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

port=${PORT:-8080}
base="http://localhost:$port"
duration=${DURATION:-60s}
db="$PWD/web/target/load-db/silkway"
if [ -z "${SILKWAY_DB_URL:-}" ]; then
  rm -rf "$(dirname "$db")"
  export SILKWAY_DB_URL="jdbc:h2:$db"
fi
log=web/target/load-micro.log
java @config/payara-micro/jvm.options \
  -jar web/target/payara-micro.jar --deploy web/target/silkway.war --contextroot / \
  --port "$port" --nocluster >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$base/health/ready"; do sleep 0.5; done

rss() { echo "$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB"; }
heap() { jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {print $5, $6, $7, $8}'; }

# Warm up: every page and brief once, so the "before" figure is a server that has served.
for _ in 1 2 3; do
  curl -s -o /dev/null "$base/api/briefs/countries/KZ.pdf"
  curl -s -o /dev/null "$base/briefs"
done
sleep 5
echo "resident memory before: $(rss) (heap $(heap))"

run() {
  echo "== $1: 50 connections, $duration"
  wrk -t 2 -c 50 -d "$duration" --timeout 30s --latency "$2" \
    | grep -E 'Latency |50%|99%|Requests/sec|requests in|Non-2xx|Socket errors'
}
run "Kazakhstan brief (PDF)" "$base/api/briefs/countries/KZ.pdf"
run "briefs page" "$base/briefs"

echo "resident memory right after the load: $(rss) (heap $(heap))"
sessions=$(curl -s -D - -o /dev/null "$base/briefs" | grep -ci '^set-cookie' || true)
echo "Set-Cookie headers on an anonymous page view: $sessions"
sleep 60
echo "resident memory 60 s after the load: $(rss) (heap $(heap))"
