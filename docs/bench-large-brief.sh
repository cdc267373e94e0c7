#!/usr/bin/env bash
# The "Kazakhstan brief on a 100,000-project register, fresh" row of docs/measurements.md (a
# benchmark, not a test): reports' LargeRegisterBriefBench stores the synthetic register in an
# embedded PostgreSQL, copies its projects with SQL up to PROJECTS (100,000), then makes the
# subject's brief fresh RUNS times (3) as the server does on a cache miss, in a JVM of HEAP (2g).
# The subject is a country code (KZ, the default), a sector (sector:transport) or framework.
# With PROJECTS at 5000 (nothing copied), each run also makes the brief as of today from the audit
# tables: the as-of row.
#
#   ./mvnw -o -pl reports -am install -DskipTests && docs/bench-large-brief.sh [SUBJECT]
#   PROJECTS=5000 HEAP=512m docs/bench-large-brief.sh sector:transport
set -euo pipefail
cd "$(dirname "$0")/.."

subject=${1:-KZ}
out="$PWD/reports/target/bench-large-brief"
mkdir -p "$out"
[ -f reports/target/test-classes/org/silkway/reports/brief/LargeRegisterBriefBench.class ] \
  || { echo "reports is not built: ./mvnw -o -pl reports -am install -DskipTests" >&2; exit 1; }

classpath="$out/test.classpath"
if [ ! -f "$classpath" ] || [ reports/pom.xml -nt "$classpath" ]; then
  ./mvnw -q -o -pl reports dependency:build-classpath \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test
fi

log="$out/${subject#sector:}.log"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$out/tmp" && mkdir -p "$out/tmp"
java "-Xmx${HEAP:-2g}" "-Djava.io.tmpdir=$out/tmp" \
  -cp "reports/target/test-classes:reports/target/classes:$(cat "$classpath")" \
  org.silkway.reports.brief.LargeRegisterBriefBench "${PROJECTS:-100000}" "$subject" "${RUNS:-3}" \
  2>&1 | tee "$log" | grep -E '^(register|run |  [a-zA-Z-]+( as of today)?:|Exception|java\.lang)' || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); whole output: $log"
