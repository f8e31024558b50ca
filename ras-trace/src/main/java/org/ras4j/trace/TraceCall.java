package org.ras4j.trace;

import java.util.Objects;

/**
 * One recorded call: line {@code index + 2} of a trace file.
 *
 * @param index  the call's place in the trace, from 0
 * @param input  what decides the answer
 * @param output the answer
 * @param buffer how the caller's buffer stood before and after the call; {@code null} for a NULL buffer
 */
public record TraceCall(int index, CallInput input, CallOutput output, CallBuffer buffer) {
    /**
     * Checks the members: a buffer's state is there exactly when the call had a buffer.
     *
     * @param index  the call's place in the trace, from 0
     * @param input  what decides the answer
     * @param output the answer
     * @param buffer how the caller's buffer stood, or {@code null} for a NULL buffer
     */
    public TraceCall {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        if ((buffer == null) != (input.capacity() == null)) {
            throw new IllegalArgumentException("a buffer's state is recorded exactly for a call with a buffer");
        }
    }

    /**
     * A call whose buffer was a plain one (position 0, limit its capacity, on the heap, fill unknown).
     *
     * @param index  the call's place in the trace, from 0
     * @param input  what decides the answer
     * @param output the answer
     */
    public TraceCall(int index, CallInput input, CallOutput output) {
        this(index, input, output, input.capacity() == null ? null : CallBuffer.plain(input.capacity(), null));
    }

    /** {@return the line of the trace file this call is written on (the header is line 1)} */
    public int line() {
        return index + 2;
    }
}
