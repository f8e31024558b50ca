package org.ras4j.bench.report;

import static org.ras4j.bench.report.MarkdownTable.divide;
import static org.ras4j.bench.report.MarkdownTable.number;
import static org.ras4j.bench.report.MarkdownTable.perEntry;
import static org.ras4j.bench.report.MarkdownTable.ratio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The decode tables ({@code DecodeBenchmark}, {@code PlatformRasConnBenchmark}) and their targets. */
final class DecodeSection {
    static final String CODEC = "DecodeBenchmark.codec";
    static final String STRUCTURE = "DecodeBenchmark.jnaStructure";
    static final String COPY = "DecodeBenchmark.bulkCopy";
    static final String FLOOR = "DecodeBenchmark.resultFloor";
    static final String PLATFORM = "PlatformRasConnBenchmark.platformStructure";

    /** Below this many bytes per entry beyond the floor, allocation counts as none (gc.alloc.rate.norm is an average). */
    static final double NO_ALLOCATION = 1.0;

    private final Results results;
    private final List<String> counts;
    private final List<String> charsets;
    private final List<String> names;

    DecodeSection(Results results) {
        this.results = results;
        this.counts = results.values("DecodeBenchmark", "count");
        this.charsets = results.values("DecodeBenchmark", "charset");
        this.names = results.values("DecodeBenchmark", "names");
    }

    boolean isPresent() {
        return results.has(CODEC);
    }

    void appendTo(StringBuilder md) {
        md.append("## Decode: counts ").append(String.join(", ", counts)).append("; charsets ")
                .append(String.join(", ", charsets)).append("; names ").append(String.join(", ", names)).append("\n\n")
                .append("Newest layout (V600), x64, the same native bytes for every variant. Times in ns per entry; ")
                .append("`Structure ÷ codec` is how many times faster the codec is.\n\n");
        MarkdownTable times = MarkdownTable.of("charset", "names", "count", "codec", "JNA Structure",
                "jna-platform RASCONN¹", "bulk copy", "Structure ÷ codec", "platform ÷ codec", "codec ÷ copy");
        MarkdownTable alloc = MarkdownTable.of("charset", "names", "count", "codec B/entry", "floor² B/entry",
                "codec − floor, B/op", "codec − floor, B/entry", "JNA Structure B/entry", "jna-platform B/entry");
        for (String charset : charsets) {
            for (String name : names) {
                for (String count : counts) {
                    Map<String, String> p = Map.of("charset", charset, "names", name, "count", count);
                    int n = Integer.parseInt(count);
                    OptionalDouble codec = perEntry(results.time(CODEC, p), n);
                    OptionalDouble structure = perEntry(results.time(STRUCTURE, p), n);
                    OptionalDouble copy = perEntry(results.time(COPY, p), n);
                    OptionalDouble platform = charset.equals("W")
                            ? perEntry(results.time(PLATFORM, Map.of("names", name, "count", count)), n)
                            : OptionalDouble.empty();
                    times.row(charset, name, count, number(codec), number(structure), number(platform), number(copy),
                            ratio(divide(structure, codec)), ratio(divide(platform, codec)), ratio(divide(codec, copy)));
                    OptionalDouble extra = extraBytes(p);
                    alloc.row(charset, name, count, number(perEntry(results.allocated(CODEC, p), n)),
                            number(perEntry(results.allocated(FLOOR, p), n)), number(extra),
                            number(perEntry(extra, n)), number(perEntry(results.allocated(STRUCTURE, p), n)),
                            charset.equals("W") ? number(perEntry(results.allocated(PLATFORM,
                                    Map.of("names", name, "count", count)), n)) : "n/a");
                }
            }
        }
        times.appendTo(md);
        md.append("¹ jna-platform's `WinRas.RASCONN` cannot read `ras.h`'s bytes on Linux (its `char` is a 4-byte ")
                .append("`wchar_t` here, and it aligns `hrasconn` to 8): it reads memory of its own size and layout, ")
                .append("written by itself. W only.\n\n");
        md.append("### Allocation (`-prof gc`, `gc.alloc.rate.norm`)\n\n");
        alloc.appendTo(md);
        md.append("² The floor builds only the result (each record, its strings, handle, optionals, UUIDs) from values ")
                .append("extracted at setup: what any decoder must allocate. `codec − floor` is the codec's overhead; ")
                .append("per operation it includes the list and scratch arrays, which do not grow with the count.\n\n");
        appendFlatness(md);
    }

    private OptionalDouble extraBytes(Map<String, String> p) {
        OptionalDouble codec = results.allocated(CODEC, p);
        OptionalDouble floor = results.allocated(FLOOR, p);
        return codec.isPresent() && floor.isPresent()
                ? OptionalDouble.of(codec.getAsDouble() - floor.getAsDouble()) : OptionalDouble.empty();
    }

    private List<String> flatCounts() {
        return counts.stream().filter(c -> Integer.parseInt(c) >= 16).toList();
    }

    private void appendFlatness(StringBuilder md) {
        List<String> flat = flatCounts();
        if (flat.size() < 2) {
            return;
        }
        md.append("### Codec cost per entry from ").append(flat.get(0)).append(" to ")
                .append(flat.get(flat.size() - 1)).append(" entries (ns)\n\n");
        List<String> header = new ArrayList<>(List.of("charset", "names"));
        header.addAll(flat);
        header.add("spread (max ÷ min)");
        MarkdownTable table = MarkdownTable.of(header.toArray(String[]::new));
        for (String charset : charsets) {
            for (String name : names) {
                List<String> row = new ArrayList<>(List.of(charset, name));
                for (String count : flat) {
                    row.add(number(perEntry(results.time(CODEC, Map.of("charset", charset, "names", name,
                            "count", count)), Integer.parseInt(count))));
                }
                row.add(ratio(spread(charset, name)));
                table.row(row.toArray(String[]::new));
            }
        }
        table.appendTo(md);
    }

    private OptionalDouble spread(String charset, String name) {
        List<Double> perEntry = new ArrayList<>();
        for (String count : flatCounts()) {
            perEntry(results.time(CODEC, Map.of("charset", charset, "names", name, "count", count)),
                    Integer.parseInt(count)).ifPresent(perEntry::add);
        }
        if (perEntry.size() < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(perEntry.stream().mapToDouble(d -> d).max().orElseThrow()
                / perEntry.stream().mapToDouble(d -> d).min().orElseThrow());
    }

    List<Target> targets() {
        Extreme speedup = Extreme.min();
        Extreme versusCopy = Extreme.max();
        Extreme extraPerEntry = Extreme.max();
        Extreme flatness = Extreme.max();
        String largest = counts.isEmpty() ? "" : counts.get(counts.size() - 1);
        for (String charset : charsets) {
            for (String name : names) {
                for (String count : counts) {
                    Map<String, String> p = Map.of("charset", charset, "names", name, "count", count);
                    String where = charset + "/" + name + "/" + count;
                    speedup.offer(divide(results.time(STRUCTURE, p), results.time(CODEC, p)), where);
                    versusCopy.offer(divide(results.time(CODEC, p), results.time(COPY, p)), where);
                    if (count.equals(largest)) {
                        extraPerEntry.offer(perEntry(extraBytes(p), Integer.parseInt(count)), where);
                    }
                }
                flatness.offer(spread(charset, name), charset + "/" + name);
            }
        }
        List<Target> targets = new ArrayList<>();
        targets.add(speedup.target("decode ≥ 50× faster per entry than the layout-faithful JNA Structure",
                "worst %s× (%s); best %s×", v -> v >= 50));
        targets.add(versusCopy.target("decode ≤ 1.0× the time of the bulk copy of the same bytes",
                "worst %s× the copy (%s); best %s×", v -> v <= 1.0));
        targets.add(extraPerEntry.target("decode: 0 B/entry allocated beyond the record and its strings",
                "worst %s B/entry beyond the floor (%s, per-op overhead amortised); best %s", v -> v < NO_ALLOCATION));
        targets.add(flatness.target("decode cost per entry flat (≤ 1.2× spread) from 16 to 4096 entries",
                "worst spread %s× (%s); best %s×", v -> v <= 1.2));
        return targets;
    }
}
