package org.ras4j.tck;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.ras4j.spi.Buffers;

/**
 * Caller memory as a careful test prepares it: canary bytes everywhere a backend must not write,
 * garbage in the out-values it must overwrite, and copies of every byte to compare after a call.
 */
final class CallerMemory {
    /** The byte every caller buffer is filled with before a call. */
    static final byte CANARY = (byte) 0xA5;
    /** The value {@code *lpcConnections} holds before a call: the backend must overwrite it. */
    static final int GARBAGE = 0xDEAD_BEEF;

    private CallerMemory() {
    }

    /** A heap buffer of {@code capacity} canary bytes with {@code dwSize} in its first four. */
    static ByteBuffer callerBuffer(int capacity, int dwSize) {
        byte[] bytes = new byte[capacity];
        Arrays.fill(bytes, CANARY);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (capacity >= 4) {
            buffer.order(ByteOrder.LITTLE_ENDIAN).putInt(0, dwSize).order(ByteOrder.BIG_ENDIAN);
        }
        return buffer;
    }

    /** The {@code dwSize} in the first four bytes, little-endian. */
    static int dwSizeOf(byte[] bytes) {
        return ByteBuffer.wrap(bytes, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** Every byte of the buffer, whatever its position and limit. */
    static byte[] copy(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.capacity()];
        Buffers.whole(buffer).get(0, bytes);
        return bytes;
    }
}
