package org.ras4j.spi;

/**
 * A {@code LPDWORD}: a caller-owned 32-bit cell that a RAS function reads and writes. Passing
 * {@code null} where a {@code DwordRef} is expected stands for a NULL pointer.
 *
 * <p>The value is a {@code DWORD}, unsigned in C; it is stored as its 32 bits. Instances are not
 * thread-safe: like the C variable they stand for, each call uses its own.
 */
public final class DwordRef {
    private int value;

    private DwordRef(int value) {
        this.value = value;
    }

    /**
     * {@return a cell holding {@code value}}
     *
     * @param value the initial 32 bits
     */
    public static DwordRef of(int value) {
        return new DwordRef(value);
    }

    /** {@return the 32 bits held} */
    public int get() {
        return value;
    }

    /** {@return the value as an unsigned number} */
    public long getUnsigned() {
        return Integer.toUnsignedLong(value);
    }

    /**
     * Writes the cell, as the callee writes {@code *lpcb}.
     *
     * @param newValue the 32 bits to hold
     */
    public void set(int newValue) {
        value = newValue;
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(value);
    }
}
