package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Little-endian {@code DWORD}s at absolute offsets, without touching a buffer's position or order. */
final class Wire {
    private static final long DWORD_MAX = 0xFFFF_FFFFL;

    private Wire() {
    }

    /**
     * A little-endian view of all of {@code buffer}'s memory, {@code [0, capacity)}, whatever the
     * caller's position, limit and byte order (which stay as they were): the Win32 functions see
     * memory, not a Java buffer's window on it. {@code null} stays {@code null}.
     */
    static ByteBuffer whole(ByteBuffer buffer) {
        return buffer == null ? null : buffer.duplicate().clear().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The {@code DWORD} at {@code offset}, read byte by byte (the buffer's byte order does not matter). */
    static int readDword(ByteBuffer buffer, int offset) {
        return (buffer.get(offset) & 0xFF)
                | (buffer.get(offset + 1) & 0xFF) << 8
                | (buffer.get(offset + 2) & 0xFF) << 16
                | (buffer.get(offset + 3) & 0xFF) << 24;
    }

    /** A byte count as a {@code DWORD}. */
    static int dword(long value) {
        if (value < 0 || value > DWORD_MAX) {
            throw new IllegalStateException(value + " does not fit a DWORD");
        }
        return (int) value;
    }
}
