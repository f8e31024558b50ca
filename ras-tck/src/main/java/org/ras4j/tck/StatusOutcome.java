package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import org.ras4j.spi.Buffers;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasError;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;

/**
 * What one {@code RasGetConnectStatus} call did.
 *
 * @param code     the return value
 * @param buffer   the caller's {@code RASCONNSTATUS} buffer after the call
 * @param original a copy of it before the call
 */
record StatusOutcome(int code, ByteBuffer buffer, byte[] original) {

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
                fail(what + ": byte " + i + " of the " + buffer.capacity() + "-byte buffer was written");
            }
        }
        return this;
    }

    /** The structure the backend wrote, decoded (which checks its {@code dwSize} and terminators). */
    ConnectionStatus decode(RasConnStatusCodec codec, RasConnStatusLayout layout) {
        return codec.decode(buffer, layout);
    }
}
