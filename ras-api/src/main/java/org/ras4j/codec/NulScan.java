package org.ras4j.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Finds the terminating NUL of a fixed-size text member many bytes at a time: a step of several
 * {@code getLong}s tested together with one branch (the carry trick on {@code w - 0x01…01}, which
 * flags every zero lane and may flag more); the first flagged step and what follows it are looked
 * at a word at a time, exactly, with {@code (w - 0x01…01) & ~w & 0x80…80} (exact for "is there a
 * zero lane", and its lowest flagged lane is the first zero); the few bytes after the last whole
 * word, a character at a time. Every read stays within {@code [offset, offset + length)}; the
 * buffer is little-endian and read at absolute indices.
 *
 * <p>{@link #narrowCopy} also copies the text out as it scans, so that the text is not read again
 * to be copied: the words it has read are written whole into the caller's array (through a
 * little-endian {@code long} view of a {@code byte[]}, {@link MethodHandles#byteArrayViewVarHandle}),
 * so bytes after the NUL may be written there too and mean nothing.
 */
final class NulScan {
    private static final long LANES16_LOW = 0x0001_0001_0001_0001L;
    private static final long LANES16_HIGH = 0x8000_8000_8000_8000L;
    private static final long LANES8_LOW = 0x0101_0101_0101_0101L;
    private static final long LANES8_HIGH = 0x8080_8080_8080_8080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The first character whose top bit is set: every surrogate is at or above it. */
    private static final char HIGH_CHAR = '\u8000';
    private static final int STEP = 4 * Long.BYTES;
    private static final int WIDE_STEP = 8 * Long.BYTES;
    /** What {@link #wideWord} answers for a word without a NUL (no result of {@link #wide} is this). */
    private static final int NONE = Integer.MIN_VALUE;
    /** What {@link #narrowCopy} answers when its array filled up before the field's end. */
    static final int NO_ROOM = Integer.MIN_VALUE;

    private NulScan() {
    }

    /**
     * Scans {@code maxChars} UTF-16LE characters from byte {@code offset} for the first NUL.
     *
     * <p>A step of eight words (32 characters) passes with the cheaper
     * {@code (w - 0x0001…0001) & 0x8000…8000} of each, which flags a zero lane and also a lane
     * above U+8000 (and lanes above a zero one); the first flagged step and the rest are read a
     * word at a time, tracking whether a character before the NUL is at or above U+8000. Every
     * surrogate (U+D800–U+DFFF) is above U+8000, so a step that passed holds none.
     *
     * @return the number of characters before the NUL ({@code maxChars} when there is none), as
     *         its complement {@code ~n} (negative) when one of them is above U+8000, and maybe when
     *         one is U+8000 itself, else as itself: only in the first case may the text hold a
     *         surrogate
     */
    static int wide(ByteBuffer le, int offset, int maxChars) {
        int end = offset + 2 * maxChars;
        int p = offset;
        for (; p <= end - WIDE_STEP; p += WIDE_STEP) {
            long a = le.getLong(p);
            long b = le.getLong(p + Long.BYTES);
            long c = le.getLong(p + 2 * Long.BYTES);
            long d = le.getLong(p + 3 * Long.BYTES);
            long e = le.getLong(p + 4 * Long.BYTES);
            long f = le.getLong(p + 5 * Long.BYTES);
            long g = le.getLong(p + 6 * Long.BYTES);
            long h = le.getLong(p + 7 * Long.BYTES);
            if (((a - LANES16_LOW | b - LANES16_LOW | c - LANES16_LOW | d - LANES16_LOW | e - LANES16_LOW
                    | f - LANES16_LOW | g - LANES16_LOW | h - LANES16_LOW) & LANES16_HIGH) != 0) {
                break;
            }
        }
        boolean high = false;
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
     * Scans {@code maxBytes} bytes from {@code offset} for the first zero byte while copying them
     * into {@code out}, a step of four words, then a word, then a byte at a time, as far as
     * {@code out} holds.
     *
     * @param out where the bytes go; if it is shorter than the field and fills up before the zero
     *            byte is found, the answer is {@link #NO_ROOM} (call again with a larger one)
     * @return the number of bytes before the zero one ({@code maxBytes} when there is none), whose
     *         copy is then {@code out[0, n)}; or {@link #NO_ROOM}
     */
    static int narrowCopy(ByteBuffer le, int offset, int maxBytes, byte[] out) {
        int end = offset + Math.min(maxBytes, out.length);
        int p = offset;
        for (; p <= end - STEP; p += STEP) {
            long a = le.getLong(p);
            long b = le.getLong(p + Long.BYTES);
            long c = le.getLong(p + 2 * Long.BYTES);
            long d = le.getLong(p + 3 * Long.BYTES);
            if ((zeroBytes(a) | zeroBytes(b) | zeroBytes(c) | zeroBytes(d)) != 0) {
                break;
            }
            int j = p - offset;
            LONGS.set(out, j, a);
            LONGS.set(out, j + Long.BYTES, b);
            LONGS.set(out, j + 2 * Long.BYTES, c);
            LONGS.set(out, j + 3 * Long.BYTES, d);
        }
        for (; p <= end - Long.BYTES; p += Long.BYTES) {
            long word = le.getLong(p);
            LONGS.set(out, p - offset, word);
            long zero = zeroBytes(word);
            if (zero != 0) {
                return p - offset + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; p < end; p++) {
            byte b = le.get(p);
            if (b == 0) {
                return p - offset;
            }
            out[p - offset] = b;
        }
        return p - offset == maxBytes ? maxBytes : NO_ROOM;
    }

    /** The top bit of each byte of {@code word} that is zero (and possibly of bytes above the first). */
    private static long zeroBytes(long word) {
        return (word - LANES8_LOW) & ~word & LANES8_HIGH;
    }
}
