package org.ras4j.bench.report;

import java.util.Map;
import java.util.Objects;

/**
 * One line of JMH's CSV result file ({@code -rf csv}): a benchmark's primary score, or one of its
 * secondary results (a profiler's, e.g. {@code gc.alloc.rate.norm} from {@code -prof gc}).
 *
 * @param benchmark the benchmark's class simple name and method, e.g. {@code DecodeBenchmark.codec}
 * @param secondary the secondary result's name, or {@code ""} for the primary score
 * @param score     the score, in {@code unit}
 * @param error     the 99.9% confidence half-width ({@code NaN} with too few samples)
 * @param unit      e.g. {@code ns/op}, {@code B/op}
 * @param params    the benchmark's {@code @Param} values by name (only those it has)
 */
public record JmhRow(String benchmark, String secondary, double score, double error, String unit,
        Map<String, String> params) {

    public JmhRow {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(secondary, "secondary");
        Objects.requireNonNull(unit, "unit");
        params = Map.copyOf(params);
    }

    /** Whether this is the primary score (time per operation here). */
    public boolean isPrimary() {
        return secondary.isEmpty();
    }

    /** Whether this row is for {@code benchmark} with all of {@code wanted}'s parameter values. */
    public boolean matches(String benchmarkName, Map<String, String> wanted) {
        return benchmark.equals(benchmarkName)
                && wanted.entrySet().stream().allMatch(e -> e.getValue().equals(params.get(e.getKey())));
    }
}
