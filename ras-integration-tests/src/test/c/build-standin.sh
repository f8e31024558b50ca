#!/bin/sh
# Compiles the rasapi32 stand-in into a shared library for the Linux tests of JnaRasBackend.
#   build-standin.sh <source.c> <output.so>
# Without a C compiler (${CC:-cc}) it says so and stops without failing the build: the tests that
# need the stand-in then skip, naming the missing library. .ci/run installs a compiler.
set -eu
source_file=$1
output=$2
compiler=${CC:-cc}
if ! command -v "$compiler" >/dev/null 2>&1; then
    echo "[ras4j] no C compiler ('$compiler' not found): the rasapi32 stand-in is not built;" \
         "JnaRasBackend's stand-in tests will be skipped" >&2
    exit 0
fi
mkdir -p "$(dirname "$output")"
"$compiler" -std=c11 -Wall -Wextra -Werror -O2 -shared -fPIC -pthread -o "$output" "$source_file"
