package org.ras4j;

/**
 * A Windows {@code LUID}: a locally unique identifier, here the logon session that owns a
 * connection ({@code RASCONN.luid}, Windows XP and later).
 *
 * @param lowPart  {@code DWORD LowPart} (unsigned in C, stored as its bits)
 * @param highPart {@code LONG HighPart}
 */
public record Luid(int lowPart, int highPart) {

    /** {@return the LUID as one 64-bit value, {@code HighPart} in the upper half} */
    public long asLong() {
        return ((long) highPart << 32) | (lowPart & 0xFFFF_FFFFL);
    }

    /**
     * {@return the LUID of a 64-bit value}
     *
     * @param value the LUID as one value, {@code HighPart} in the upper half (as {@link #asLong()} gives it)
     */
    public static Luid ofLong(long value) {
        return new Luid((int) value, (int) (value >>> 32));
    }

    @Override
    public String toString() {
        return String.format("%08x:%08x", highPart, lowPart);
    }
}
