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
 * <p>Either way the callee gets {@code size} bytes, and of a copy only the first {@code writable}
 * of them are copied back: the port's rule that a backend reads the {@code dwSize} of the caller's
 * memory but writes only {@code [0, min(*lpcb, capacity))}. Position, limit and byte order of the
 * caller's buffer are left as they are.
 */
final class CallerMemory {
    private final ByteBuffer caller;
    private final Pointer pointer;
    private final Memory copy;
    private final int size;
    private final int writable;

    private CallerMemory(ByteBuffer caller, Pointer pointer, Memory copy, int size, int writable) {
        this.caller = caller;
        this.pointer = pointer;
        this.copy = copy;
        this.size = size;
        this.writable = writable;
    }

    /** The first {@code size} bytes of {@code buffer} as native memory, all of them writable. */
    static CallerMemory of(ByteBuffer buffer, int size) {
        return of(buffer, size, size);
    }

    /**
     * The first {@code size} bytes of {@code buffer} as native memory, of which the callee may
     * change only the first {@code writable}.
     *
     * @param size     at least 1 and at most the buffer's capacity
     * @param writable at most {@code size}
     * @throws ReadOnlyBufferException if the buffer is read-only: the callee writes into it
     */
    static CallerMemory of(ByteBuffer buffer, int size, int writable) {
        if (buffer.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        if (size < 1 || size > buffer.capacity() || writable < 0 || writable > size) {
            throw new IllegalArgumentException(size + " bytes (" + writable + " writable) of a " + buffer.capacity()
                    + "-byte buffer");
        }
        if (buffer.isDirect()) {
            return new CallerMemory(buffer, Native.getDirectBufferPointer(buffer), null, size, writable);
        }
        Memory memory = new Memory(size);
        ByteBuffer source = buffer.duplicate();
        source.clear().limit(size);
        memory.getByteBuffer(0, size).put(source);
        return new CallerMemory(buffer, memory, memory, size, writable);
    }

    /** The pointer to pass to the callee. */
    Pointer pointer() {
        return pointer;
    }

    /** The number of bytes the callee may write: what it is told the memory holds. */
    int writable() {
        return writable;
    }

    /** The little-endian {@code DWORD} at byte 0, the structure's {@code dwSize}, as the callee sees it. */
    int dwSize() {
        return pointer.getByteBuffer(0, Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    }

    /** Copies the writable bytes back into the caller's buffer (nothing to do when they are its own memory). */
    void copyBack() {
        if (copy != null && writable > 0) {
            ByteBuffer target = caller.duplicate();
            target.clear();
            target.put(copy.getByteBuffer(0, writable));
        }
    }

    /** Frees a native copy now rather than at garbage collection. */
    void release() {
        if (copy != null) {
            copy.close();
        }
    }
}
