package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.reliability.Figures;
import org.ras4j.reliability.Soak;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/**
 * The reliability checks through the native path: {@link JnaRasBackend} calling the C stand-in of
 * {@code rasapi32}, which forwards to a {@link SimulatedRas}. Skipped, saying why, where the build
 * had no C compiler to make the stand-in.
 */
class NativeSoakTest {

    @AfterEach
    void noCallbackFailed() {
        StandIn.lie(StandIn.Lie.NONE);
        assertNull(StandIn.failure(), "the serving backend threw inside the stand-in");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void theSoakHoldsThroughJnaAndTheStandIn() throws Exception {
        StandIn.library();
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        JnaRasBackend backend = StandIn.serving(ras);
        new Soak(ras, RasClient.using(backend), "Soak through JnaRasBackend and the C stand-in").run("soak-native");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aLyingStandInAlwaysEndsInARasExceptionNeverACrash() {
        StandIn.library();
        int rounds = Figures.intProperty("ras4j.clientfuzz.cases", 5_000) / 10;
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        for (int i = 0; i < 3; i++) {
            ras.connect(RasConnection.builder(RasHandle.NULL, "Lying " + i).deviceType("vpn").build());
        }
        JnaRasBackend backend = StandIn.serving(ras);
        TreeMap<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < rounds; i++) {
            StandIn.lie(i % 2 == 0 ? StandIn.Lie.COUNT_LARGER_THAN_FITS : StandIn.Lie.LPCB_LARGER_THAN_BUFFER);
            try {
                List<RasConnection> listed = RasClient.using(backend).connections();
                outcomes.merge("list of " + listed.size(), 1, Integer::sum);
            } catch (RasException e) {
                outcomes.merge("RasException " + e.code(), 1, Integer::sum);
            }
        }
        Figures.titled("Lying stand-in through JnaRasBackend")
                .put("enumerations", rounds)
                .put("outcomes", outcomes)
                .write("lying-native");
        assertEquals(java.util.Map.of("RasException 610", rounds), outcomes);
    }
}
