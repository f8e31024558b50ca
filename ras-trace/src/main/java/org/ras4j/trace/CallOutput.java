package org.ras4j.trace;

import java.util.List;

/**
 * What one recorded call answered. {@code DWORD}s are held as their unsigned value.
 *
 * @param result  the Win32 code the function returned (0 when it threw)
 * @param lpcb    {@code *lpcb} (or {@code *lpdwSize}) after the call; {@code null} where there is none
 * @param count   {@code *lpcConnections} after the call; {@code null} where there is none
 * @param bytes   the bytes {@code [0, writableEnd)} of the buffer as they stood after the call, ({@code null}
 *                only for a NULL buffer): the answer a replay writes back
 * @param changed whether the call changed any byte of {@code [0, writableEnd)} (a rejected call must not)
 * @param outside the bytes the backend changed at or past {@code writableEnd}, in order; empty for a
 *                backend that keeps the contract
 * @param thrown  the exception the backend threw instead of returning a code (docs/contract.md C-ERR-04),
 *                as its class name and message; {@code null} for a call that returned
 */
public record CallOutput(long result, Long lpcb, Long count, TraceBytes bytes, boolean changed,
        List<TraceRun> outside, String thrown) {
    /**
     * Copies the list.
     *
     * @param result  the Win32 code the function returned (0 when it threw)
     * @param lpcb    {@code *lpcb} after the call, or {@code null}
     * @param count   {@code *lpcConnections} after the call, or {@code null}
     * @param bytes   the bytes {@code [0, writableEnd)} after the call, or {@code null} for a NULL buffer
     * @param changed whether the call changed any byte of {@code [0, writableEnd)}
     * @param outside the bytes changed at or past {@code writableEnd}
     * @param thrown  the exception thrown instead of a code, or {@code null}
     */
    public CallOutput {
        outside = List.copyOf(outside);
    }

    /**
     * The answer of a call that returned a code.
     *
     * @param result  the Win32 code the function returned
     * @param lpcb    {@code *lpcb} after the call, or {@code null}
     * @param count   {@code *lpcConnections} after the call, or {@code null}
     * @param bytes   the bytes {@code [0, writableEnd)} after the call, or {@code null} for a NULL buffer
     * @param changed whether the call changed any byte of {@code [0, writableEnd)}
     * @param outside the bytes changed at or past {@code writableEnd}
     */
    public CallOutput(long result, Long lpcb, Long count, TraceBytes bytes, boolean changed, List<TraceRun> outside) {
        this(result, lpcb, count, bytes, changed, outside, null);
    }

    /** {@return whether the backend threw instead of returning a code} */
    public boolean threw() {
        return thrown != null;
    }
}
