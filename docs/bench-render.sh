#!/usr/bin/env bash
# How long the transport sector brief of the synthetic 5,000-project register takes to render
# (fill and PDF export) in a 512 MB heap with each set of render settings (docs/measurements.md,
# issue 14; a benchmark, not a test of the suite). One JVM (reports' BriefRenderBench) assembles
# the brief in memory without a database, then renders it with every setting in turn, WARM_UPS
# rounds uncounted and RUNS rounds counted, and prints the medians: wall time, the rendering
# thread's CPU time, GC time, heap peak. Taking the settings in turn keeps the comparison fair on
# this shared 2-core machine, where other builds come and go; the load average is printed with
# every render, and should be below about 1.5 for numbers to quote as the machine's own.
#
#   ./mvnw -o -pl reports -am install -DskipTests && docs/bench-render.sh          # the usual settings
#   docs/bench-render.sh GZIP:2000:40:true NONE:0:1:true                            # some of them
#
# A setting is PAGING:ABOVE_LINES:PAGES_IN_MEMORY:TAGGED (see RenderSettings; the transport brief
# has about 8,000 lines, so ABOVE_LINES only says whether it is paged). RUNS (5), WARM_UPS (2),
# LANGUAGE (en) and HEAP (512m) come from the environment; the log and the PDFs go to
# reports/target/bench-render/.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
warm_ups=${WARM_UPS:-2}
language=${LANGUAGE:-en}
heap=${HEAP:-512m}
out="$PWD/reports/target/bench-render"
mkdir -p "$out"
[ -d reports/target/test-classes/org/silkway/reports/template ] \
  || { echo "reports is not built: ./mvnw -o -pl reports -am install -DskipTests" >&2; exit 1; }

if [ $# -gt 0 ]; then
  settings=("$@")
else
  settings=(
    SWAP_FILE:2000:40:true
    GZIP:2000:40:true
    NONE:0:1:true
    SWAP_FILE:2000:40:false
    GZIP:2000:40:false
    NONE:0:1:false
  )
fi

classpath="$out/test.classpath"
if [ ! -f "$classpath" ] || [ reports/pom.xml -nt "$classpath" ]; then
  ./mvnw -q -o -pl reports dependency:build-classpath \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test
fi

log="$out/bench-render-$language-$heap.log"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $runs rounds after $warm_ups, -Xmx$heap, $language"
rm -rf "$out/tmp" && mkdir -p "$out/tmp"
java "-Xmx$heap" "-Djava.io.tmpdir=$out/tmp" \
  -cp "reports/target/test-classes:reports/target/classes:$(cat "$classpath")" \
  org.silkway.reports.template.BriefRenderBench "$runs" "$warm_ups" "$language" "$out" \
  "${settings[@]}" 2>&1 | tee "$log" | grep -E '^(render:|round |warm-up |transport|heap|Exception|java\.lang)' || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rmdir "$out/tmp" 2>/dev/null || echo "(files left in $out/tmp)"
