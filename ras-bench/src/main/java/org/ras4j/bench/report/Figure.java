package org.ras4j.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One figure measured in several forks (separate JVMs): its median and the range across forks. A
 * reader sees how far a rerun may move it; a verdict reads the worst fork, never the median alone.
 *
 * @param median the median across forks (the mean of the middle two for an even count)
 * @param min    the lowest fork
 * @param max    the highest fork
 * @param forks  how many forks measured it
 */
record Figure(double median, double min, double max, int forks) {

    /** The figure of the per-fork values present in {@code perFork}; empty when no fork has one. */
    static Optional<Figure> of(List<OptionalDouble> perFork) {
        List<Double> values = new ArrayList<>();
        for (OptionalDouble v : perFork) {
            if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
                values.add(v.getAsDouble());
            }
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Collections.sort(values);
        int n = values.size();
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        return Optional.of(new Figure(median, values.get(0), values.get(n - 1), n));
    }

    /** The figure of one measurement (one fork), empty when it is missing. */
    static Optional<Figure> of(OptionalDouble one) {
        return of(List.of(one));
    }

    /** The median as an {@link OptionalDouble}, for the number formats of {@link MarkdownTable}. */
    OptionalDouble medianValue() {
        return OptionalDouble.of(median);
    }

    /** A ratio with its range, e.g. {@code 58.1× (52.0–64.3×)}; the median alone for one fork. */
    String ratioWithRange() {
        String median = MarkdownTable.ratio(OptionalDouble.of(this.median));
        if (forks < 2) {
            return median;
        }
        return median + " (" + MarkdownTable.ratio(OptionalDouble.of(min)).replace("×", "") + "–"
                + MarkdownTable.ratio(OptionalDouble.of(max)) + ")";
    }

    /** A plain number with its range, e.g. {@code 1.00 (0.98–1.02)}. */
    String plainWithRange() {
        if (forks < 2) {
            return plain(median);
        }
        return plain(median) + " (" + plain(min) + "–" + plain(max) + ")";
    }

    static String plain(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
