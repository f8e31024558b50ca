package org.ras4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ras4j.watch.Appeared;
import org.ras4j.watch.Dropped;
import org.ras4j.watch.WatchEvent;

/** The watch benchmarks measure what they say: no event for an unchanged snapshot, one drop, one appeared per operation. */
class WatchBenchmarksTest {

    @ParameterizedTest(name = "{0} connections")
    @ValueSource(ints = {16, 256, 4096})
    @DisplayName("the diff benchmark: unchanged is no event, oneDropped is exactly one Dropped")
    void diff(int count) {
        WatchDiffBenchmark benchmark = new WatchDiffBenchmark();
        benchmark.count = count;
        benchmark.setUp();
        assertEquals(List.of(), benchmark.unchanged());
        List<WatchEvent> events = benchmark.oneDropped();
        assertEquals(1, events.size());
        assertTrue(events.get(0) instanceof Dropped d && d.errorCode() == 629, events.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notified", "polled-10ms"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("the latency benchmark: each operation gets the probe's Appeared")
    void latency(String mode) throws InterruptedException {
        WatchLatencyBenchmark benchmark = new WatchLatencyBenchmark();
        benchmark.mode = mode;
        benchmark.count = 16;
        benchmark.setUp();
        try {
            for (int i = 0; i < 3; i++) {
                benchmark.reset();
                WatchEvent event = benchmark.changeToListener();
                assertTrue(event instanceof Appeared a && a.connection().entryName().equals("probe"), event.toString());
            }
        } finally {
            benchmark.tearDown();
        }
    }
}
