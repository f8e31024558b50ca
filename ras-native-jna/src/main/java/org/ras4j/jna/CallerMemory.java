package org.ras4j.jna;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;

/**
 * The first bytes of a caller's {@link ByteBuffer} as native memory for one call: the buffer's own
 * memory when it is direct, else a native copy of exactly those bytes, copied back after the call.
 *
 * <p>Either way the callee gets exactly {@code size} bytes, and only those bytes of the caller's
 * buffer can change: the port's rule that a backend touches only {@code [0, min(*lpcb,
 * capacity))}. Position, limit and byte order of the caller's buffer are left as they are.
 */
final class CallerMemory {
    private final ByteBuffer caller;
    private final Pointer pointer;
    private final Memory copy;
    private final int size;

    private CallerMemory(ByteBuffer caller, Pointer pointer, Memory copy, int size) {
        this.caller = caller;
        this.pointer = pointer;
        this.copy = copy;
        this.size = size;
    }

    /**
     * The first {@code size} bytes of {@code buffer} as native memory.
     *
     * @param size at least 1 and at most the buffer's capacity
     * @throws ReadOnlyBufferException if the buffer is read-only: the callee writes into it
     */
    static CallerMemory of(ByteBuffer buffer, int size) {
        if (buffer.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        if (size < 1 || size > buffer.capacity()) {
            throw new IllegalArgumentException(size + " bytes of a " + buffer.capacity() + "-byte buffer");
        }
        if (buffer.isDirect()) {
            return new CallerMemory(buffer, Native.getDirectBufferPointer(buffer), null, size);
        }
        Memory memory = new Memory(size);
        ByteBuffer source = buffer.duplicate();
        source.clear().limit(size);
        memory.getByteBuffer(0, size).put(source);
        return new CallerMemory(buffer, memory, memory, size);
    }

    /** The pointer to pass to the callee. */
    Pointer pointer() {
        return pointer;
    }

    /** The number of bytes the callee gets. */
    int size() {
        return size;
    }

    /** The little-endian {@code DWORD} at byte 0, the structure's {@code dwSize}, as the callee sees it. */
    int dwSize() {
        return pointer.getByteBuffer(0, Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    }

    /** Copies the bytes back into the caller's buffer (nothing to do when they are the caller's own memory). */
    void copyBack() {
        if (copy != null) {
            ByteBuffer target = caller.duplicate();
            target.clear();
            target.put(copy.getByteBuffer(0, size));
        }
    }

    /** Frees a native copy now rather than at garbage collection. */
    void release() {
        if (copy != null) {
            copy.close();
        }
    }
}
