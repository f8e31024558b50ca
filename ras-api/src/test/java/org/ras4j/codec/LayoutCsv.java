package org.ras4j.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The layouts a C compiler gave for the structures of {@code src/test/c/layouts.c}, as
 * {@code scripts/gen-layout-offsets.sh} wrote them to {@code layouts.csv}: for each structure,
 * version, charset and ABI, its {@code sizeof} and each member's offset and length, keyed by the
 * member's C name.
 */
final class LayoutCsv {
    /** One member (or, under the name {@code sizeof}, the whole structure). */
    record Member(int offset, int length) {
    }

    private static final Map<String, Map<String, Member>> LAYOUTS = load("layouts.csv");

    private LayoutCsv() {
    }

    /** Every layout in the file, keyed by {@code STRUCT,VERSION,CHARSET,ABI}. */
    static Map<String, Map<String, Member>> all() {
        return LAYOUTS;
    }

    /** The members of one layout in declaration order, with {@code sizeof} first. */
    static Map<String, Member> of(String struct, Enum<?> version, RasCharset charset, Abi abi) {
        return Objects.requireNonNull(LAYOUTS.get(key(struct, version.name(), charset.name(), abi.name())),
                () -> "layouts.csv has no " + struct + " " + version + " " + charset + " " + abi);
    }

    private static String key(String struct, String version, String charset, String abi) {
        return struct + "," + version + "," + charset + "," + abi;
    }

    /** Every layout of a CSV file next to this class in the same format, keyed by {@code STRUCT,VERSION,CHARSET,ABI}. */
    static Map<String, Map<String, Member>> load(String resource) {
        Map<String, Map<String, Member>> layouts = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(LayoutCsv.class.getResourceAsStream(resource),
                resource + " (run the script of scripts/ that writes it)");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String header = reader.readLine();
            if (!"struct,version,charset,abi,member,offset,length".equals(header)) {
                throw new IllegalStateException("unexpected " + resource + " header: " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cell = line.split(",");
                layouts.computeIfAbsent(key(cell[0], cell[1], cell[2], cell[3]), k -> new LinkedHashMap<>())
                        .put(cell[4], new Member(Integer.parseInt(cell[5]), Integer.parseInt(cell[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layouts;
    }
}
