package org.ras4j.trace;

import java.util.Objects;

/**
 * One recorded call: line {@code index + 2} of a trace file.
 *
 * @param index  the call's place in the trace, from 0
 * @param input  what decides the answer
 * @param output the answer
 */
public record TraceCall(int index, CallInput input, CallOutput output) {
    /**
     * Checks the members.
     *
     * @param index  the call's place in the trace, from 0
     * @param input  what decides the answer
     * @param output the answer
     */
    public TraceCall {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
    }

    /** {@return the line of the trace file this call is written on (the header is line 1)} */
    public int line() {
        return index + 2;
    }
}
