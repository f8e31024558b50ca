package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.sim.Samples.enumerate;
import static org.ras4j.sim.Samples.size;
import static org.ras4j.sim.Samples.vpn;
import static org.ras4j.sim.Samples.withDwSize;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/** docs/contract.md §2, validation: which check fails first, and what a failed call leaves. */
class EnumValidationRulesTest {
    private static final int ERROR_INVALID_PARAMETER = 87;
    private static final int ERROR_BUFFER_TOO_SMALL = 603;
    private static final int ERROR_INVALID_SIZE = 632;
    private static final int BAD_DWSIZE = 3;

    private static SimulatedRas xpWithOneConnection() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        ras.connect(vpn("Office"));
        return ras;
    }

    @Test
    @DisplayName("§2 A checks the pointers first: NULL lpcb with a bad dwSize is 87")
    void ansiChecksPointersBeforeSize() {
        SimulatedRas ras = xpWithOneConnection();
        assertEquals(ERROR_INVALID_PARAMETER,
                ras.enumConnections(RasCharset.A, withDwSize(4096, BAD_DWSIZE), null, DwordRef.of(0)));
        assertEquals(ERROR_INVALID_PARAMETER,
                ras.enumConnections(RasCharset.A, null, DwordRef.of(0), null));
    }

    @Test
    @DisplayName("§2 W checks the size first: NULL lpcb with a bad dwSize is 632")
    void wideChecksSizeBeforePointers() {
        SimulatedRas ras = xpWithOneConnection();
        assertEquals(ERROR_INVALID_SIZE,
                ras.enumConnections(RasCharset.W, withDwSize(4096, BAD_DWSIZE), null, DwordRef.of(0)));
        assertEquals(ERROR_INVALID_SIZE, ras.enumConnections(RasCharset.W, null, DwordRef.of(0), null));
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§2 a valid dwSize with a NULL lpcb or lpcConnections is 87 in both charsets")
    void nullPointerWithValidSizeIsInvalidParameter(RasCharset charset) {
        SimulatedRas ras = xpWithOneConnection();
        int dwSize = size(RasConnVersion.V501, charset, ras.profile());
        assertEquals(ERROR_INVALID_PARAMETER,
                ras.enumConnections(charset, withDwSize(4096, dwSize), null, DwordRef.of(0)));
        assertEquals(ERROR_INVALID_PARAMETER,
                ras.enumConnections(charset, withDwSize(4096, dwSize), DwordRef.of(4096), null));
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§2 a dwSize that is no accepted version is 632 and leaves both outputs untouched")
    void badSizeIsInvalidSizeAndTouchesNothing(RasCharset charset) {
        SimulatedRas ras = xpWithOneConnection();
        ByteBuffer buffer = withDwSize(4096, size(RasConnVersion.V501, charset, ras.profile()) + 4);
        Samples.Outcome outcome = enumerate(ras, charset, buffer, 4096);
        assertEquals(new Samples.Outcome(ERROR_INVALID_SIZE, 4096, 0xDEADBEEFL), outcome);
        assertTrue(Samples.untouchedFrom(buffer, 4));
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§2 Windows 2000/XP: a NULL lprasconn is 632, outputs untouched")
    void xpRejectsNullBuffer(RasCharset charset) {
        assertEquals(new Samples.Outcome(ERROR_INVALID_SIZE, 0, 0xDEADBEEFL),
                enumerate(xpWithOneConnection(), charset, null, 0));
        SimulatedRas w2k = SimulatedRas.builder(WindowsProfile.windows2000x86()).build();
        w2k.connect(vpn("Office"));
        assertEquals(ERROR_INVALID_SIZE, enumerate(w2k, charset, null, 0).code());
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§2 Vista and later: a NULL lprasconn is the size query: 603, the count, count × newest size")
    void vistaAnswersTheSizeQuery(RasCharset charset) {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        ras.connect(vpn("Office"));
        ras.connect(vpn("Home"));
        int newest = RasConnLayout.of(RasConnVersion.V600, charset, ras.abi()).size();
        assertEquals(new Samples.Outcome(ERROR_BUFFER_TOO_SMALL, 2L * newest, 2), enumerate(ras, charset, null, 0));
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§2 the size query with no connection at all is success with 0 and 0")
    void sizeQueryWithoutConnectionsSucceeds(RasCharset charset) {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows7x86()).build();
        assertEquals(new Samples.Outcome(0, 0, 0), enumerate(ras, charset, null, 0));
    }

    @ParameterizedTest
    @MethodSource("org.ras4j.spi.WindowsProfile#all")
    @DisplayName("§2 each profile accepts exactly its dwSize set, in both charsets")
    void acceptsExactlyTheProfilesVersions(WindowsProfile profile) {
        for (RasCharset charset : RasCharset.values()) {
            for (RasConnVersion version : RasConnVersion.values()) {
                SimulatedRas ras = SimulatedRas.builder(profile).build();
                int dwSize = size(version, charset, profile);
                int code = enumerate(ras, charset, withDwSize(dwSize, dwSize), dwSize).code();
                int expected = profile.connVersions(charset).contains(version) ? 0 : ERROR_INVALID_SIZE;
                assertEquals(expected, code, profile + " " + charset + " " + version);
            }
        }
    }

    @Test
    @DisplayName("§2 XP accepts V351 to V501 and refuses V600; Vista and later accept V600")
    void xpRefusesTheVistaStructure() {
        SimulatedRas xp = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        int v600 = size(RasConnVersion.V600, RasCharset.W, xp.profile());
        assertEquals(ERROR_INVALID_SIZE, enumerate(xp, RasCharset.W, withDwSize(v600, v600), v600).code());
        SimulatedRas vista = SimulatedRas.builder(WindowsProfile.windowsVistax86()).build();
        assertEquals(0, enumerate(vista, RasCharset.W, withDwSize(v600, v600), v600).code());
    }

    @ParameterizedTest
    @EnumSource(RasCharset.class)
    @DisplayName("§2 after validation both outputs start at 0: the RAS service stopped is success with 0 entries")
    void stoppedServiceIsSuccessWithNothing(RasCharset charset) {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).serviceStopped().build();
        int dwSize = size(RasConnVersion.V501, charset, ras.profile());
        ByteBuffer buffer = withDwSize(4 * dwSize, dwSize);
        assertEquals(new Samples.Outcome(0, 0, 0), enumerate(ras, charset, buffer, 4 * dwSize));
        assertEquals(dwSize, buffer.getInt(0));
        assertTrue(Samples.untouchedFrom(buffer, 4));
    }

    @Test
    @DisplayName("§2 stopping the service ends every connection; enumeration then succeeds with 0")
    void stoppingTheServiceEndsConnections() {
        SimulatedRas ras = xpWithOneConnection();
        ras.stopService();
        int dwSize = size(RasConnVersion.V501, RasCharset.W, ras.profile());
        assertEquals(new Samples.Outcome(0, 0, 0), enumerate(ras, RasCharset.W, withDwSize(dwSize, dwSize), dwSize));
        assertTrue(ras.connections().isEmpty());
    }
}
