#!/usr/bin/env bash
# Runs ras4j's JMH benchmarks and writes ras-bench/RESULTS.md: the targets of issue 7 and the
# tables of ratios behind them, with the configuration, machine and JDK stated. ListScalingBenchmark
# has its own script and report: scaling.sh, SCALING.md.
#
#   ras-bench/run.sh            the real configuration (about 10 minutes on 2 cores)
#   ras-bench/run.sh --smoke    every benchmark once, tiny iterations, in-process (seconds);
#                               proves the pipeline, not the numbers
#   options: --out FILE (default ras-bench/RESULTS.md), --csv FILE (JMH's raw CSV, default
#            ras-bench/target/jmh-results.csv); anything else is passed to JMH (e.g. a regexp).
#
# Needs ras-bench/target/benchmarks.jar: (cd ras-bench/.. && mvn -B -o -q -pl ras-bench package -DskipTests)
# RAS_BENCH_CLASSPATH, when set, is used instead of the jar (the smoke test runs from its class path).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
mode=full
out="$here/RESULTS.md"
csv="$here/target/jmh-results.csv"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) mode=smoke ;;
    --out) out=$2; shift ;;
    --csv) csv=$2; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) extra+=("$1") ;;
  esac
  shift
done

classpath=${RAS_BENCH_CLASSPATH:-$here/target/benchmarks.jar}
if [ -z "${RAS_BENCH_CLASSPATH:-}" ] && [ ! -f "$classpath" ]; then
  echo "no $classpath: build it first with (cd $here/.. && mvn -B -o -q -pl ras-bench package -DskipTests)" >&2
  exit 1
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [ "$mode" = smoke ]; then
  # One entry count, one charset, one short iteration each, no fork: seconds, not figures.
  jmh=(-f 0 -wi 0 -i 1 -r 50ms -p count=16 -p charset=W -prof gc -e ListScalingBenchmark)
  config="SMOKE MODE (no fork, 0 warm-up, 1 × 50 ms measurement, count=16, W): these figures mean nothing"
else
  # Forked, warmed-up, five measured iterations per point; -prof gc for bytes per operation. The
  # warm-up is long because on a shared 2-core machine the JIT compiler threads get little CPU.
  jmh=(-f 1 -wi 5 -w 1s -i 5 -r 500ms -prof gc -e ListScalingBenchmark)
  config="JMH 1.37, avgt, 1 fork per point, 5 warm-up iterations × 1 s, 5 measurement iterations × 500 ms, -prof gc, 1 thread"
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)
machine="$(nproc) cores (nproc), ${cpu:-unknown CPU}, $(uname -sm)"
jdk=$("$java" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.vm.name|java.runtime.version/ {printf "%s%s", sep, $2; sep=" "}')
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

mkdir -p "$(dirname "$csv")"
echo "ras-bench: $config" >&2
"$java" -cp "$classpath" org.openjdk.jmh.Main "${jmh[@]}" -rf csv -rff "$csv" "${extra[@]}"

load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
note="the machine's cores are shared with other engineers' builds and tests, so absolute figures are noisy;"
note="$note load average (1, 5, 15 min) $load_before before and $load_after after the run"
"$java" -cp "$classpath" org.ras4j.bench.report.ResultsReport --csv "$csv" --out "$out" \
  --config "$config" --machine "$machine" --jdk "$jdk" --note "$note" --date "$started"
echo "ras-bench: wrote $out" >&2
