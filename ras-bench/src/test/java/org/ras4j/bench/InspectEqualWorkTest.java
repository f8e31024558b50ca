package org.ras4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ras4j.ConnectionProjection;
import org.ras4j.ConnectionStatistics;
import org.ras4j.Ikev2Projection;
import org.ras4j.RasClient;
import org.ras4j.codec.RasCharset;

/**
 * Every {@link InspectBenchmark} point, after its setup, does the work it claims: the statistics
 * and the projection of the VPN, the same over the simulator and over JNA and the stand-in.
 */
class InspectEqualWorkTest {

    private static InspectBenchmark bench(String backend, RasCharset charset) {
        if (backend.equals("jna")) {
            assumeTrue(StandinRasapi32.class.getResource(StandinRasapi32.RESOURCE) != null,
                    "the rasapi32 stand-in was not built (no C compiler)");
        }
        InspectBenchmark bench = new InspectBenchmark();
        bench.backend = backend;
        bench.charset = charset;
        bench.setUp();
        return bench;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"sim, W", "sim, A", "jna, W", "jna, A"})
    void eachPointInspectsTheVpn(String backend, RasCharset charset) {
        InspectBenchmark bench = bench(backend, charset);
        ConnectionStatistics stats = bench.statistics();
        assertEquals(List.of(1_080_000L, 43_200_000L, 100_000_000L),
                List.of(stats.bytesSent(), stats.bytesReceived(), stats.bitsPerSecond()));
        assertEquals(Duration.ofSeconds(90), stats.connectDuration());
        ConnectionProjection projection = bench.projection();
        Ikev2Projection ikev2 = projection.ikev2().orElseThrow();
        assertEquals("10.9.0.7", ikev2.ipv4Address().orElseThrow().getHostAddress());
        assertEquals(2, ikev2.ipv4ServerAddresses().orElseThrow().size(), "the arrays are read, not skipped");
        assertEquals(1, ikev2.ipv6ServerAddresses().orElseThrow().size());
        assertEquals(RasClient.builder(bench.simulator()).charset(charset).build().projection(bench.handle()),
                projection, "the same answer as the simulator's own");
        assertEquals(stats.bytesSent(), bench.backendStatistics() - 0, "ERROR_SUCCESS (0) plus dwBytesXmited");
    }
}
