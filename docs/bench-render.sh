#!/usr/bin/env bash
# How long the transport sector brief of the synthetic 5,000-project register takes to render
# (fill and PDF export) in a 512 MB heap, for each set of render settings (docs/measurements.md,
# issue 14; a benchmark, not a test of the suite). Each setting runs in a JVM of its own
# (reports' BriefRenderBench): the brief is assembled in memory without a database, then rendered
# WARM_UPS times uncounted and RUNS times counted; the median of the counted runs is what the
# table in docs/measurements.md reports. Prints the load average before each setting: this
# machine's two cores are shared with other builds.
#
#   ./mvnw -o -pl reports -am install -DskipTests && docs/bench-render.sh            # every setting
#   docs/bench-render.sh "GZIP 2000 40 true" "NONE 0 1 true"                          # some of them
#
# A setting is "PAGING ABOVE_LINES PAGES_IN_MEMORY TAGGED" (see RenderSettings). RUNS (5),
# WARM_UPS (2), LANGUAGE (en) and HEAP (512m) come from the environment; output goes to the console
# and to reports/target/bench-render/.
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
    "SWAP_FILE 2000 40 true"
    "SWAP_FILE 2000 40 false"
    "NONE 0 1 true"
    "NONE 0 1 false"
    "GZIP 2000 40 true"
    "GZIP 2000 100 true"
    "GZIP 2000 40 false"
    "SWAP_FILE 2000 100 true"
  )
fi

classpath="$out/test.classpath"
if [ ! -f "$classpath" ] || [ reports/pom.xml -nt "$classpath" ]; then
  ./mvnw -q -o -pl reports dependency:build-classpath \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test
fi
cp="reports/target/test-classes:reports/target/classes:$(cat "$classpath")"

for setting in "${settings[@]}"; do
  read -r paging above kept tagged <<<"$setting"
  name="$paging-$above-$kept-$tagged-$language"
  echo "== $setting, $language, -Xmx$heap; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$out/tmp-$name" && mkdir -p "$out/tmp-$name"
  java "-Xmx$heap" "-Djava.io.tmpdir=$out/tmp-$name" -cp "$cp" \
    org.silkway.reports.template.BriefRenderBench "$paging" "$above" "$kept" "$tagged" \
    "$runs" "$warm_ups" "$language" "$out/transport-$name.pdf" 2>&1 \
    | tee "$out/$name.log" | grep -E '^(render:|run |warm-up |transport|heap|Exception|java\.lang)' || true
  rmdir "$out/tmp-$name" 2>/dev/null || echo "(files left in $out/tmp-$name)"
done
echo "== done; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
