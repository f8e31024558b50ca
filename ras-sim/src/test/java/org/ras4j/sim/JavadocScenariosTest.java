package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ras4j.sim.Samples.enumerate;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.WindowsProfile;

/** The scenarios of {@link SimulatedRas}'s javadoc, as written there, do what the javadoc says. */
class JavadocScenariosTest {
    private final RasConnection vpn = RasConnection.builder(RasHandle.NULL, "VPN").build();

    private static long listed(SimulatedRas ras) {
        int size = Samples.size(RasConnVersion.V600, RasCharset.W, ras.profile());
        return enumerate(ras, RasCharset.W, Samples.withDwSize(size, size), size).count();
    }

    @Test
    @DisplayName("javadoc: two connections, a race each way, a scripted failure, a counted call")
    void racesFaultsAndCounts() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        RasHandle h = ras.connect(vpn);
        ras.connect(RasConnection.builder(RasHandle.NULL, ".5551234").build());
        assertEquals(2, enumerate(ras, RasCharset.W, null, 0).count());

        ras.connectBeforeNextFetch(vpn);
        assertEquals(3, listed(ras));
        ras.hangUpBeforeNextFetch(h);
        assertEquals(2, listed(ras));

        ras.failNextCall(SimFunction.ENUM_CONNECTIONS_W, 8);
        assertEquals(8, enumerate(ras, RasCharset.W, null, 0).code());
        assertEquals(4, ras.callCount(SimFunction.ENUM_CONNECTIONS_W));
    }

    @Test
    @DisplayName("javadoc: the service stopped; dialling then connected; a dropped line; a lost link")
    void serviceDiallingDropAndLinks() {
        SimulatedRas stopped = SimulatedRas.builder(WindowsProfile.windowsXpx86()).serviceStopped().build();
        int xpSize = Samples.size(RasConnVersion.V501, RasCharset.W, stopped.profile());
        ByteBuffer buffer = Samples.withDwSize(xpSize, xpSize);
        assertEquals(new Samples.Outcome(0, 0, 0), enumerate(stopped, RasCharset.W, buffer, xpSize));

        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        RasHandle h = ras.connect(vpn);
        RasHandle d = ras.dial(vpn, ConnectionState.AUTHENTICATE);
        assertEquals(1, listed(ras));
        ras.advance(d, ConnectionState.CONNECTED);
        assertEquals(2, listed(ras));
        ras.drop(h, 628);
        assertEquals(628, ras.connection(h).orElseThrow().errorCode());
        RasHandle m = ras.connectMultilink(vpn, StatusDetails.NONE, 2);
        ras.hangUp(ras.connection(m).orElseThrow().subEntryHandles().get(1));
        assertEquals(3, listed(ras));
    }

    @Test
    @DisplayName("javadoc: on 2000/XP the one-entry sizing call is a fetch, so the race goes before fetch 2")
    void xpRaceLandsBeforeTheSecondFetch() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        ras.connect(vpn);
        ras.connectBeforeFetch(2, vpn);
        int size = Samples.size(RasConnVersion.V501, RasCharset.W, ras.profile());
        assertEquals(new Samples.Outcome(0, size, 1), enumerate(ras, RasCharset.W, Samples.withDwSize(size, size), size));
        assertEquals(new Samples.Outcome(603, 2L * size, 2),
                enumerate(ras, RasCharset.W, Samples.withDwSize(size, size), size));
    }
}
