package org.ras4j.trace;

import java.util.Objects;

/**
 * Consecutive bytes a backend changed outside the range it may write (at or past
 * {@link CallInput#writableEnd()}): kept so that the checker can name the violation and a replay
 * reproduces it.
 *
 * @param offset the absolute offset of the first byte
 * @param bytes  the bytes as they stood after the call
 */
public record TraceRun(int offset, TraceBytes bytes) {
    /**
     * Checks the members.
     *
     * @param offset the absolute offset of the first byte
     * @param bytes  the bytes as they stood after the call
     */
    public TraceRun {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        Objects.requireNonNull(bytes, "bytes");
    }

    /** {@return the offset just past the last byte} */
    public int end() {
        return offset + bytes.length();
    }
}
