package org.ras4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ras4j.RasBackends;
import org.ras4j.RasClient;
import org.ras4j.sim.SimulatedRas;

/** With ras-sim on the class path, {@link RasClient#create()} finds the simulator through ServiceLoader. */
class BackendDiscoveryTest {

    @Test
    void theSimulatorIsFoundByName() {
        assertInstanceOf(SimulatedRas.class, RasBackends.named("sim"));
    }

    @Test
    void createFallsBackToTheSimulatorWhereNoNativeBackendIsSupported() {
        RasClient client = RasClient.create();
        assertInstanceOf(SimulatedRas.class, client.backend());
        assertEquals(0, client.connections().size(), "a fresh simulator has no connections");
    }

    @Test
    void anUnknownBackendNameSaysWhichExist() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RasBackends.named("carrier-pigeon"));
        assertTrue(e.getMessage().contains("sim"), e.getMessage());
    }
}
