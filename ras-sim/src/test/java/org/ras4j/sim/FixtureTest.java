package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.sim.Samples.vpn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.spi.WindowsProfile;

/** The fixture side: connections a test creates and moves through their life. */
class FixtureTest {

    @Test
    @DisplayName("handles are non-zero, distinct, never reused, and within 32 bits on every x86 profile")
    void handlesAreUniqueAndFitTheAbi() {
        for (WindowsProfile profile : WindowsProfile.all()) {
            SimulatedRas ras = SimulatedRas.builder(profile).build();
            Set<RasHandle> seen = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                RasHandle handle = ras.connect(vpn("C" + i));
                assertFalse(handle.isNull());
                assertTrue(seen.add(handle), "reused " + handle);
                assertTrue(profile.abi() == org.ras4j.codec.Abi.X64 || handle.fitsIn32Bits(), handle.toString());
                if (i % 2 == 0) {
                    ras.hangUp(handle);
                }
            }
        }
    }

    @Test
    @DisplayName("default handles catch sign extension on x86 and truncation on x64")
    void defaultHandlesAreAwkward() {
        RasHandle x86 = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build().connect(vpn("A"));
        assertTrue(x86.bits() > Integer.MAX_VALUE && x86.fitsIn32Bits());
        RasHandle x64 = SimulatedRas.builder(WindowsProfile.windows10x64()).build().connect(vpn("A"));
        assertFalse(x64.fitsIn32Bits());
        assertEquals(RasHandle.of(0x1000), SimulatedRas.builder(WindowsProfile.windowsXpx86()).firstHandle(0x1000).build()
                .connect(vpn("A")));
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedRas.builder(WindowsProfile.windowsXpx86()).firstHandle(0x1_0000_0000L));
    }

    @Test
    @DisplayName("a connection keeps every given member; only the handle is the simulator's")
    void connectKeepsTheMembers() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        RasConnection given = vpn("Office").toBuilder().handle(RasHandle.of(42)).build();
        RasHandle handle = ras.connect(given);
        assertNotEquals(RasHandle.of(42), handle);
        assertEquals(given.toBuilder().handle(handle).build(), ras.connection(handle).orElseThrow().connection());
    }

    @Test
    @DisplayName("dial, advance, connected, drop, hang up: the life of a connection")
    void lifeOfAConnection() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        RasHandle handle = ras.dial(vpn("Office"), ConnectionState.OPEN_PORT);
        assertTrue(ras.connection(handle).orElseThrow().isDialing());
        ras.advance(handle, ConnectionState.AUTHENTICATE);
        assertEquals(ConnectionState.AUTHENTICATE, ras.connection(handle).orElseThrow().state());
        ras.advance(handle, ConnectionState.CONNECTED);
        assertThrows(IllegalStateException.class, () -> ras.advance(handle, ConnectionState.AUTHENTICATE));
        ras.drop(handle, 628);
        SimConnection dropped = ras.connection(handle).orElseThrow();
        assertTrue(dropped.isDropped());
        assertEquals(628, dropped.errorCode());
        assertThrows(IllegalStateException.class, () -> ras.drop(handle, 628));
        ras.hangUp(handle);
        assertTrue(ras.connections().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ras.hangUp(handle));
    }

    @Test
    @DisplayName("connections are listed in the order they were made; hangUpAll ends them all")
    void orderAndHangUpAll() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows7x86()).build();
        RasHandle first = ras.connect(vpn("First"));
        RasHandle second = ras.connect(vpn("Second"));
        assertEquals(List.of(first, second), ras.connections().stream().map(SimConnection::handle).toList());
        ras.hangUpAll();
        assertTrue(ras.connections().isEmpty());
    }

    @Test
    @DisplayName("Windows could not have it: a member too long, a dialling state that is none, a stopped service")
    void refusesWhatWindowsCouldNotHave() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        assertThrows(IllegalArgumentException.class, () -> ras.connect(vpn("x".repeat(257))));
        assertThrows(IllegalArgumentException.class,
                () -> ras.connect(vpn("Office").toBuilder().deviceType("a-device-type-too-long").build()));
        assertThrows(IllegalArgumentException.class,
                () -> ras.connect(vpn("Office"), StatusDetails.ofPhoneNumber("9".repeat(129))));
        assertThrows(IllegalArgumentException.class, () -> ras.dial(vpn("Office"), ConnectionState.CONNECTED));
        assertThrows(IllegalArgumentException.class, () -> ras.advance(RasHandle.of(4), ConnectionState.CONNECTED));
        ras.stopService();
        assertThrows(IllegalStateException.class, () -> ras.connect(vpn("Office")));
        ras.startService();
        assertTrue(ras.isServiceRunning());
        ras.connect(vpn("x".repeat(256)));
    }

    @Test
    @DisplayName("a multilink connection gives each sub-entry its own handle; hanging one up keeps the rest")
    void multilinkSubEntries() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsNt4x86()).build();
        RasHandle handle = ras.connectMultilink(vpn("Bundle"), StatusDetails.NONE, 3);
        List<RasHandle> links = ras.connection(handle).orElseThrow().subEntryHandles();
        assertEquals(3, Set.copyOf(links).size());
        assertFalse(links.contains(handle));
        ras.hangUp(links.get(0));
        assertEquals(1, ras.connections().size());
        assertThrows(IllegalArgumentException.class, () -> ras.drop(links.get(1), 628));
    }
}
