package org.ras4j;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Direct, little-endian buffers that callers borrow for one backend call and give back, so that a
 * steady-state enumeration allocates no new buffer. Direct memory lets a native backend use the
 * bytes in place. Thread-safe.
 */
final class BufferPool {
    private static final int MAX_POOLED = 8;

    private final ConcurrentLinkedDeque<ByteBuffer> free = new ConcurrentLinkedDeque<>();

    /** A buffer of at least {@code minCapacity} bytes. */
    ByteBuffer borrow(int minCapacity) {
        ByteBuffer buffer = free.pollFirst();
        if (buffer != null && buffer.capacity() >= minCapacity) {
            return buffer;
        }
        return ByteBuffer.allocateDirect(minCapacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Gives a buffer back for later calls. */
    void giveBack(ByteBuffer buffer) {
        if (free.size() < MAX_POOLED) {
            free.offerFirst(buffer);
        }
    }
}
