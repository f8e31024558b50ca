package org.ras4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a scenario file as UTF-8 text, with a size limit that is checked while reading: at most
 * {@value #MAX_BYTES} bytes are ever read, so an endless or huge input ({@code /dev/zero}, a
 * multi-gigabyte file) fails fast with one line instead of filling the heap. A byte sequence that
 * is not UTF-8 is an error that names its line, column and byte offset.
 */
final class ScenarioFile {
    /**
     * The most bytes a scenario file may have: 16 MiB, room for the 65,536 connections
     * {@code RasClient} reads in one enumeration at 256 bytes of JSON each.
     */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private ScenarioFile() {
    }

    /**
     * The text of {@code file}.
     *
     * @throws UsageException naming the file and what is wrong: missing, a directory, unreadable,
     *                        over {@value #MAX_BYTES} bytes, or not UTF-8 (with the place)
     */
    static String read(Path file) {
        return read(file, MAX_BYTES);
    }

    /** {@link #read(Path)} with another limit, for tests. */
    static String read(Path file, int maxBytes) {
        String name = "scenario " + file;
        if (Files.isDirectory(file)) {
            throw new UsageException(name + ": is a directory, not a scenario file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (NoSuchFileException missing) {
            throw new UsageException(name + ": no such file");
        } catch (AccessDeniedException denied) {
            throw new UsageException(name + ": permission denied");
        } catch (IOException unreadable) {
            throw new UsageException(name + ": cannot read it: " + unreadable.getMessage(), unreadable);
        }
        if (bytes.length > maxBytes) {
            throw new UsageException(name + ": byte " + String.format(Locale.ROOT, "%,d", maxBytes + 1L)
                    + ": larger than " + limit(maxBytes) + ", the limit of a scenario file (README, Scenario files)");
        }
        return decode(bytes, name);
    }

    private static String limit(int maxBytes) {
        return maxBytes % (1024 * 1024) == 0
                ? maxBytes / (1024 * 1024) + " MiB (" + String.format(Locale.ROOT, "%,d", maxBytes) + " bytes)"
                : String.format(Locale.ROOT, "%,d bytes", maxBytes);
    }

    /** The UTF-8 text of {@code bytes}, or an error naming the first malformed sequence's place. */
    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int lead = bytes[offset] & 0xff;
            boolean cutShort = offset + result.length() == bytes.length && lead >= 0xc2 && lead <= 0xf4;
            throw new UsageException(name + ": " + place(bytes, offset) + ": not UTF-8: "
                    + (result.length() == 1 ? "byte " : "bytes ") + hex(bytes, offset, result.length())
                    + (cutShort ? ", a character cut short by the end of the file" : ""));
        }
        return out.flip().toString();
    }

    /** {@code line 3, column 17 (byte 85)} of the byte at {@code offset}, counting code points as columns. */
    private static String place(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return "line " + line + ", column " + column + " (byte " + (offset + 1) + ")";
    }

    private static String hex(byte[] bytes, int offset, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + length); i++) {
            text.append(i == offset ? "" : " ").append(String.format(Locale.ROOT, "%02x", bytes[i] & 0xff));
        }
        return text.toString();
    }
}
