package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word-at-a-time text reader against the plain definition, for every length a field can hold
 * and every place a NUL or a lone surrogate can stand: inside an eight-byte word, at its edges and
 * in the tail after the last whole word.
 */
class FixedTextTest {
    private static final Charset ANSI = Charset.forName("windows-1252");

    private static ByteBuffer field(int bytes, boolean direct, int offset) {
        ByteBuffer buffer = direct ? ByteBuffer.allocateDirect(offset + bytes) : ByteBuffer.allocate(offset + bytes);
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < buffer.capacity(); i++) {
            buffer.put(i, (byte) 0x41);
        }
        return buffer;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 9, 17, 21, 33, 129, 257})
    @DisplayName("W: every text length of a field; NUL, a lone surrogate, a Latin-1 and a wider character anywhere; heap and direct, even and odd offsets")
    void wideText(int fieldChars) {
        for (boolean direct : new boolean[] {false, true}) {
            for (int offset : new int[] {0, 2, 6, 1}) {
                for (int length = 0; length <= fieldChars; length++) {
                    ByteBuffer le = field(2 * fieldChars, direct, offset);
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < length; i++) {
                        char c = (char) ('a' + i % 26);
                        text.append(c);
                        le.putChar(offset + 2 * i, c);
                    }
                    if (length < fieldChars) {
                        le.putChar(offset + 2 * length, '\0');
                    }
                    FixedText reader = new FixedText(RasCharset.W, ANSI);
                    String read = reader.read(le, offset, 2 * fieldChars);
                    if (length == fieldChars) {
                        assertNull(read, "no NUL in " + fieldChars + " characters");
                    } else {
                        assertEquals(text.toString(), read, length + " of " + fieldChars + " at " + offset);
                        for (int s = 0; s < length; s++) {
                            le.putChar(offset + 2 * s, '\uD800');
                            String expected = text.substring(0, s) + '\uFFFD' + text.substring(s + 1);
                            assertEquals(expected, reader.read(le, offset, 2 * fieldChars), "lone surrogate at " + s);
                            le.putChar(offset + 2 * s, '\u0416');
                            String cyrillic = text.substring(0, s) + '\u0416' + text.substring(s + 1);
                            assertEquals(cyrillic, reader.read(le, offset, 2 * fieldChars), "U+0416 at " + s);
                            le.putChar(offset + 2 * s, '\u00e9');
                            String latin1 = text.substring(0, s) + '\u00e9' + text.substring(s + 1);
                            assertEquals(latin1, reader.read(le, offset, 2 * fieldChars), "U+00E9 at " + s);
                            le.putChar(offset + 2 * s, text.charAt(s));
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 8, 9, 15, 16, 17, 21, 129, 257, 260})
    @DisplayName("A: every text length of a field, NUL anywhere, heap and direct, any offset")
    void ansiText(int fieldBytes) {
        for (boolean direct : new boolean[] {false, true}) {
            for (int offset : new int[] {0, 1, 3, 8}) {
                for (int length = 0; length <= fieldBytes; length++) {
                    ByteBuffer le = field(fieldBytes, direct, offset);
                    byte[] bytes = new byte[length];
                    for (int i = 0; i < length; i++) {
                        bytes[i] = (byte) (i % 2 == 0 ? 'x' : 0xE9);
                        le.put(offset + i, bytes[i]);
                    }
                    if (length < fieldBytes) {
                        le.put(offset + length, (byte) 0);
                    }
                    String read = new FixedText(RasCharset.A, ANSI).read(le, offset, fieldBytes);
                    if (length == fieldBytes) {
                        assertNull(read);
                    } else {
                        assertEquals(new String(bytes, ANSI), read, length + " of " + fieldBytes + " at " + offset);
                    }
                }
            }
        }
    }
}
