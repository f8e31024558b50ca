package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.ras4j.RasError;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;

/**
 * What one call of a function that inspects a connection did: its return code, the caller's
 * buffer (canary bytes wherever nothing may be written) and {@code *lpcb} before and after.
 *
 * @param code     the return value
 * @param buffer   the caller's buffer, or {@code null} for a NULL pointer
 * @param original a copy of the buffer before the call, or {@code null}
 * @param lpcbIn   {@code *lpcb} before the call (0 without one)
 * @param lpcb     {@code *lpcb} after the call, or {@code null} without one
 */
record InspectOutcome(int code, ByteBuffer buffer, byte[] original, int lpcbIn, DwordRef lpcb) {

    /** Calls {@code function}, failing the test (not erroring) if the backend throws. */
    static InspectOutcome call(String name, ByteBuffer buffer, DwordRef lpcb, IntSupplier function) {
        byte[] original = buffer == null ? null : CallerMemory.copy(buffer);
        int lpcbIn = lpcb == null ? 0 : lpcb.get();
        int code;
        try {
            code = function.getAsInt();
        } catch (RuntimeException e) {
            return fail(name + " threw " + e + ": a backend answers with a Win32 code", e);
        }
        return new InspectOutcome(code, buffer, original, lpcbIn, lpcb);
    }

    private static String named(int code) {
        return Integer.toUnsignedString(code) + " " + RasError.nameOf(code);
    }

    /** Asserts the return code. */
    InspectOutcome assertCode(int expected, String what) {
        if (code != expected) {
            fail(what + ": expected " + named(expected) + " but the backend returned " + named(code)
                    + (lpcb == null ? "" : " (*lpcb=" + lpcb + ")"));
        }
        return this;
    }

    /** Asserts that the return code is one of {@code allowed} (an open point of the contract). */
    InspectOutcome assertCodeIn(Set<Integer> allowed, String what) {
        if (!allowed.contains(code)) {
            fail(what + ": expected one of " + allowed.stream().map(InspectOutcome::named).collect(Collectors.toList())
                    + " but the backend returned " + named(code));
        }
        return this;
    }

    /** Asserts {@code *lpcb} after the call. */
    InspectOutcome assertLpcb(int expected, String what) {
        assertEquals(Integer.toUnsignedString(expected), lpcb.toString(), what + ": *lpcb");
        return this;
    }

    /** Asserts that the bytes from {@code from} to the end of the buffer are still the caller's. */
    InspectOutcome assertNothingWrittenFrom(int from, String what) {
        if (buffer == null) {
            return this;
        }
        ByteBuffer bytes = Buffers.whole(buffer);
        for (int i = Math.min(from, bytes.capacity()); i < bytes.capacity(); i++) {
            if (bytes.get(i) != original[i]) {
                fail(what + ": byte " + i + " of the " + bytes.capacity() + "-byte buffer was written");
            }
        }
        return this;
    }

    /** Asserts that a rejected call wrote no byte and left {@code *lpcb} as the caller set it. */
    InspectOutcome assertUntouched(String what) {
        assertNothingWrittenFrom(0, what + " (a rejected call writes nothing)");
        if (lpcb != null) {
            assertLpcb(lpcbIn, what + " (a rejected call leaves the caller's *lpcb)");
        }
        return this;
    }
}
