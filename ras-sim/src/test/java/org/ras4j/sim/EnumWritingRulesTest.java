package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.sim.Samples.enumerate;
import static org.ras4j.sim.Samples.vpn;
import static org.ras4j.sim.Samples.withDwSize;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ras4j.ConnectionFlag;
import org.ras4j.ConnectionFlags;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.WindowsProfile;

/** docs/contract.md §2, output: what is written, where, and what the two outputs say. */
class EnumWritingRulesTest {
    private static final int ERROR_BUFFER_TOO_SMALL = 603;
    private static final RasConnCodec CODEC = RasConnCodec.withAnsiCharset(WindowsProfile.windowsXpx86().ansiCharset());

    private static SimulatedRas xp(RasConnection... connections) {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        for (RasConnection c : connections) {
            ras.connect(c);
        }
        return ras;
    }

    private static List<RasConnection> listed(SimulatedRas ras) {
        return ras.connections().stream().map(SimConnection::connection).toList();
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§2 success: entries in order, dwSize apart, *lpcConnections = entries, *lpcb = entries × dwSize")
    void successWritesEveryEntry(RasCharset charset) {
        SimulatedRas ras = xp(vpn("One"), vpn("Two"), vpn("Three"));
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V501, charset, ras.abi());
        ByteBuffer buffer = withDwSize(3 * layout.size() + 10, layout.size());
        assertEquals(new Samples.Outcome(0, 3L * layout.size(), 3), enumerate(ras, charset, buffer, buffer.capacity()));
        List<RasConnection> expected = listed(ras).stream().map(c -> CODEC.project(c, layout)).toList();
        assertEquals(expected, CODEC.decode(buffer, layout, 3));
        assertTrue(Samples.untouchedFrom(buffer, 3 * layout.size()));
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§2 603: the entries before the one that does not fit stay written; total count; total × dwSize")
    void tooSmallKeepsTheEntriesThatFit(RasCharset charset) {
        SimulatedRas ras = xp(vpn("One"), vpn("Two"), vpn("Three"));
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V401, charset, ras.abi());
        int lpcb = 2 * layout.size() + layout.size() / 2;
        ByteBuffer buffer = withDwSize(4 * layout.size(), layout.size());
        assertEquals(new Samples.Outcome(ERROR_BUFFER_TOO_SMALL, 3L * layout.size(), 3),
                enumerate(ras, charset, buffer, lpcb));
        List<RasConnection> expected = listed(ras).subList(0, 2).stream().map(c -> CODEC.project(c, layout)).toList();
        assertEquals(expected, CODEC.decode(buffer, layout, 2));
        assertTrue(Samples.untouchedFrom(buffer, 2 * layout.size()));
    }

    @Test
    @DisplayName("§2 *lpcb smaller than dwSize: 603 with the size needed, nothing written")
    void lpcbBelowOneEntryIsTooSmall() {
        SimulatedRas ras = xp(vpn("One"));
        int dwSize = Samples.size(RasConnVersion.V501, RasCharset.W, ras.profile());
        ByteBuffer buffer = withDwSize(dwSize, dwSize);
        assertEquals(new Samples.Outcome(ERROR_BUFFER_TOO_SMALL, dwSize, 1), enumerate(ras, RasCharset.W, buffer, dwSize - 1));
        assertEquals(dwSize, buffer.getInt(0));
        assertTrue(Samples.untouchedFrom(buffer, 4));
    }

    @Test
    @DisplayName("§2 C-ENUM-05: the dwSize is read whatever *lpcb says; *lpcb 0 or 3 is 603 in the caller's version")
    void dwSizeIsReadWhateverLpcbSays() {
        int size = Samples.size(RasConnVersion.V501, RasCharset.W, WindowsProfile.windowsXpx86());
        ByteBuffer xpBuffer = withDwSize(size, size);
        assertEquals(new Samples.Outcome(ERROR_BUFFER_TOO_SMALL, size, 1), enumerate(xp(vpn("One")), RasCharset.W, xpBuffer, 3));
        assertTrue(Samples.untouchedFrom(xpBuffer, 4));
        assertEquals(size, xpBuffer.getInt(0), "the caller's dwSize is left as it was");
        SimulatedRas vista = SimulatedRas.builder(WindowsProfile.windowsVistax86()).build();
        vista.connect(vpn("One"));
        vista.connect(vpn("Two"));
        vista.connect(vpn("Three"));
        assertEquals(new Samples.Outcome(ERROR_BUFFER_TOO_SMALL, 3L * size, 3),
                enumerate(vista, RasCharset.W, withDwSize(size, size), 0));
        assertEquals(new Samples.Outcome(0, 0, 0), enumerate(xp(), RasCharset.W, withDwSize(size, size), 0));
        ByteBuffer tooSmall = Samples.canaries(3);
        assertEquals(new Samples.Outcome(632, 0, 0xDEADBEEFL), enumerate(vista, RasCharset.W, tooSmall, 0));
    }

    @Test
    @DisplayName("§2 bounds: a *lpcb beyond the buffer's capacity never makes the simulator write past it")
    void lpcbBeyondCapacityWritesOnlyWhatFits() {
        SimulatedRas ras = xp(vpn("One"), vpn("Two"));
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V501, RasCharset.A, ras.abi());
        ByteBuffer buffer = withDwSize(layout.size() + 7, layout.size());
        assertEquals(new Samples.Outcome(ERROR_BUFFER_TOO_SMALL, 2L * layout.size(), 2),
                enumerate(ras, RasCharset.A, buffer, 10 * layout.size()));
        assertEquals(1, CODEC.decode(buffer, layout, 1).size());
        assertTrue(Samples.untouchedFrom(buffer, layout.size()));
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§2 the Windows NT 3.51 layout cuts the entry name to 20 characters")
    void v351CutsTheEntryName(RasCharset charset) {
        SimulatedRas ras = xp(vpn("A very long entry name of forty chars."));
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V351, charset, ras.abi());
        ByteBuffer buffer = withDwSize(layout.size(), layout.size());
        assertEquals(0, enumerate(ras, charset, buffer, layout.size()).code());
        assertEquals("A very long entry na", CODEC.decode(buffer, layout, 1).get(0).entryName());
    }

    @Test
    @DisplayName("§2 A converts with the profile's ANSI code page; a character it lacks becomes '?'")
    void ansiUsesTheCodePageWithReplacement() {
        SimulatedRas ras = xp(vpn("Café 日本"));
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V400, RasCharset.A, ras.abi());
        ByteBuffer buffer = withDwSize(layout.size(), layout.size());
        assertEquals(0, enumerate(ras, RasCharset.A, buffer, layout.size()).code());
        int name = 8;
        byte[] expected = {'C', 'a', 'f', (byte) 0xE9, ' ', '?', '?', 0};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], buffer.get(name + i), "byte " + i + " of szEntryName");
        }
    }

    @Test
    @DisplayName("§2 a connection made without a phone-book entry shows as '.' and its phone number")
    void phoneNumberConnectionShowsWithADot() {
        SimulatedRas ras = xp(Samples.phoneCall("5551234"));
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V501, RasCharset.W, ras.abi());
        ByteBuffer buffer = withDwSize(layout.size(), layout.size());
        assertEquals(0, enumerate(ras, RasCharset.W, buffer, layout.size()).code());
        assertEquals(".5551234", CODEC.decode(buffer, layout, 1).get(0).entryName());
    }

    @Test
    @DisplayName("§2 Windows 95/98/Me list a connection as soon as it dials; NT lists it once connected")
    void dialingIsListedOnlyOnNineX() {
        for (WindowsProfile profile : WindowsProfile.all()) {
            SimulatedRas ras = SimulatedRas.builder(profile).build();
            RasHandle handle = ras.dial(vpn("Dialling"), ConnectionState.AUTHENTICATE);
            int dwSize = Samples.size(profile.newestConnVersion(RasCharset.W), RasCharset.W, profile);
            long listed = enumerate(ras, RasCharset.W, withDwSize(dwSize, dwSize), dwSize).count();
            assertEquals(profile.dialingIsListed() ? 1 : 0, listed, profile.name());
            ras.advance(handle, ConnectionState.CONNECTED);
            assertEquals(1, enumerate(ras, RasCharset.W, withDwSize(dwSize, dwSize), dwSize).count(), profile.name());
        }
    }

    @Test
    @DisplayName("§2 a connection whose line dropped stays listed until it is hung up")
    void droppedStaysListedUntilHungUp() {
        SimulatedRas ras = xp();
        RasHandle handle = ras.connect(vpn("Dropped"));
        ras.drop(handle, 628);
        int dwSize = Samples.size(RasConnVersion.V501, RasCharset.W, ras.profile());
        assertEquals(1, enumerate(ras, RasCharset.W, withDwSize(dwSize, dwSize), dwSize).count());
        ras.hangUp(handle);
        assertEquals(new Samples.Outcome(0, 0, 0), enumerate(ras, RasCharset.W, withDwSize(dwSize, dwSize), dwSize));
    }

    @Test
    @DisplayName("§2 dwFlags as given: RASCF_GlobalCreds and RASCF_AllUsers; owner flags only from Vista")
    void flagsAsGivenAndOwnerFlagsOnlyFromVista() {
        ConnectionFlags shared = ConnectionFlags.of(ConnectionFlag.ALL_USERS, ConnectionFlag.GLOBAL_CREDS);
        SimulatedRas ras = xp(vpn("Shared").toBuilder().flags(shared).build());
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V501, RasCharset.W, ras.abi());
        ByteBuffer buffer = withDwSize(layout.size(), layout.size());
        enumerate(ras, RasCharset.W, buffer, layout.size());
        assertEquals(shared, CODEC.decode(buffer, layout, 1).get(0).flags().orElseThrow());
        RasConnection owned = vpn("Owned").toBuilder()
                .flags(ConnectionFlags.of(ConnectionFlag.OWNER_KNOWN, ConnectionFlag.OWNER_MATCH)).build();
        assertThrows(IllegalArgumentException.class, () -> ras.connect(owned));
        SimulatedRas vista = SimulatedRas.builder(WindowsProfile.windowsVistax64()).build();
        RasHandle handle = vista.connect(owned);
        assertTrue(vista.connection(handle).orElseThrow().connection().flags().orElseThrow().isOwner());
    }
}
