#!/usr/bin/env bash
# How long a search takes on a register of 100,000 projects (docs/measurements.md, issue 17; a
# benchmark, not a test of the suite). One JVM (core's RegisterSearchBench) imports the synthetic
# 5,000-project register into a fresh database of the kind asked for (an embedded PostgreSQL, or H2
# in memory), copies its projects with SQL up to PROJECTS, then searches each of a dozen typed
# texts as readers and as editors, 3 rounds uncounted and RUNS counted, and prints p50 and p90.
#
#   ./mvnw -o -pl core install -DskipTests && docs/bench-search.sh postgresql
#   PROJECTS=20000 RUNS=10 docs/bench-search.sh h2
#
# The load average is printed before and after: quote numbers taken below about 1.5.
set -euo pipefail
cd "$(dirname "$0")/.."

database=${1:-postgresql}
projects=${PROJECTS:-100000}
runs=${RUNS:-20}
out="$PWD/core/target/bench-search"
mkdir -p "$out"
[ -f core/target/test-classes/org/silkway/core/search/RegisterSearchBench.class ] \
  || { echo "core is not built: ./mvnw -o -pl core install -DskipTests" >&2; exit 1; }

classpath="$out/test.classpath"
if [ ! -f "$classpath" ] || [ core/pom.xml -nt "$classpath" ]; then
  ./mvnw -q -o -pl core dependency:build-classpath \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $database, $projects projects, $runs rounds"
java -Xmx4g -cp "core/target/test-classes:core/target/classes:$(cat "$classpath")" \
  org.silkway.core.search.RegisterSearchBench "$database" "$projects" "$runs" 2>&1 \
  | tee "$out/bench-search-$database.log" \
  | grep -E '^(import|copied|plan|READERS|EDITORS|Exception|java\.lang)' || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
