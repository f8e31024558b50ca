package org.ras4j.codec;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * Reads and writes the fixed-size, NUL-terminated {@code CHAR[n]} and {@code WCHAR[n]} members of
 * RAS structures, in place in a little-endian buffer.
 *
 * <p>Reading: the text ends at the first NUL; a field with no NUL is reported as unterminated
 * (Windows always terminates these fields). {@code W} text that is not well-formed UTF-16 (a lone
 * surrogate) reads with U+FFFD in place of each bad unit, like {@code new String(bytes, UTF_16LE)};
 * {@code A} text undecodable in the ANSI charset likewise gets the charset's replacement.
 *
 * <p>Writing: the field is written whole (text, NUL, zero fill). Text that does not fit with its
 * NUL, holds a NUL, or (for {@code W}) is not well-formed UTF-16 is refused. For {@code A}, a
 * character the ANSI charset cannot encode becomes its replacement ({@code ?}), as
 * {@code WideCharToMultiByte} puts the code page's default character.
 *
 * <p>An instance holds scratch space for one decoding pass; it is not thread-safe.
 */
final class FixedText {
    private final RasCharset charset;
    private final Charset ansi;
    /** The most characters any text member holds: {@code MAX_PATH}. */
    private static final int MAX_FIELD_CHARS = RasConnVersion.MAX_PATH;

    private char[] chars;
    private byte[] bytes;

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

    private String readWide(ByteBuffer le, int offset, int maxChars) {
        char[] out = scratchChars(maxChars);
        int n = 0;
        boolean wellFormed = true;
        for (; n < maxChars; n++) {
            char c = le.getChar(offset + 2 * n);
            if (c == 0) {
                break;
            }
            if (Character.isSurrogate(c)) {
                wellFormed = false;
            }
            out[n] = c;
        }
        if (n == maxChars) {
            return null;
        }
        if (!wellFormed) {
            replaceLoneSurrogates(out, n);
        }
        return new String(out, 0, n);
    }

    /** Scratch space for one field, allocated once per instance at the size of the largest field. */
    private char[] scratchChars(int needed) {
        if (chars == null || chars.length < needed) {
            chars = new char[Math.max(needed, MAX_FIELD_CHARS)];
        }
        return chars;
    }

    private byte[] scratchBytes(int needed) {
        if (bytes == null || bytes.length < needed) {
            bytes = new byte[Math.max(needed, MAX_FIELD_CHARS)];
        }
        return bytes;
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

    private String readAnsi(ByteBuffer le, int offset, int maxBytes) {
        int n = 0;
        while (n < maxBytes && le.get(offset + n) != 0) {
            n++;
        }
        if (n == maxBytes) {
            return null;
        }
        if (n == 0) {
            return "";
        }
        if (le.hasArray()) {
            return new String(le.array(), le.arrayOffset() + offset, n, ansi);
        }
        byte[] copy = scratchBytes(maxBytes);
        le.get(offset, copy, 0, n);
        return new String(copy, 0, n, ansi);
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
