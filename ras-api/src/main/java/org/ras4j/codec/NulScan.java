package org.ras4j.codec;

import java.nio.ByteBuffer;

/**
 * Finds the terminating NUL of a fixed-size text member thirty-two bytes at a time: four
 * {@code getLong}s per step, tested together with the carry trick on {@code w - 0x01…01} so that
 * no step branches per character; only a flagged step is looked at word by word, exactly, with
 * {@code (w - 0x01…01) & ~w & 0x80…80} (exact for "is there a zero lane", and its lowest flagged
 * lane is the first zero). The few bytes after the last whole step are read a word, then a
 * character, at a time. Every read stays within {@code [offset, offset + length)}; the buffer is
 * little-endian and read at absolute indices.
 */
final class NulScan {
    private static final long LANES16_LOW = 0x0001_0001_0001_0001L;
    private static final long LANES16_HIGH = 0x8000_8000_8000_8000L;
    private static final long LANES8_LOW = 0x0101_0101_0101_0101L;
    private static final long LANES8_HIGH = 0x8080_8080_8080_8080L;
    /** The first character whose top bit is set: every surrogate is at or above it. */
    private static final char HIGH_CHAR = '\u8000';
    private static final int STEP = 4 * Long.BYTES;
    /** What {@link #wideWord} answers for a word without a NUL (no result of {@link #wide} is this). */
    private static final int NONE = Integer.MIN_VALUE;

    private NulScan() {
    }

    /**
     * Scans {@code maxChars} UTF-16LE characters from byte {@code offset} for the first NUL.
     *
     * <p>A step passes with the cheaper {@code (w - 0x0001…0001) & 0x8000…8000} of its four words,
     * which flags a zero lane and also a lane above U+8000 (and lanes above a zero one). Every
     * surrogate (U+D800–U+DFFF) is above U+8000, so text whose steps were never flagged for
     * anything but its NUL holds none.
     *
     * @return the number of characters before the NUL ({@code maxChars} when there is none), as
     *         itself when none of them is at or above U+8000, else as its complement {@code ~n}
     *         (negative): then, and only then, the text may hold a surrogate
     */
    static int wide(ByteBuffer le, int offset, int maxChars) {
        int end = offset + 2 * maxChars;
        int p = offset;
        boolean high = false;
        for (; p <= end - STEP; p += STEP) {
            long a = le.getLong(p);
            long b = le.getLong(p + Long.BYTES);
            long c = le.getLong(p + 2 * Long.BYTES);
            long d = le.getLong(p + 3 * Long.BYTES);
            if (((a - LANES16_LOW | b - LANES16_LOW | c - LANES16_LOW | d - LANES16_LOW) & LANES16_HIGH) != 0) {
                // Word by word, in order, each knowing whether a character before it was high.
                int found = wideWord(p, offset, a, high);
                if (found != NONE) {
                    return found;
                }
                high |= hasHigh(a);
                found = wideWord(p + Long.BYTES, offset, b, high);
                if (found != NONE) {
                    return found;
                }
                high |= hasHigh(b);
                found = wideWord(p + 2 * Long.BYTES, offset, c, high);
                if (found != NONE) {
                    return found;
                }
                high |= hasHigh(c);
                found = wideWord(p + 3 * Long.BYTES, offset, d, high);
                if (found != NONE) {
                    return found;
                }
                high |= hasHigh(d);
            }
        }
        for (; p <= end - Long.BYTES; p += Long.BYTES) {
            long word = le.getLong(p);
            int found = wideWord(p, offset, word, high);
            if (found != NONE) {
                return found;
            }
            high |= hasHigh(word);
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

    /**
     * The result of {@link #wide} if the word at byte {@code p} holds the NUL, with {@code high}
     * telling whether a character before this word was at or above U+8000; else {@link #NONE}.
     */
    private static int wideWord(int p, int offset, long word, boolean high) {
        long zero = (word - LANES16_LOW) & ~word & LANES16_HIGH;
        if (zero == 0) {
            return NONE;
        }
        int lanes = Long.numberOfTrailingZeros(zero) >>> 4;
        long before = word & ((1L << (lanes << 4)) - 1);
        return packWide(((p - offset) >>> 1) + lanes, high || hasHigh(before));
    }

    /** Whether a character of {@code word} is at or above U+8000. */
    private static boolean hasHigh(long word) {
        return (word & LANES16_HIGH) != 0;
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
        for (; p <= end - STEP; p += STEP) {
            long a = le.getLong(p);
            long b = le.getLong(p + Long.BYTES);
            long c = le.getLong(p + 2 * Long.BYTES);
            long d = le.getLong(p + 3 * Long.BYTES);
            if ((zeroBytes(a) | zeroBytes(b) | zeroBytes(c) | zeroBytes(d)) != 0) {
                break;
            }
        }
        for (; p <= end - Long.BYTES; p += Long.BYTES) {
            long zero = zeroBytes(le.getLong(p));
            if (zero != 0) {
                return p - offset + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        while (p < end && le.get(p) != 0) {
            p++;
        }
        return p - offset;
    }

    /** The top bit of each byte of {@code word} that is zero (and possibly of bytes above the first). */
    private static long zeroBytes(long word) {
        return (word - LANES8_LOW) & ~word & LANES8_HIGH;
    }
}
