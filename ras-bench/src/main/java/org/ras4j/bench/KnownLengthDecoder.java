package org.ras4j.bench;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnLayout;

/**
 * A decoder told at setup where each text member ends: it reads every member of the same native
 * entries as the codec and builds the same result (each text copied out of the buffer in one bulk
 * read, as the codec copies {@code W} text; the codec copies {@code A} text word by word as it
 * searches; its {@code String} built once), but takes each text's length from setup instead of
 * finding its NUL, and checks nothing. What it costs beyond {@link ResultFloor}
 * is what getting the bytes out of native memory costs any decoder on Java 17, which cannot build
 * a {@code String} from native memory without copying the text out first; what the codec costs
 * beyond it is finding the NULs and checking what a lying backend may break.
 */
public final class KnownLengthDecoder {
    private static final RasConnField[] TEXTS = {RasConnField.ENTRY_NAME, RasConnField.DEVICE_TYPE,
            RasConnField.DEVICE_NAME, RasConnField.PHONEBOOK};

    private final NativeEntries entries;
    private final Charset ansi;
    private final boolean wide;
    private final int size;
    private final int[] textOffsets = new int[TEXTS.length];
    /** The length of text member {@code t} of entry {@code i}, in characters (W) or bytes (A), at {@code 4 i + t}. */
    private final int[] lengths;
    private final int longest;
    private final int handle;
    private final int subEntry;
    private final int guidEntry;
    private final int flags;
    private final int luid;
    private final int correlationId;

    private KnownLengthDecoder(NativeEntries entries, Charset ansi, List<RasConnection> written) {
        RasConnLayout layout = entries.layout();
        this.entries = entries;
        this.ansi = ansi;
        this.wide = layout.charset() == RasCharset.W;
        this.size = layout.size();
        for (int t = 0; t < TEXTS.length; t++) {
            textOffsets[t] = layout.offset(TEXTS[t]);
        }
        this.lengths = new int[written.size() * TEXTS.length];
        int max = 0;
        for (int i = 0; i < written.size(); i++) {
            RasConnection c = written.get(i);
            String[] texts = {c.entryName(), c.deviceType().orElseThrow(), c.deviceName().orElseThrow(),
                    c.phonebook().orElseThrow()};
            for (int t = 0; t < TEXTS.length; t++) {
                int length = wide ? texts[t].length() : texts[t].getBytes(ansi).length;
                lengths[TEXTS.length * i + t] = length;
                max = Math.max(max, length);
            }
        }
        this.longest = max;
        this.handle = layout.offset(RasConnField.HRASCONN);
        this.subEntry = layout.offset(RasConnField.SUB_ENTRY);
        this.guidEntry = layout.offset(RasConnField.GUID_ENTRY);
        this.flags = layout.offset(RasConnField.FLAGS);
        this.luid = layout.offset(RasConnField.LUID);
        this.correlationId = layout.offset(RasConnField.CORRELATION_ID);
    }

    /**
     * A decoder of {@code entries}, which hold {@code written} (every text member present, as in
     * the {@code V600} layout the benchmarks decode), x64.
     */
    public static KnownLengthDecoder of(NativeEntries entries, Charset ansi, List<RasConnection> written) {
        return new KnownLengthDecoder(entries, ansi, List.copyOf(written));
    }

    /** Reads every entry anew from the native bytes: fresh strings and records equal to what was written. */
    public List<RasConnection> decode() {
        ByteBuffer le = entries.buffer();
        Text text = wide ? new Text(le.asCharBuffer(), new char[longest], null)
                : new Text(null, null, new byte[longest]);
        RasConnection[] out = new RasConnection[entries.count()];
        for (int i = 0; i < out.length; i++) {
            int base = i * size;
            int lengthAt = TEXTS.length * i;
            out[i] = new RasConnection(
                    RasHandle.of(le.getLong(base + handle)),
                    read(le, text, base + textOffsets[0], lengths[lengthAt]),
                    Optional.of(read(le, text, base + textOffsets[1], lengths[lengthAt + 1])),
                    Optional.of(read(le, text, base + textOffsets[2], lengths[lengthAt + 2])),
                    Optional.of(read(le, text, base + textOffsets[3], lengths[lengthAt + 3])),
                    OptionalInt.of(le.getInt(base + subEntry)),
                    Optional.of(guid(le, base + guidEntry)),
                    Optional.of(new ConnectionFlags(le.getInt(base + flags))),
                    Optional.of(new Luid(le.getInt(base + luid), le.getInt(base + luid + Integer.BYTES))),
                    Optional.of(guid(le, base + correlationId)));
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** Scratch for one decode: a {@code char} view of the buffer and an array for W, an array for A. */
    private record Text(CharBuffer view, char[] chars, byte[] bytes) {
    }

    private String read(ByteBuffer le, Text text, int offset, int length) {
        if (wide) {
            text.view().get(offset >>> 1, text.chars(), 0, length);
            return new String(text.chars(), 0, length);
        }
        le.get(offset, text.bytes(), 0, length);
        return new String(text.bytes(), 0, length, ansi);
    }

    /** The {@code GUID} at {@code offset}, read as two little-endian longs. */
    private static UUID guid(ByteBuffer le, int offset) {
        long first = le.getLong(offset);
        return new UUID(first << 32 | (first >>> 32 & 0xFFFF) << 16 | first >>> 48,
                Long.reverseBytes(le.getLong(offset + Long.BYTES)));
    }
}
