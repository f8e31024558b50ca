#!/usr/bin/env bash
# Regenerates ras-api/src/test/resources/org/ras4j/codec/inspect-layouts.csv: the size and every
# member offset of RAS_STATS, RASPPPIP (V350, V351, V500; A and W), RASPPPIPV6 and
# RAS_PROJECTION_INFO (x86 and x64), as the host C compiler lays out the structures declared in
# ras-api/src/test/c/inspect_layouts.c (#pragma pack(4), the Windows SDK ras.h member lists).
# InspectLayoutsAgainstCTest compares the Java layouts with that file.
#
#   scripts/gen-inspect-layout-offsets.sh          write the CSV
#   scripts/gen-inspect-layout-offsets.sh --check  only say whether the committed CSV is up to date
#
# With RAS_H=<path to the Windows SDK's Ras.h> (for instance DotRas/DotRas includes/um/Ras.h) the
# script also checks every row of the CSV against that header itself: it compiles static
# assertions about the SDK's own structures with gcc (x64) and gcc -m32 (x86), through the few
# stand-in system headers in ras-api/src/test/c/sdk-shim. WINVER 0x0A00 gives RAS_STATS,
# RASPPPIP V500, RASPPPIPV6 and RAS_PROJECTION_INFO; WINVER 0x0400 gives RASPPPIP V351, and with
# WINNT35COMPATIBLE V350.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source_file="$root/ras-api/src/test/c/inspect_layouts.c"
shim="$root/ras-api/src/test/c/sdk-shim"
csv="$root/ras-api/src/test/resources/org/ras4j/codec/inspect-layouts.csv"
cc=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$cc" -std=c11 -Wall -Wextra -Werror -o "$tmp/inspect_layouts" "$source_file"
"$tmp/inspect_layouts" > "$tmp/inspect-layouts.csv"

# Optional: the same numbers from the SDK's Ras.h.
check_with_sdk() {
    local abi=$1 flag=$2 winver=$3 extra=$4 filter=$5
    {
        [[ -n $extra ]] && echo "#define $extra"
        echo "#define WINVER $winver"
        echo '#include <windows.h>'
        echo "#include \"$RAS_H\""
        awk -F, -v abi="$abi" -v filter="$filter" '
            $4 == abi && ($1 "," $2) ~ filter && $3 != "" {
                if ($1 == "RASPPPIP") type = $1 $3; else type = $1
                if (seen[type "," $5]++) next
                if ($5 == "sizeof") {
                    printf "_Static_assert(sizeof(%s) == %s, \"sizeof %s\");\n", type, $7, type
                } else {
                    printf "_Static_assert(offsetof(%s, %s) == %s, \"%s.%s\");\n", type, $5, $6, type, $5
                    printf "_Static_assert(sizeof(((%s *) 0)->%s) == %s, \"%s.%s size\");\n", type, $5, $7, type, $5
                }
            }' "$tmp/inspect-layouts.csv"
    } > "$tmp/sdk-$abi-$winver$extra.c"
    gcc $flag -std=c11 -fsyntax-only -I"$shim" "$tmp/sdk-$abi-$winver$extra.c"
}
if [[ -n ${RAS_H:-} ]]; then
    for abi_flag in X64: X86:-m32; do
        abi=${abi_flag%%:*}
        flag=${abi_flag#*:}
        check_with_sdk "$abi" "$flag" 0x0A00 "" '^(RAS_STATS,V500|RASPPPIP,V500|RASPPPIPV6,V600|RAS_PROJECTION_INFO,V601)$'
        check_with_sdk "$abi" "$flag" 0x0400 "" '^RASPPPIP,V351$'
        check_with_sdk "$abi" "$flag" 0x0400 WINNT35COMPATIBLE '^RASPPPIP,V350$'
        echo "ok: $abi layouts match $RAS_H (gcc $flag)" >&2
    done
fi

if [[ ${1:-} == --check ]]; then
    if cmp -s "$tmp/inspect-layouts.csv" "$csv"; then
        echo "ok: $csv is up to date" >&2
    else
        echo "stale: $csv differs from what inspect_layouts.c gives; run $0" >&2
        diff "$csv" "$tmp/inspect-layouts.csv" >&2 || true
        exit 1
    fi
else
    cp "$tmp/inspect-layouts.csv" "$csv"
    echo "wrote $(($(wc -l < "$csv") - 1)) rows to $csv" >&2
fi
