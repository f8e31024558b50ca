package org.ras4j.codec;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.OptionalInt;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/**
 * Generators for codec properties: text that is valid for a charset (for {@code A}, characters the
 * ANSI charset can represent; for {@code W}, any well-formed UTF-16 including surrogate pairs),
 * with lengths around and beyond every field size, and whole {@link RasConnection}s.
 */
final class CodecArbitraries {
    /** Western European ANSI code page 1252: one byte per character. */
    static final Charset CP1252 = Charset.forName("windows-1252");
    /** Japanese ANSI code page 932: one or two bytes per character. */
    static final Charset CP932 = Charset.forName("windows-31j");

    private static final Map<Charset, char[]> POOLS = new ConcurrentHashMap<>();

    private CodecArbitraries() {
    }

    /** Text lengths (in characters) that reach the edges of every RAS text field and beyond. */
    static Arbitrary<Integer> lengths() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 24),
                Arbitraries.integers().between(14, 19),
                Arbitraries.integers().between(125, 131),
                Arbitraries.integers().between(253, 262),
                Arbitraries.integers().between(0, 300));
    }

    /** Text for a field in {@code charset}: {@code ansi} for {@code A}, UTF-16 for {@code W}. */
    static Arbitrary<String> text(RasCharset charset, Charset ansi) {
        return charset == RasCharset.W ? wideText() : ansiText(ansi);
    }

    /**
     * Well-formed UTF-16 without NUL: ASCII, the rest of the BMP and supplementary characters.
     * The length shrinks; the characters are drawn from a seeded {@link java.util.Random}, which is
     * far cheaper than one shrinkable value per character.
     */
    static Arbitrary<String> wideText() {
        return lengths().flatMap(n -> Arbitraries.randomValue(random -> {
            StringBuilder text = new StringBuilder(2 * n);
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(9);
                if (kind < 4) {
                    text.append((char) (1 + random.nextInt(0x7F)));
                } else if (kind < 6) {
                    text.append((char) (0x80 + random.nextInt(0xD800 - 0x80)));
                } else if (kind < 7) {
                    text.append((char) (0xE000 + random.nextInt(0x10000 - 0xE000)));
                } else {
                    text.appendCodePoint(0x10000 + random.nextInt(0x110000 - 0x10000));
                }
            }
            return text.toString();
        }));
    }

    /** Text of characters that {@code ansi} encodes and decodes back unchanged, without NUL. */
    static Arbitrary<String> ansiText(Charset ansi) {
        char[] pool = POOLS.computeIfAbsent(ansi, cs -> toArray(representable(cs)));
        return lengths().flatMap(n -> Arbitraries.randomValue(random -> {
            char[] text = new char[n];
            for (int i = 0; i < n; i++) {
                text[i] = pool[random.nextInt(pool.length)];
            }
            return new String(text);
        }));
    }

    private static char[] toArray(List<Character> chars) {
        char[] array = new char[chars.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = chars.get(i);
        }
        return array;
    }

    /** Characters of the BMP's Latin, kana and CJK blocks that survive a round trip through {@code ansi}. */
    static List<Character> representable(Charset ansi) {
        List<Character> pool = new ArrayList<>();
        int[][] ranges = {{0x01, 0x2FF}, {0x2010, 0x2122}, {0x3041, 0x30FF}, {0x4E00, 0x4F00}, {0xFF61, 0xFF9F}};
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (roundTrips(ansi, (char) c)) {
                    pool.add((char) c);
                }
            }
        }
        return pool;
    }

    private static boolean roundTrips(Charset ansi, char c) {
        if (Character.isSurrogate(c) || !ansi.newEncoder().canEncode(c)) {
            return false;
        }
        String text = String.valueOf(c);
        return new String(text.getBytes(ansi), ansi).equals(text);
    }

    /** Handle bits: small, 32-bit and full 64-bit values. */
    static Arbitrary<RasHandle> handles(Abi abi) {
        Arbitrary<Long> bits = abi == Abi.X86
                ? Arbitraries.longs().between(0, 0xFFFF_FFFFL)
                : Arbitraries.longs();
        return bits.map(RasHandle::of);
    }

    /** Connections whose members are each present or absent, with text valid for the charset. */
    static Arbitrary<RasConnection> connections(RasCharset charset, Charset ansi, Abi abi) {
        Arbitrary<String> text = text(charset, ansi);
        Arbitrary<UUID> uuids = Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
        Arbitrary<OptionalInt> subEntries = Arbitraries.integers().optional()
                .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
        Arbitrary<RasConnection> base = Combinators.combine(handles(abi), text, text.optional(),
                        text.optional(), text.optional(), subEntries)
                .as((handle, name, type, device, book, sub) -> new RasConnection(handle, name, type, device, book,
                        sub, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
        return Combinators.combine(base, uuids.optional(), Arbitraries.integers().map(ConnectionFlags::new).optional(),
                        Arbitraries.integers().tuple2().map(t -> new Luid(t.get1(), t.get2())).optional(),
                        uuids.optional())
                .as((c, entryId, flags, luid, correlationId) -> new RasConnection(c.handle(), c.entryName(),
                        c.deviceType(), c.deviceName(), c.phonebook(), c.subEntry(), entryId, flags, luid,
                        correlationId));
    }
}
