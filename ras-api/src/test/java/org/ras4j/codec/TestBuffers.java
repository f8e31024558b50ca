package org.ras4j.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The kinds of {@link ByteBuffer} a codec must work in place on: heap and direct, a heap slice that
 * does not start at index 0 of its array, either byte order, and position/limit left anywhere
 * (the codec uses absolute offsets from 0 up to the capacity).
 */
enum TestBuffers {
    HEAP,
    DIRECT,
    HEAP_SLICE_AT_ARRAY_OFFSET_7,
    HEAP_BIG_ENDIAN,
    DIRECT_WITH_POSITION_AND_LIMIT_MOVED;

    /** A zeroed buffer of exactly {@code capacity} bytes, so any read past its end would throw. */
    ByteBuffer allocate(int capacity) {
        switch (this) {
            case HEAP:
                return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
            case DIRECT:
                return ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
            case HEAP_SLICE_AT_ARRAY_OFFSET_7: {
                byte[] backing = new byte[capacity + 7 + 5];
                Arrays.fill(backing, (byte) 0x5A);
                ByteBuffer slice = ByteBuffer.wrap(backing, 7, capacity).slice().order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < capacity; i++) {
                    slice.put(i, (byte) 0);
                }
                return slice;
            }
            case HEAP_BIG_ENDIAN:
                return ByteBuffer.allocate(capacity).order(ByteOrder.BIG_ENDIAN);
            case DIRECT_WITH_POSITION_AND_LIMIT_MOVED: {
                ByteBuffer buffer = ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
                buffer.limit(capacity / 3).position(capacity / 5);
                return buffer;
            }
            default:
                throw new AssertionError(this);
        }
    }

    /** A buffer of this kind holding a copy of {@code bytes}. */
    ByteBuffer holding(byte[] bytes) {
        ByteBuffer buffer = allocate(bytes.length);
        ByteBuffer all = buffer.duplicate();
        all.clear();
        all.put(bytes);
        return buffer;
    }

    /** The bytes of the buffer from index 0 to its capacity, whatever its position and limit. */
    static byte[] contents(ByteBuffer buffer) {
        ByteBuffer all = buffer.duplicate();
        all.clear();
        byte[] bytes = new byte[all.capacity()];
        all.get(bytes);
        return bytes;
    }
}
