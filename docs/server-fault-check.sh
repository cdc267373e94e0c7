#!/usr/bin/env bash
# Checks by hand what DatabaseFaultIT checks on Payara Micro, on a real Payara Server with the EAR:
# a fresh domain, hardened and pointed at PostgreSQL, survives a PostgreSQL restart and a 20 s
# outage with no restart of its own. Needs root (it stops and starts the machine's PostgreSQL
# cluster with pg_ctlcluster), `./mvnw package -DskipTests`, and a Payara Server 6 installation:
#
#   docs/server-fault-check.sh /path/to/payara6
#
# Uses ports 29000-29100 and a throwaway database "silkway_fault" on 127.0.0.1:5432 (trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
payara=${1:?usage: server-fault-check.sh PAYARA_HOME}
domains=$(mktemp -d)
asadmin() { "$payara/bin/asadmin" --port 29048 "$@"; }
cluster=$(ls /etc/postgresql)
pg() { pg_ctlcluster --skip-systemctl-redirect "$cluster" main "$1"; }
trap '"$payara/bin/asadmin" stop-domain --domaindir "$domains" fault >/dev/null 2>&1 || true; pg start 2>/dev/null || true; rm -rf "$domains"' EXIT

psql -q -h 127.0.0.1 -U postgres -c "drop database if exists silkway_fault" -c "create database silkway_fault"
"$payara/bin/asadmin" create-domain --nopassword=true --portbase 29000 --domaindir "$domains" fault >/dev/null
"$payara/bin/asadmin" start-domain --domaindir "$domains" fault >/dev/null
config/payara-server/harden.sh "$payara" 29048
SILKWAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/silkway_fault SILKWAY_DB_USER=postgres \
  SILKWAY_DB_PASSWORD=postgres config/payara-server/use-postgresql.sh "$payara" 29048 >/dev/null
asadmin deploy ear/target/silkway.ear >/dev/null
base=http://localhost:29080
until curl -sf -o /dev/null "$base/health/ready"; do sleep 1; done

probe() {
  for path in api/briefs/countries/KZ.pdf api/export "admin/entries.xhtml?type=project"; do
    curl -s -m 20 -o /dev/null -w "%{http_code} " "$base/$path"
  done
  curl -s -m 20 -o /dev/null -w "ready:%{http_code}" "$base/health/ready"
}
recover() {
  local back=$1
  until [ "$(probe)" = "200 200 200 ready:200" ]; do sleep 0.2; done
  echo "every request healthy again $(( ($(date +%s%N) - back) / 1000000 )) ms after PostgreSQL was back"
}
echo "before: $(probe)"
echo "headers: $(curl -s -D - -o /dev/null "$base/api/export" | grep -ciE '^(server|x-powered-by):') Server/X-Powered-By header(s)"
pg restart; back=$(date +%s%N)
echo "restart: $(recover "$back")"
pg stop
for _ in 1 2 3; do echo "outage: $(probe)"; sleep 5; done
curl -s -D - -o /dev/null "$base/api/export" | grep -i '^retry-after' || true
pg start; back=$(date +%s%N)
echo "after the outage: $(recover "$back")"
