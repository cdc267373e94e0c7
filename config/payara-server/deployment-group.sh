#!/usr/bin/env bash
# Runs Silkway's EAR on two Payara Server instances of one deployment group (README, "Running a
# cluster"): the Payara Server counterpart of two clustered Payara Micro nodes. The instances join
# the domain's data grid by themselves (Payara Server's default "domain" discovery); sessions are
# kept on it because the EAR is deployed with availability on.
#
#   SILKWAY_DB_URL=jdbc:postgresql://db.example:5432/silkway \
#   SILKWAY_DB_USER=silkway SILKWAY_DB_PASSWORD=secret \
#   config/payara-server/deployment-group.sh /opt/payara6 ear/target/silkway.ear [admin-port]
#
# Run against a started domain (asadmin start-domain). Instances silkway-1 and silkway-2 listen
# for HTTP on 28180 and 28280 (port bases 28100 and 28200; SILKWAY_PORTBASES changes them) on the
# domain's local node (SILKWAY_NODE, default localhost-domain1); put nginx in front of both
# (config/nginx/silkway.conf). All instances share one PostgreSQL: H2 cannot be shared.
set -euo pipefail

payara_home=${1:?usage: deployment-group.sh PAYARA_HOME EAR [ADMIN_PORT]}
ear=${2:?usage: deployment-group.sh PAYARA_HOME EAR [ADMIN_PORT]}
admin_port=${3:-4848}
group=${SILKWAY_GROUP:-silkway}
node=${SILKWAY_NODE:-localhost-domain1}
read -r -a portbases <<<"${SILKWAY_PORTBASES:-28100 28200}"
: "${SILKWAY_DB_URL:?set SILKWAY_DB_URL, e.g. jdbc:postgresql://localhost:5432/silkway}"
: "${SILKWAY_DB_USER:?set SILKWAY_DB_USER}"
: "${SILKWAY_DB_PASSWORD:?set SILKWAY_DB_PASSWORD}"

asadmin() { "$payara_home/bin/asadmin" --port "$admin_port" "$@"; }
# asadmin splits JVM options on colons: escape them.
escape() { printf '%s' "$1" | sed 's/:/\\:/g'; }

asadmin create-deployment-group "$group"
i=0
for portbase in "${portbases[@]}"; do
  i=$((i + 1))
  instance="$group-$i"
  asadmin create-instance --node "$node" --portbase "$portbase" "$instance"
  asadmin add-instance-to-deployment-group --instance "$instance" --deploymentgroup "$group"
  # Each standalone instance has a configuration of its own ($instance-config): the database and
  # Silkway's JVM options go there, as use-postgresql.sh sets them for the domain's server.
  # The instance's configuration starts with Payara's -Xmx512m: Silkway's bound is 1 GB, as on Micro.
  asadmin delete-jvm-options --target "$instance" -Xmx512m
  asadmin create-jvm-options --target "$instance" \
    "-Xmx1g:-Dsilkway.db.datasource-class=org.postgresql.ds.PGSimpleDataSource:-Dsilkway.db.url=$(escape "$SILKWAY_DB_URL"):-Dsilkway.db.user=$(escape "$SILKWAY_DB_USER"):-Dsilkway.db.password=$(escape "$SILKWAY_DB_PASSWORD")"
  # Sessions on the data grid (the web container's availability, persistence type hazelcast).
  asadmin set "configs.config.$instance-config.availability-service.availability-enabled=true"
  asadmin set "configs.config.$instance-config.availability-service.web-container-availability.availability-enabled=true"
  asadmin set "configs.config.$instance-config.availability-service.web-container-availability.persistence-type=hazelcast"
done

asadmin start-deployment-group "$group"
# Both instances start Silkway against the one database at once: the first migrates and seeds,
# the other waits for the import lock and finds it done.
asadmin deploy --target "$group" --availabilityenabled=true --contextroot / --name silkway "$ear"
echo "Silkway runs on deployment group $group; try http://localhost:$((${portbases[0]} + 80))/health/ready"
