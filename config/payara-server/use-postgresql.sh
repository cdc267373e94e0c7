#!/usr/bin/env bash
# Points a running Payara Server domain at PostgreSQL for Silkway, persistently, as JVM options of
# the domain: they survive restarts, and Payara applies -D options at once, so no restart is needed.
# Run it before deploying the EAR (or redeploy with --force=true after it).
#
#   SILKWAY_DB_URL=jdbc:postgresql://db.example:5432/silkway \
#   SILKWAY_DB_USER=silkway SILKWAY_DB_PASSWORD=secret \
#   config/payara-server/use-postgresql.sh /opt/payara6 [admin-port]
#
# The PostgreSQL driver travels inside the EAR: nothing is copied into the server.
set -euo pipefail

payara_home=${1:?usage: use-postgresql.sh PAYARA_HOME [ADMIN_PORT]}
admin_port=${2:-4848}
: "${SILKWAY_DB_URL:?set SILKWAY_DB_URL, e.g. jdbc:postgresql://localhost:5432/silkway}"
: "${SILKWAY_DB_USER:?set SILKWAY_DB_USER}"
: "${SILKWAY_DB_PASSWORD:?set SILKWAY_DB_PASSWORD}"

asadmin() { "$payara_home/bin/asadmin" --port "$admin_port" "$@"; }
# asadmin splits JVM options on colons: escape them.
escape() { printf '%s' "$1" | sed 's/:/\\:/g'; }

# Replace what an earlier run set.
asadmin list-jvm-options | { grep '^-Dsilkway\.db\.' || true; } | while read -r option; do
  asadmin delete-jvm-options "$(escape "$option")" >/dev/null
done
asadmin create-jvm-options \
  "-Dsilkway.db.datasource-class=org.postgresql.ds.PGSimpleDataSource:-Dsilkway.db.url=$(escape "$SILKWAY_DB_URL"):-Dsilkway.db.user=$(escape "$SILKWAY_DB_USER"):-Dsilkway.db.password=$(escape "$SILKWAY_DB_PASSWORD")"
echo "The domain now uses $SILKWAY_DB_URL; deploy with: $payara_home/bin/asadmin --port $admin_port deploy --force=true silkway.ear"
