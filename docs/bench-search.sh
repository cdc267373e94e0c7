#!/usr/bin/env bash
# How long a search takes on a register of 100,000 projects (docs/measurements.md, issue 17; a
# benchmark, not a test of the suite). One JVM (core's RegisterSearchBench) imports the synthetic
# 5,000-project register into a fresh database of the kind asked for (an embedded PostgreSQL, or H2
# in memory), copies its projects with SQL up to PROJECTS, then searches each of a dozen typed
# texts as readers and as editors, 3 rounds uncounted and RUNS counted, and prints p50 and p90.
#
#   ./mvnw -o -pl core install -DskipTests && docs/bench-search.sh postgresql
#   PROJECTS=20000 RUNS=10 docs/bench-search.sh h2
set -euo pipefail
cd "$(dirname "$0")/.."

database=${1:-postgresql}
docs/bench-core.sh "search-$database" org.silkway.core.search.RegisterSearchBench \
  "$database" "${PROJECTS:-100000}" "${RUNS:-20}"
grep -E '^(import|copied|plan|READERS|EDITORS)' "core/target/bench/search-$database.log" || true
