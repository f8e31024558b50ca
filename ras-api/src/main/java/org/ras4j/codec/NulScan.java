package org.ras4j.codec;

import java.nio.ByteBuffer;

/**
 * Finds the terminating NUL of a fixed-size text member sixteen bytes at a time: two
 * {@code getLong}s per step, tested for a zero lane with the carry trick
 * {@code (w - 0x01…01) & ~w & 0x80…80} (exact for "is there a zero lane", and its lowest flagged
 * lane is the first zero), so that no step branches per character. The few bytes after the last
 * whole word are read one character at a time. Every read stays within
 * {@code [offset, offset + length)}; the buffer is little-endian and read at absolute indices.
 */
final class NulScan {
    private static final long LANES16_LOW = 0x0001_0001_0001_0001L;
    private static final long LANES16_HIGH = 0x8000_8000_8000_8000L;
    private static final long LANES8_LOW = 0x0101_0101_0101_0101L;
    private static final long LANES8_HIGH = 0x8080_8080_8080_8080L;
    /** The first character whose top bit is set: every surrogate is at or above it. */
    private static final char HIGH_CHAR = '\u8000';
    private static final int STEP = 2 * Long.BYTES;

    private NulScan() {
    }

    /**
     * Scans {@code maxChars} UTF-16LE characters from byte {@code offset} for the first NUL.
     *
     * <p>The loop tests two words with the cheaper {@code (w - 0x0001…0001) & 0x8000…8000}, which
     * flags a zero lane and also a lane above U+8000 (and lanes above a zero one); only a flagged
     * word is looked at exactly. Every surrogate (U+D800–U+DFFF) is above U+8000, so text whose
     * words were never flagged for anything but its NUL holds none.
     *
     * @return the number of characters before the NUL ({@code maxChars} when there is none), as
     *         itself when none of them is above U+8000, else as its complement {@code ~n}
     *         (negative): then, and only then, the text may hold a surrogate
     */
    static int wide(ByteBuffer le, int offset, int maxChars) {
        int end = offset + 2 * maxChars;
        int p = offset;
        boolean high = false;
        while (p <= end - Long.BYTES) {
            if (p <= end - STEP) {
                long a = le.getLong(p);
                long b = le.getLong(p + Long.BYTES);
                if (((a - LANES16_LOW | b - LANES16_LOW) & LANES16_HIGH) == 0) {
                    p += STEP;
                    continue;
                }
            }
            long word = le.getLong(p);
            long zero = zeroLanes16(word);
            if (zero != 0) {
                int lanes = Long.numberOfTrailingZeros(zero) >>> 4;
                high |= (word & LANES16_HIGH & ((1L << (lanes << 4)) - 1)) != 0;
                return packWide(((p - offset) >>> 1) + lanes, high);
            }
            high |= (word & LANES16_HIGH) != 0;
            p += Long.BYTES;
        }
        for (; p < end; p += Character.BYTES) {
            char c = le.getChar(p);
            if (c == 0) {
                break;
            }
            high |= c >= HIGH_CHAR;
        }
        return packWide((p - offset) >>> 1, high);
    }

    private static int packWide(int n, boolean high) {
        return high ? ~n : n;
    }

    /**
     * Scans {@code maxBytes} bytes from {@code offset} for the first zero byte.
     *
     * @return the number of bytes before it, {@code maxBytes} when there is none
     */
    static int narrow(ByteBuffer le, int offset, int maxBytes) {
        int end = offset + maxBytes;
        int p = offset;
        while (p <= end - STEP) {
            long zeroA = zeroBytes(le.getLong(p));
            long zeroB = zeroBytes(le.getLong(p + Long.BYTES));
            if ((zeroA | zeroB) != 0) {
                return zeroA != 0
                        ? p - offset + (Long.numberOfTrailingZeros(zeroA) >>> 3)
                        : p + Long.BYTES - offset + (Long.numberOfTrailingZeros(zeroB) >>> 3);
            }
            p += STEP;
        }
        if (p <= end - Long.BYTES) {
            long zeroA = zeroBytes(le.getLong(p));
            if (zeroA != 0) {
                return p - offset + (Long.numberOfTrailingZeros(zeroA) >>> 3);
            }
            p += Long.BYTES;
        }
        while (p < end && le.get(p) != 0) {
            p++;
        }
        return p - offset;
    }

    /** The top bit of each 16-bit lane of {@code word} that is zero (and possibly of lanes above the first). */
    private static long zeroLanes16(long word) {
        return (word - LANES16_LOW) & ~word & LANES16_HIGH;
    }

    /** The top bit of each byte of {@code word} that is zero (and possibly of bytes above the first). */
    private static long zeroBytes(long word) {
        return (word - LANES8_LOW) & ~word & LANES8_HIGH;
    }
}
