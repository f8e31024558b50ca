package org.ras4j;

/**
 * A Windows {@code LUID}: a locally unique identifier, here the logon session that owns a
 * connection ({@code RASCONN.luid}, Windows XP and later).
 *
 * @param lowPart  {@code DWORD LowPart} (unsigned in C, stored as its bits)
 * @param highPart {@code LONG HighPart}
 */
public record Luid(int lowPart, int highPart) {

    /** The LUID as one 64-bit value, {@code HighPart} in the upper half. */
    public long asLong() {
        return ((long) highPart << 32) | (lowPart & 0xFFFF_FFFFL);
    }

    /** The LUID of a 64-bit value, {@code HighPart} taken from the upper half. */
    public static Luid ofLong(long value) {
        return new Luid((int) value, (int) (value >>> 32));
    }

    @Override
    public String toString() {
        return String.format("%08x:%08x", highPart, lowPart);
    }
}
