package org.ras4j.bench.report;

import static org.ras4j.bench.report.DecodeSection.CODEC;
import static org.ras4j.bench.report.DecodeSection.FLOOR;
import static org.ras4j.bench.report.DecodeSection.KNOWN;
import static org.ras4j.bench.report.DecodeSection.point;
import static org.ras4j.bench.report.DecodeSection.ratio;
import static org.ras4j.bench.report.MarkdownTable.number;

import java.util.Map;

/**
 * The codec's time over the floor's, split at the known-length decoder
 * ({@code DecodeBenchmark.knownLengths}): what getting the text out of native memory costs any
 * decoder, and what finding its NULs (and checking) adds. Ratios are taken within each fork, as
 * in the other decode tables.
 */
final class DecodeParts {
    private final DecodeSection decode;

    DecodeParts(DecodeSection decode) {
        this.decode = decode;
    }

    void appendTo(StringBuilder md) {
        md.append("### The codec's time over the floor, in two parts\n\n")
                .append("`known lengths` (`DecodeBenchmark.knownLengths`) reads the same native bytes as the codec ")
                .append("and builds the same result (each text copied out of the buffer, its `String` built once, the ")
                .append("other members read where they are), but is told at setup where each text ends and checks ")
                .append("nothing. `known ÷ floor` is what getting the text out of native memory costs: on Java 17 a ")
                .append("`String` cannot be built from native memory without copying its characters out first, so ")
                .append("every decoder pays it. `codec ÷ known` is what finding each NUL (and checking what a lying ")
                .append("backend may break) adds; for `A` it also holds the difference between the codec's copy, ")
                .append("word by word as it searches, and the known-length decoder's one bulk read. Times in ns per ")
                .append("entry, medians; ratios within each fork, median (lowest–highest fork).\n\n");
        MarkdownTable table = MarkdownTable.of("charset", "names", "count", "floor", "known lengths", "codec",
                "known ÷ floor", "codec ÷ known", "codec ÷ floor");
        for (String charset : decode.charsets) {
            for (String name : decode.names) {
                for (String count : decode.counts) {
                    Map<String, String> p = point(charset, name, count);
                    int n = Integer.parseInt(count);
                    table.row(charset, name, count, number(decode.medianPerEntry(FLOOR, p, n)),
                            number(decode.medianPerEntry(KNOWN, p, n)), number(decode.medianPerEntry(CODEC, p, n)),
                            ratio(decode.timeRatio(KNOWN, FLOOR, p)), ratio(decode.timeRatio(CODEC, KNOWN, p)),
                            ratio(decode.timeRatio(CODEC, FLOOR, p)));
                }
            }
        }
        table.appendTo(md);
        md.append("\n");
    }
}
