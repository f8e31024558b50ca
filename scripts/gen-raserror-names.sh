#!/usr/bin/env bash
# Regenerates ras-api/src/test/resources/org/ras4j/raserror-names.csv: every code raserror.h
# defines (RASBASE + n) with its symbolic name, read from Debian's mingw-w64 headers
# (package mingw-w64-common). RasErrorTest checks RasError against that list.
#
#   scripts/gen-raserror-names.sh          write the CSV
#   scripts/gen-raserror-names.sh --check  only say whether the committed CSV is up to date
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
header=${RASERROR_H:-/usr/share/mingw-w64/include/raserror.h}
csv="$root/ras-api/src/test/resources/org/ras4j/raserror-names.csv"
[[ -r $header ]] || { echo "no $header: install mingw-w64-common or set RASERROR_H" >&2; exit 2; }

generated=$( {
    echo "code,name"
    sed -nE 's/^[[:space:]]*#define[[:space:]]+([A-Z0-9_]+)[[:space:]]+\(RASBASE[[:space:]]*\+[[:space:]]*([0-9]+)\).*/\2 \1/p' "$header" \
        | grep -v '^[0-9]* RASBASEEND$' \
        | awk '{ printf "%d,%s\n", $1 + 600, $2 }' | sort -t, -k1,1n
} )

if [[ ${1:-} == --check ]]; then
    if [[ $generated == "$(cat "$csv")" ]]; then
        echo "ok: $csv is up to date" >&2
    else
        echo "stale: $csv differs from $header; run $0" >&2
        diff <(echo "$generated") "$csv" >&2 || true
        exit 1
    fi
else
    echo "$generated" > "$csv"
    echo "wrote $(($(wc -l < "$csv") - 1)) codes to $csv" >&2
fi
