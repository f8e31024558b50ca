package org.ras4j.reliability;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ras4j.RasClient;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/** The {@link Soak} with {@link RasClient} straight over the simulator. */
class SimulatorSoakTest {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void readersSeeOnlyWholeConnectionsWhileWritersChurn() throws Exception {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        new Soak(ras, RasClient.using(ras), "Soak on the simulator").run("soak-simulator");
    }
}
