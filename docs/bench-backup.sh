#!/usr/bin/env bash
# How long a backup and a restore take on a large register (docs/measurements.md, issue 17; a
# benchmark, not a test of the suite). One JVM (core's BackupBench) stores the synthetic register
# of PROJECTS projects in a fresh database of the kind asked for (an embedded PostgreSQL, or H2 in
# memory), backs it up to core/target/bench-backup/, restores it into another fresh database and
# compares every table's rows.
#
#   ./mvnw -o -pl core -am test-compile && docs/bench-backup.sh postgresql
#   PROJECTS=2000 docs/bench-backup.sh h2
#
# The load average is printed before and after: quote numbers taken below about 1.5.
set -euo pipefail
cd "$(dirname "$0")/.."

database=${1:-postgresql}
projects=${PROJECTS:-5000}
out="$PWD/core/target/bench-backup"
mkdir -p "$out"
[ -f core/target/test-classes/org/silkway/core/backup/BackupBench.class ] \
  || { echo "core is not built: ./mvnw -o -pl core -am test-compile" >&2; exit 1; }

classpath="$out/test.classpath"
if [ ! -f "$classpath" ] || [ core/pom.xml -nt "$classpath" ]; then
  ./mvnw -q -o -pl core dependency:build-classpath \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $database, $projects projects"
java -Xmx1g -cp "core/target/test-classes:core/target/classes:$(cat "$classpath")" \
  org.silkway.core.backup.BackupBench "$database" "$projects" "$out" 2>&1 \
  | tee "$out/bench-backup-$database.log" \
  | grep -E '^(import|backup|restore|rows|Exception|java\.lang)' || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
