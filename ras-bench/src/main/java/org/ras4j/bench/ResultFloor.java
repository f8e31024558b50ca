package org.ras4j.bench;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;

/**
 * The allocation floor of any decoder: builds exactly the objects a decoded result holds (each
 * {@link RasConnection}, its strings, handle, optionals, {@code UUID}s, {@code LUID} and flags)
 * from values extracted once, with the same constructors the codec uses, in a list over one array,
 * and nothing else. Its
 * bytes per entry under {@code -prof gc} are "the record and its strings"; whatever a decoder
 * allocates per entry beyond it is overhead.
 */
public final class ResultFloor {
    private final RasCharset charset;
    private final Charset ansi;
    private final List<RasConnection> source;
    private final char[][] wide;
    private final byte[][] narrow;

    private ResultFloor(RasCharset charset, Charset ansi, List<RasConnection> source) {
        this.charset = charset;
        this.ansi = ansi;
        this.source = source;
        this.wide = new char[source.size() * 4][];
        this.narrow = new byte[source.size() * 4][];
        for (int i = 0; i < source.size(); i++) {
            RasConnection c = source.get(i);
            String[] texts = {c.entryName(), c.deviceType().orElseThrow(), c.deviceName().orElseThrow(),
                    c.phonebook().orElseThrow()};
            for (int t = 0; t < 4; t++) {
                wide[4 * i + t] = texts[t].toCharArray();
                narrow[4 * i + t] = texts[t].getBytes(ansi);
            }
        }
    }

    /**
     * A floor for {@code connections}, whose text members must all be present (as in the
     * {@code V600} layout the benchmarks decode).
     */
    public static ResultFloor of(RasCharset charset, Charset ansi, List<RasConnection> connections) {
        return new ResultFloor(charset, ansi, List.copyOf(connections));
    }

    /** Builds the result anew: fresh strings and records equal to the source connections. */
    public List<RasConnection> build() {
        RasConnection[] out = new RasConnection[source.size()];
        for (int i = 0; i < out.length; i++) {
            RasConnection c = source.get(i);
            out[i] = new RasConnection(
                    RasHandle.of(c.handle().bits()),
                    text(4 * i),
                    Optional.of(text(4 * i + 1)),
                    Optional.of(text(4 * i + 2)),
                    Optional.of(text(4 * i + 3)),
                    OptionalInt.of(c.subEntry().orElseThrow()),
                    Optional.of(copy(c.entryId().orElseThrow())),
                    Optional.of(new ConnectionFlags(c.flags().orElseThrow().bits())),
                    Optional.of(new Luid(c.luid().orElseThrow().lowPart(), c.luid().orElseThrow().highPart())),
                    Optional.of(copy(c.correlationId().orElseThrow())));
        }
        // One backing array, as the codec's list has (List.of(array) would copy it: 4 more bytes per entry).
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    private String text(int index) {
        if (charset == RasCharset.W) {
            char[] chars = wide[index];
            return new String(chars, 0, chars.length);
        }
        byte[] bytes = narrow[index];
        return new String(bytes, 0, bytes.length, ansi);
    }

    private static UUID copy(UUID uuid) {
        return new UUID(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }
}
