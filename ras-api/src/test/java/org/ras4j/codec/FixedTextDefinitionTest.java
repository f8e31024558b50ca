package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The word-at-a-time text reader against the plain definition on any bytes: the text is what comes
 * before the first NUL character, each code point of it as it is but a lone surrogate, which becomes
 * U+FFFD (one for each unpaired unit: JDK 17's {@code new String(bytes, UTF_16LE)} differs, it
 * also swallows the unit after a lone high surrogate), or, for {@code A}, those bytes decoded in the
 * ANSI charset; no NUL in the field reads as {@code null}; whatever follows the NUL (garbage, more
 * NULs) does not matter. The characters are drawn mostly from those the scan treats apart: NUL,
 * Latin-1, U+0100–U+7FFF, U+8000 and above, surrogates.
 */
class FixedTextDefinitionTest {
    private static final Charset ANSI = Charset.forName("windows-1252");

    @Provide
    Arbitrary<char[]> fields() {
        Arbitrary<Character> interesting = Arbitraries.of('\0', 'a', '\u00e9', '\u00ff', '\u0100', '\u0416',
                '\u7fff', '\u8000', '\u8001', '\u9f8d', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000',
                '\ufffd', '\uffff');
        Arbitrary<Character> any = Arbitraries.chars();
        Arbitrary<Character> nonNul = Arbitraries.chars().filter(c -> c != 0);
        return Arbitraries.frequencyOf(
                        Tuple.of(6, nonNul), Tuple.of(3, interesting),
                        Tuple.of(1, any))
                .array(char[].class).ofMinSize(1).ofMaxSize(300);
    }

    @Property(tries = 2000)
    void wideTextIsWhatComesBeforeTheFirstNulDecodedAsUtf16le(@ForAll("fields") char[] field,
            @ForAll @IntRange(min = 0, max = 9) int offset, @ForAll boolean direct) {
        ByteBuffer le = buffer(offset + 2 * field.length, direct);
        for (int i = 0; i < field.length; i++) {
            le.putChar(offset + 2 * i, field[i]);
        }
        int nul = 0;
        while (nul < field.length && field[nul] != 0) {
            nul++;
        }

        String read = new FixedText(RasCharset.W, ANSI).read(le, offset, 2 * field.length);

        if (nul == field.length) {
            assertNull(read);
        } else {
            assertEquals(withLoneSurrogatesReplaced(new String(field, 0, nul)), read);
        }
    }

    @Property(tries = 1000)
    void ansiTextIsWhatComesBeforeTheFirstNulDecodedInTheCodePage(
            @ForAll("ansiFields") byte[] field, @ForAll @IntRange(min = 0, max = 9) int offset,
            @ForAll boolean direct) {
        ByteBuffer le = buffer(offset + field.length, direct);
        le.put(offset, field);
        int nul = 0;
        while (nul < field.length && field[nul] != 0) {
            nul++;
        }

        String read = new FixedText(RasCharset.A, ANSI).read(le, offset, field.length);

        if (nul == field.length) {
            assertNull(read);
        } else {
            assertEquals(new String(field, 0, nul, ANSI), read);
        }
    }

    @Provide
    Arbitrary<byte[]> ansiFields() {
        return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.bytes().filter(b -> b != 0)),
                        Tuple.of(1, Arbitraries.just((byte) 0)))
                .array(byte[].class).ofMinSize(1).ofMaxSize(300);
    }

    /** {@code text} with each code point that is a lone surrogate replaced by U+FFFD. */
    private static String withLoneSurrogatesReplaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(
                cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? '\uFFFD' : cp));
        return out.toString();
    }

    /** A buffer filled with non-NUL garbage, little-endian, heap or direct. */
    private static ByteBuffer buffer(int capacity, boolean direct) {
        ByteBuffer buffer = direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
        for (int i = 0; i < capacity; i++) {
            buffer.put(i, (byte) 0x5A);
        }
        return buffer.order(ByteOrder.LITTLE_ENDIAN);
    }
}
