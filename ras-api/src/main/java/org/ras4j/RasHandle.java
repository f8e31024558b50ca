package org.ras4j;

/**
 * An {@code HRASCONN}: the opaque handle of a RAS connection or of one of its sub-entries.
 *
 * <p>The bits are kept as Windows gives them: 32 significant bits on x86 (stored zero-extended),
 * 64 on x64. Two handles are equal when their bits are. {@code HRASCONN} 0 is never a live
 * connection.
 *
 * @param bits the handle value
 */
public record RasHandle(long bits) {
    /** The NULL handle. */
    public static final RasHandle NULL = new RasHandle(0);

    /**
     * {@return the handle with these bits} 0 gives {@link #NULL}.
     *
     * @param bits the handle value, zero-extended from 32 bits on x86
     */
    public static RasHandle of(long bits) {
        return bits == 0 ? NULL : new RasHandle(bits);
    }

    /** {@return whether this is the NULL handle} */
    public boolean isNull() {
        return bits == 0;
    }

    /** {@return whether the handle fits in 32 bits, as every x86 handle must} */
    public boolean fitsIn32Bits() {
        return (bits >>> 32) == 0;
    }

    @Override
    public String toString() {
        return "0x" + Long.toHexString(bits);
    }
}
