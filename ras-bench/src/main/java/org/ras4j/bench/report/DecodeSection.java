package org.ras4j.bench.report;

import static org.ras4j.bench.report.MarkdownTable.divide;
import static org.ras4j.bench.report.MarkdownTable.number;
import static org.ras4j.bench.report.MarkdownTable.perEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The decode tables ({@code DecodeBenchmark}, {@code PlatformRasConnBenchmark}) and their targets.
 * Times are medians across forks; every ratio is computed within each fork and shown as its median
 * with the range across forks.
 */
final class DecodeSection {
    static final String CODEC = "DecodeBenchmark.codec";
    static final String STRUCTURE = "DecodeBenchmark.jnaStructure";
    static final String COPY = "DecodeBenchmark.bulkCopy";
    static final String FLOOR = "DecodeBenchmark.resultFloor";
    /** A decoder told where each text ends: the codec's reads of native memory without its NUL search. */
    static final String KNOWN = "DecodeBenchmark.knownLengths";
    static final String PLATFORM = "PlatformRasConnBenchmark.platformStructure";
    /** A read of every byte of the same entries, nothing written: the memory under the codec. */
    static final String READ = "EntryReadBenchmark.readAll";

    /** Below this many bytes per entry beyond the floor, allocation counts as none (gc.alloc.rate.norm is an average). */
    static final double NO_ALLOCATION = 1.0;
    /** The share of the 16-entry cost by which the codec's per-entry cost may grow beyond the copy's growth. */
    static final double GROWTH_ALLOWANCE = 0.10;

    private final Runs runs;
    final List<String> counts;
    final List<String> charsets;
    final List<String> names;

    DecodeSection(Runs runs) {
        this.runs = runs;
        this.counts = runs.values("DecodeBenchmark", "count");
        this.charsets = runs.values("DecodeBenchmark", "charset");
        this.names = runs.values("DecodeBenchmark", "names");
    }

    boolean isPresent() {
        return runs.has(CODEC);
    }

    static Map<String, String> point(String charset, String name, String count) {
        return Map.of("charset", charset, "names", name, "count", count);
    }

    static String ratio(Optional<Figure> figure) {
        return figure.map(Figure::ratioWithRange).orElse("n/a");
    }

    OptionalDouble medianPerEntry(String benchmark, Map<String, String> p, int n) {
        return runs.median(r -> perEntry(r.time(benchmark, p), n));
    }

    Optional<Figure> timeRatio(String over, String under, Map<String, String> p) {
        return runs.figure(r -> divide(r.time(over, p), r.time(under, p)));
    }

    void appendTo(StringBuilder md) {
        md.append("## Decode: counts ").append(String.join(", ", counts)).append("; charsets ")
                .append(String.join(", ", charsets)).append("; names ").append(String.join(", ", names)).append("\n\n")
                .append("Newest layout (V600), x64, the same native bytes for every variant. Times in ns per entry, ")
                .append("medians of ").append(runs.count()).append(" forks; each ratio is taken within a fork and ")
                .append("shown as the median (lowest–highest fork). `Structure ÷ codec` is how many times faster the ")
                .append("codec is; `codec ÷ floor` how many times the allocation floor's time the codec takes.\n\n");
        MarkdownTable times = MarkdownTable.of("charset", "names", "count", "codec", "floor²", "JNA Structure",
                "jna-platform RASCONN¹", "bulk copy", "Structure ÷ codec", "codec ÷ floor", "platform ÷ codec",
                "codec ÷ copy");
        MarkdownTable alloc = MarkdownTable.of("charset", "names", "count", "codec B/entry", "floor² B/entry",
                "codec − floor, B/op", "codec − floor, B/entry", "JNA Structure B/entry", "jna-platform B/entry");
        for (String charset : charsets) {
            for (String name : names) {
                for (String count : counts) {
                    Map<String, String> p = point(charset, name, count);
                    Map<String, String> platformPoint = Map.of("names", name, "count", count);
                    int n = Integer.parseInt(count);
                    boolean wide = charset.equals("W");
                    times.row(charset, name, count, number(medianPerEntry(CODEC, p, n)),
                            number(medianPerEntry(FLOOR, p, n)), number(medianPerEntry(STRUCTURE, p, n)),
                            wide ? number(medianPerEntry(PLATFORM, platformPoint, n)) : "n/a",
                            number(medianPerEntry(COPY, p, n)), ratio(timeRatio(STRUCTURE, CODEC, p)),
                            ratio(timeRatio(CODEC, FLOOR, p)),
                            wide ? ratio(runs.figure(r -> divide(r.time(PLATFORM, platformPoint), r.time(CODEC, p))))
                                    : "n/a",
                            ratio(timeRatio(CODEC, COPY, p)));
                    OptionalDouble extra = runs.median(r -> extraBytes(r, p));
                    alloc.row(charset, name, count, number(runs.median(r -> perEntry(r.allocated(CODEC, p), n))),
                            number(runs.median(r -> perEntry(r.allocated(FLOOR, p), n))), number(extra),
                            number(perEntry(extra, n)),
                            number(runs.median(r -> perEntry(r.allocated(STRUCTURE, p), n))),
                            wide ? number(runs.median(r -> perEntry(r.allocated(PLATFORM, platformPoint), n))) : "n/a");
                }
            }
        }
        times.appendTo(md);
        md.append("¹ jna-platform's `WinRas.RASCONN` cannot read `ras.h`'s bytes on Linux (its `char` is a 4-byte ")
                .append("`wchar_t` here, and it aligns `hrasconn` to 8): it reads memory of its own size and layout, ")
                .append("written by itself. W only.");
        if (!runs.has(PLATFORM)) {
            md.append(" Not in this run: `run.sh` leaves `PlatformRasConnBenchmark` out by default (no target reads ")
                    .append("it, and three forks of everything else fill the 20 minutes); `run.sh ")
                    .append("'\\.(DecodeBenchmark|PlatformRasConnBenchmark)\\.'` measures it.");
        }
        md.append("\n\n");
        if (runs.has(KNOWN)) {
            new DecodeParts(this).appendTo(md);
        }
        md.append("### Allocation (`-prof gc`, `gc.alloc.rate.norm`)\n\n");
        alloc.appendTo(md);
        md.append("² The floor builds only the result (each record, its strings, handle, optionals, UUIDs) from values ")
                .append("extracted at setup: what any decoder must allocate, and the time that takes. `codec − floor` ")
                .append("is the codec's overhead; per operation it includes the list and scratch arrays, which do not ")
                .append("grow with the count.\n\n");
        appendGrowth(md);
    }

    /**
     * The two ratios the decode targets read, per cell, as the median with the range across forks:
     * the table README shows.
     */
    void appendSummary(StringBuilder md) {
        boolean known = runs.has(KNOWN);
        List<String> header = new ArrayList<>(List.of("charset", "names", "count", "Structure ÷ codec", "codec ÷ floor"));
        if (known) {
            header.add("known lengths ÷ floor");
        }
        MarkdownTable table = MarkdownTable.of(header.toArray(String[]::new));
        for (String charset : charsets) {
            for (String name : names) {
                for (String count : counts) {
                    Map<String, String> p = point(charset, name, count);
                    List<String> cells = new ArrayList<>(List.of(charset, name, count,
                            ratio(timeRatio(STRUCTURE, CODEC, p)), ratio(timeRatio(CODEC, FLOOR, p))));
                    if (known) {
                        cells.add(ratio(timeRatio(KNOWN, FLOOR, p)));
                    }
                    table.row(cells.toArray(String[]::new));
                }
            }
        }
        table.appendTo(md);
    }

    private static OptionalDouble extraBytes(Results r, Map<String, String> p) {
        OptionalDouble codec = r.allocated(CODEC, p);
        OptionalDouble floor = r.allocated(FLOOR, p);
        return codec.isPresent() && floor.isPresent()
                ? OptionalDouble.of(codec.getAsDouble() - floor.getAsDouble()) : OptionalDouble.empty();
    }

    private List<String> growthCounts() {
        List<String> flat = counts.stream().filter(c -> Integer.parseInt(c) >= 16).toList();
        return flat.size() < 2 ? List.of() : List.of(flat.get(0), flat.get(flat.size() - 1));
    }

    /** {@code benchmark}'s per-entry time at the largest count over that at the smallest (from 16), in one fork. */
    private OptionalDouble spread(Results r, String benchmark, String charset, String name) {
        List<String> ends = growthCounts();
        if (ends.isEmpty()) {
            return OptionalDouble.empty();
        }
        return divide(perEntry(r.time(benchmark, point(charset, name, ends.get(1))), Integer.parseInt(ends.get(1))),
                perEntry(r.time(benchmark, point(charset, name, ends.get(0))), Integer.parseInt(ends.get(0))));
    }

    /** {@code benchmark}'s growth in ns per entry from the smallest to the largest count (from 16), in one fork. */
    private OptionalDouble growth(Results r, String benchmark, String charset, String name) {
        List<String> ends = growthCounts();
        if (ends.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble small = perEntry(r.time(benchmark, point(charset, name, ends.get(0))),
                Integer.parseInt(ends.get(0)));
        OptionalDouble large = perEntry(r.time(benchmark, point(charset, name, ends.get(1))),
                Integer.parseInt(ends.get(1)));
        return small.isPresent() && large.isPresent()
                ? OptionalDouble.of(large.getAsDouble() - small.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * How much of the codec's growth per entry from the small to the large count the memory
     * explains: the bulk copy reads the same bytes, so its own growth is what a cold cache adds to
     * any reader. What is left is the codec's: that growth minus the copy's, as a share of the
     * codec's cost at the small count.
     */
    private OptionalDouble growthBeyondMemory(Results r, String charset, String name) {
        OptionalDouble codec = growth(r, CODEC, charset, name);
        OptionalDouble copy = growth(r, memory(), charset, name);
        List<String> ends = growthCounts();
        if (codec.isEmpty() || copy.isEmpty() || ends.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble base = perEntry(r.time(CODEC, point(charset, name, ends.get(0))), Integer.parseInt(ends.get(0)));
        return divide(OptionalDouble.of(codec.getAsDouble() - copy.getAsDouble()), base);
    }

    /**
     * The memory reference of the growth: the plain read of the same bytes when the run has it, else
     * (older runs) the bulk copy, which also writes as many bytes and so credits the memory with more
     * than the codec meets.
     */
    private String memory() {
        return runs.has(READ) ? READ : COPY;
    }

    private String memoryName() {
        return memory().equals(READ) ? "read" : "copy";
    }

    private void appendGrowth(StringBuilder md) {
        List<String> ends = growthCounts();
        if (ends.isEmpty()) {
            return;
        }
        String ref = memoryName();
        md.append("### Cost per entry from ").append(ends.get(0)).append(" to ").append(ends.get(1))
                .append(" entries: the codec, and the memory under it\n\n");
        if (memory().equals(READ)) {
            md.append("`read` (`EntryReadBenchmark`) reads every byte of the same entries once and writes nothing, ")
                    .append("so its own growth per entry is what the memory adds to any reader of them (")
                    .append(ends.get(1)).append(" entries are a buffer of several megabytes, past the caches; the ")
                    .append("codec reads no more of it than the read does: it stops at each text member's NUL). The ")
                    .append("bulk copy's spread is beside it: it also writes as many bytes into a `byte[]`, so its ")
                    .append("growth is the memory's twice over and is no reference for a reader. ");
        } else {
            md.append("The bulk copy reads the same bytes as the codec, so its own growth per entry bounds what the ")
                    .append("memory adds (it also writes as many bytes, so it credits the memory with more than a ")
                    .append("reader meets; this run has no `EntryReadBenchmark`). ");
        }
        md.append("`beyond memory` is the codec's growth minus the ").append(ref).append("'s, as a share of the ")
                .append("codec's cost at ").append(ends.get(0)).append(" entries: the part of the spread that is the ")
                .append("codec's own.\n\n");
        boolean copyBeside = memory().equals(READ);
        List<String> header = new ArrayList<>(List.of("charset", "names", "codec " + ends.get(0),
                "codec " + ends.get(1), "codec spread", ref + " " + ends.get(0), ref + " " + ends.get(1),
                ref + " spread"));
        if (copyBeside) {
            header.add("copy spread");
        }
        header.addAll(List.of("codec growth, ns/entry", ref + " growth, ns/entry", "beyond memory"));
        MarkdownTable table = MarkdownTable.of(header.toArray(String[]::new));
        for (String charset : charsets) {
            for (String name : names) {
                int small = Integer.parseInt(ends.get(0));
                int large = Integer.parseInt(ends.get(1));
                List<String> cells = new ArrayList<>(List.of(charset, name,
                        number(medianPerEntry(CODEC, point(charset, name, ends.get(0)), small)),
                        number(medianPerEntry(CODEC, point(charset, name, ends.get(1)), large)),
                        ratio(runs.figure(r -> spread(r, CODEC, charset, name))),
                        number(medianPerEntry(memory(), point(charset, name, ends.get(0)), small)),
                        number(medianPerEntry(memory(), point(charset, name, ends.get(1)), large)),
                        ratio(runs.figure(r -> spread(r, memory(), charset, name)))));
                if (copyBeside) {
                    cells.add(ratio(runs.figure(r -> spread(r, COPY, charset, name))));
                }
                cells.addAll(List.of(
                        number(runs.median(r -> growth(r, CODEC, charset, name))),
                        number(runs.median(r -> growth(r, memory(), charset, name))),
                        runs.figure(r -> growthBeyondMemory(r, charset, name))
                                .map(f -> percent(f.median()) + " (" + percent(f.min()) + " – " + percent(f.max()) + ")")
                                .orElse("n/a")));
                table.row(cells.toArray(String[]::new));
            }
        }
        table.appendTo(md);
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%+.0f%%", share * 100);
    }

    List<Target> targets() {
        Extreme speedup = Extreme.min();
        Extreme versusFloor = Extreme.max();
        Extreme versusCopy = Extreme.max();
        Extreme extraPerEntry = Extreme.max();
        Extreme beyondMemory = Extreme.max();
        String largest = counts.isEmpty() ? "" : counts.get(counts.size() - 1);
        for (String charset : charsets) {
            for (String name : names) {
                for (String count : counts) {
                    Map<String, String> p = point(charset, name, count);
                    String where = charset + "/" + name + "/" + count;
                    speedup.offer(timeRatio(STRUCTURE, CODEC, p), where);
                    versusFloor.offer(timeRatio(CODEC, FLOOR, p), where);
                    versusCopy.offer(timeRatio(CODEC, COPY, p), where);
                    if (count.equals(largest)) {
                        int n = Integer.parseInt(count);
                        extraPerEntry.offer(runs.figure(r -> perEntry(extraBytes(r, p), n)), where);
                    }
                }
                beyondMemory.offer(runs.figure(r -> growthBeyondMemory(r, charset, name)), charset + "/" + name);
            }
        }
        List<Target> targets = new ArrayList<>();
        targets.add(speedup.target("decode ≥ 50× faster per entry than the layout-faithful JNA Structure",
                "worst fork %s× (%s); medians %s× to %s×", v -> v >= 50));
        targets.add(versusFloor.target("decode ≤ 1.5× the time of the allocation floor (building the same result)",
                "worst fork %s× (%s); medians %s× to %s×", v -> v <= 1.5));
        targets.add(versusCopy.target("decode ≤ 1.0× the time of the bulk copy of the same bytes",
                "worst fork %s× the copy (%s); medians %s× to %s×", v -> v <= 1.0));
        targets.add(extraPerEntry.target("decode: 0 B/entry allocated beyond the record and its strings",
                "worst fork %s B/entry beyond the floor (%s, per-op overhead amortised); medians %s to %s",
                v -> v < NO_ALLOCATION));
        String growthGoal = memory().equals(READ)
                ? "decode cost per entry from 16 to 4096 entries grows no more than the memory makes a plain read of "
                        + "the same bytes grow, within 10% of the 16-entry cost"
                : "decode cost per entry from 16 to 4096 entries grows no more than the memory makes the bulk copy "
                        + "grow, within 10% of the 16-entry cost";
        targets.add(beyondMemory.target(growthGoal,
                "worst fork %s of the 16-entry cost beyond the " + memoryName() + "'s growth (%s); medians %s to %s",
                v -> v <= GROWTH_ALLOWANCE));
        return targets;
    }
}
