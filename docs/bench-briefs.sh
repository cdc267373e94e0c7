#!/usr/bin/env bash
# The brief benchmark that docs/measurements.md reports (not a test of the suite: it takes several
# minutes and its numbers depend on the machine). Starts Silkway on Payara Micro itself, with the
# operator's JVM options and post-boot file, once per part, and stops it afterwards:
#
#   a. FRESH render: the Kazakhstan brief on the seed with the edition cache off
#      (silkway.briefs.cache-bytes=0): 20 warm-up requests, then p50/p90 of 100 sequential ones.
#      Target: p50 <= 150 ms.
#   b. BIG register: an empty H2 database, the seed off (silkway.seed.enabled=false), a 512 MB heap;
#      imports the synthetic 5,000-project register (core's SyntheticRegister, written to
#      web/target/bench/) with POST /api/admin/import, then times the first and a second render of
#      the transport sector brief and counts its pages. Target: <= 2 s. With SILKWAY_BENCH_PG_URL
#      (e.g. jdbc:postgresql://127.0.0.1:5432/) the same again on a throwaway PostgreSQL database,
#      created with psql and dropped afterwards (user SILKWAY_BENCH_PG_USER, default postgres).
#   c. CACHED brief under load: wrk -t2 -c16 -d20s against the Kazakhstan brief (cache on), the
#      very same PDF bytes served by nginx as a static file, and the brief through nginx configured
#      as an operator does (config/nginx/silkway.conf), side by side. Target: ratio >= 0.5.
#
#   ./mvnw package -DskipTests && docs/bench-briefs.sh          # all three parts
#   docs/bench-briefs.sh a c                                     # only some of them
#
# Needs curl, wrk, nginx (Debian nginx-light), pdfinfo (poppler-utils), and psql for PostgreSQL.
# Uses ports PORT (8080), NGINX_PORT (8090) and the port after it; keeps logs, databases, the register and wrk's
# output under web/target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

parts=${*:-a b c}
port=${PORT:-8080}
nginx_port=${NGINX_PORT:-8090}
base="http://localhost:$port"
bench="$PWD/web/target/bench"
register="$bench/register-5000.json"
kz="/api/briefs/countries/KZ.pdf"
transport="/api/briefs/sectors/transport.pdf"

for tool in curl wrk nginx pdfinfo; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install curl wrk nginx-light poppler-utils)" >&2; exit 1; }
done
[ -f web/target/silkway.war ] || { echo "web/target/silkway.war is missing: ./mvnw package -DskipTests" >&2; exit 1; }
mkdir -p "$bench"

server=""
nginx_dir=""
proxy_pid=""
pg_database=""
cleanup() {
  stop_server
  [ -z "$proxy_pid" ] || kill "$proxy_pid" 2>/dev/null || true
  if [ -n "$nginx_dir" ] && [ -f "$nginx_dir/nginx.pid" ]; then
    kill "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null || true
  fi
  if [ -n "$pg_database" ]; then
    psql_admin -q -c "drop database if exists $pg_database" || true
  fi
}
trap cleanup EXIT

# start_server NAME -Dkey=value ... : Silkway on Payara Micro with the operator's JVM options, the
# given ones after them (so that they win), its own root directory and log; waits until ready.
start_server() {
  local name=$1
  shift
  local log="$bench/$name.log"
  rm -rf "$bench/micro-$name"
  local started=$SECONDS
  java @config/payara-micro/jvm.options "$@" \
    -jar web/target/payara-micro.jar --deploy web/target/silkway.war --contextroot / \
    --port "$port" --nocluster --rootdir "$bench/micro-$name" \
    --prebootcommandfile config/payara-micro/pre-boot.asadmin --postbootcommandfile config/payara-micro/post-boot.asadmin \
    --postdeploycommandfile config/payara-micro/post-deploy.asadmin >"$log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "$base/health/ready"; do
    if ! kill -0 "$server" 2>/dev/null; then
      echo "Payara Micro exited during start-up; see $log" >&2
      exit 1
    fi
    if [ $((SECONDS - started)) -gt 300 ]; then
      echo "Silkway was not ready within 300 s; see $log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "($name: ready after $((SECONDS - started)) s, log $log)"
}

stop_server() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
  fi
}

ms() { awk '{printf "%.0f", $1 * 1000}'; }
seconds() { curl -s -o "${2:-/dev/null}" -w '%{time_total}' "$base$1"; }
status_of() { curl -s -o /dev/null -w '%{http_code}' "$base$1"; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {
  ok = (op == "<=") ? (v <= t) : (v >= t); print (ok ? "met" : "MISSED") }'; }

part_a() {
  echo "== a. Kazakhstan brief, fresh render (edition cache off), seed register, English"
  rm -rf "$bench/a-db"
  start_server a "-Dsilkway.db.url=jdbc:h2:$bench/a-db/silkway" -Dsilkway.briefs.cache-bytes=0
  [ "$(status_of "$kz")" = 200 ] || { echo "$kz answers $(status_of "$kz")" >&2; exit 1; }
  for _ in $(seq 20); do seconds "$kz?lang=en" >/dev/null; done
  local times="$bench/a-times.txt"
  for _ in $(seq 100); do seconds "$kz?lang=en"; echo; done | sort -n >"$times"
  local p50 p90
  p50=$(sed -n 50p "$times" | ms)
  p90=$(sed -n 90p "$times" | ms)
  echo "p50 ${p50} ms, p90 ${p90} ms of 100 sequential requests (target p50 <= 150 ms: $(verdict "$p50" 150 "<="))"
  stop_server
}

generate_register() {
  if [ -f "$register" ]; then
    echo "(register: $register, generated before; delete it to generate again)"
    return
  fi
  echo "(generating the synthetic register with core's SyntheticRegister)"
  ./mvnw -q -pl core test-compile
  ./mvnw -q -pl core dependency:build-classpath \
    -Dmdep.outputFile="$bench/core-test.classpath" -Dmdep.includeScope=test
  java -cp "core/target/test-classes:core/target/classes:$(cat "$bench/core-test.classpath")" \
    org.silkway.core.register.SyntheticRegister "$register" 5000 2000
}

# big_register NAME -Dkey=value ... : import and the transport brief on one database.
big_register() {
  local name=$1
  shift
  start_server "$name" "$@" -Dsilkway.seed.enabled=false \
    -Dsilkway.admin.initial-password='bench initial password' \
    -Dsilkway.import.max-bytes=$(( $(stat -c %s "$register") + 1048576 )) -Xmx512m
  local answer="$bench/$name-import.json"
  local import
  # The first administrator must choose a password before the admin API serves them.
  curl -s -o /dev/null -u admin:'bench initial password' -H 'Content-Type: application/json' \
    -d '{"current":"bench initial password","password":"bench administrator password"}' \
    "$base/api/account/password"
  import=$(curl -s -o "$answer" -w '%{http_code} %{time_total}' -u admin:'bench administrator password' \
    -H 'Content-Type: application/json' --data-binary @"$register" "$base/api/admin/import")
  if [ "${import%% *}" != 200 ]; then
    echo "import answered ${import%% *}: $(head -c 500 "$answer")" >&2
    exit 1
  fi
  echo "import of $(( $(stat -c %s "$register") / 1048576 )) MB: ${import#* } s, $(cat "$answer")"
  local pdf="$bench/$name-transport.pdf"
  local first second
  first=$(curl -s -o "$pdf" -w '%{http_code} %{time_total}' "$base$transport")
  if [ "${first%% *}" != 200 ]; then
    echo "transport sector brief: $transport answers ${first%% *} (404: not served by this build); skipped"
  else
    first=$(echo "${first#* }" | ms)
    second=$(seconds "$transport" "$pdf" | ms)
    echo "transport sector brief: first ${first} ms, second ${second} ms, $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages (target <= 2000 ms: $(verdict "$first" 2000 "<="))"
  fi
  if grep -q OutOfMemoryError "$bench/$name.log"; then
    echo "the server ran out of memory; see $bench/$name.log"
  fi
  stop_server
}

psql_admin() {
  psql -h "$pg_host" -p "$pg_port" -U "${SILKWAY_BENCH_PG_USER:-postgres}" -d postgres "$@"
}

part_b() {
  echo "== b. transport sector brief on the 5,000-project register, heap 512 MB"
  generate_register
  rm -rf "$bench/b-db"
  echo "-- H2"
  big_register b-h2 "-Dsilkway.db.url=jdbc:h2:$bench/b-db/silkway"
  if [ -n "${SILKWAY_BENCH_PG_URL:-}" ]; then
    echo "-- PostgreSQL"
    local hostport=${SILKWAY_BENCH_PG_URL#jdbc:postgresql://}
    hostport=${hostport%%/*}
    pg_host=${hostport%%:*}
    pg_port=${hostport#*:}
    [ "$pg_port" != "$hostport" ] || pg_port=5432
    pg_database="silkway_bench_$$"
    psql_admin -q -c "create database $pg_database"
    big_register b-pg \
      "-Dsilkway.db.url=jdbc:postgresql://$pg_host:$pg_port/$pg_database" \
      -Dsilkway.db.datasource-class=org.postgresql.ds.PGSimpleDataSource \
      "-Dsilkway.db.user=${SILKWAY_BENCH_PG_USER:-postgres}" \
      "-Dsilkway.db.password=${SILKWAY_BENCH_PG_PASSWORD:-postgres}"
    psql_admin -q -c "drop database $pg_database"
    pg_database=""
  else
    echo "-- PostgreSQL: skipped (set SILKWAY_BENCH_PG_URL=jdbc:postgresql://127.0.0.1:5432/)"
  fi
}

part_c() {
  echo "== c. Kazakhstan brief from the edition cache under load, next to nginx serving its bytes"
  rm -rf "$bench/c-db"
  start_server c "-Dsilkway.db.url=jdbc:h2:$bench/c-db/silkway"
  nginx_dir=$(mktemp -d)
  mkdir -p "$nginx_dir/www$(dirname "$kz")"
  seconds "$kz" "$nginx_dir/first.pdf" >/dev/null
  seconds "$kz" "$nginx_dir/www$kz" >/dev/null
  if ! cmp -s "$nginx_dir/first.pdf" "$nginx_dir/www$kz"; then
    echo "note: two requests gave different bytes, so $kz is rendered afresh each time here, not served from the edition cache"
  fi
  chmod -R a+rX "$nginx_dir"
  cat >"$nginx_dir/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/pdf pdf; }
  server { listen 127.0.0.1:$nginx_port; root $nginx_dir/www; }
}
EOF
  nginx -e "$nginx_dir/error.log" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" &
  local nginx_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$nginx_port$kz"; do sleep 0.2; done
  cmp -s <(curl -s "http://127.0.0.1:$nginx_port$kz") "$nginx_dir/www$kz" \
    || { echo "nginx does not serve the brief's bytes" >&2; exit 1; }
  local size silkway static
  size=$(stat -c %s "$nginx_dir/www$kz")
  echo "brief: $size bytes; wrk -t2 -c16 -d20s, Silkway first, then nginx"
  silkway=$(wrk -t2 -c16 -d20s --latency "$base$kz" | tee "$bench/c-wrk-silkway.txt" \
    | awk '/^Requests\/sec/ {print $2}')
  static=$(wrk -t2 -c16 -d20s --latency "http://127.0.0.1:$nginx_port$kz" \
    | tee "$bench/c-wrk-nginx.txt" | awk '/^Requests\/sec/ {print $2}')
  grep -h -E 'Non-2xx|Socket errors' "$bench/c-wrk-silkway.txt" "$bench/c-wrk-nginx.txt" || true
  local ratio
  ratio=$(awk -v a="$silkway" -v b="$static" 'BEGIN {printf "%.3f", a / b}')
  echo "Silkway $silkway req/s (p50 $(awk '$1 == "50%" {print $2}' "$bench/c-wrk-silkway.txt")), nginx $static req/s (p50 $(awk '$1 == "50%" {print $2}' "$bench/c-wrk-nginx.txt")), ratio $ratio (target >= 0.5: $(verdict "$ratio" 0.5 ">="))"
  proxied_c "$static"
  kill "$nginx_pid"
  wait "$nginx_pid" 2>/dev/null || true
  rm -rf "$nginx_dir"
  nginx_dir=""
  stop_server
}

# proxied_c STATIC_RATE: the brief as an operator serves it, through nginx with
# config/nginx/silkway.conf (its one upstream node this server, its cache in a scratch directory),
# in front of part c's Silkway, compared with the static file's rate from the same run.
proxied_c() {
  local static=$1 proxy_dir proxy_port proxied ratio
  proxy_dir=$(mktemp -d)
  chmod 755 "$proxy_dir" # nginx's workers run as nobody and keep the cache below it
  proxy_port=$((nginx_port + 1))
  sed -e "s|127.0.0.1:8080|127.0.0.1:$port|" -e '/127.0.0.1:8081/d' \
      -e "s|listen 80;|listen 127.0.0.1:$proxy_port;|" \
      -e "s|/var/cache/nginx/silkway|$proxy_dir/cache|" config/nginx/silkway.conf >"$proxy_dir/silkway.conf"
  printf '%s\n' "worker_processes auto;" "daemon off;" "pid $proxy_dir/nginx.pid;" \
    "error_log $proxy_dir/error.log;" "events { worker_connections 1024; }" \
    "http { access_log off; proxy_temp_path $proxy_dir/temp; include $proxy_dir/silkway.conf; }" \
    >"$proxy_dir/nginx.conf"
  nginx -e "$proxy_dir/error.log" -p "$proxy_dir" -c "$proxy_dir/nginx.conf" &
  proxy_pid=$!
  local tries=0
  until curl -sf -o /dev/null "http://127.0.0.1:$proxy_port$kz"; do
    tries=$((tries + 1))
    [ "$tries" -lt 50 ] || { echo "nginx in front did not answer; see $proxy_dir/error.log" >&2; exit 1; }
    sleep 0.2
  done
  cmp -s <(curl -s "http://127.0.0.1:$proxy_port$kz") <(curl -s "$base$kz") \
    || { echo "nginx in front does not pass Silkway's bytes" >&2; exit 1; }
  proxied=$(wrk -t2 -c16 -d20s --latency "http://127.0.0.1:$proxy_port$kz" \
    | tee "$bench/c-wrk-proxied.txt" | awk '/^Requests\/sec/ {print $2}')
  grep -h -E 'Non-2xx|Socket errors' "$bench/c-wrk-proxied.txt" || true
  ratio=$(awk -v a="$proxied" -v b="$static" 'BEGIN {printf "%.3f", a / b}')
  echo "Silkway behind config/nginx/silkway.conf $proxied req/s (p50 $(awk '$1 == "50%" {print $2}' "$bench/c-wrk-proxied.txt")), ratio to the static file $ratio (target >= 0.5: $(verdict "$ratio" 0.5 ">="))"
  kill "$proxy_pid"
  wait "$proxy_pid" 2>/dev/null || true
  proxy_pid=""
  rm -rf "$proxy_dir"
}

for part in $parts; do
  case $part in
    a) part_a ;;
    b) part_b ;;
    c) part_c ;;
    *) echo "unknown part '$part': a, b or c" >&2; exit 2 ;;
  esac
done
