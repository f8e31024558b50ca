package org.ras4j.bench.report;

import java.util.Objects;

/**
 * One target of issue 7 and what this run measured for it.
 *
 * @param goal     the target, e.g. {@code decode ≥ 50× faster per entry than the JNA Structure}
 * @param measured the measured figure, with where it was worst
 * @param verdict  {@code met}, {@code not met}, or {@code not measured}
 */
record Target(String goal, String measured, String verdict) {
    Target {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(verdict, "verdict");
    }

    static Target of(String goal, String measured, boolean met) {
        return new Target(goal, measured, met ? "met" : "**not met**");
    }

    static Target notMeasured(String goal, String why) {
        return new Target(goal, why, "not measured");
    }
}
