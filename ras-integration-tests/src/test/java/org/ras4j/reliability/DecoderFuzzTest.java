package org.ras4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;

/**
 * Feeds {@link RasConnCodec#decode} generated and mutated buffers: random bytes, valid encodings
 * with flipped bytes, wrong {@code dwSize}, counts beyond the buffer, unterminated text and lone
 * surrogates. The only outcomes allowed are a list of exactly the asked count or a
 * {@link RasException} with {@code ERROR_BUFFER_INVALID} (610) or {@code ERROR_INVALID_SIZE} (632).
 */
class DecoderFuzzTest {
    private static final long SEED = 0x5EED_2026L;
    private static final Charset ANSI = Charset.forName("windows-1252");
    private static final RasConnCodec CODEC = RasConnCodec.withAnsiCharset(ANSI);

    private enum Mutation { RANDOM_BYTES, FLIPPED_BYTES, WRONG_DW_SIZE, COUNT_BEYOND_BUFFER, UNTERMINATED_TEXT,
        LONE_SURROGATE }

    private enum Outcome { DECODED, REFUSED_610, REFUSED_632 }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void decodingMutatedBuffersEndsOnlyInTheDocumentedOutcomes() {
        int cases = Figures.intProperty("ras4j.fuzz.cases", 20_000);
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Mutation, Map<Outcome, Integer>> outcomes = new EnumMap<>(Mutation.class);
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            SplittableRandom caseRandom = random.split();
            Mutation mutation = Mutation.values()[caseRandom.nextInt(Mutation.values().length)];
            try {
                Outcome outcome = runCase(mutation, caseRandom);
                outcomes.computeIfAbsent(mutation, m -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
            } catch (RuntimeException | Error unexpected) {
                if (failures.size() < 10) {
                    failures.add("case " + i + " (" + mutation + "): " + unexpected);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Figures.titled("Decoder fuzzing (RasConnCodec)")
                .put("cases", cases)
                .put("unexpected exceptions", failures.size())
                .put("cases per second", Math.round(cases / seconds))
                .put("outcomes by mutation", outcomes.toString().replace('|', '/'))
                .write("decoder-fuzz");
        assertEquals(List.of(), failures);
        assertEquals(Mutation.values().length, outcomes.size(), "every mutation was exercised");
    }

    private static Outcome runCase(Mutation mutation, SplittableRandom random) {
        RasCharset charset = random.nextBoolean() ? RasCharset.A : RasCharset.W;
        Abi abi = random.nextBoolean() ? Abi.X86 : Abi.X64;
        RasConnVersion version = RasConnVersion.values()[random.nextInt(RasConnVersion.values().length)];
        RasConnLayout layout = RasConnLayout.of(version, charset, abi);
        int entries = random.nextInt(0, 5);
        byte[] bytes = mutation == Mutation.RANDOM_BYTES
                ? randomBytes(random, random.nextInt(0, layout.size() * 5 + 8))
                : validEncoding(layout, entries, random);
        int count = entries;
        switch (mutation) {
            case RANDOM_BYTES -> count = random.nextInt(-2, 6);
            case FLIPPED_BYTES -> FuzzBuffers.flipBytes(bytes, random, random.nextInt(1, 9));
            case WRONG_DW_SIZE -> FuzzBuffers.putIntLe(bytes, random.nextInt(Math.max(entries, 1)) * layout.size(),
                    random.nextInt());
            case COUNT_BEYOND_BUFFER -> count = random.nextBoolean()
                    ? bytes.length / layout.size() + random.nextInt(1, 4) : random.nextInt(Integer.MIN_VALUE, 0);
            case UNTERMINATED_TEXT -> fillTextField(bytes, layout, random, entries);
            case LONE_SURROGATE -> putLoneSurrogate(bytes, layout, random, entries);
        }
        ByteBuffer buffer = FuzzBuffers.ofRandomKind(bytes, random);
        ByteOrder order = buffer.order();
        int position = buffer.position();
        try {
            List<RasConnection> decoded = CODEC.decode(buffer, layout, count);
            assertEquals(count, decoded.size(), "the decoded list has the asked count");
            return Outcome.DECODED;
        } catch (RasException e) {
            assertTrue(e.code() == 610 || e.code() == 632, () -> "undocumented code " + e.code() + ": " + e);
            return e.code() == 610 ? Outcome.REFUSED_610 : Outcome.REFUSED_632;
        } finally {
            assertEquals(order, buffer.order(), "the caller's byte order is untouched");
            assertEquals(position, buffer.position(), "the caller's position is untouched");
        }
    }

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] validEncoding(RasConnLayout layout, int entries, SplittableRandom random) {
        List<RasConnection> connections = new RandomConnections(random).list(entries, layout.charset(), layout.abi());
        List<RasConnection> fitted = connections.stream().map(c -> CODEC.project(c, layout)).toList();
        ByteBuffer buffer = ByteBuffer.allocate(entries * layout.size() + random.nextInt(0, 16));
        CODEC.encode(fitted, layout, buffer);
        return buffer.array();
    }

    private static void fillTextField(byte[] bytes, RasConnLayout layout, SplittableRandom random, int entries) {
        if (entries == 0) {
            return;
        }
        RasConnField field = layout.has(RasConnField.DEVICE_NAME) && random.nextBoolean()
                ? RasConnField.DEVICE_NAME : RasConnField.ENTRY_NAME;
        int start = random.nextInt(entries) * layout.size() + layout.offset(field);
        for (int i = start; i < start + layout.length(field); i++) {
            bytes[i] = (byte) random.nextInt(1, 128);
        }
    }

    private static void putLoneSurrogate(byte[] bytes, RasConnLayout layout, SplittableRandom random, int entries) {
        if (entries == 0 || layout.charset() != RasCharset.W) {
            return;
        }
        int at = random.nextInt(entries) * layout.size() + layout.offset(RasConnField.ENTRY_NAME);
        char surrogate = (char) random.nextInt(0xD800, 0xE000);
        bytes[at] = (byte) surrogate;
        bytes[at + 1] = (byte) (surrogate >>> 8);
    }
}
