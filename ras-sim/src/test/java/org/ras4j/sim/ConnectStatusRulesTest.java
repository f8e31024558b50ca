package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.sim.Samples.vpn;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasHandle;
import org.ras4j.TunnelEndpoint;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.spi.WindowsProfile;

/** docs/contract.md §3: {@code RasGetConnectStatus}. */
class ConnectStatusRulesTest {
    private static final int ERROR_INVALID_HANDLE = 6;
    private static final int ERROR_INVALID_SIZE = 632;
    private static final RasConnStatusCodec CODEC =
            RasConnStatusCodec.withAnsiCharset(WindowsProfile.windows7x86().ansiCharset());

    private static ByteBuffer statusBuffer(RasConnStatusLayout layout) {
        return Samples.withDwSize(layout.size(), layout.size());
    }

    private static ConnectionStatus status(SimulatedRas ras, RasHandle handle, RasConnStatusLayout layout) {
        ByteBuffer buffer = statusBuffer(layout);
        assertEquals(0, ras.getConnectStatus(layout.charset(), handle, buffer));
        return CODEC.decode(buffer, layout);
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§3 a NULL buffer is 632")
    void nullBufferIsInvalidSize(RasCharset charset) {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows7x86()).build();
        assertEquals(ERROR_INVALID_SIZE, ras.getConnectStatus(charset, ras.connect(vpn("One")), null));
    }

    @Test
    @DisplayName("§3 a dwSize not in the profile's set is 632 (XP has no Windows 7 RASCONNSTATUS), nothing written")
    void unacceptedSizeIsInvalidSize() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        RasHandle handle = ras.connect(vpn("One"));
        ByteBuffer buffer = statusBuffer(RasConnStatusLayout.of(RasConnStatusVersion.V601, RasCharset.W, ras.abi()));
        assertEquals(ERROR_INVALID_SIZE, ras.getConnectStatus(RasCharset.W, handle, buffer));
        assertTrue(Samples.untouchedFrom(buffer, 4));
        assertEquals(ERROR_INVALID_SIZE, ras.getConnectStatus(RasCharset.W, handle, Samples.withDwSize(64, 63)));
    }

    @Test
    @DisplayName("§3 the structure is checked before the handle: a bad dwSize with handle 0 is 632")
    void sizeIsCheckedBeforeTheHandle() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        assertEquals(ERROR_INVALID_SIZE, ras.getConnectStatus(RasCharset.A, RasHandle.NULL, Samples.withDwSize(64, 5)));
    }

    @Test
    @DisplayName("§3 a buffer smaller than its own dwSize, or than four bytes, is 632 and untouched")
    void bufferSmallerThanItsDwSizeIsInvalidSize() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        RasHandle handle = ras.connect(vpn("One"));
        int size = RasConnStatusLayout.of(RasConnStatusVersion.V401, RasCharset.W, ras.abi()).size();
        ByteBuffer short1 = Samples.withDwSize(size - 1, size);
        assertEquals(ERROR_INVALID_SIZE, ras.getConnectStatus(RasCharset.W, handle, short1));
        assertTrue(Samples.untouchedFrom(short1, 4));
        assertEquals(ERROR_INVALID_SIZE, ras.getConnectStatus(RasCharset.W, handle, Samples.canaries(3)));
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§3 handle 0 or a handle that is not live is ERROR_INVALID_HANDLE")
    void deadHandlesAreInvalid(RasCharset charset) {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        RasHandle gone = ras.connect(vpn("Gone"));
        ras.hangUp(gone);
        RasConnStatusLayout layout = RasConnStatusLayout.of(RasConnStatusVersion.V401, charset, ras.abi());
        assertEquals(ERROR_INVALID_HANDLE, ras.getConnectStatus(charset, RasHandle.NULL, statusBuffer(layout)));
        ByteBuffer buffer = statusBuffer(layout);
        assertEquals(ERROR_INVALID_HANDLE, ras.getConnectStatus(charset, gone, buffer));
        assertTrue(Samples.untouchedFrom(buffer, 4));
    }

    @Test
    @DisplayName("§3 a connected connection: RASCS_Connected, dwError 0, its device, every Windows 7 member")
    void connectedReportsEveryMember() throws Exception {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows7x64()).build();
        TunnelEndpoint local = TunnelEndpoint.of(InetAddress.getByName("192.0.2.1"));
        TunnelEndpoint remote = TunnelEndpoint.of(InetAddress.getByName("2001:db8::7"));
        RasHandle handle = ras.connect(vpn("Office"), StatusDetails.ofPhoneNumber("vpn.example.com")
                .withEndPoints(local, remote).withSubState(1));
        RasConnStatusLayout layout = RasConnStatusLayout.of(RasConnStatusVersion.V601, RasCharset.W, ras.abi());
        assertEquals(new ConnectionStatus(ConnectionState.CONNECTED, 0, "vpn", "WAN Miniport (SSTP)",
                Optional.of("vpn.example.com"), Optional.of(local), Optional.of(remote), OptionalInt.of(1)),
                status(ras, handle, layout));
    }

    @Test
    @DisplayName("§3 a dropped line: RASCS_Disconnected with the reason in dwError")
    void droppedReportsTheReason() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        RasHandle handle = ras.connect(vpn("Office"));
        ras.drop(handle, 628);
        ConnectionStatus status = status(ras, handle,
                RasConnStatusLayout.of(RasConnStatusVersion.V401, RasCharset.A, ras.abi()));
        assertEquals(ConnectionState.DISCONNECTED, status.state());
        assertEquals(628, status.errorCode());
    }

    @Test
    @DisplayName("§3 while dialling: the dialling state, and the device being connected")
    void dialingReportsStateAndDevice() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        RasHandle handle = ras.dial(Samples.phoneCall("5551234"), ConnectionState.CONNECT_DEVICE);
        ConnectionStatus status = status(ras, handle,
                RasConnStatusLayout.of(RasConnStatusVersion.V401, RasCharset.W, ras.abi()));
        assertEquals(ConnectionState.CONNECT_DEVICE, status.state());
        assertEquals(0, status.errorCode());
        assertEquals("modem", status.deviceType());
        assertEquals("Modem", status.deviceName());
        assertEquals(Optional.of("5551234"), status.phoneNumber());
    }

    @Test
    @DisplayName("§3 a sub-entry handle whose link is gone: success, RASCS_Disconnected, dwError 0")
    void goneLinkIsDisconnectedWithoutError() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        RasHandle connection = ras.connectMultilink(vpn("Bundle"), StatusDetails.NONE, 2);
        List<RasHandle> links = ras.connection(connection).orElseThrow().subEntryHandles();
        ras.hangUp(links.get(1));
        RasConnStatusLayout layout = RasConnStatusLayout.of(RasConnStatusVersion.V401, RasCharset.W, ras.abi());
        assertEquals(ConnectionState.CONNECTED, status(ras, links.get(0), layout).state());
        ConnectionStatus gone = status(ras, links.get(1), layout);
        assertEquals(ConnectionState.DISCONNECTED, gone.state());
        assertEquals(0, gone.errorCode());
        assertEquals(ConnectionState.CONNECTED, status(ras, connection, layout).state());
        ras.hangUp(connection);
        assertEquals(ERROR_INVALID_HANDLE, ras.getConnectStatus(RasCharset.W, links.get(0), statusBuffer(layout)));
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§3 the Windows NT 3.51 RASCONNSTATUS cuts the device name to 32 characters")
    void v351CutsTheDeviceName(RasCharset charset) {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsNt4x86()).build();
        String longName = "WAN Miniport (L2TP) on a very long adapter name";
        RasHandle handle = ras.connect(vpn("Office").toBuilder().deviceName(longName).build());
        ConnectionStatus status = status(ras, handle, RasConnStatusLayout.of(RasConnStatusVersion.V351, charset, ras.abi()));
        assertEquals(longName.substring(0, 32), status.deviceName());
    }

    @Test
    @DisplayName("§3 the RAS service stopped: every handle is ERROR_INVALID_HANDLE")
    void stoppedServiceKnowsNoHandle() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        RasHandle handle = ras.connect(vpn("Office"));
        ras.stopService();
        RasConnStatusLayout layout = RasConnStatusLayout.of(RasConnStatusVersion.V401, RasCharset.W, ras.abi());
        assertEquals(ERROR_INVALID_HANDLE, ras.getConnectStatus(RasCharset.W, handle, statusBuffer(layout)));
    }
}
