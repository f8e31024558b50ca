#!/usr/bin/env bash
# Runs the full reliability suite (-Preliability: 1,000,000 fuzzed buffers per codec, 200,000 fuzzed
# client enumerations, a 10-second soak) and writes its figures to RELIABILITY.md.
# Usage: scripts/reliability.sh [extra Maven arguments, e.g. -Dras4j.soak.seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q install -DskipTests
figures=ras-integration-tests/target/reliability
rm -rf "$figures"
start=$(date +%s)
./mvnw -B -Preliability -pl ras-integration-tests verify "$@"
elapsed=$(( $(date +%s) - start ))

{
  echo "# Reliability figures"
  echo
  echo "Written by \`scripts/reliability.sh\` on $(date -u +%Y-%m-%d) in ${elapsed} s:"
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
  echo "$(java -version 2>&1 | head -1). The default build runs a short version of each check"
  echo "(\`./mvnw -B verify\`); this is the long one. Every figure below was measured in that run."
  echo
  for section in "$figures"/*.md; do
    cat "$section"
  done
} > RELIABILITY.md
echo "wrote RELIABILITY.md"
