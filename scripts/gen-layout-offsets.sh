#!/usr/bin/env bash
# Regenerates ras-api/src/test/resources/org/ras4j/codec/layouts.csv: the size and every member
# offset of each RASCONN / RASCONNSTATUS layout, as the host C compiler lays out the structures
# declared in ras-api/src/test/c/layouts.c (#pragma pack(4), the Windows SDK ras.h member lists).
# RasLayoutCsvTest compares the Java layouts with that file.
#
#   scripts/gen-layout-offsets.sh          write the CSV
#   scripts/gen-layout-offsets.sh --check  only say whether the committed CSV is up to date
#
# When the mingw-w64 cross compilers are installed (Debian: gcc-mingw-w64), the script also checks
# the CSV against the real Windows headers: it compiles static assertions about RASCONNA/W and
# RASCONNSTATUSA/W from mingw's ras.h (the Windows XP versions, V501 and V401, which is what that
# header declares) with i686-w64-mingw32-gcc (X86) and x86_64-w64-mingw32-gcc (X64).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source_file="$root/ras-api/src/test/c/layouts.c"
csv="$root/ras-api/src/test/resources/org/ras4j/codec/layouts.csv"
cc=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$cc" -std=c11 -Wall -Wextra -Werror -o "$tmp/layouts" "$source_file"
"$tmp/layouts" > "$tmp/layouts.csv"

# Optional: the same numbers from mingw-w64's ras.h, compiled for Windows.
check_with_mingw() {
    local abi=$1 compiler=$2
    command -v "$compiler" > /dev/null || { echo "skip: $compiler not installed" >&2; return 0; }
    {
        echo '#include <windows.h>'
        echo '#include <ras.h>'
        echo '#include <stddef.h>'
        awk -F, -v abi="$abi" '
            $4 == abi && (($1 == "RASCONN" && $2 == "V501") || ($1 == "RASCONNSTATUS" && $2 == "V401")) {
                type = $1 $3
                if ($5 == "sizeof") {
                    printf "_Static_assert(sizeof(%s) == %s, \"sizeof %s\");\n", type, $7, type
                } else {
                    printf "_Static_assert(offsetof(%s, %s) == %s, \"%s.%s\");\n", type, $5, $6, type, $5
                    printf "_Static_assert(sizeof(((%s *) 0)->%s) == %s, \"%s.%s size\");\n", type, $5, $7, type, $5
                }
            }' "$tmp/layouts.csv"
    } > "$tmp/mingw-$abi.c"
    "$compiler" -fsyntax-only "$tmp/mingw-$abi.c"
    echo "ok: $abi RASCONN V501 and RASCONNSTATUS V401 match mingw-w64 ras.h ($compiler)" >&2
}
check_with_mingw X86 i686-w64-mingw32-gcc
check_with_mingw X64 x86_64-w64-mingw32-gcc

if [[ ${1:-} == --check ]]; then
    if cmp -s "$tmp/layouts.csv" "$csv"; then
        echo "ok: $csv is up to date" >&2
    else
        echo "stale: $csv differs from what layouts.c gives; run $0" >&2
        diff "$csv" "$tmp/layouts.csv" >&2 || true
        exit 1
    fi
else
    cp "$tmp/layouts.csv" "$csv"
    echo "wrote $(($(wc -l < "$csv") - 1)) rows to $csv" >&2
fi
