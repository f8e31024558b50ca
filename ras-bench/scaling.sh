#!/usr/bin/env bash
# Runs ListScalingBenchmark (ras4j list over scenarios of 1,000 to 60,000 connections, and one
# RasGetConnectStatus whatever the number) and writes ras-bench/SCALING.md: time and memory per
# connection, with the command, configuration, machine and JDK stated. About 4 minutes on 2 cores.
#
#   ras-bench/scaling.sh            the real configuration
#   ras-bench/scaling.sh --smoke    1,000 and 3,000 connections, one short iteration each, in-process;
#                                   proves the pipeline, not the numbers
#   options: --out FILE (default ras-bench/SCALING.md), --csv FILE (default
#            ras-bench/target/scaling-results.csv); anything else is passed to JMH.
#
# Needs ras-bench/target/benchmarks.jar: (cd ras-bench/.. && ./mvnw -B -q -pl ras-bench -am package -DskipTests)
# RAS_BENCH_CLASSPATH, when set, is used instead of the jar.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
mode=full
out="$here/SCALING.md"
csv="$here/target/scaling-results.csv"
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
  echo "no $classpath: build it first with (cd $here/.. && ./mvnw -B -q -pl ras-bench -am package -DskipTests)" >&2
  exit 1
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [ "$mode" = smoke ]; then
  jmh=(-f 0 -wi 0 -i 1 -r 100ms -p connections=1000,3000 -prof gc)
  config="SMOKE MODE (no fork, 0 warm-up, 1 × 100 ms measurement, 1,000 and 3,000 connections): these figures mean nothing"
else
  # The benchmark's own settings: 1 fork with -Xms1g -Xmx1g, 3 warm-up and 5 measured iterations
  # of 2 s (list) or 1 s (status); -prof gc for the bytes allocated per operation.
  jmh=(-prof gc)
  config="JMH 1.37, avgt, 1 fork (-Xms1g -Xmx1g), list: 3 warm-up × 2 s, 5 measured × 2 s; status: 3 × 1 s, 5 × 1 s; -prof gc; 1 thread"
fi
command="ras-bench/scaling.sh = java -jar ras-bench/target/benchmarks.jar ListScalingBenchmark ${jmh[*]}${extra[*]:+ ${extra[*]}} -rf csv"

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)
machine="$(nproc) cores (nproc), ${cpu:-unknown CPU}, $(uname -sm)"
jdk=$("$java" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.vm.name|java.runtime.version/ {printf "%s%s", sep, $2; sep=" "}')
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

mkdir -p "$(dirname "$csv")"
echo "ras-bench: $config" >&2
"$java" -cp "$classpath" org.openjdk.jmh.Main ListScalingBenchmark "${jmh[@]}" -rf csv -rff "$csv" ${extra[@]+"${extra[@]}"}

load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
note="the machine's cores are shared with other engineers' builds and tests, so absolute figures are noisy;"
note="$note load average (1, 5, 15 min) $load_before before and $load_after after the run"
memory=()
[ "$mode" = smoke ] && memory=(--memory no)
"$java" -Xmx1g -cp "$classpath" org.ras4j.bench.report.ScalingReport --csv "$csv" --out "$out" \
  --command "$command" --config "$config" --machine "$machine" --jdk "$jdk" --note "$note" --date "$started" \
  ${memory[@]+"${memory[@]}"}
echo "ras-bench: wrote $out" >&2
