#!/usr/bin/env bash
# Start-up cost of Silkway against bare Payara Micro (docs/measurements.md, issue 14; a benchmark,
# not a test of the suite). In one run, alternating, ROUNDS times each (3):
#   - bare: Payara Micro with an empty WAR (one static page) and no command files;
#   - silkway: Silkway as the quick start runs it (silkway-micro.war with --addlibs micro-libs, the
#     operator's JVM options and command files)
#     on a fresh H2 database, so every start migrates, seeds and loads the templates; with
#     RESTART=1 on a database a first, untimed start filled, as an operator's restart finds it;
# and prints, for each start, the time from launch to the first 200 with "UP" on /health/ready,
# with the processor time the JVM had used by then, then the medians and their ratio (target: at most
# 1.5) and the number of processors the JVMs had.
#
#   ./mvnw package -DskipTests && docs/bench-startup.sh
#
# Needs curl, the JDK's jar tool and Linux's /proc. Port PORT (8080); files under web/target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8080}
rounds=${ROUNDS:-3}
bench="$PWD/web/target/bench"
mkdir -p "$bench/empty-war"
[ -f web/target/silkway-micro.war ] || { echo "web/target/silkway-micro.war is missing: ./mvnw package -DskipTests" >&2; exit 1; }
echo '<p>empty</p>' >"$bench/empty-war/index.html"
(cd "$bench/empty-war" && jar --create --file "$bench/empty.war" index.html)

server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true' EXIT

# Prints the milliseconds from launch to readiness of the server started by the given command, and
# appends to $bench/cpu.txt the processor time its JVM had used by then, in seconds (all threads:
# the JIT compilers' as well as the deployment's), read from /proc.
time_to_ready() {
  local start ready
  start=$(date +%s%N)
  "$@" >"$bench/startup.log" 2>&1 &
  server=$!
  until curl -s "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do sleep 0.1; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f\n", ($14 + $15) / hz }' "/proc/$server/stat" >>"$bench/cpu.txt"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  echo "$ready"
}

start_silkway() {
  time_to_ready java @config/payara-micro/jvm.options \
    -Dsilkway.db.url="jdbc:h2:$bench/startup-db/silkway" \
    -jar web/target/payara-micro.jar --addlibs web/target/micro-libs \
    --deploy web/target/silkway-micro.war --contextroot / \
    --port "$port" --nocluster --rootdir "$bench/startup-micro" \
    --prebootcommandfile config/payara-micro/pre-boot.asadmin \
    --postbootcommandfile config/payara-micro/post-boot.asadmin \
    --postdeploycommandfile config/payara-micro/post-deploy.asadmin
}

rm -rf "$bench/startup-micro" "$bench/startup-db" "$bench/cpu.txt"
if [ "${RESTART:-0}" = 1 ]; then
  echo "first start, untimed: $(start_silkway) ms"
fi

bare=(); silkway=()
for round in $(seq "$rounds"); do
  rm -rf "$bench/startup-micro"
  [ "${RESTART:-0}" = 1 ] || rm -rf "$bench/startup-db"
  bare+=("$(time_to_ready java -jar web/target/payara-micro.jar --deploy "$bench/empty.war" \
    --contextroot / --port "$port" --nocluster --rootdir "$bench/startup-micro")")
  rm -rf "$bench/startup-micro"
  silkway+=("$(start_silkway)")
  cpu=($(tail -n 2 "$bench/cpu.txt"))
  echo "round $round: bare ${bare[-1]} ms (${cpu[0]} s of processor time), silkway ${silkway[-1]} ms" \
    "(${cpu[1]} s) (load $(cut -d' ' -f1-3 /proc/loadavg))"
done

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
b=$(median "${bare[@]}"); s=$(median "${silkway[@]}")
echo "median: bare $b ms, silkway $s ms, ratio $(awk "BEGIN { printf \"%.2f\", $s / $b }") ($(nproc) processors)"
