package org.ras4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ras4j.codec.RasCharset;

/**
 * {@link EntryReadBenchmark} reads the very bytes {@link DecodeBenchmark} decodes, all of them: its
 * fold equals one computed byte by byte from a copy of the native memory, and changes when the
 * last byte of the entries changes.
 */
class EntryReadEqualWorkTest {

    @ParameterizedTest(name = "{0} entries, {1}")
    @CsvSource({"16, W", "16, A"})
    void readAllFoldsEveryByteOfTheEntriesTheCodecDecodes(int count, RasCharset charset) {
        EntryReadBenchmark read = new EntryReadBenchmark();
        read.count = count;
        read.charset = charset;
        read.names = NameLength.MIXED;
        read.setUp();
        DecodeBenchmark decode = new DecodeBenchmark();
        decode.count = count;
        decode.charset = charset;
        decode.names = NameLength.MIXED;
        decode.setUp();
        NativeEntries entries = read.entries();
        byte[] bytes = entries.memory().getByteArray(0, entries.byteCount());

        assertArrayEquals(decode.entries().memory().getByteArray(0, decode.entries().byteCount()), bytes);
        assertEquals(foldByteByByte(bytes), read.readAll());
        int last = entries.byteCount() - 1;
        entries.buffer().put(last, (byte) (entries.buffer().get(last) ^ 0x5A));
        assertNotEquals(foldByteByByte(bytes), read.readAll(), "the last byte is read");
    }

    /** Byte {@code i} lands in bits {@code 8 × (i mod 8)} of the fold: little-endian words, xor-ed. */
    private static long foldByteByByte(byte[] bytes) {
        long folded = 0;
        for (int i = 0; i < bytes.length; i++) {
            folded ^= (bytes[i] & 0xFFL) << (Byte.SIZE * (i % Long.BYTES));
        }
        return folded;
    }
}
