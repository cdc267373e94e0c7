#!/usr/bin/env bash
# How long a backup and a restore take on a large register (docs/measurements.md, issue 17; a
# benchmark, not a test of the suite). One JVM (core's BackupBench) stores the synthetic register
# of PROJECTS projects in a fresh database of the kind asked for (an embedded PostgreSQL, or H2 in
# memory), backs it up to core/target/bench-backup/, restores it into another fresh database and
# compares every table's rows.
#
#   ./mvnw -o -pl core -am test-compile && docs/bench-backup.sh postgresql
#   PROJECTS=2000 docs/bench-backup.sh h2
set -euo pipefail
cd "$(dirname "$0")/.."

database=${1:-postgresql}
out="$PWD/core/target/bench-backup"
mkdir -p "$out"
docs/bench-core.sh "backup-$database" org.silkway.core.backup.BackupBench \
  "$database" "${PROJECTS:-5000}" "$out"
grep -E '^(import|backup|restore|rows)' "core/target/bench/backup-$database.log" || true
