package org.ras4j.trace;

import java.util.Objects;

/**
 * One thing {@link TraceChecker} found: a recorded answer that breaks a rule of docs/contract.md, or one
 * the simulator answers differently.
 *
 * @param line    the trace line of the call (1 for the header)
 * @param rule    the contract rule id ({@code C-…}), or {@link #SIMULATOR} for a difference from the simulator
 * @param message what is wrong
 */
public record Finding(int line, String rule, String message) {
    /** The {@link #rule()} of a difference between the trace and the simulator. */
    public static final String SIMULATOR = "simulator";

    /**
     * Checks for null.
     *
     * @param line    the trace line of the call (1 for the header)
     * @param rule    the contract rule id, or {@link #SIMULATOR}
     * @param message what is wrong
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** A finding on {@code call}'s line, its message led by the call's name. */
    static Finding at(TraceCall call, String rule, String message) {
        return new Finding(call.line(), rule, call.input().callName() + ": " + message);
    }

    /** {@return {@code line N: [rule] message}} */
    @Override
    public String toString() {
        return "line " + line + ": [" + rule + "] " + message;
    }
}
