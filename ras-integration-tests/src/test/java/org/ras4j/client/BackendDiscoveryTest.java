package org.ras4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.ras4j.RasBackends;
import org.ras4j.RasClient;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.SimulatedRasProvider;

/**
 * With ras-sim on the class path (and no native backend), {@link RasClient#create()} finds the
 * simulator through ServiceLoader off Windows only, or wherever {@code -Dras4j.backend=sim} names it.
 */
class BackendDiscoveryTest {

    @Test
    void theSimulatorIsFoundByNameAndSaysItIsOne() {
        assertInstanceOf(SimulatedRas.class, RasBackends.named("sim"));
        assertTrue(new SimulatedRasProvider().isSimulator());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void offWindowsCreateTakesTheSimulatorWhereNoNativeBackendIsSupported() {
        RasClient client = RasClient.create();
        assertInstanceOf(SimulatedRas.class, client.backend());
        assertEquals(0, client.connections().size(), "a fresh simulator has no connections");
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onWindowsCreateNeverFallsBackToTheSimulator() {
        IllegalStateException e = assertThrows(IllegalStateException.class, RasClient::create);
        assertTrue(e.getMessage().contains("ras-native-jna"), e.getMessage());
    }

    @Test
    void thePropertyNamesTheSimulatorOnEveryPlatform() {
        String before = System.getProperty(RasBackends.BACKEND_PROPERTY);
        System.setProperty(RasBackends.BACKEND_PROPERTY, "sim");
        try {
            assertInstanceOf(SimulatedRas.class, RasClient.create().backend());
        } finally {
            if (before == null) {
                System.clearProperty(RasBackends.BACKEND_PROPERTY);
            } else {
                System.setProperty(RasBackends.BACKEND_PROPERTY, before);
            }
        }
    }

    @Test
    void anUnknownBackendNameSaysWhichExist() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RasBackends.named("carrier-pigeon"));
        assertTrue(e.getMessage().contains("sim"), e.getMessage());
    }
}
