package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ras4j.RasClient;
import org.ras4j.reliability.WatchSoak;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/**
 * {@link WatchSoak} through {@link JnaRasBackend} and the C stand-in: four watches, each over a
 * backend of its own, notified through native event handles; after close none of those handles
 * is open.
 */
class NativeWatchSoakTest {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    @DisplayName("churn through JNA: events in order, no watch thread and no native event handle left after close")
    void soak() throws Exception {
        StandIn.library();
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        StandIn.serving(ras);
        long before = StandIn.openEvents();
        new WatchSoak(ras, () -> RasClient.using(StandIn.serving(ras)),
                "Watch churn soak through JnaRasBackend and the C stand-in (Windows 10, notified)").run("watch-soak-native");
        assertEquals(before, StandIn.openEvents(), "native event handles left open");
        assertNull(StandIn.failure(), "the serving backend threw inside the stand-in");
    }
}
