package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusLayout;

/**
 * The {@code dwSize} rule of {@code RasGetConnectStatus} for one input, the body of a property:
 * a size that is no accepted version is refused and nothing is written; with a live handle the
 * refusal is {@code ERROR_INVALID_SIZE}.
 */
final class StatusSizeCheck {
    private final Harness h;

    StatusSizeCheck(Harness harness) {
        this.h = harness;
    }

    /** Checks one {@code dwSize} that the profile does not accept in {@code charset}. */
    void check(RasCharset charset, int dwSize) {
        RasHandle handle = live(charset);
        int room = RasConnStatusLayout.newest(RasCharset.W, Abi.X64).size() + 32;
        String what = "RasGetConnectStatus" + charset + "(" + handle + ") with dwSize " + Integer.toUnsignedString(dwSize);
        StatusOutcome out = h.status(charset, handle, dwSize, room).assertNothingWrittenFrom(0, what);
        if (handle.isNull()) {
            assertNotEquals(0, out.code(), what + " must fail");
        } else {
            out.assertCode(RasError.ERROR_INVALID_SIZE.code(), what);
        }
    }

    /** A live handle (the fixture makes one), or the NULL handle when there is none. */
    private RasHandle live(RasCharset charset) {
        if (h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            return h.fixture(TckFeature.CAN_CREATE_CONNECTIONS).connect(ConnectionSpec.entry("status"));
        }
        List<RasConnection> listed = h.setupListing(h.newest(charset));
        return listed.isEmpty() ? RasHandle.NULL : listed.get(0).handle();
    }
}
