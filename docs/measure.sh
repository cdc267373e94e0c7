#!/usr/bin/env bash
# Measures what docs/measurements.md reports: how long Silkway takes to be ready on Payara Micro
# (fresh database: migrations and seed load included) and how long a Kazakhstan brief and the
# export take, cold (first request) and warm (median of 20). Run after ./mvnw package -DskipTests,
# on an otherwise idle machine; it uses port 8080 and a throwaway database under target/.
set -euo pipefail
cd "$(dirname "$0")/.."

db="$PWD/web/target/measure-db/silkway"
rm -rf "$(dirname "$db")"
log=$(mktemp)
start=$(date +%s%N)
java -Dsilkway.db.url="jdbc:h2:$db" -jar web/target/payara-micro.jar \
  --deploy web/target/silkway.war --contextroot / >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
until curl -sf -o /dev/null http://localhost:8080/health/ready; do sleep 0.2; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "ready (health/ready answers UP) after ${ready} ms; Payara says: $(grep -o 'ready in [0-9,]* (ms)' "$log")"

time_of() { curl -s -o /dev/null -w '%{time_total}' "$1"; }
median_of_20() {
  for _ in $(seq 20); do time_of "$1"; echo; done | sort -n | sed -n 10p
}
for url in "http://localhost:8080/api/briefs/countries/KZ.pdf?lang=en" \
           "http://localhost:8080/api/briefs/countries/KZ.pdf?lang=zh" \
           "http://localhost:8080/api/export"; do
  echo "$url: cold $(time_of "$url") s, warm median $(median_of_20 "$url") s"
done
