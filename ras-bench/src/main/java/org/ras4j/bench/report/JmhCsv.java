package org.ras4j.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's CSV result format ({@code -rf csv}): a header naming the columns (parameters as
 * {@code Param: name}), then one line per primary or secondary result. Secondary results are
 * named {@code class.method:name} (JMH 1.37; older versions put a {@code ·} before the name).
 */
public final class JmhCsv {
    private JmhCsv() {
    }

    /** The rows of the CSV file at {@code path}. */
    public static List<JmhRow> read(Path path) throws IOException {
        return parse(Files.readAllLines(path, StandardCharsets.UTF_8));
    }

    /**
     * The rows of a CSV result, given as its lines.
     *
     * @throws IllegalArgumentException if the header lacks a JMH column or a line has the wrong
     *                                  number of fields
     */
    public static List<JmhRow> parse(List<String> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = fields(lines.get(0));
        int benchmark = column(header, "Benchmark");
        int score = column(header, "Score");
        int error = column(header, "Score Error (99.9%)");
        int unit = column(header, "Unit");
        List<JmhRow> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() != header.size()) {
                throw new IllegalArgumentException("expected " + header.size() + " fields: " + line);
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).startsWith("Param: ") && !f.get(i).isEmpty()) {
                    params.put(header.get(i).substring("Param: ".length()), f.get(i));
                }
            }
            String[] name = splitName(f.get(benchmark));
            rows.add(new JmhRow(name[0], name[1], number(f.get(score)), number(f.get(error)), f.get(unit), params));
        }
        return List.copyOf(rows);
    }

    /** {@code org.x.Foo.bar:gc.alloc.rate.norm} as {@code {"Foo.bar", "gc.alloc.rate.norm"}}. */
    private static String[] splitName(String full) {
        int colon = full.indexOf(':');
        String primary = colon < 0 ? full : full.substring(0, colon);
        String secondary = colon < 0 ? "" : full.substring(colon + 1).replace("\u00b7", "");
        int method = primary.lastIndexOf('.');
        int type = primary.lastIndexOf('.', method - 1);
        return new String[] {primary.substring(type + 1), secondary};
    }

    private static double number(String text) {
        return text.isEmpty() || text.equals("NaN") ? Double.NaN : Double.parseDouble(text);
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("not a JMH CSV result: no column '" + name + "' in " + header);
        }
        return index;
    }

    /** The comma-separated fields of a line, double quotes removed (JMH quotes text, never commas). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
