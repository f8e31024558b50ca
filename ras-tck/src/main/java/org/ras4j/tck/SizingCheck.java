package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;

/**
 * The whole sizing rule of {@code RasEnumConnections} for one input, the body of the contract's
 * properties: given the connections, the caller's version and {@code *lpcb}, exactly one answer is
 * right. Two corners are left open, as the contract leaves them: {@code *lpcb < 4} (no room for
 * {@code dwSize}) and {@code *lpcb < dwSize} with no connection; only the bytes beyond
 * {@code *lpcb} are checked there.
 */
final class SizingCheck {
    /** Below four bytes there is no room for the {@code dwSize} the backend must read. */
    private static final int MIN_PINNED_LPCB = 4;

    private final Harness h;

    SizingCheck(Harness harness) {
        this.h = harness;
    }

    /**
     * Makes {@code specs} with the fixture (if it can) and checks one call.
     *
     * @param versionPick chooses among the accepted versions (modulo their number)
     * @param room        how many entries {@code *lpcb} holds, before {@code slack}
     * @param slack       bytes added to (or taken from) {@code room} entries
     */
    void check(List<ConnectionSpec> specs, RasCharset charset, int versionPick, int room, int slack) {
        List<RasConnLayout> accepted = h.profile().connLayouts(charset);
        RasConnLayout layout = accepted.get(Math.floorMod(versionPick, accepted.size()));
        List<RasConnection> expected = expectedConnections(specs, layout);
        int n = expected.size();
        int size = layout.size();
        int lpcb = Math.max(0, room * size + slack);
        String what = layout + " with " + n + " connection(s) and *lpcb = " + lpcb;
        EnumOutcome out = h.enumerate(charset, size, lpcb + 32, lpcb).assertNothingWrittenFrom(lpcb, what);
        if (lpcb < MIN_PINNED_LPCB || n == 0 && lpcb < size) {
            return; // not pinned: see REQUIREMENTS.md, "What the kit does not pin"
        }
        if (lpcb >= n * size) {
            out.assertCode(0, what).assertOutputs(n * size, n, what);
            Harness.assertSameConnections(expected, out.decode(h.connCodec(), layout, n), what);
        } else {
            out.assertCode(RasError.ERROR_BUFFER_TOO_SMALL.code(), what).assertOutputs(n * size, n, what);
            List<RasConnection> remaining = new ArrayList<>(expected);
            for (RasConnection written : out.decode(h.connCodec(), layout, lpcb / size)) {
                assertTrue(remaining.remove(written), what + ": a written entry is no listed connection: " + written);
            }
        }
    }

    private List<RasConnection> expectedConnections(List<ConnectionSpec> specs, RasConnLayout layout) {
        if (!h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            return h.listing(layout);
        }
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        List<RasConnection> made = new ArrayList<>();
        for (ConnectionSpec spec : specs) {
            RasHandle handle = fixture.connect(spec);
            made.add(spec.toConnection(handle));
        }
        List<RasConnection> expected = h.project(made, layout);
        assertEquals(expected.size(), specs.size());
        return expected;
    }
}
