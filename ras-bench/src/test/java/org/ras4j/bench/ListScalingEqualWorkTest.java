package org.ras4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ras4j.sim.SimConnection;

/**
 * {@link ListScalingBenchmark} at its smallest size does what it says: {@code ras4j list} over the
 * scenario file lists every connection but the dialling ones, with a note for each multilink and
 * dialling one, and the status benchmark's simulator holds the same connections, the last live.
 */
class ListScalingEqualWorkTest {

    @Test
    void theCommandListsTheScenarioAndTheSimulatorHoldsTheSameConnections() throws IOException {
        ListScalingBenchmark bench = new ListScalingBenchmark();
        bench.connections = 1000;
        bench.setUp();

        List<String> lines = bench.listOutput().lines().toList();
        List<SimConnection> simulated = bench.simulator().connections();
        List<String> listedNames = simulated.stream().filter(c -> !c.isDialing())
                .map(c -> c.connection().entryName()).toList();
        int rows = 1000 - ScalingScenario.dialing(1000);

        assertEquals(1000, simulated.size());
        assertEquals(990, rows);
        assertEquals(listedNames, lines.subList(2, 2 + rows).stream().map(l -> l.split(" ")[0]).toList());
        assertEquals(ScalingScenario.multilink(1000) + ScalingScenario.dialing(1000),
                lines.size() - (2 + rows) - 2, "one note per multilink and per dialling connection");
        assertEquals(0, bench.statusOfLast(), "ERROR_SUCCESS for the last connection");
        assertEquals(0, bench.list(), "exit code 0");
    }

    @Test
    void theScenarioFileIsWithinTheCommandsLimitsAtSixtyThousand() {
        String json = ScalingScenario.json(60_000);
        assertEquals(true, json.length() < 16 * 1024 * 1024, json.length() + " characters");
    }
}
