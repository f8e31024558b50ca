package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import org.ras4j.spi.Buffers;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;

/**
 * What one {@code RasGetConnectStatus} call did.
 *
 * @param code     the return value
 * @param buffer   the caller's {@code RASCONNSTATUS} buffer after the call
 * @param original a copy of it before the call
 * @param layout   the {@code RASCONNSTATUS} layout the caller's {@code dwSize} names, or {@code null} if none
 */
record StatusOutcome(int code, ByteBuffer buffer, byte[] original, RasConnStatusLayout layout) {

    /** Asserts the return code, naming both codes on failure. */
    StatusOutcome assertCode(int expected, String what) {
        if (code != expected) {
            fail(what + ": expected " + expected + " " + RasError.nameOf(expected) + " but the backend returned "
                    + Integer.toUnsignedString(code) + " " + RasError.nameOf(code));
        }
        return this;
    }

    /** Asserts that the bytes from {@code from} to the end of the buffer are still the caller's. */
    StatusOutcome assertNothingWrittenFrom(int from, String what) {
        ByteBuffer bytes = Buffers.whole(buffer);
        for (int i = from; i < bytes.capacity(); i++) {
            if (bytes.get(i) != original[i]) {
                fail(what + ": " + StructBytes.where(layout, i) + " of the " + buffer.capacity()
                        + "-byte buffer was written: " + StructBytes.hex(original[i]) + " became "
                        + StructBytes.hex(bytes.get(i)));
            }
        }
        return this;
    }

    /** The structure the backend wrote, decoded (which checks its {@code dwSize} and terminators). */
    ConnectionStatus decode(RasConnStatusCodec codec, RasConnStatusLayout layout) {
        try {
            return codec.decode(buffer, layout);
        } catch (RasException e) {
            return fail(layout.charset().functionName("RasGetConnectStatus") + " wrote a " + layout
                    + " that does not decode: " + e.getMessage(), e);
        }
    }

    /** Every byte of the buffer after the call, whatever its position and limit. */
    byte[] bytes() {
        return CallerMemory.copy(buffer);
    }
}
