package org.ras4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A left-aligned text table: a header row and rows of cells, columns two spaces apart, every cell
 * escaped with {@link Escaper} before it is measured, no trailing blanks.
 */
final class TextTable {
    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** A table with these column headers and no row yet. */
    static TextTable withHeaders(String... headers) {
        return new TextTable(List.of(headers));
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException if the row does not have one cell per column
     */
    TextTable addRow(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> escaped = new ArrayList<>(cells.length);
        for (String cell : cells) {
            escaped.add(Escaper.escape(Objects.requireNonNull(cell, "cell")));
        }
        rows.add(List.copyOf(escaped));
        return this;
    }

    /** Prints the header and the rows, one line each. */
    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = Escaper.width(headers.get(column));
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], Escaper.width(row.get(column)));
            }
        }
        printLine(out, headers, widths);
        for (List<String> row : rows) {
            printLine(out, row, widths);
        }
    }

    private static void printLine(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            if (column > 0) {
                line.append(GAP);
            }
            line.append(cell);
            if (column < cells.size() - 1) {
                line.append(" ".repeat(widths[column] - Escaper.width(cell)));
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
