#!/usr/bin/env bash
# Runs one of core's benchmark classes (a main in core's test classes) in its own JVM, on core's
# test classpath, and keeps its whole output in core/target/bench/<name>.log. The benchmark
# scripts (bench-search.sh, bench-import.sh) call it; it is not a test of the suite.
#
#   docs/bench-core.sh <name> <main class> [arguments...]
#
# The load average is printed before and after: quote numbers taken below about 1.5.
set -euo pipefail
cd "$(dirname "$0")/.."

name=$1
main=$2
shift 2
out="$PWD/core/target/bench"
mkdir -p "$out"
[ -f "core/target/test-classes/${main//.//}.class" ] \
  || { echo "core is not built: ./mvnw -o -pl core install -DskipTests" >&2; exit 1; }

classpath="$out/test.classpath"
if [ ! -f "$classpath" ] || [ core/pom.xml -nt "$classpath" ]; then
  ./mvnw -q -o -pl core dependency:build-classpath \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $name $*"
java -Xmx4g -cp "core/target/test-classes:core/target/classes:$(cat "$classpath")" \
  "$main" "$@" > "$out/$name.log" 2>&1 || { tail -30 "$out/$name.log" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); whole output: $out/$name.log"
