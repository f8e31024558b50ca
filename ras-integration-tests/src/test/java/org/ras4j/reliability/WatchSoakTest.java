package org.ras4j.reliability;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ras4j.RasClient;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/** {@link WatchSoak} over the simulator itself: Windows 98 (dialling listed, notified) and Windows 95 (polled). */
class WatchSoakTest {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    @DisplayName("churn: 2 dialling threads, 4 watches of Windows 98: every connection's events in order, nothing left after close")
    void windows98() throws Exception {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows98x86()).build();
        new WatchSoak(ras, () -> RasClient.using(ras), "Watch churn soak over the simulator (Windows 98, notified)")
                .run("watch-soak-98");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    @DisplayName("churn: the same on Windows 95, where the watches only poll")
    void windows95() throws Exception {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows95x86()).build();
        new WatchSoak(ras, () -> RasClient.using(ras), "Watch churn soak over the simulator (Windows 95, polled)")
                .run("watch-soak-95");
    }
}
