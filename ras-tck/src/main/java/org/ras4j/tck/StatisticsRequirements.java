package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionStatistics;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasStatsCodec;
import org.ras4j.codec.RasStatsLayout;

/**
 * {@code RasGetConnectionStatistics} and {@code RasGetLinkStatistics} (docs/contract.md §8.1):
 * the one {@code dwSize} they accept, what they refuse, the handles, and counters that advance with
 * the fixture's clock. Skipped, with the reason, on a profile without the functions (before Windows
 * 2000), where STATS-08 checks that they answer 127.
 */
abstract class StatisticsRequirements {
    private static final int SIZE = RasStatsLayout.get().size();
    private static final int SPARE = 16;
    /** C-STATS-02 and §8 (l): the documented HRESULT, or the codes other RAS functions use. */
    private static final Set<Integer> REFUSED = Set.of(RasError.E_INVALIDARG.code(),
            RasError.ERROR_INVALID_PARAMETER.code(), RasError.ERROR_INVALID_SIZE.code());

    private final Harness h;
    private final RasStatsCodec codec = RasStatsCodec.create();

    StatisticsRequirements(Harness harness) {
        this.h = harness;
    }

    private void requireStatistics() {
        assumeTrue(h.profile().statistics(),
                "not applicable: " + h.profile() + " has no RasGetConnectionStatistics (Windows 2000 and later)");
    }

    private InspectOutcome connection(RasHandle handle, ByteBuffer buffer) {
        return InspectOutcome.call("RasGetConnectionStatistics", buffer, null,
                () -> h.backend().getConnectionStatistics(handle, buffer));
    }

    private InspectOutcome link(RasHandle handle, int subEntry, ByteBuffer buffer) {
        return InspectOutcome.call("RasGetLinkStatistics", buffer, null,
                () -> h.backend().getLinkStatistics(handle, subEntry, buffer));
    }

    private ConnectionStatistics read(RasHandle handle) {
        return codec.decode(connection(handle, CallerMemory.callerBuffer(SIZE, SIZE))
                .assertCode(0, "RasGetConnectionStatistics(" + handle + ")").buffer());
    }

    @Test
    @DisplayName("STATS-01 dwSize 60 succeeds for a live connection, writes only the 60 bytes, decodes, keeps position and limit")
    void theOneSizeSucceeds() {
        requireStatistics();
        RasHandle live = h.requireConnections(RasCharset.W, 1, 1).get(0).handle();
        ByteBuffer buffer = CallerMemory.callerBuffer(SIZE + SPARE, SIZE).position(5).limit(9);
        InspectOutcome out = connection(live, buffer).assertCode(0, "RasGetConnectionStatistics with dwSize 60")
                .assertNothingWrittenFrom(SIZE, "RasGetConnectionStatistics wrote past RAS_STATS");
        codec.decode(out.buffer());
        assertEquals(List.of(5, 9, ByteOrder.BIG_ENDIAN), List.of(buffer.position(), buffer.limit(), buffer.order()),
                "position, limit and byte order of the caller's buffer");
        ByteBuffer direct = ByteBuffer.allocateDirect(SIZE).order(ByteOrder.LITTLE_ENDIAN).putInt(0, SIZE);
        codec.decode(connection(live, direct).assertCode(0, "into a direct buffer").buffer());
    }

    @Test
    @DisplayName("STATS-02 any other dwSize, and a NULL buffer, fails and writes nothing (E_INVALIDARG, 87 or 632)")
    void otherSizesFail() {
        requireStatistics();
        RasHandle live = h.requireConnections(RasCharset.W, 1, 1).get(0).handle();
        Set<Integer> sizes = new LinkedHashSet<>(List.of(0, 1, 4, 56, 59, 61, 64, 120, -1, Integer.MAX_VALUE));
        for (int dwSize : sizes) {
            String what = "RasGetConnectionStatistics with dwSize " + Integer.toUnsignedString(dwSize);
            connection(live, CallerMemory.callerBuffer(2 * SIZE, dwSize)).assertCodeIn(REFUSED, what).assertUntouched(what);
            link(live, 1, CallerMemory.callerBuffer(2 * SIZE, dwSize)).assertCodeIn(REFUSED, "link 1: " + what)
                    .assertUntouched("link 1: " + what);
        }
        connection(live, null).assertCodeIn(REFUSED, "RasGetConnectionStatistics(live, NULL)");
        link(live, 1, null).assertCodeIn(REFUSED, "RasGetLinkStatistics(live, 1, NULL)");
    }

    @Test
    @DisplayName("STATS-03 handle 0 fails and writes nothing; a handle never issued returns 6")
    void badHandles() {
        requireStatistics();
        connection(RasHandle.NULL, CallerMemory.callerBuffer(SIZE, SIZE))
                .assertCodeIn(Set.of(RasError.E_INVALIDARG.code(), RasError.ERROR_INVALID_PARAMETER.code(),
                        RasError.ERROR_INVALID_HANDLE.code()), "RasGetConnectionStatistics(0)")
                .assertUntouched("RasGetConnectionStatistics(0)");
        RasHandle unused = h.unusedHandle(RasCharset.W);
        connection(unused, CallerMemory.callerBuffer(SIZE, SIZE)).assertCode(RasError.ERROR_INVALID_HANDLE.code(),
                "RasGetConnectionStatistics(" + unused + ")").assertUntouched("a stale handle");
        link(unused, 1, CallerMemory.callerBuffer(SIZE, SIZE)).assertCode(RasError.ERROR_INVALID_HANDLE.code(),
                "RasGetLinkStatistics(" + unused + ", 1)").assertUntouched("a stale handle");
    }

    @Test
    @DisplayName("STATS-04 the handle of a hung-up connection returns 6")
    void hungUpHandle() {
        requireStatistics();
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_HANG_UP);
        RasHandle handle = fixture.connect(ConnectionSpec.entry("short-lived"));
        fixture.hangUp(handle);
        connection(handle, CallerMemory.callerBuffer(SIZE, SIZE))
                .assertCode(RasError.ERROR_INVALID_HANDLE.code(), "statistics of a hung-up connection")
                .assertUntouched("statistics of a hung-up connection");
    }

    @Test
    @DisplayName("STATS-05 the counters advance with the clock: bytes by rate × time, the duration by the time, dwBps as scripted")
    void countersAdvance() {
        requireStatistics();
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.TRAFFIC);
        RasHandle handle = fixture.connect(ConnectionSpec.entry("busy VPN"));
        TrafficSpec traffic = TrafficSpec.vpn();
        fixture.traffic(handle, traffic);
        ConnectionStatistics before = read(handle);
        fixture.advanceClock(Duration.ofSeconds(90));
        ConnectionStatistics after = read(handle);
        assertEquals(traffic.bytesSentPerSecond() * 90, after.bytesSent() - before.bytesSent(), "dwBytesXmited");
        assertEquals(traffic.bytesReceivedPerSecond() * 90, after.bytesReceived() - before.bytesReceived(),
                "dwBytesRcved");
        assertEquals(Duration.ofSeconds(90), after.connectDuration().minus(before.connectDuration()),
                "dwConnectDuration");
        assertEquals(traffic.bitsPerSecond(), after.bitsPerSecond(), "dwBps");
    }

    @Test
    @DisplayName("STATS-06 link 1 of every listed connection succeeds and decodes; dwSubEntry 0 fails and writes nothing")
    void linkStatistics() {
        requireStatistics();
        List<RasConnection> listed = h.requireConnections(RasCharset.W, 2, 1);
        for (RasConnection c : listed) {
            InspectOutcome out = link(c.handle(), 1, CallerMemory.callerBuffer(SIZE + SPARE, SIZE));
            if (out.code() == RasError.ERROR_INVALID_HANDLE.code() && h.connectionsMayVanish()) {
                continue; // hung up since it was listed (with a fixture nothing vanishes)
            }
            codec.decode(out.assertCode(0, "RasGetLinkStatistics(" + c.handle() + ", 1)")
                    .assertNothingWrittenFrom(SIZE, "RasGetLinkStatistics wrote past RAS_STATS").buffer());
            link(c.handle(), 0, CallerMemory.callerBuffer(SIZE, SIZE)).assertCodeIn(REFUSED, "dwSubEntry 0")
                    .assertUntouched("dwSubEntry 0");
        }
    }

    @Test
    @DisplayName("STATS-07 with the clock still: link 1 of a single link is the connection; a multilink connection's links add up to it")
    void linksAddUp() {
        requireStatistics();
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.TRAFFIC, TckFeature.MULTILINK);
        RasHandle single = fixture.connect(ConnectionSpec.entry("single"));
        fixture.traffic(single, TrafficSpec.vpn());
        fixture.advanceClock(Duration.ofSeconds(7));
        ConnectionStatistics whole = read(single);
        assertEquals(whole, codec.decode(link(single, 1, CallerMemory.callerBuffer(SIZE, SIZE))
                .assertCode(0, "link 1 of a single-link connection").buffer()), "link 1 of a single-link connection");
        RasHandle bundle = fixture.connectMultilink(ConnectionSpec.entry("bonded ISDN"), 2).get(0);
        fixture.traffic(bundle, new TrafficSpec(128_000, 1_001, 333));
        fixture.advanceClock(Duration.ofSeconds(3));
        ConnectionStatistics all = read(bundle);
        long sent = 0;
        long received = 0;
        for (int i = 1; i <= 2; i++) {
            ConnectionStatistics one = codec.decode(link(bundle, i, CallerMemory.callerBuffer(SIZE, SIZE))
                    .assertCode(0, "link " + i + " of a two-link connection").buffer());
            sent += one.bytesSent();
            received += one.bytesReceived();
        }
        assertEquals(List.of(all.bytesSent(), all.bytesReceived()), List.of(sent, received),
                "the links' bytes add up to the connection's");
    }

    @Test
    @DisplayName("STATS-08 where the profile has no statistics functions, both answer 127 ERROR_PROC_NOT_FOUND and write nothing")
    void absentBeforeWindows2000() {
        assumeFalse(h.profile().statistics(),
                "not applicable: " + h.profile() + " has the statistics functions: STATS-01 … 07 apply");
        RasHandle handle = h.listing(h.newest(RasCharset.W)).stream().findFirst().map(RasConnection::handle)
                .orElse(RasHandle.of(4));
        connection(handle, CallerMemory.callerBuffer(SIZE, SIZE))
                .assertCode(RasError.ERROR_PROC_NOT_FOUND.code(), "RasGetConnectionStatistics on " + h.profile())
                .assertUntouched("a function that does not exist");
        link(handle, 1, CallerMemory.callerBuffer(SIZE, SIZE))
                .assertCode(RasError.ERROR_PROC_NOT_FOUND.code(), "RasGetLinkStatistics on " + h.profile())
                .assertUntouched("a function that does not exist");
    }
}
