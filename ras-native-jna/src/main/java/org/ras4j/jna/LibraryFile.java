package org.ras4j.jna;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Checks a file named as the rasapi32 library before the native loader sees it, and turns the
 * loader's complaints into one line: JNA's {@link UnsatisfiedLinkError} repeats the
 * {@code dlopen}/{@code LoadLibrary} message once per place it tried and adds its own about the
 * class path, four lines or more for one cause.
 */
final class LibraryFile {
    /** Bytes read from the start of the file: enough for every magic number below. */
    private static final int HEAD = 4;

    /** The kind of shared library this platform loads, by its magic number. */
    enum Kind {
        /** A Windows DLL, a PE image: {@code MZ}, the DOS header. {@code LoadLibrary} refuses others with 193. */
        PE("a Windows DLL (a PE image, starting with \"MZ\"; LoadLibrary fails with 193 ERROR_BAD_EXE_FORMAT)",
                List.of(new byte[] {'M', 'Z'})),
        /** An ELF shared object: {@code 0x7f 'E' 'L' 'F'}. */
        ELF("an ELF shared library (starting with 7f 45 4c 46, \"\\x7fELF\")",
                List.of(new byte[] {0x7f, 'E', 'L', 'F'})),
        /** A Mach-O image, 32 or 64 bits, either byte order, or a universal (fat) binary. */
        MACH_O("a Mach-O library", List.of(
                new byte[] {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xce},
                new byte[] {(byte) 0xce, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
                new byte[] {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xcf},
                new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
                new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe}));

        private final String description;
        private final List<byte[]> magics;

        Kind(String description, List<byte[]> magics) {
            this.description = description;
            this.magics = magics;
        }

        /** The kind this platform loads. */
        static Kind of(boolean windows, boolean mac) {
            return windows ? PE : mac ? MACH_O : ELF;
        }

        boolean matches(byte[] head, int length) {
            for (byte[] magic : magics) {
                if (length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    private LibraryFile() {
    }

    /**
     * Checks that {@code path} is a readable regular file that starts as a library of {@code kind}.
     *
     * @throws IllegalStateException otherwise, in one line naming the path and what is wrong
     */
    static void check(Path path, Kind kind) {
        String library = "the rasapi32 library " + path;
        if (!Files.exists(path)) {
            throw new IllegalStateException("no rasapi32 library at " + path + " (no such file)");
        }
        if (Files.isDirectory(path)) {
            throw new IllegalStateException(library + " is a directory, not a library file");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(library + " is not a regular file (a device, pipe or socket)");
        }
        byte[] head = new byte[HEAD];
        int length;
        try (InputStream in = Files.newInputStream(path)) {
            length = in.readNBytes(head, 0, HEAD);
        } catch (AccessDeniedException denied) {
            throw new IllegalStateException("cannot read " + library + ": permission denied", denied);
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read " + library + ": " + unreadable.getMessage(), unreadable);
        }
        if (length == 0) {
            throw new IllegalStateException(library + " is empty (0 bytes), not " + kind.description);
        }
        if (!kind.matches(head, length)) {
            throw new IllegalStateException(library + " is not " + kind.description + ": it starts with "
                    + describe(head, length));
        }
    }

    /**
     * The one line of the loader's message {@code message} that says what is wrong with
     * {@code path}, without the path itself and without JNA's lines about other places it looked.
     */
    static String loaderReason(String message, Path path) {
        if (message == null || message.isBlank()) {
            return "the loader gives no reason";
        }
        String file = path.toString();
        String fallback = null;
        for (String raw : message.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("Unable to load library")
                    || line.startsWith("Native library (") && line.contains("not found in resource path")) {
                continue;
            }
            if (line.startsWith(file + ":")) {
                return line.substring(file.length() + 1).strip();
            }
            if (fallback == null) {
                fallback = line;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        String first = message.strip().split("\\R", 2)[0];
        return first.isEmpty() ? "the loader gives no reason" : first;
    }

    /** {@code 68 65 6c 6c ("hell")}: the bytes in hex, and as text where they are printable ASCII. */
    private static String describe(byte[] head, int length) {
        StringBuilder hex = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02x", b));
            text.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return hex + " (\"" + text + "\")";
    }
}
