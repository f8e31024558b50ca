package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;

/**
 * {@code RasGetConnectStatus}: the {@code dwSize} values it accepts, the handles it rejects, and
 * the state it reports for connected, dialling and dropped connections.
 */
abstract class StatusRequirements {
    private static final int INVALID_SIZE = RasError.ERROR_INVALID_SIZE.code();
    private static final int INVALID_HANDLE = RasError.ERROR_INVALID_HANDLE.code();
    /** Canary bytes after the structure. */
    private static final int SPARE = 32;

    private final Harness h;

    StatusRequirements(Harness harness) {
        this.h = harness;
    }

    /** A live connection: made by the fixture, or the first one listed. */
    private RasHandle liveHandle(RasCharset charset) {
        return h.requireConnections(charset, 1, 1).get(0).handle();
    }

    private RasConnStatusLayout newest(RasCharset charset) {
        return h.newestStatus(charset);
    }

    @ForEachCharset
    @DisplayName("STAT-01 a NULL RASCONNSTATUS returns 632")
    void nullBufferReturnsInvalidSize(RasCharset charset) {
        RasHandle live = liveHandle(charset);
        int code = h.backend().getConnectStatus(charset, live, null);
        assertEquals(INVALID_SIZE, code, "RasGetConnectStatus" + charset + "(live handle, NULL)");
    }

    @ForEachCharset
    @DisplayName("STAT-02 every accepted dwSize succeeds and nothing is written beyond dwSize")
    void everyAcceptedSizeSucceeds(RasCharset charset) {
        RasHandle live = liveHandle(charset);
        for (RasConnStatusLayout layout : h.profile().statusLayouts(charset)) {
            String what = "RasGetConnectStatus" + charset + " into " + layout;
            StatusOutcome out = h.status(charset, live, layout.size(), layout.size() + SPARE)
                    .assertCode(0, what).assertNothingWrittenFrom(layout.size(), what);
            out.decode(h.statusCodec(), layout);
        }
    }

    @ForEachCharset
    @DisplayName("STAT-03 a dwSize that is no accepted RASCONNSTATUS returns 632 and writes nothing")
    void unacceptedSizesReturnInvalidSize(RasCharset charset) {
        RasHandle live = liveHandle(charset);
        Set<Integer> sizes = new LinkedHashSet<>(List.of(0, 1, 4, -1, Integer.MAX_VALUE));
        for (RasConnStatusVersion version : RasConnStatusVersion.values()) {
            for (RasCharset other : RasCharset.values()) {
                int size = RasConnStatusLayout.of(version, other, h.abi()).size();
                sizes.add(size);
                sizes.add(size - 1);
                sizes.add(size + 4);
            }
        }
        for (RasConnStatusLayout accepted : h.profile().statusLayouts(charset)) {
            for (int highBits : EnumArgumentRequirements.HIGH_BITS) {
                sizes.add(accepted.size() | highBits);
            }
        }
        sizes.removeIf(size -> h.profile().statusLayout(charset, size).isPresent());
        int room = RasConnStatusLayout.newest(RasCharset.W, Abi.X64).size() + SPARE;
        for (int size : sizes) {
            String what = "RasGetConnectStatus" + charset + " with dwSize " + Integer.toUnsignedString(size);
            h.status(charset, live, size, room).assertCode(INVALID_SIZE, what).assertNothingWrittenFrom(0, what);
        }
    }

    @ForEachCharset
    @DisplayName("STAT-04 handle 0 returns 6")
    void zeroHandleIsInvalid(RasCharset charset) {
        RasConnStatusLayout layout = newest(charset);
        h.status(charset, RasHandle.NULL, layout.size(), layout.size())
                .assertCode(INVALID_HANDLE, "RasGetConnectStatus" + charset + "(0)");
    }

    @ForEachCharset
    @DisplayName("STAT-05 a handle that was never issued returns 6")
    void unknownHandleIsInvalid(RasCharset charset) {
        RasConnStatusLayout layout = newest(charset);
        RasHandle unused = h.unusedHandle(charset);
        h.status(charset, unused, layout.size(), layout.size())
                .assertCode(INVALID_HANDLE, "RasGetConnectStatus" + charset + "(" + unused + ")");
    }

    @ForEachCharset
    @DisplayName("STAT-06 the handle of a hung-up connection returns 6")
    void staleHandleIsInvalid(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_HANG_UP);
        RasHandle handle = fixture.connect(ConnectionSpec.entry("short-lived"));
        fixture.hangUp(handle);
        RasConnStatusLayout layout = newest(charset);
        h.status(charset, handle, layout.size(), layout.size())
                .assertCode(INVALID_HANDLE, "RasGetConnectStatus" + charset + " of a hung-up connection");
    }

    private void assertStatus(RasCharset charset, RasHandle handle, ConnectionStatus expected) {
        for (RasConnStatusLayout layout : h.profile().statusLayouts(charset)) {
            String what = "RasGetConnectStatus" + charset + " into " + layout;
            ConnectionStatus actual = h.status(charset, handle, layout.size(), layout.size()).assertCode(0, what)
                    .decode(h.statusCodec(), layout);
            assertEquals(h.project(expected, layout), actual, what);
        }
    }

    @ForEachCharset
    @DisplayName("STAT-07 a connected connection: RASCS_Connected, dwError 0, its device and phone number")
    void connectedStatus(RasCharset charset) {
        if (!h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            assertListedConnectionsStatus(charset);
            return;
        }
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        ConnectionSpec spec = EnumContentRequirements.richSpec().withPhoneNumber("vpn.contoso.example");
        RasHandle handle = fixture.connect(spec);
        assertStatus(charset, handle, spec.toStatus(ConnectionState.CONNECTED, 0));
    }

    /**
     * Without a fixture: every listed connection that reports {@code RASCS_Connected} has
     * {@code dwError} 0 and the device type and name its {@code RASCONN} lists, and every accepted
     * version reports its newest status, projected.
     */
    private void assertListedConnectionsStatus(RasCharset charset) {
        List<RasConnection> listed = h.requireConnections(charset, 0, 1);
        RasConnStatusLayout newest = newest(charset);
        int connected = 0;
        for (RasConnection c : listed) {
            String call = "RasGetConnectStatus" + charset + " of listed " + c.handle();
            ConnectionStatus status = h.status(charset, c.handle(), newest.size(), newest.size())
                    .assertCode(0, call + " into " + newest).decode(h.statusCodec(), newest);
            if (!status.state().equals(ConnectionState.CONNECTED)) {
                continue;
            }
            connected++;
            assertEquals(0, status.errorCode(), call + ": dwError of a connected connection");
            assertEquals(c.deviceType().orElse(status.deviceType()), status.deviceType(), call + ": szDeviceType as listed");
            assertEquals(c.deviceName().orElse(status.deviceName()), status.deviceName(), call + ": szDeviceName as listed");
            for (RasConnStatusLayout layout : h.profile().statusLayouts(charset)) {
                ConnectionStatus actual = h.status(charset, c.handle(), layout.size(), layout.size())
                        .assertCode(0, call + " into " + layout).decode(h.statusCodec(), layout);
                assertEquals(h.project(status, layout), actual, call + " into " + layout + " is the newest status, projected");
            }
        }
        assumeTrue(connected > 0, "needs a connected connection: a TckFixture with CAN_CREATE_CONNECTIONS, or one on the machine");
    }

    @ForEachCharset
    @DisplayName("STAT-08 a dialling connection: its dialling state and the device being connected")
    void dialingStatus(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_DIAL);
        List<ConnectionState> states = List.of(ConnectionState.OPEN_PORT, ConnectionState.CONNECT_DEVICE,
                ConnectionState.AUTHENTICATE);
        for (ConnectionState state : states) {
            ConnectionSpec spec = ConnectionSpec.phoneNumber("555019" + state.code());
            RasHandle handle = fixture.dial(spec, state);
            assertStatus(charset, handle, spec.toStatus(state, 0));
        }
    }

    @ForEachCharset
    @DisplayName("STAT-09 a dropped connection: RASCS_Disconnected with the reason in dwError")
    void droppedStatus(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_DROP);
        RasHandle handle = fixture.connect(ConnectionSpec.entry("fragile"));
        int reason = 628; // ERROR_PORT_DISCONNECTED
        fixture.drop(handle, reason);
        for (RasConnStatusLayout layout : h.profile().statusLayouts(charset)) {
            String what = "RasGetConnectStatus" + charset + " of a dropped connection into " + layout;
            ConnectionStatus status = h.status(charset, handle, layout.size(), layout.size()).assertCode(0, what)
                    .decode(h.statusCodec(), layout);
            assertEquals(ConnectionState.DISCONNECTED, status.state(), what);
            assertEquals(reason, status.errorCode(), what);
        }
    }

    @ForEachCharset
    @DisplayName("STAT-10 every listed connection has a status in the newest accepted version")
    void everyListedConnectionHasAStatus(RasCharset charset) {
        List<RasConnection> listed = h.requireConnections(charset, 3, 1);
        RasConnStatusLayout layout = newest(charset);
        for (RasConnection c : listed) {
            String what = "RasGetConnectStatus" + charset + " of listed " + c.handle() + " into " + layout;
            StatusOutcome out = h.status(charset, c.handle(), layout.size(), layout.size());
            if (!h.connectionsMayVanish()) {
                out.assertCode(0, what + " (with a fixture no connection vanishes)");
            }
            assertTrue(out.code() == 0 || out.code() == INVALID_HANDLE,
                    what + " returned " + out.code() + " " + RasError.nameOf(out.code())
                            + "; only 0, or 6 for a connection that vanished in between");
            if (out.code() == 0) {
                out.decode(h.statusCodec(), layout);
            }
        }
    }

    @ForEachCharset
    @DisplayName("STAT-12 a sub-entry whose link is gone: success, RASCS_Disconnected, dwError 0")
    void goneLinkStatus(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.MULTILINK, TckFeature.CAN_HANG_UP);
        List<RasHandle> handles = fixture.connectMultilink(ConnectionSpec.entry("bonded ISDN"), 2);
        RasHandle link = handles.get(2);
        fixture.hangUp(link);
        for (RasConnStatusLayout layout : h.profile().statusLayouts(charset)) {
            String what = "RasGetConnectStatus" + charset + " of a gone sub-entry into " + layout;
            ConnectionStatus status = h.status(charset, link, layout.size(), layout.size()).assertCode(0, what)
                    .decode(h.statusCodec(), layout);
            assertEquals(ConnectionState.DISCONNECTED, status.state(), what);
            assertEquals(0, status.errorCode(), what);
        }
    }

    @ForEachCharset
    @DisplayName("STAT-15 dwSize is read at offset 0 whatever the position and limit: success and the bytes of a plain buffer")
    void positionAndLimitAreIgnored(RasCharset charset) {
        RasHandle live = liveHandle(charset);
        for (RasConnStatusLayout layout : h.profile().statusLayouts(charset)) {
            int capacity = layout.size() + SPARE;
            String plainCall = "RasGetConnectStatus" + charset + " of " + live + " into a plain " + layout;
            StatusOutcome plain = h.status(charset, live, layout.size(), capacity).assertCode(0, plainCall);
            for (int[] moved : new int[][] {{0, 0}, {1, 3}, {3, 7}, {layout.size(), capacity}}) {
                for (boolean direct : new boolean[] {false, true}) {
                    ByteBuffer buffer = CallerMemory.callerBuffer(capacity, layout.size());
                    buffer = direct ? ByteBuffer.allocateDirect(capacity).put(buffer) : buffer;
                    buffer.limit(moved[1]).position(moved[0]);
                    String what = "RasGetConnectStatus" + charset + " of " + live + " into a " + (direct ? "direct" : "heap")
                            + " " + layout + " with position " + moved[0] + " and limit " + moved[1];
                    StatusOutcome out = h.status(charset, live, buffer).assertCode(0, what);
                    StructBytes.assertSame(plain.bytes(), out.bytes(), i -> StructBytes.where(layout, i), what);
                    assertEquals(List.of(moved[0], moved[1]), List.of(buffer.position(), buffer.limit()),
                            what + ": position and limit are the caller's");
                }
            }
        }
    }
}
