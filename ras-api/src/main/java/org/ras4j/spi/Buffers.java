package org.ras4j.spi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Caller memory as the Win32 functions see it: all of a buffer's bytes, little-endian, at absolute
 * offsets, whatever the Java buffer's position, limit and byte order (which stay as they were).
 * The codecs, the simulator, the JNA backend and the TCK all read buffers through this one view.
 */
public final class Buffers {
    /** The bytes of a {@code dwSize}: a buffer smaller than this holds no structure version. */
    public static final int DWSIZE_BYTES = Integer.BYTES;

    private Buffers() {
    }

    /**
     * A little-endian view of {@code [0, capacity)} of {@code buffer}: the buffer itself when it
     * already is one (little-endian, limit at capacity), else a duplicate sharing its bytes;
     * {@code null} stays {@code null}. Use absolute access only.
     *
     * @param buffer the caller's buffer, any position, limit and byte order, or {@code null}
     * @return the little-endian view of all its bytes, or {@code null}
     */
    public static ByteBuffer whole(ByteBuffer buffer) {
        if (buffer == null || buffer.order() == ByteOrder.LITTLE_ENDIAN && buffer.limit() == buffer.capacity()) {
            return buffer;
        }
        ByteBuffer view = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        view.clear();
        return view;
    }

    /**
     * {@return whether {@code buffer} is non-null and its capacity holds the four bytes of a {@code dwSize}}
     *
     * @param buffer the caller's buffer, any position, limit and byte order
     */
    public static boolean holdsDwSize(ByteBuffer buffer) {
        return buffer != null && buffer.capacity() >= DWSIZE_BYTES;
    }

    /**
     * The {@code dwSize} of the structure at byte 0: the little-endian {@code DWORD} there, read
     * whatever the buffer's position, limit and byte order, as Windows reads it.
     *
     * @param buffer the caller's buffer, any position, limit and byte order
     * @return the {@code dwSize}, as a signed {@code int} holding the unsigned {@code DWORD}
     * @throws IllegalArgumentException if the buffer's capacity is under four bytes
     */
    public static int dwSize(ByteBuffer buffer) {
        if (!holdsDwSize(buffer)) {
            throw new IllegalArgumentException("a buffer of " + buffer.capacity() + " bytes holds no dwSize");
        }
        return whole(buffer).getInt(0);
    }
}
