package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimFunction;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/** The code README.md shows, run as it is written there (keep the two in step). */
class ReadmeExamplesTest {

    @Test
    @DisplayName("README's simulator example: XP rules, a race between size query and fetch, a scripted failure")
    void simulatorExample() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();   // RASCONN up to V501
        ras.connect(RasConnection.builder(RasHandle.NULL, "Büro-VPN").deviceType("vpn").build());
        ras.connectBeforeNextFetch(RasConnection.builder(RasHandle.NULL, ".5550123").build());
        RasClient client = RasClient.using(ras);           // or hand `ras` to your code as a RasBackend
        assertEquals(List.of("Büro-VPN", ".5550123"),
                client.connections().stream().map(RasConnection::entryName).toList());
        ras.failNextCall(SimFunction.ENUM_CONNECTIONS_W, 8);    // ERROR_NOT_ENOUGH_MEMORY
        assertEquals(8, assertThrows(RasException.class, client::connections).code());
    }
}
