package org.ras4j.bench;

import com.sun.jna.platform.win32.Guid;
import java.nio.charset.Charset;
import java.util.UUID;

/**
 * Turns the Java fields of the JNA baselines' {@code Structure}s into the values of a
 * {@link org.ras4j.RasConnection}, the way a JNA user writes it by hand: text ends at the first NUL
 * ({@code RASCONN}'s arrays are NUL-terminated C strings), a {@code GUID} becomes the {@link UUID}
 * with the same canonical text.
 */
final class StructValues {
    private StructValues() {
    }

    /** The UTF-16 text of a {@code WCHAR[]} read into a {@code short[]}, up to its NUL. */
    static String wide(short[] units) {
        int n = 0;
        while (n < units.length && units[n] != 0) {
            n++;
        }
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) units[i];
        }
        return new String(chars);
    }

    /** The text of a {@code CHAR[]} in the ANSI code page, up to its NUL. */
    static String ansi(byte[] bytes, Charset ansi) {
        int n = 0;
        while (n < bytes.length && bytes[n] != 0) {
            n++;
        }
        return new String(bytes, 0, n, ansi);
    }

    /** The {@code GUID} ({@code Data1}, {@code Data2}, {@code Data3}, {@code Data4[8]}) as a {@link UUID}. */
    static UUID uuid(Guid.GUID guid) {
        long msb = (guid.Data1 & 0xFFFF_FFFFL) << 32 | (guid.Data2 & 0xFFFFL) << 16 | guid.Data3 & 0xFFFFL;
        long lsb = 0;
        for (byte b : guid.Data4) {
            lsb = lsb << 8 | b & 0xFF;
        }
        return new UUID(msb, lsb);
    }

    /** The 64 bits of an x64 {@code HRASCONN} read as two {@code DWORD}s (low first). */
    static long handle(int[] halves) {
        return (long) halves[1] << 32 | halves[0] & 0xFFFF_FFFFL;
    }
}
