#!/usr/bin/env bash
# How long a spreadsheet of ROWS new projects takes to import (docs/measurements.md, issue 17: at
# most 60 s for 10,000 rows; a benchmark, not a test of the suite). One JVM (core's
# SpreadsheetImportBench) seeds a fresh database of the kind asked for (an embedded PostgreSQL, or
# H2 in memory), writes an XLSX of ROWS rows as an editor fills the template, then reads it, checks
# it (a dry run) and imports it, ROUNDS times each into a fresh register, and prints each time.
#
#   ./mvnw -o -pl core install -DskipTests && docs/bench-import.sh postgresql
#   ROWS=2000 ROUNDS=1 docs/bench-import.sh h2
set -euo pipefail
cd "$(dirname "$0")/.."

database=${1:-postgresql}
docs/bench-core.sh "import-$database" org.silkway.core.spreadsheet.SpreadsheetImportBench \
  "$database" "${ROWS:-10000}" "${ROUNDS:-3}"
grep -E '^(rows|round|median)' "core/target/bench/import-$database.log" || true
