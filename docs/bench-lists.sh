#!/usr/bin/env bash
# The list-page benchmark that docs/measurements.md reports (not a test of the suite: it takes a few
# minutes and its numbers depend on the machine). On a throwaway PostgreSQL database it starts
# Silkway on Payara Micro (the seed loads as usual), adds ENTRIES (100,000) synthetic projects with
# a country, a sector, a stage and a start year each, straight into the tables with SQL (the import
# endpoint would take most of an hour for them), and then measures, side by side:
#
#   a. the project list's first page over HTTP (GET admin/entries.xhtml?type=project, signed in
#      through the sign-in page as an editor is, the session cookie kept), against the SQL it
#      needs run directly with pgbench: the page of 25 rows and the count;
#   b. a filtered page (country Kazakhstan, stage under construction, name containing "railway"),
#      against its SQL the same way.
#
# and, for the record, the first page again with HTTP Basic on every request (what a script pays:
# each request checks the password's PBKDF2 hash).
#
# Each HTTP figure is the median and p90 of RUNS (30) sequential requests after WARMUP (50) of the
# same (a server in use is warm: after 5 the JIT has not compiled the page's code yet); each
# SQL figure pgbench's average latency of RUNS transactions, one transaction being the page query
# and the count query. Target: page <= 3 x SQL.
#
#   ./mvnw package -DskipTests && docs/bench-lists.sh
#
# Needs curl, psql and pgbench (postgresql-client) and a PostgreSQL at PG_HOST:PG_PORT
# (127.0.0.1:5432) that user PG_USER (postgres) reaches without a password. Uses port PORT (8080);
# keeps the log and the timings under web/target/bench-lists/.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8080}
base="http://localhost:$port"
entries=${ENTRIES:-100000}
runs=${RUNS:-30}
warmup=${WARMUP:-50}
pg_host=${PG_HOST:-127.0.0.1}
pg_port=${PG_PORT:-5432}
pg_user=${PG_USER:-postgres}
database=silkway_bench_lists
bench="$PWD/web/target/bench-lists"
initial="bench initial password"
password="bench administrator password"

for tool in curl psql pgbench; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install curl postgresql-client)" >&2; exit 1; }
done
[ -f web/target/silkway.war ] || { echo "web/target/silkway.war is missing: ./mvnw package -DskipTests" >&2; exit 1; }
mkdir -p "$bench"

sql() { psql -X -q -h "$pg_host" -p "$pg_port" -U "$pg_user" "$@"; }
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  sql -d postgres -c "drop database if exists $database" || true
}
trap cleanup EXIT

sql -d postgres -c "drop database if exists $database" -c "create database $database"

echo "(starting Silkway on PostgreSQL database $database)"
rm -rf "$bench/micro"
java @config/payara-micro/jvm.options \
  "-Dsilkway.db.url=jdbc:postgresql://$pg_host:$pg_port/$database" \
  -Dsilkway.db.datasource-class=org.postgresql.ds.PGSimpleDataSource \
  "-Dsilkway.db.user=$pg_user" -Dsilkway.db.password= \
  "-Dsilkway.admin.initial-password=$initial" \
  -jar web/target/payara-micro.jar --deploy web/target/silkway.war --contextroot / \
  --port "$port" --nocluster --rootdir "$bench/micro" \
  --prebootcommandfile config/payara-micro/pre-boot.asadmin --postbootcommandfile config/payara-micro/post-boot.asadmin \
  --postdeploycommandfile config/payara-micro/post-deploy.asadmin >"$bench/silkway.log" 2>&1 &
server=$!
started=$SECONDS
until curl -sf -o /dev/null "$base/health/ready"; do
  kill -0 "$server" 2>/dev/null || { echo "Payara Micro exited; see $bench/silkway.log" >&2; exit 1; }
  [ $((SECONDS - started)) -lt 300 ] || { echo "not ready within 300 s; see $bench/silkway.log" >&2; exit 1; }
  sleep 0.5
done
echo "(ready after $((SECONDS - started)) s)"

curl -sf -u "admin:$initial" -H 'Content-Type: application/json' \
  --data "{\"current\":\"$initial\",\"password\":\"$password\"}" "$base/api/account/password"

echo "(adding $entries synthetic projects with SQL)"
sql -d "$database" -v entries="$entries" <<'SQL'
insert into entry (entry_key, entry_type, name_en, name_ru, status, version, change_status)
select 'project/bench-' || g, 'PROJECT',
       'Bench ' || (array['railway','pipeline','power plant','factory','workshop','highway','dry port'])[1 + g % 7] || ' ' || g,
       'Проект ' || g,
       case when g % 10 = 0 then 'DRAFT' else 'PUBLISHED' end, 0, 'NONE'
from generate_series(1, :entries) g;

create temporary table framework as
  select id, row_number() over (order by entry_key) - 1 as n from entry
  where entry_type = 'COUNTRY' and entry_key in ('country/CN','country/KZ','country/KG','country/TJ','country/TM','country/UZ');
create temporary table sectors as
  select id, row_number() over (order by entry_key) - 1 as n from entry where entry_type = 'SECTOR';

insert into claim (claim_key, entry_id, property, val_kind, val_entry_id, claim_kind, preferred, sort_order, status, retraction_proposed)
select 'bench-' || e.id || '-country', e.id, 'country', 'ENTRY', f.id, 'ACTUAL', false, 0, 'PUBLISHED', false
from entry e join framework f on f.n = e.id % 6 where e.entry_key like 'project/bench-%';
insert into claim (claim_key, entry_id, property, val_kind, val_entry_id, claim_kind, preferred, sort_order, status, retraction_proposed)
select 'bench-' || e.id || '-sector', e.id, 'sector', 'ENTRY', s.id, 'ACTUAL', false, 1, 'PUBLISHED', false
from entry e join sectors s on s.n = e.id % (select count(*) from sectors) where e.entry_key like 'project/bench-%';
insert into claim (claim_key, entry_id, property, val_kind, val_code, claim_kind, preferred, sort_order, status, retraction_proposed)
select 'bench-' || e.id || '-stage', e.id, 'stage', 'CODE',
       (array['ANNOUNCED','AGREED','PREPARATION','UNDER_CONSTRUCTION','OPERATING'])[1 + e.id % 5],
       'ACTUAL', false, 2, 'PUBLISHED', false
from entry e where e.entry_key like 'project/bench-%';
insert into claim (claim_key, entry_id, property, val_kind, val_time_start, val_time_precision, claim_kind, preferred, sort_order, status, retraction_proposed)
select 'bench-' || e.id || '-start', e.id, 'start', 'TIME', (2000 + e.id % 30)::text, 'YEAR', 'ACTUAL', false, 3, 'PUBLISHED', false
from entry e where e.entry_key like 'project/bench-%';
analyze;
SQL
echo "($(sql -d "$database" -At -c "select count(*) from entry") entries, $(sql -d "$database" -At -c "select count(*) from claim") claims)"

first_page="admin/entries.xhtml?type=project&clear=true"
filtered_page="admin/entries.xhtml?type=project&country=country/KZ&stage=UNDER_CONSTRUCTION&name=railway"

# The SQL each page needs, written as Hibernate sends it for EntryList: the page, then the count.
row="select e.entry_key, e.name_en, e.name_ru, e.name_zh, e.status, e.change_status, e.last_changed_at,
  (select count(c.id) from claim c where c.entry_id = e.id and c.status <> 'RETRACTED') from entry e"
cat >"$bench/first.sql" <<SQL
$row where e.entry_type = 'PROJECT' order by e.name_en, e.entry_key offset 0 rows fetch first 25 rows only;
select count(e.id) from entry e where e.entry_type = 'PROJECT';
SQL
filter="e.entry_type = 'PROJECT'
  and (lower(e.name_en) like '%railway%' escape '\\' or lower(e.name_ru) like '%railway%' escape '\\' or lower(e.name_zh) like '%railway%' escape '\\')
  and exists (select c.id from claim c join entry t on t.id = c.val_entry_id where c.entry_id = e.id and c.status <> 'RETRACTED' and c.property = 'country' and t.entry_key = 'country/KZ')
  and exists (select c.id from claim c where c.entry_id = e.id and c.status <> 'RETRACTED' and c.property = 'stage' and c.val_code = 'UNDER_CONSTRUCTION')"
cat >"$bench/filtered.sql" <<SQL
$row where $filter order by e.name_en, e.entry_key offset 0 rows fetch first 25 rows only;
select count(e.id) from entry e where $filter;
SQL

# Signs in through the sign-in page, as a person does; the session cookie goes into the jar.
jar="$bench/cookies.txt"
sign_in() {
  rm -f "$jar"
  local page state status
  page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode login=login --data-urlencode login:username=admin \
    --data-urlencode "login:password=$password" --data-urlencode login:signIn= \
    --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml")
  [ "$status" = 302 ] || { echo "signing in answered $status" >&2; exit 1; }
}
sign_in
session=(-b "$jar")
basic=(-u "admin:$password")

ms() { awk '{printf "%.1f", $1 * 1000}'; }
page_times() {
  local path=$1 out=$2
  shift 2
  for _ in $(seq "$warmup"); do curl -s -o /dev/null "$@" "$base/$path"; done
  for _ in $(seq "$runs"); do
    curl -s -o /dev/null "$@" -w '%{time_total}\n' "$base/$path"
  done | sort -n >"$out"
}
sql_latency() {
  pgbench -n -h "$pg_host" -p "$pg_port" -U "$pg_user" -f "$1" -t "$runs" "$database" 2>/dev/null \
    | awk '/latency average/ {print $4}'
}
measure() {
  local name=$1 path=$2 script=$3
  shift 3
  local status
  status=$(curl -s -o "$bench/$name.html" -w '%{http_code}' "$@" "$base/$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  grep -o 'id="row-count">[^<]*' "$bench/$name.html" | sed 's/.*>/  the page says: /'
  page_times "$path" "$bench/$name-times.txt" "$@"
  local p50 p90 sqlms
  p50=$(sed -n "$(( (runs + 1) / 2 ))p" "$bench/$name-times.txt" | ms)
  p90=$(sed -n "$(( runs * 9 / 10 ))p" "$bench/$name-times.txt" | ms)
  sqlms=$(sql_latency "$script")
  echo "  page p50 ${p50} ms, p90 ${p90} ms; SQL (page + count) ${sqlms} ms;" \
    "ratio $(awk -v a="$p50" -v b="$sqlms" 'BEGIN {printf "%.1f", a / b}') (target <= 3)"
}

echo "== a. the project list's first page"
measure first "$first_page" "$bench/first.sql" "${session[@]}"
echo "== b. filtered: Kazakhstan, under construction, name contains railway"
measure filtered "$filtered_page" "$bench/filtered.sql" "${session[@]}"
echo "== for the record: the first page with HTTP Basic on every request"
measure first-basic "$first_page" "$bench/first.sql" "${basic[@]}"
