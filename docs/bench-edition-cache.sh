#!/usr/bin/env bash
# Cached briefs under load, with docs/BriefLoad.java (plain Java, no wrk): starts Silkway on Payara
# Micro with the operator's JVM options on a fresh H2 database, renders the Kazakhstan brief once,
# then for SECONDS (20) with CLIENTS (16) connections on loopback:
#   1. GET /api/briefs/countries/KZ.pdf (a cache hit every time)
#   2. the same with If-None-Match: its current ETag (a 304 every time)
# and prints requests per second and p50/p99 for each. docs/measurements.md reports it.
#
#   ./mvnw package -DskipTests && docs/bench-edition-cache.sh [path/to/silkway.war]
#
# Give another WAR (e.g. one built from an older commit) to compare before and after.
set -euo pipefail
cd "$(dirname "$0")/.."

war=$(realpath "${1:-web/target/silkway.war}")
port=${PORT:-8080}
clients=${CLIENTS:-16}
secs=${SECONDS_EACH:-20}
base="http://127.0.0.1:$port"
kz="$base/api/briefs/countries/KZ.pdf"
bench="$PWD/web/target/bench"
mkdir -p "$bench"
rm -rf "$bench/cache-db" "$bench/micro-cache"

java @config/payara-micro/jvm.options "-Dsilkway.db.url=jdbc:h2:$bench/cache-db/silkway" \
  -jar web/target/payara-micro.jar --deploy "$war" --contextroot / \
  --port "$port" --nocluster --rootdir "$bench/micro-cache" \
  --prebootcommandfile config/payara-micro/pre-boot.asadmin --postbootcommandfile config/payara-micro/post-boot.asadmin \
  --postdeploycommandfile config/payara-micro/post-deploy.asadmin >"$bench/cache.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$base/health/ready"; do
  kill -0 "$server" 2>/dev/null || { echo "Payara Micro exited; see $bench/cache.log" >&2; exit 1; }
  sleep 0.5
done

etag=$(curl -s -o /dev/null -D - "$kz" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
echo "war: $war, ETag $etag, $(curl -s "$kz" | wc -c) bytes"
java docs/BriefLoad.java "$kz" "$clients" "$secs"
java docs/BriefLoad.java "$kz" "$clients" "$secs" "$etag"
