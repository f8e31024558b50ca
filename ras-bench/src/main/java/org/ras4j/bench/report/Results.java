package org.ras4j.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** The rows of one JMH run, looked up by benchmark and parameters. */
public final class Results {
    /** The secondary result of {@code -prof gc} with bytes allocated per operation. */
    public static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private final List<JmhRow> rows;

    private Results(List<JmhRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The results made of {@code rows}. */
    public static Results of(List<JmhRow> rows) {
        return new Results(Objects.requireNonNull(rows, "rows"));
    }

    /** The primary score (ns/op here) of {@code benchmark} with these parameters, if measured. */
    public OptionalDouble time(String benchmark, Map<String, String> params) {
        return find(benchmark, "", params);
    }

    /** Bytes allocated per operation ({@code -prof gc}) of {@code benchmark} with these parameters, if measured. */
    public OptionalDouble allocated(String benchmark, Map<String, String> params) {
        return find(benchmark, ALLOC_NORM, params);
    }

    /** A named secondary result (an {@code @AuxCounters} field, a profiler's figure), if measured. */
    public OptionalDouble secondary(String benchmark, String secondary, Map<String, String> params) {
        return find(benchmark, secondary, params);
    }

    /** Whether any row belongs to {@code benchmark}. */
    public boolean has(String benchmark) {
        return rows.stream().anyMatch(r -> r.benchmark().equals(benchmark));
    }

    /**
     * The distinct values of parameter {@code name} among the rows of benchmarks whose name starts
     * with {@code prefix}, numbers in numeric order, other values in order of appearance.
     */
    public List<String> values(String prefix, String name) {
        List<String> values = new ArrayList<>();
        for (JmhRow row : rows) {
            String value = row.params().get(name);
            if (row.benchmark().startsWith(prefix) && value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        if (values.stream().allMatch(v -> v.matches("\\d+"))) {
            values.sort(Comparator.comparingLong(Long::parseLong));
        }
        return List.copyOf(values);
    }

    private OptionalDouble find(String benchmark, String secondary, Map<String, String> params) {
        return rows.stream()
                .filter(r -> r.secondary().equals(secondary) && r.matches(benchmark, params))
                .mapToDouble(JmhRow::score)
                .findFirst();
    }
}
