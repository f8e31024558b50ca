package org.ras4j.codec;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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

    /** Well-formed UTF-16 without NUL: ASCII, the rest of the BMP and supplementary characters. */
    static Arbitrary<String> wideText() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 0x7F)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return lengths().flatMap(n -> codePoints.list().ofSize(n)).map(CodecArbitraries::fromCodePoints);
    }

    /** Text of characters that {@code ansi} encodes and decodes back unchanged, without NUL. */
    static Arbitrary<String> ansiText(Charset ansi) {
        List<Character> pool = representable(ansi);
        return lengths().flatMap(n -> Arbitraries.of(pool).list().ofSize(n)).map(chars -> {
            StringBuilder text = new StringBuilder(chars.size());
            chars.forEach(text::append);
            return text.toString();
        });
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

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder(codePoints.size() * 2);
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
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
