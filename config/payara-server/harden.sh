#!/usr/bin/env bash
# Makes a Payara Server domain say nothing about itself to anonymous callers, as Silkway's
# pre-boot and post-boot files do for Payara Micro: no X-Powered-By or Server header on either HTTP listener,
# and no /metrics or /openapi. /health stays public and says UP or DOWN only. Slow clients get the
# same bounds as on Micro (see pre-boot.asadmin): 10 s without a byte of a request body ends the
# request, no request takes more than 300 s, and the HTTP thread pool may grow to 400 threads so
# that stalled uploads do not take every reader's thread. Idempotent.
#
#   config/payara-server/harden.sh /opt/payara6 [admin-port]
set -euo pipefail

payara_home=${1:?usage: harden.sh PAYARA_HOME [ADMIN_PORT]}
admin_port=${2:-4848}
asadmin() { "$payara_home/bin/asadmin" --port "$admin_port" "$@"; }

for listener in http-listener-1 http-listener-2; do
  protocol="configs.config.server-config.network-config.protocols.protocol.$listener.http"
  asadmin set "$protocol.xpowered-by=false" "$protocol.server-header=false" \
    "$protocol.request-timeout-seconds=300" >/dev/null
done
# The pool before the transport: a running listener takes a new pool size only when it restarts.
asadmin set "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=400" >/dev/null
asadmin set "configs.config.server-config.network-config.transports.transport.tcp.read-timeout-millis=10000" >/dev/null
asadmin set-metrics-configuration --enabled=false >/dev/null
asadmin set-openapi-configuration --enabled=false >/dev/null
# No WADL from any Jersey application, Payara's own /openapi one included (README, "Saying nothing
# about itself"); Jersey reads these global settings from system properties only when allowed to.
asadmin create-system-properties \
  jersey.config.allowSystemPropertiesProvider=true:jersey.config.server.wadl.disableWadl=true >/dev/null
echo "The domain no longer announces itself; /metrics, /openapi and WADL are off; slow clients are bounded. Restart the domain."
