package org.ras4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.ConnectionFlag;
import org.ras4j.ConnectionFlags;
import org.ras4j.ConnectionState;
import org.ras4j.Luid;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.sim.SimConnection;
import org.ras4j.sim.SimFunction;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/** {@link RasClient} over the simulator: the two-call protocol, call counts, every profile. */
class RasClientOverSimulatorTest {

    private static RasConnection vpn(String name) {
        return RasConnection.builder(RasHandle.NULL, name)
                .deviceType("vpn").deviceName("WAN Miniport (IKEv2)")
                .phonebook("C:\\ProgramData\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk")
                .subEntry(1).entryId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)))
                .flags(ConnectionFlags.of(ConnectionFlag.GLOBAL_CREDS)).luid(new Luid(0x3e7, 0))
                .correlationId(new UUID(1, 2))
                .build();
    }

    private static long enumCalls(SimulatedRas ras) {
        return ras.callCount(SimFunction.ENUM_CONNECTIONS_W);
    }

    @Test
    void aSteadyStateEnumerationIsOneBackendCall() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        ras.connect(vpn("Office"));
        ras.connect(vpn("Lab"));
        ras.connect(vpn("Home"));
        RasClient client = RasClient.using(ras);
        client.connections();
        for (int i = 0; i < 3; i++) {
            long before = enumCalls(ras);
            assertEquals(3, client.connections().size());
            assertEquals(1, enumCalls(ras) - before);
        }
    }

    @Test
    void theFirstEnumerationOfAFreshClientTakesAtMostTwoCalls() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        for (int i = 0; i < 5; i++) {
            ras.connect(vpn("VPN " + i));
        }
        assertEquals(5, RasClient.using(ras).connections().size());
        assertTrue(enumCalls(ras) <= 2, "calls: " + enumCalls(ras));
    }

    @Test
    void connectionsAppearingBetweenTheSizeQueryAndTheFetchCostOneExtraRound() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        ras.connect(vpn("Office"));
        RasClient client = RasClient.using(ras);
        assertEquals(1, client.connections().size());
        ras.connectBeforeNextFetch(vpn("Lab"));
        ras.connectBeforeNextFetch(vpn("Home"));
        ras.connectBeforeNextFetch(vpn("Branch"));
        long before = enumCalls(ras);
        List<RasConnection> listed = client.connections();
        assertEquals(List.of("Office", "Lab", "Home", "Branch"), listed.stream().map(RasConnection::entryName).toList());
        assertEquals(2, enumCalls(ras) - before);
    }

    @Test
    void connectionsThatKeepAppearingEndInBufferTooSmallAfterTheConfiguredRounds() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        for (int fetch = 1; fetch <= 10; fetch++) {
            for (int j = 0; j < 3; j++) {
                ras.connectBeforeFetch(fetch, vpn("Burst " + fetch + "." + j));
            }
        }
        RasClient client = RasClient.builder(ras).maxRounds(3).build();
        RasException e = assertThrows(RasException.class, client::connections);
        assertEquals(RasError.ERROR_BUFFER_TOO_SMALL.code(), e.code());
        assertEquals(4, enumCalls(ras), "the first call and three rounds");
    }

    @Test
    void onWindowsXpTheClientStepsDownToTheXpStructureAndRemembersIt() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        ras.connect(vpn("Office").toBuilder().correlationId(new UUID(0, 0)).build());
        RasClient client = RasClient.using(ras);
        RasConnection listed = client.connections().get(0);
        assertTrue(listed.correlationId().isEmpty(), "XP's RASCONN has no correlation id");
        assertTrue(listed.luid().isPresent(), "XP's RASCONN has a LUID");
        long before = enumCalls(ras);
        client.connections();
        assertEquals(1, enumCalls(ras) - before, "the version that worked is remembered");
    }

    static Stream<Arguments> profilesAndCharsets() {
        return WindowsProfile.all().stream()
                .flatMap(p -> Stream.of(RasCharset.A, RasCharset.W).map(c -> Arguments.of(p, c)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("profilesAndCharsets")
    void everyProfileListsWhatWindowsWouldReport(WindowsProfile profile, RasCharset charset) {
        SimulatedRas ras = SimulatedRas.builder(profile).build();
        ras.connect(attributesFor(profile, "Büro-VPN"));
        ras.connect(attributesFor(profile, ".0123456789"));
        ras.connect(attributesFor(profile, "A very long entry name that Windows NT 3.51 cuts"));
        RasClient client = RasClient.builder(ras).charset(charset).ansiCharset(profile.ansiCharset()).build();

        RasConnLayout layout = RasConnLayout.of(profile.newestConnVersion(charset), charset, profile.abi());
        RasConnCodec codec = RasConnCodec.withAnsiCharset(profile.ansiCharset());
        List<RasConnection> expected = ras.connections().stream()
                .map(SimConnection::connection).map(c -> codec.project(c, layout)).toList();
        assertEquals(expected, client.connections());
        assertEquals(expected, client.activeConnections());
        assertTrue(client.connections().get(1).isPhoneNumberConnection());
    }

    private static RasConnection attributesFor(WindowsProfile profile, String name) {
        RasConnection c = vpn(name);
        return profile.ownerFlags()
                ? c.toBuilder().flags(ConnectionFlags.of(ConnectionFlag.OWNER_KNOWN, ConnectionFlag.OWNER_MATCH)).build()
                : c;
    }

    @Test
    void activeConnectionsLeaveOutDiallingDroppedAndVanishedConnections() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows98x86()).build();
        RasHandle up = ras.connect(vpn("Up"));
        ras.dial(vpn("Dialling"), ConnectionState.AUTHENTICATE);
        RasHandle dropped = ras.connect(vpn("Dropped"));
        ras.drop(dropped, 628);
        RasHandle vanishing = ras.connect(vpn("Vanishing"));
        RasBackend hangsUpAfterEnumerating = new RasBackend() {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                int code = ras.enumConnections(charset, buffer, lpcb, count);
                if (code == 0) {
                    ras.hangUp(vanishing);
                }
                return code;
            }

            @Override
            public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
                return ras.getConnectStatus(charset, handle, status);
            }

            @Override
            public Abi abi() {
                return ras.abi();
            }
        };
        RasClient client = RasClient.builder(hangsUpAfterEnumerating).charset(RasCharset.A)
                .ansiCharset(ras.profile().ansiCharset()).build();
        List<RasConnection> active = client.activeConnections();
        assertEquals(List.of(up), active.stream().map(RasConnection::handle).toList());
        assertEquals(1 + 4, ras.callCount(SimFunction.GET_CONNECT_STATUS_A),
                "one RASCONNSTATUS version Windows 98 rejects, then one call for each of the four listed");
    }

    @Test
    void statusOfAStaleHandleIsInvalidHandle() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows7x64()).build();
        RasHandle handle = ras.connect(vpn("Office"));
        RasClient client = RasClient.using(ras);
        assertTrue(client.status(handle).isConnected());
        ras.hangUp(handle);
        RasException e = assertThrows(RasException.class, () -> client.status(handle));
        assertEquals(RasError.ERROR_INVALID_HANDLE.code(), e.code());
        assertEquals("ERROR_INVALID_HANDLE", e.symbolicName());
    }

    @Test
    void statusOfADroppedLineCarriesTheReason() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        RasHandle handle = ras.connect(vpn("Office"));
        ras.drop(handle, 628);
        var status = RasClient.using(ras).status(handle);
        assertEquals(ConnectionState.DISCONNECTED, status.state());
        assertEquals(628, status.errorCode());
    }

    @Test
    void findComparesEntryNamesWithoutRegardToCase() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        RasHandle office = ras.connect(vpn("Office"));
        RasClient client = RasClient.using(ras);
        assertEquals(office, client.find("OFFICE").orElseThrow().handle());
        assertTrue(client.find("Lab").isEmpty());
    }

    @Test
    void aStoppedServiceListsNothing() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).serviceStopped().build();
        assertEquals(List.of(), RasClient.using(ras).connections());
    }
}
