#!/usr/bin/env bash
# Checks that the build is reproducible: builds the working tree twice, each time from a fresh copy in
# its own directory (so that neither an earlier target/ nor the checkout's path can leak into the
# output), and compares every jar the two builds made byte for byte: the modules' jars, their sources,
# javadoc and test jars, the shaded ras-cli/target/ras4j.jar and ras-bench/target/benchmarks.jar.
#
#   scripts/reproducible.sh            build twice, compare, exit 1 on any difference
#   KEEP=1 scripts/reproducible.sh     keep both copies (their paths are printed) to look into a difference
#   MAVEN_ARGS="-o" scripts/reproducible.sh   extra arguments for both builds, e.g. offline
#
# What is copied is what git sees: tracked files as they are now (uncommitted edits included) and
# untracked files that .gitignore does not exclude. Each build is ./mvnw -B -q package -DskipTests (the
# tests are compiled but not run; nothing is installed into the local repository).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ras4j-reproducible.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
    trap 'echo "reproducible: copies kept in $work" >&2' EXIT
else
    trap 'rm -rf "$work"' EXIT
fi

copy_tree() {
    mkdir -p "$1"
    (cd "$root" && git ls-files -z --cached --others --exclude-standard \
        | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
        | tar --null -T - -cf -) | tar -xf - -C "$1"
}

build() {
    local dir=$1
    echo "reproducible: building $dir" >&2
    local start=$SECONDS
    # shellcheck disable=SC2086 # MAVEN_ARGS holds several words on purpose
    (cd "$dir" && ./mvnw -B -q ${MAVEN_ARGS:-} package -DskipTests) >"$dir.log" 2>&1 || {
        echo "reproducible: the build in $dir failed:" >&2
        tail -n 40 "$dir.log" >&2
        exit 2
    }
    echo "reproducible: built in $((SECONDS - start)) s" >&2
}

# Different path lengths on purpose: a path that got into a jar would show.
first=$work/one
second=$work/second-build
copy_tree "$first"
copy_tree "$second"
build "$first"
build "$second"

list_jars() {
    (cd "$1" && find . -mindepth 3 -maxdepth 3 -path './*/target/*.jar' -type f | sort)
}
list_jars "$first" >"$work/jars.one"
list_jars "$second" >"$work/jars.second"
if ! cmp -s "$work/jars.one" "$work/jars.second"; then
    echo "reproducible: the two builds made different sets of jars:" >&2
    diff "$work/jars.one" "$work/jars.second" >&2 || true
    exit 1
fi
count=$(wc -l <"$work/jars.one")
if [ "$count" -eq 0 ]; then
    echo "reproducible: the builds made no jar" >&2
    exit 2
fi

differ=0
while IFS= read -r jar; do
    a=$(sha256sum "$first/$jar" | cut -d' ' -f1)
    b=$(sha256sum "$second/$jar" | cut -d' ' -f1)
    if [ "$a" = "$b" ]; then
        printf 'same     %s  %s\n' "$a" "${jar#./}"
    else
        differ=$((differ + 1))
        printf 'DIFFERS  %s\n' "${jar#./}"
        # Which entries differ (name, size, CRC, time), to tell what is not reproducible.
        diff <(unzip -v "$first/$jar" | awk 'NR > 3 {print $8, $1, $7, $5, $6}' | sort) \
             <(unzip -v "$second/$jar" | awk 'NR > 3 {print $8, $1, $7, $5, $6}' | sort) | head -n 20 || true
    fi
done <"$work/jars.one"

if [ "$differ" -ne 0 ]; then
    echo "reproducible: $differ of $count jars differ between two builds of the same sources" >&2
    exit 1
fi
echo "reproducible: all $count jars are byte-identical in two builds"
