package org.ras4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ras4j.RasConnection;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimConnection;

/** Every enumeration benchmark, after its setup, lists the same connections as its baseline. */
class EnumerateEqualWorkTest {

    private static SimEnumerateBenchmark simBench(int count, RasCharset charset) {
        SimEnumerateBenchmark bench = new SimEnumerateBenchmark();
        bench.count = count;
        bench.charset = charset;
        bench.setUp();
        return bench;
    }

    @ParameterizedTest(name = "{0} connections, {1}")
    @CsvSource({"1, W", "16, W", "1, A", "16, A"})
    void steadyAndColdClientsListTheSimulatorsConnections(int count, RasCharset charset) {
        SimEnumerateBenchmark bench = simBench(count, charset);
        List<RasConnection> expected = bench.simulator().connections().stream()
                .map(SimConnection::connection).toList();

        assertEquals(count, expected.size());
        assertEquals(expected, bench.steadyState(new CallCounters()));
        assertEquals(expected, bench.cold(new CallCounters()));
    }

    @Test
    void theSimulatorHoldsTheSampleConnectionsUnderItsOwnHandles() {
        SimEnumerateBenchmark bench = simBench(16, RasCharset.W);
        List<RasConnection> sample = SampleConnections.of(16, NameLength.MIXED);
        List<RasConnection> listed = bench.steadyState(new CallCounters());
        for (int i = 0; i < 16; i++) {
            assertEquals(sample.get(i).toBuilder().handle(listed.get(i).handle()).build(), listed.get(i));
        }
    }

    @Test
    void steadyStateIsOneBackendCallAndColdIsTwo() {
        SimEnumerateBenchmark bench = simBench(16, RasCharset.W);
        CallCounters steady = new CallCounters();
        CallCounters cold = new CallCounters();
        for (int i = 0; i < 3; i++) {
            bench.steadyState(steady);
            bench.cold(cold);
        }
        assertEquals(3, steady.enumerations);
        assertEquals(3, steady.backendCalls);
        assertEquals(6, cold.backendCalls);
    }

    @ParameterizedTest(name = "{0} connections, {1}")
    @CsvSource({"1, W", "16, W", "1, A", "16, A"})
    void clientOverJnaAndThePlainJnaLoopListTheSameConnections(int count, RasCharset charset) {
        assumeTrue(StandinRasapi32.class.getResource(StandinRasapi32.RESOURCE) != null,
                "the rasapi32 stand-in was not built (no C compiler)");
        JnaEnumerateBenchmark bench = new JnaEnumerateBenchmark();
        bench.count = count;
        bench.charset = charset;
        bench.setUp();
        List<RasConnection> expected = SampleConnections.of(count, NameLength.MIXED);

        assertEquals(expected, bench.client());
        assertEquals(expected, bench.plainJna());
        assertEquals(count, bench.backendCall(), "ERROR_SUCCESS (0) plus the count");
    }
}
