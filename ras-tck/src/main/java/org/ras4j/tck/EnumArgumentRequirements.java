package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.ras4j.RasError;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile.SizeQuery;
import org.ras4j.spi.WindowsProfile.ValidationOrder;

/**
 * The argument checks of {@code RasEnumConnections}: which {@code dwSize} values it accepts, NULL
 * pointers, the order of the checks, and the NULL-buffer size query. None needs a fixture.
 */
abstract class EnumArgumentRequirements {
    private static final int INVALID_SIZE = RasError.ERROR_INVALID_SIZE.code();
    private static final int INVALID_PARAMETER = RasError.ERROR_INVALID_PARAMETER.code();
    private static final int BUFFER_TOO_SMALL = RasError.ERROR_BUFFER_TOO_SMALL.code();

    /**
     * High 16 bits added to an accepted size: the result is no {@code RASCONN}, yet a backend that
     * reads only {@code dwSize & 0xFFFF} (or a {@code WORD}) takes it for the accepted one.
     */
    static final int[] HIGH_BITS = {0x0001_0000, 0x0002_0000, 0x0010_0000, 0x0100_0000, 0x1000_0000, 0x7FFF_0000,
        0x8000_0000, 0x5555_0000, 0xAAAA_0000, 0xFFFF_0000};

    private final Harness h;

    EnumArgumentRequirements(Harness harness) {
        this.h = harness;
    }

    /** The room a test gives: enough for the newest layout of either charset, with spare. */
    private int room() {
        return 2 * RasConnLayout.newest(RasCharset.W, Abi.X64).size();
    }

    @ForEachCharset
    @DisplayName("ENUM-01 every accepted dwSize is accepted: success with *lpcb = count × dwSize, the count, and entries that decode")
    void everyAcceptedSizeIsAccepted(RasCharset charset) {
        int n = h.requireConnections(charset, 2, 0).size();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            int capacity = Math.max(room(), n * layout.size());
            String what = layout + " (accepted) with " + n + " connection(s) and *lpcb = " + capacity;
            EnumOutcome out = h.enumerate(charset, layout.size(), capacity, capacity).assertCode(0, what)
                    .assertOutputs(n * layout.size(), n, what).assertNothingWrittenFrom(n * layout.size(), what);
            out.decode(h.connCodec(), layout, n);
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-02 the dwSize of a version the backend does not accept returns 632 and writes nothing")
    void unacceptedVersionsReturnInvalidSize(RasCharset charset) {
        List<Integer> sizes = new ArrayList<>();
        for (RasConnVersion version : RasConnVersion.values()) {
            int size = h.layout(version, charset).size();
            if (!h.profile().connLayout(charset, size).isPresent()) {
                sizes.add(size);
            }
        }
        assumeTrue(!sizes.isEmpty(), "not applicable: the backend accepts every RASCONN version in " + charset);
        assertRejected(charset, sizes);
    }

    @ForEachCharset
    @DisplayName("ENUM-03 the sizes of the other charset and the other ABI return 632 and write nothing")
    void foreignSizesReturnInvalidSize(RasCharset charset) {
        Set<Integer> sizes = new LinkedHashSet<>();
        for (RasConnVersion version : RasConnVersion.values()) {
            for (RasCharset other : RasCharset.values()) {
                for (Abi abi : Abi.values()) {
                    int size = RasConnLayout.of(version, other, abi).size();
                    if ((other != charset || abi != h.abi()) && !h.profile().connLayout(charset, size).isPresent()) {
                        sizes.add(size);
                    }
                }
            }
        }
        assertRejected(charset, List.copyOf(sizes));
    }

    @ForEachCharset
    @DisplayName("ENUM-04 sizes that are no RASCONN at all return 632 and write nothing")
    void nonsenseSizesReturnInvalidSize(RasCharset charset) {
        Set<Integer> sizes = new LinkedHashSet<>(List.of(0, 1, 3, 4, 5, 8, -1, Integer.MAX_VALUE, Integer.MIN_VALUE));
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            for (int delta : new int[] {-4, -2, -1, 1, 2, 4, 8}) {
                sizes.add(layout.size() + delta);
            }
            for (int highBits : HIGH_BITS) {
                sizes.add(layout.size() | highBits);
                sizes.add(layout.size() + highBits);
            }
        }
        sizes.removeIf(size -> h.profile().connLayout(charset, size).isPresent());
        assertRejected(charset, List.copyOf(sizes));
    }

    @ForEachCharset
    @DisplayName("ENUM-32 an unaccepted dwSize with *lpcb = 0 returns 632: the dwSize is read whatever *lpcb says")
    void badSizeWithZeroLpcbReturnsInvalidSize(RasCharset charset) {
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            for (int size : new int[] {0, layout.size() - 1, layout.size() + 1}) {
                if (h.profile().connLayout(charset, size).isEmpty()) {
                    String what = "RasEnumConnections" + charset + " with dwSize " + size + " and *lpcb = 0";
                    h.enumerate(charset, size, room(), 0).assertCode(INVALID_SIZE, what).assertUntouched(what);
                }
            }
        }
    }

    private void assertRejected(RasCharset charset, List<Integer> sizes) {
        for (int size : sizes) {
            String what = "RasEnumConnections" + charset + " with dwSize " + Integer.toUnsignedString(size);
            h.enumerate(charset, size, room(), room()).assertCode(INVALID_SIZE, what).assertUntouched(what);
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-05 a NULL lpcb returns 87 and writes nothing")
    void nullLpcbReturnsInvalidParameter(RasCharset charset) {
        int size = h.newest(charset).size();
        String what = "RasEnumConnections" + charset + " with lpcb = NULL";
        h.enumerate(charset, CallerMemory.callerBuffer(room(), size), null, DwordRef.of(CallerMemory.GARBAGE))
                .assertCode(INVALID_PARAMETER, what).assertUntouched(what);
    }

    @ForEachCharset
    @DisplayName("ENUM-06 a NULL lpcConnections returns 87 and writes nothing")
    void nullCountReturnsInvalidParameter(RasCharset charset) {
        int size = h.newest(charset).size();
        String what = "RasEnumConnections" + charset + " with lpcConnections = NULL";
        h.enumerate(charset, CallerMemory.callerBuffer(room(), size), DwordRef.of(room()), null)
                .assertCode(INVALID_PARAMETER, what).assertUntouched(what);
    }

    @ForEachCharset
    @DisplayName("ENUM-07 a bad dwSize together with a NULL pointer answers in the declared validation order")
    void validationOrderIsTheDeclaredOne(RasCharset charset) {
        ValidationOrder order = h.profile().validationOrder(charset);
        int expected = order == ValidationOrder.POINTERS_THEN_SIZE ? INVALID_PARAMETER : INVALID_SIZE;
        int bad = h.newest(charset).size() + 1;
        String what = "RasEnumConnections" + charset + " (" + order + ") with dwSize " + bad;
        h.enumerate(charset, CallerMemory.callerBuffer(room(), bad), null, DwordRef.of(CallerMemory.GARBAGE))
                .assertCode(expected, what + " and lpcb = NULL").assertUntouched(what);
        h.enumerate(charset, CallerMemory.callerBuffer(room(), bad), DwordRef.of(room()), null)
                .assertCode(expected, what + " and lpcConnections = NULL").assertUntouched(what);
    }

    @ForEachCharset
    @DisplayName("ENUM-08 a NULL lprasconn returns 632 where Windows 2000/XP rejects it")
    void nullBufferIsInvalidSize(RasCharset charset) {
        assumeTrue(h.profile().sizeQuery() == SizeQuery.NULL_BUFFER_INVALID_SIZE,
                "not applicable: the backend declares " + h.profile().sizeQuery());
        for (int lpcb : new int[] {0, room()}) {
            String what = "RasEnumConnections" + charset + "(NULL, *lpcb = " + lpcb + ")";
            h.enumerate(charset, null, DwordRef.of(lpcb), DwordRef.of(CallerMemory.GARBAGE))
                    .assertCode(INVALID_SIZE, what).assertUntouched(what);
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-09 the NULL-buffer size query reports the required size, or success with no connections")
    void nullBufferSizeQuery(RasCharset charset) {
        assumeTrue(h.profile().sizeQuery() == SizeQuery.NULL_BUFFER_REPORTS_SIZE,
                "not applicable: the backend declares " + h.profile().sizeQuery());
        int[] targets = h.has(TckFeature.CAN_CREATE_CONNECTIONS) ? new int[] {0, 1, 3} : new int[] {-1};
        for (int target : targets) {
            int n = target < 0 ? h.connectionCount(charset) : h.makeConnections(target).size();
            String what = "RasEnumConnections" + charset + "(NULL, *lpcb = 0) with " + n + " connection(s)";
            EnumOutcome out = h.enumerate(charset, null, DwordRef.of(0), DwordRef.of(CallerMemory.GARBAGE));
            if (n == 0) {
                out.assertCode(0, what).assertOutputs(0, 0, what);
            } else {
                out.assertCode(BUFFER_TOO_SMALL, what);
                assertEquals(n * h.newest(charset).size(), out.lpcb(),
                        what + ": *lpcb is the size of " + n + " newest " + charset + " structures");
            }
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-34 the NULL-buffer size query with connections: 603, *lpcb = count × the newest RASCONN, *lpcConnections 0 or the count")
    void nullBufferSizeQueryOutputs(RasCharset charset) {
        assumeTrue(h.profile().sizeQuery() == SizeQuery.NULL_BUFFER_REPORTS_SIZE,
                "not applicable: the backend declares " + h.profile().sizeQuery());
        int n = h.requireConnections(charset, 3, 1).size();
        int required = n * h.newest(charset).size();
        for (int preset : new int[] {CallerMemory.GARBAGE, n + 7}) {
            String what = "RasEnumConnections" + charset + "(NULL, *lpcb = 0, *lpcConnections = "
                    + Integer.toUnsignedString(preset) + ") with " + n + " connection(s)";
            EnumOutcome out = h.enumerate(charset, null, DwordRef.of(0), DwordRef.of(preset))
                    .assertCode(BUFFER_TOO_SMALL, what);
            assertEquals(required, out.lpcb(), what + ": *lpcb is the size of " + n + " newest " + charset + " structures");
            assertTrue(out.count() == 0 || out.count() == n, what + ": *lpcConnections is 0 or the count " + n
                    + " (docs/contract.md C-ENUM-04, §7 h), never the caller's value; it was "
                    + Integer.toUnsignedString(out.count()));
        }
    }
}
