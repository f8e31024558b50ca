package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.List;
import org.ras4j.spi.Buffers;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;

/**
 * What one {@code RasEnumConnections} call did: its return code, the two out-values and the
 * caller's buffer, with the inputs needed to judge them.
 *
 * @param code     the return value
 * @param lpcb     {@code *lpcb} after the call (the input value if the pointer was NULL)
 * @param count    {@code *lpcConnections} after the call (the input value if the pointer was NULL)
 * @param buffer   the caller's buffer, or {@code null} if it was NULL
 * @param lpcbIn   {@code *lpcb} before the call
 * @param countIn  {@code *lpcConnections} before the call
 * @param original a copy of the buffer before the call, or {@code null}
 * @param layout   the {@code RASCONN} layout the caller's {@code dwSize} names, or {@code null} if none
 */
record EnumOutcome(int code, int lpcb, int count, ByteBuffer buffer, int lpcbIn, int countIn, byte[] original,
        RasConnLayout layout) {

    /** Asserts the return code, naming both codes on failure. */
    EnumOutcome assertCode(int expected, String what) {
        if (code != expected) {
            fail(what + ": expected " + expected + " " + RasError.nameOf(expected) + " but the backend returned "
                    + Integer.toUnsignedString(code) + " " + RasError.nameOf(code)
                    + " (*lpcb=" + Integer.toUnsignedString(lpcb) + ", *lpcConnections="
                    + Integer.toUnsignedString(count) + ")");
        }
        return this;
    }

    /** Asserts {@code *lpcb} and {@code *lpcConnections}. */
    EnumOutcome assertOutputs(int expectedLpcb, int expectedCount, String what) {
        assertEquals(expectedCount, count, what + ": *lpcConnections");
        assertEquals(expectedLpcb, lpcb, what + ": *lpcb");
        return this;
    }

    /** Asserts that neither out-value nor any byte of the buffer changed. */
    EnumOutcome assertUntouched(String what) {
        assertOutputs(lpcbIn, countIn, what + " (a rejected call leaves the caller's values)");
        if (buffer != null) {
            assertBytesKept(0, buffer.capacity(), what + " (a rejected call writes nothing)");
        }
        return this;
    }

    /** Asserts that the bytes from {@code from} to the end of the buffer are still the caller's. */
    EnumOutcome assertNothingWrittenFrom(int from, String what) {
        if (buffer != null) {
            assertBytesKept(Math.min(from, buffer.capacity()), buffer.capacity(), what);
        }
        return this;
    }

    /** Asserts that the bytes from {@code from} up to {@code to} are still the caller's. */
    EnumOutcome assertNothingWrittenBetween(int from, int to, String what) {
        if (buffer != null) {
            assertBytesKept(Math.min(from, buffer.capacity()), Math.min(to, buffer.capacity()), what);
        }
        return this;
    }

    private void assertBytesKept(int from, int to, String what) {
        ByteBuffer bytes = Buffers.whole(buffer);
        for (int i = from; i < to; i++) {
            if (bytes.get(i) != original[i]) {
                fail(what + ": " + StructBytes.where(layout, i) + " of the " + buffer.capacity()
                        + "-byte buffer was written (*lpcb was " + Integer.toUnsignedString(lpcbIn) + "): "
                        + StructBytes.hex(original[i]) + " became " + StructBytes.hex(bytes.get(i)));
            }
        }
    }

    /** Every byte of the buffer after the call, whatever its position and limit. */
    byte[] bytes() {
        return CallerMemory.copy(buffer);
    }

    /** The first {@code n} entries, decoded (which checks each entry's {@code dwSize} and terminators). */
    List<RasConnection> decode(RasConnCodec codec, RasConnLayout layout, int n) {
        try {
            return codec.decode(buffer, layout, n);
        } catch (RasException e) {
            return fail(layout.charset().functionName("RasEnumConnections") + " wrote " + n + " entries of " + layout
                    + " that do not decode: " + e.getMessage(), e);
        }
    }
}
