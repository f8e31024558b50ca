package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One reader, many fields: its scratch space starts small and grows when a longer text comes, and
 * no text read after that sees what an earlier, longer one left in it.
 */
class FixedTextScratchTest {
    private static final Charset ANSI = Charset.forName("windows-1252");

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    void textsOfEveryLengthInTurnReadAsWrittenThroughOneReader(RasCharset charset) {
        // {field characters, text characters}: short first, then longer than the first scratch,
        // exactly its size, the whole of a large field, shorter again, and one with no NUL.
        int[][] fields = {{17, 16}, {17, 3}, {129, 64}, {129, 65}, {260, 259}, {257, 12}, {129, 128}, {17, 0},
                {300, 299}, {33, 33}, {260, 63}};
        FixedText reader = new FixedText(charset, ANSI);
        for (boolean direct : new boolean[] {false, true}) {
            for (int[] field : fields) {
                int size = field[0] * charset.charSize();
                ByteBuffer le = (direct ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size))
                        .order(ByteOrder.LITTLE_ENDIAN);
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < field[0]; i++) {
                    // Non-NUL filler after the text, so that a stale or overlong copy would show.
                    char c = i < field[1] ? (char) ('a' + i % 26) : i == field[1] ? '\0' : 'Z';
                    if (i < field[1]) {
                        text.append(c);
                    }
                    if (charset == RasCharset.W) {
                        le.putChar(2 * i, c);
                    } else {
                        le.put(i, (byte) c);
                    }
                }

                String read = reader.read(le, 0, size);

                String where = field[1] + " of " + field[0] + (direct ? ", direct" : ", heap");
                if (field[1] == field[0]) {
                    assertNull(read, where);
                } else {
                    assertEquals(text.toString(), read, where);
                }
            }
        }
    }
}
