#!/usr/bin/env bash
# Shows that the build's release gates fail when they should. Each case breaks a fresh copy of the
# working tree in one way, runs the Maven lifecycle that ./mvnw -B verify runs (up to package, tests
# skipped, which is where both gates sit) on the modules concerned, and expects the build to fail
# with the gate's message. The checkout itself is never touched.
#
#   javadoc (doclint "all"):  a broken {@link}, a missing @param, bad HTML in a class added to ras-api
#   licences:                 the allowed list narrowed with -Dras4j.licenses.allowed=Apache-2.0
#                             (ras-tck's JUnit and jqwik are EPL-2.0), and a GPL dependency (JMH)
#                             added to ras-api with the list as it is
#
#   scripts/check-gates.sh               all cases
#   MAVEN_ARGS="-o" scripts/check-gates.sh   extra Maven arguments, e.g. offline
#
# Exits 0 when every gate stopped its broken copy, 1 otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ras4j-gates.XXXXXX")
trap 'rm -rf "$work"' EXIT

fresh_copy() {
    rm -rf "$work/tree"
    mkdir -p "$work/tree"
    (cd "$root" && git ls-files -z --cached --others --exclude-standard \
        | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
        | tar --null -T - -cf -) | tar -xf - -C "$work/tree"
}

passed=0
failed=0

# expect_failure NAME PATTERN MAVEN-ARGS...: the build must fail and its output match PATTERN.
expect_failure() {
    local name=$1 pattern=$2
    shift 2
    local log="$work/$name.log"
    local start=$SECONDS
    # shellcheck disable=SC2086 # MAVEN_ARGS holds several words on purpose
    if (cd "$work/tree" && ./mvnw -B ${MAVEN_ARGS:-} "$@") >"$log" 2>&1; then
        echo "FAILED  $name: the build passed, the gate did not stop it"
        failed=$((failed + 1))
    elif grep -Eq -- "$pattern" "$log"; then
        echo "ok      $name: the build failed as it should ($((SECONDS - start)) s):"
        grep -E -m 3 -- "$pattern" "$log" | sed 's/^/          /'
        passed=$((passed + 1))
    else
        echo "FAILED  $name: the build failed, but not with /$pattern/:"
        grep -E '^\[ERROR\]' "$log" | head -n 15 | sed 's/^/          /'
        failed=$((failed + 1))
    fi
}

# probe JAVADOC: adds to the copy's ras-api a public class with this doc comment on a method.
probe() {
    cat >"$work/tree/ras-api/src/main/java/org/ras4j/GateProbe.java" <<EOF
package org.ras4j;

/** A class that only the build's gates see. */
public final class GateProbe {
    private GateProbe() {
    }

    $1
    public static int twice(int value) {
        return 2 * value;
    }
}
EOF
}

api_package=(-pl ras-api package -DskipTests)

fresh_copy
probe '/**
     * Doubles {@code value}; see {@link #thrice(int)}.
     *
     * @param value any int
     * @return twice the value
     */'
expect_failure javadoc-broken-link 'GateProbe.java:[0-9]+: error: reference not found' "${api_package[@]}"

fresh_copy
probe '/**
     * Doubles {@code value}.
     *
     * @return twice the value
     */'
expect_failure javadoc-missing-param 'GateProbe.java:[0-9]+: warning: no @param for value' "${api_package[@]}"

fresh_copy
probe '/**
     * Doubles <b>{@code value}.
     *
     * @param value any int
     * @return twice the value
     */'
expect_failure javadoc-bad-html 'GateProbe.java:[0-9]+: error: element not closed: b' "${api_package[@]}"

fresh_copy
expect_failure licence-narrowed-list "License: 'EPL-2.0' used by" \
    -pl ras-api,ras-tck package -DskipTests -Dmaven.javadoc.skip=true -Dras4j.licenses.allowed=Apache-2.0

fresh_copy
pom="$work/tree/ras-api/pom.xml"
grep -q '^  <dependencies>$' "$pom"
sed -i 's|^  <dependencies>$|  <dependencies>\n    <dependency>\n      <groupId>org.openjdk.jmh</groupId>\n      <artifactId>jmh-core</artifactId>\n    </dependency>|' "$pom"
expect_failure licence-gpl-dependency "License: 'GNU General Public License" \
    -pl ras-api package -DskipTests -Dmaven.javadoc.skip=true

total=$((passed + failed))
if [ "$failed" -eq 0 ]; then
    echo "check-gates: the build stopped each of the $total broken copies, as it should"
else
    echo "check-gates: $failed of $total gates did not stop a broken copy"
    exit 1
fi
