package org.ras4j;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Direct, little-endian buffers that callers borrow for one backend call and give back, so that a
 * steady-state enumeration allocates no new buffer. Direct memory lets a native backend use the
 * bytes in place. A fixed set of slots, so that neither borrowing nor giving back allocates.
 * Thread-safe.
 */
final class BufferPool {
    private static final int SLOTS = 8;

    private final AtomicReferenceArray<ByteBuffer> slots = new AtomicReferenceArray<>(SLOTS);

    /** A buffer of at least {@code minCapacity} bytes. */
    ByteBuffer borrow(int minCapacity) {
        for (int i = 0; i < SLOTS; i++) {
            ByteBuffer buffer = slots.get(i);
            if (buffer != null && buffer.capacity() >= minCapacity && slots.compareAndSet(i, buffer, null)) {
                return buffer;
            }
        }
        return ByteBuffer.allocateDirect(minCapacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Gives a buffer back for later calls; it replaces a smaller one when every slot is taken. */
    void giveBack(ByteBuffer buffer) {
        for (int i = 0; i < SLOTS; i++) {
            if (slots.get(i) == null && slots.compareAndSet(i, null, buffer)) {
                return;
            }
        }
        for (int i = 0; i < SLOTS; i++) {
            ByteBuffer held = slots.get(i);
            if (held != null && held.capacity() < buffer.capacity() && slots.compareAndSet(i, held, buffer)) {
                return;
            }
        }
    }
}
