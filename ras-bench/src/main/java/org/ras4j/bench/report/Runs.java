package org.ras4j.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The results of several runs of the same benchmarks, one fork each (what {@code run.sh} makes):
 * every figure is computed within each run, where its two sides were measured minutes apart at
 * most, then summarised across runs as a {@link Figure}.
 */
final class Runs {
    private final List<Results> runs;

    private Runs(List<Results> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run");
        }
        this.runs = List.copyOf(runs);
    }

    static Runs of(List<Results> runs) {
        return new Runs(Objects.requireNonNull(runs, "runs"));
    }

    /** How many runs (forks per point). */
    int count() {
        return runs.size();
    }

    /** {@code figure} computed in each run, summarised; empty when no run measured it. */
    Optional<Figure> figure(Function<Results, OptionalDouble> figure) {
        List<OptionalDouble> perRun = new ArrayList<>();
        for (Results run : runs) {
            perRun.add(figure.apply(run));
        }
        return Figure.of(perRun);
    }

    /** The median of {@code figure} across runs, for tables of times and sizes. */
    OptionalDouble median(Function<Results, OptionalDouble> figure) {
        return figure(figure).map(Figure::medianValue).orElse(OptionalDouble.empty());
    }

    /** Whether any run measured {@code benchmark}. */
    boolean has(String benchmark) {
        return runs.stream().anyMatch(r -> r.has(benchmark));
    }

    /** The parameter values of the first run that has any (every run runs the same points). */
    List<String> values(String prefix, String name) {
        return runs.stream().map(r -> r.values(prefix, name)).filter(v -> !v.isEmpty()).findFirst().orElse(List.of());
    }
}
