#!/usr/bin/env bash
# Runs ras4j's JMH benchmarks and writes ras-bench/RESULTS.md: the targets and the tables of
# ratios behind them, with the configuration, machine and JDK stated. By default it runs the four
# benchmarks the targets read (DecodeBenchmark, EntryReadBenchmark, SimEnumerateBenchmark,
# JnaEnumerateBenchmark): 84 points, each in its own JVM, about 4.2 s each, so about 18 minutes for
# three forks on 2 cores. Left out to stay within 20 minutes: PlatformRasConnBenchmark (jna-platform's
# RASCONN, which reads its own layout, not ras.h's bytes; no target reads it: pass
# '\.(DecodeBenchmark|PlatformRasConnBenchmark)\.' to measure it). ListScalingBenchmark has its own
# script and report: scaling.sh, SCALING.md.
#
#   ras-bench/run.sh            the real configuration: the suite three times, one fork each, so
#                               every point is measured in 3 JVMs and every ratio is reported as
#                               its median with the range across forks (about 18 minutes on 2 cores)
#   ras-bench/run.sh --smoke    every benchmark once, tiny iterations, in-process (seconds);
#                               proves the pipeline, not the numbers
#   ras-bench/run.sh --report-only [--remarks FILE] [--readme README.md]
#                               no JMH: writes the report again from the last run's CSVs and
#                               facts (run.env beside them), with FILE's Markdown under the
#                               targets (words written after looking at the run; figures stay
#                               the tables'); --readme also rewrites that file's block between
#                               <!-- bench:start --> and <!-- bench:end --> from the same runs
#   options: --out FILE (default ras-bench/RESULTS.md), --csv-dir DIR (JMH's raw CSV of each run,
#            run-1.csv …, default ras-bench/target/jmh), --forks N (default 3), --remarks FILE,
#            --readme FILE;
#            anything else is passed to JMH (e.g. a regexp).
#
# Needs ras-bench/target/benchmarks.jar: (cd ras-bench/.. && ./mvnw -B -o -q -pl ras-bench -am package -DskipTests)
# RAS_BENCH_CLASSPATH, when set, is used instead of the jar (the smoke test runs from its class path).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
mode=full
remarks=
readme=
out="$here/RESULTS.md"
csv_dir="$here/target/jmh"
forks=3
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) mode=smoke ;;
    --report-only) mode=report ;;
    --remarks) remarks=$2; shift ;;
    --readme) readme=$2; shift ;;
    --out) out=$2; shift ;;
    --csv-dir) csv_dir=$2; shift ;;
    --forks) forks=$2; shift ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) extra+=("$1") ;;
  esac
  shift
done

if [ ${#extra[@]} -eq 0 ]; then
  # The benchmarks the report reads; others (ListScalingBenchmark, …) have their own scripts.
  extra=('\.(DecodeBenchmark|EntryReadBenchmark|SimEnumerateBenchmark|JnaEnumerateBenchmark)\.')
fi

classpath=${RAS_BENCH_CLASSPATH:-$here/target/benchmarks.jar}
if [ -z "${RAS_BENCH_CLASSPATH:-}" ] && [ ! -f "$classpath" ]; then
  echo "no $classpath: build it first with (cd $here/.. && ./mvnw -B -o -q -pl ras-bench -am package -DskipTests)" >&2
  exit 1
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [ "$mode" = smoke ]; then
  # One entry count, one charset, one short iteration each, no fork: seconds, not figures.
  jmh=(-f 0 -wi 0 -i 1 -r 50ms -p count=16 -p charset=W -prof gc)
  forks=1
  config="SMOKE MODE (no fork, 0 warm-up, 1 × 50 ms measurement, count=16, W): these figures mean nothing"
else
  # One fork per run, $forks runs: every point in $forks JVMs, and both sides of every ratio measured
  # within one run. Warm-up and measurement are cut from one fork's 5 × 1 s + 5 × 500 ms to
  # 3 × 800 ms + 3 × 500 ms so that three forks fit in 20 minutes; the JMH log shows each warm-up
  # iteration, to check they have settled. -prof gc for bytes per operation.
  jmh=(-f 1 -wi 3 -w 800ms -i 3 -r 500ms -prof gc)
  config="JMH 1.37, avgt, $forks runs × 1 fork per point, 3 warm-up iterations × 800 ms, 3 measurement iterations × 500 ms, -prof gc, 1 thread; medians and ranges across the $forks forks"
fi

render() {
  local reports=() run
  for run in $(seq 1 "$forks"); do
    reports+=(--csv "$csv_dir/run-$run.csv")
  done
  local more=()
  if [ -n "$remarks" ]; then
    more+=(--remarks "$remarks")
  fi
  if [ -n "$readme" ]; then
    more+=(--readme "$readme")
  fi
  "$java" -cp "$classpath" org.ras4j.bench.report.ResultsReport "${reports[@]}" --out "$out" \
    --config "$config" --machine "$machine" --jdk "$jdk" --note "$note" --date "$started" "${more[@]}"
  echo "ras-bench: wrote $out" >&2
}

if [ "$mode" = report ]; then
  # The facts of the last run, as it saved them; its CSVs are rendered again, nothing is measured.
  # shellcheck source=/dev/null
  . "$csv_dir/run.env"
  render
  exit 0
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)
machine="$(nproc) cores (nproc), ${cpu:-unknown CPU}, $(uname -sm)"
jdk=$("$java" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.vm.name|java.runtime.version/ {printf "%s%s", sep, $2; sep=" "}')
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

mkdir -p "$csv_dir"
rm -f "$csv_dir"/run-*.csv "$csv_dir/run.env"
echo "ras-bench: $config" >&2
for run in $(seq 1 "$forks"); do
  echo "ras-bench: run $run of $forks" >&2
  "$java" -cp "$classpath" org.openjdk.jmh.Main "${jmh[@]}" -rf csv -rff "$csv_dir/run-$run.csv" "${extra[@]}"
done

load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
finished=$(date -u '+%H:%M UTC')
# Above 1.5 on 2 cores, something else held a core for much of the last minute.
if awk -v l="${load_before%% *}" 'BEGIN { exit !(l + 0 > 1.5) }' 2>/dev/null; then
  quiet="other work was running when the run started (load above 1.5 on 2 cores): the figures are disturbed"
else
  quiet="no other work showed in the load when the run started"
fi
note="load average (1, 5, 15 min) $load_before before and $load_after after the run, which ended at $finished; $quiet"
{
  printf 'forks=%q\nconfig=%q\nmachine=%q\njdk=%q\nnote=%q\nstarted=%q\n' \
    "$forks" "$config" "$machine" "$jdk" "$note" "$started"
} > "$csv_dir/run.env"
render
