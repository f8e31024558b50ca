package org.ras4j.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** A Markdown table, and the number formats of the report. */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private MarkdownTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    static MarkdownTable of(String... header) {
        return new MarkdownTable(List.of(header));
    }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void appendTo(StringBuilder md) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n");
        md.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append('\n');
    }

    /** A time or size: no decimals from 100 up, one below, {@code n/a} when not measured. */
    static String number(OptionalDouble value) {
        if (value.isEmpty() || Double.isNaN(value.getAsDouble())) {
            return "n/a";
        }
        double v = value.getAsDouble();
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A ratio such as {@code 17.3×}, {@code n/a} when either side is missing. */
    static String ratio(OptionalDouble value) {
        if (value.isEmpty() || Double.isNaN(value.getAsDouble()) || Double.isInfinite(value.getAsDouble())) {
            return "n/a";
        }
        double v = value.getAsDouble();
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f×" : v >= 10 ? "%.1f×" : "%.2f×", v);
    }

    /** {@code a / b}, empty when either is missing or {@code b} is zero. */
    static OptionalDouble divide(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent() && b.getAsDouble() != 0
                ? OptionalDouble.of(a.getAsDouble() / b.getAsDouble()) : OptionalDouble.empty();
    }

    /** {@code a / n}, empty when {@code a} is missing. */
    static OptionalDouble perEntry(OptionalDouble a, int n) {
        return a.isPresent() ? OptionalDouble.of(a.getAsDouble() / n) : OptionalDouble.empty();
    }
}
