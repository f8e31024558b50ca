package org.ras4j.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;

/**
 * Reads and writes the fixed-size, NUL-terminated {@code CHAR[n]} and {@code WCHAR[n]} members of
 * RAS structures, in place in a little-endian buffer.
 *
 * <p>Reading: the text ends at the first NUL; a field with no NUL is reported as unterminated
 * (Windows always terminates these fields). {@code W} text that is not well-formed UTF-16 (a lone
 * surrogate) reads with U+FFFD in place of each bad unit and every other unit kept (JDK 17's
 * {@code new String(bytes, UTF_16LE)} differs: it also swallows the unit after a lone high
 * surrogate); {@code A} text undecodable in the ANSI charset gets the charset's replacement.
 *
 * <p>Writing: the field is written whole (text, NUL, zero fill). Text that does not fit with its
 * NUL, holds a NUL, or (for {@code W}) is not well-formed UTF-16 is refused. For {@code A}, a
 * character the ANSI charset cannot encode becomes its replacement ({@code ?}), as
 * {@code WideCharToMultiByte} puts the code page's default character.
 *
 * <p>An instance holds scratch space (and a {@code char} view of the buffer it reads) for one
 * decoding pass; it is not thread-safe.
 */
final class FixedText {
    private final RasCharset charset;
    private final Charset ansi;
    /** The most characters any text member holds: {@code MAX_PATH}. */
    private static final int MAX_FIELD_CHARS = RasConnVersion.MAX_PATH;
    /**
     * The size of the first scratch arrays, so that one short entry allocates little: {@code W}'s
     * holds the first text rounded up to a multiple of it, {@code A}'s this many bytes (or the
     * first field, if shorter).
     */
    private static final int FIRST_SCRATCH_STEP = 64;

    private char[] chars;
    private byte[] bytes;
    private ByteBuffer viewOf;
    private CharBuffer view;

    FixedText(RasCharset charset, Charset ansi) {
        this.charset = charset;
        this.ansi = ansi;
    }

    /**
     * The text of the field at {@code offset}, {@code length} bytes long, or {@code null} when the
     * field holds no NUL.
     */
    String read(ByteBuffer le, int offset, int length) {
        return charset == RasCharset.W ? readWide(le, offset, length / 2) : readAnsi(le, offset, length);
    }

    /**
     * Finds the NUL sixty-four bytes at a time ({@link NulScan#wide}), copies the characters before it
     * into scratch space in one bulk read, and builds the {@code String} once from them (the JDK
     * stores Latin-1 text in one byte per character on the way). Only text with a character at or
     * above U+8000 can hold a surrogate, so only such text is checked for lone ones.
     */
    private String readWide(ByteBuffer le, int offset, int maxChars) {
        int scanned = NulScan.wide(le, offset, maxChars);
        int n = scanned < 0 ? ~scanned : scanned;
        if (n == maxChars) {
            return null;
        }
        if (n == 0) {
            return "";
        }
        char[] out = scratchChars(n);
        copyChars(le, offset, out, n);
        if (scanned < 0) {
            replaceLoneSurrogates(out, n);
        }
        return new String(out, 0, n);
    }

    /** {@code n} characters from byte {@code offset} of {@code le} into {@code out}, in bulk where the view allows. */
    private void copyChars(ByteBuffer le, int offset, char[] out, int n) {
        if ((offset & 1) == 0) {
            charView(le).get(offset >>> 1, out, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = le.getChar(offset + 2 * i);
            }
        }
    }

    /**
     * A {@code char} view of all of {@code le}, made once per buffer this instance reads: {@code le}'s
     * own when it starts at index 0 (the usual case: no duplicate), else one of a duplicate.
     */
    private CharBuffer charView(ByteBuffer le) {
        if (viewOf != le) {
            ByteBuffer whole = le;
            if (le.position() != 0 || le.limit() != le.capacity() || le.order() != ByteOrder.LITTLE_ENDIAN) {
                whole = le.duplicate().order(ByteOrder.LITTLE_ENDIAN);
                whole.clear();
            }
            view = whole.asCharBuffer();
            viewOf = le;
        }
        return view;
    }

    /**
     * Scratch space for {@code needed} characters: the first array just holds the first text
     * (rounded up), so that decoding one short entry allocates little; once a longer text comes,
     * one array of the largest field's size serves every later one.
     */
    private char[] scratchChars(int needed) {
        if (chars == null || chars.length < needed) {
            chars = new char[scratchSize(chars == null, needed)];
        }
        return chars;
    }

    private static int scratchSize(boolean first, int needed) {
        return first
                ? (needed + FIRST_SCRATCH_STEP - 1) / FIRST_SCRATCH_STEP * FIRST_SCRATCH_STEP
                : Math.max(needed, MAX_FIELD_CHARS);
    }

    private static void replaceLoneSurrogates(char[] text, int n) {
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                text[i] = '\uFFFD';
            }
        }
    }

    /**
     * Finds the NUL and copies the bytes before it in one pass ({@link NulScan#narrowCopy}), then
     * decodes them once. The first scratch array is small (one short entry allocates little); the
     * first text that does not fit it is copied again into one of the largest field's size.
     */
    private String readAnsi(ByteBuffer le, int offset, int maxBytes) {
        if (bytes == null) {
            bytes = new byte[Math.min(maxBytes, FIRST_SCRATCH_STEP)];
        }
        int n = NulScan.narrowCopy(le, offset, maxBytes, bytes);
        if (n == NulScan.NO_ROOM) {
            bytes = new byte[Math.max(maxBytes, MAX_FIELD_CHARS)];
            n = NulScan.narrowCopy(le, offset, maxBytes, bytes);
        }
        if (n == maxBytes) {
            return null;
        }
        return new String(bytes, 0, n, ansi);
    }

    /**
     * Writes {@code text}, its NUL and zero fill into the field.
     *
     * @throws IllegalArgumentException if the text holds a NUL, is not well-formed UTF-16 (W), or
     *                                  does not fit with its NUL
     */
    void write(ByteBuffer le, int offset, int length, String text, String fieldName) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(fieldName + " holds a NUL character, which ends a C string");
        }
        int written = charset == RasCharset.W
                ? writeWide(le, offset, length, text, fieldName)
                : writeAnsi(le, offset, length, text, fieldName);
        for (int i = offset + written; i < offset + length; i++) {
            le.put(i, (byte) 0);
        }
    }

    /** Writes well-formed UTF-16 text as it is, unit by unit; returns the bytes written. */
    private static int writeWide(ByteBuffer le, int offset, int length, String text, String fieldName) {
        requireFits(text.length() * 2, length, 2, text, fieldName);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!pair) {
                    throw new IllegalArgumentException(fieldName
                            + " is not well-formed UTF-16 (a lone surrogate at " + i + "): \"" + text + "\"");
                }
                le.putChar(offset + 2 * i, c);
                i++;
                c = text.charAt(i);
            }
            le.putChar(offset + 2 * i, c);
        }
        return text.length() * 2;
    }

    private int writeAnsi(ByteBuffer le, int offset, int length, String text, String fieldName) {
        byte[] encoded = encodeAnsi(text);
        requireFits(encoded.length, length, 1, text, fieldName);
        le.put(offset, encoded);
        return encoded.length;
    }

    private static void requireFits(int bytes, int length, int charSize, String text, String fieldName) {
        int capacity = length - charSize;
        if (bytes > capacity) {
            throw new IllegalArgumentException(fieldName + " needs " + bytes / charSize
                    + " characters; the field holds " + capacity / charSize + " and a NUL: \"" + text + "\"");
        }
    }

    private byte[] encodeAnsi(String text) {
        return text.getBytes(ansi);
    }

    /**
     * What reading back the field would give after writing {@code text} into a field of
     * {@code length} bytes, cut to fit with its NUL: the longest prefix, cut between characters
     * (never inside a surrogate pair or a multi-byte ANSI character). For {@code A} the text is
     * first taken through the ANSI charset, so a character it cannot represent becomes the
     * replacement that {@link #write} puts ({@code ?}).
     */
    String fit(String text, int length) {
        int capacity = length - charset.charSize();
        if (charset == RasCharset.W) {
            int maxChars = capacity / 2;
            if (text.length() <= maxChars) {
                return text;
            }
            int end = maxChars;
            if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, end);
        }
        byte[] encoded = encodeAnsi(text);
        String representable = new String(encoded, ansi);
        if (encoded.length <= capacity) {
            return representable;
        }
        // Every character takes at least one byte: no prefix longer than capacity characters fits.
        int codePoints = representable.codePointCount(0, representable.length());
        int end = representable.offsetByCodePoints(0, Math.min(codePoints, capacity));
        while (encodeAnsi(representable.substring(0, end)).length > capacity) {
            end = representable.offsetByCodePoints(end, -1);
        }
        return representable.substring(0, end);
    }
}
