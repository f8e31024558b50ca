package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How the caller's buffer of one recorded call stood, besides its bytes: what a backend must not
 * depend on and must not change (docs/contract.md C-ENUM-06), and the byte the caller filled it with.
 * A replay matches calls without these; the checker compares calls that differ only here.
 *
 * @param position    the buffer's position before the call
 * @param limit       the buffer's limit before the call
 * @param direct      whether the buffer was direct
 * @param fill        the value every byte past {@code dwSize} (bytes {@code [4, capacity)}) held before the
 *                    call, when they all held the same; {@code null} when they did not, or when a trace
 *                    does not say
 * @param positionOut the position after the call
 * @param limitOut    the limit after the call
 */
public record CallBuffer(int position, int limit, boolean direct, Integer fill, int positionOut, int limitOut) {
    /**
     * The value {@link Capture} fills every buffer with past {@code dwSize}: a backend that writes zeros where
     * it must not shows.
     */
    public static final int CANARY = 0xA5;

    /**
     * Checks the ranges.
     *
     * @param position    the position before the call
     * @param limit       the limit before the call
     * @param direct      whether the buffer was direct
     * @param fill        the value of every byte past {@code dwSize} before the call, or {@code null}
     * @param positionOut the position after the call
     * @param limitOut    the limit after the call
     */
    public CallBuffer {
        if (position < 0 || position > limit || positionOut < 0 || positionOut > limitOut) {
            throw new IllegalArgumentException("position " + position + " / limit " + limit + " -> position "
                    + positionOut + " / limit " + limitOut);
        }
        if (fill != null && (fill < 0 || fill > 0xFF)) {
            throw new IllegalArgumentException("fill " + fill + " is not a byte");
        }
    }

    /**
     * {@return a plain heap buffer of {@code capacity} bytes, position 0 and limit the capacity, filled with
     * {@code fill} (or unknown); the reading of a call line without these members}
     *
     * @param capacity the capacity
     * @param fill     the fill, or {@code null}
     */
    public static CallBuffer plain(int capacity, Integer fill) {
        return new CallBuffer(0, capacity, false, fill, 0, capacity);
    }

    /** {@return how {@code buffer} stands now, before a call, with its fill} */
    static CallBuffer before(ByteBuffer buffer) {
        return new CallBuffer(buffer.position(), buffer.limit(), buffer.isDirect(), fill(buffer), buffer.position(),
                buffer.limit());
    }

    /** {@return this, with the position and limit {@code buffer} has after the call} */
    CallBuffer after(ByteBuffer buffer) {
        return new CallBuffer(position, limit, direct, fill, buffer.position(), buffer.limit());
    }

    /** {@return whether the call left the position and the limit as they were} */
    public boolean unmoved() {
        return positionOut == position && limitOut == limit;
    }

    /** {@return whether the buffer was a plain one: position 0, limit the capacity, on the heap} */
    boolean plainFor(int capacity) {
        return position == 0 && limit == capacity && !direct;
    }

    private static Integer fill(ByteBuffer caller) {
        ByteBuffer buffer = caller.duplicate().clear();
        int capacity = buffer.capacity();
        if (capacity <= Integer.BYTES) {
            return null;
        }
        int value = Byte.toUnsignedInt(buffer.get(Integer.BYTES));
        for (int i = Integer.BYTES + 1; i < capacity; i++) {
            if (Byte.toUnsignedInt(buffer.get(i)) != value) {
                return null;
            }
        }
        return value;
    }

    /**
     * {@return a little-endian heap or direct buffer as this one stood: {@code capacity} bytes, {@code dwSize}
     * at byte 0 (when given), the fill past it, the position and limit}
     *
     * @param capacity the capacity
     * @param dwSize   the {@code DWORD} at byte 0, or {@code null}
     */
    ByteBuffer make(int capacity, Long dwSize) {
        ByteBuffer buffer = (direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity))
                .order(ByteOrder.LITTLE_ENDIAN);
        byte value = (byte) (fill == null ? 0 : fill.intValue());
        for (int i = 0; i < capacity; i++) {
            buffer.put(i, value);
        }
        if (dwSize != null) {
            buffer.putInt(0, dwSize.intValue());
        }
        buffer.limit(Math.min(limit, capacity)).position(Math.min(position, Math.min(limit, capacity)));
        return buffer;
    }
}
