package org.ras4j.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmhCsvTest {
    static final String HEADER = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\","
            + "\"Unit\",\"Param: charset\",\"Param: count\",\"Param: names\"";

    @Test
    void primaryAndSecondaryRowsAreSplitByBenchmarkAndResultName() {
        List<JmhRow> rows = JmhCsv.parse(List.of(HEADER,
                "\"org.ras4j.bench.DecodeBenchmark.codec\",\"avgt\",1,5,2048.5,12.25,\"ns/op\",W,16,SHORT",
                "\"org.ras4j.bench.DecodeBenchmark.codec:gc.alloc.rate.norm\",\"avgt\",1,5,20000.0,NaN,\"B/op\",W,16,SHORT"));

        assertEquals(2, rows.size());
        JmhRow primary = rows.get(0);
        assertEquals("DecodeBenchmark.codec", primary.benchmark());
        assertTrue(primary.isPrimary());
        assertEquals(2048.5, primary.score());
        assertEquals(12.25, primary.error());
        assertEquals(Map.of("charset", "W", "count", "16", "names", "SHORT"), primary.params());
        assertEquals("gc.alloc.rate.norm", rows.get(1).secondary());
        assertTrue(Double.isNaN(rows.get(1).error()));
    }

    @Test
    void parametersABenchmarkDoesNotHaveAreLeftOut() {
        List<JmhRow> rows = JmhCsv.parse(List.of(HEADER,
                "\"org.ras4j.bench.PlatformRasConnBenchmark.platformStructure\",\"avgt\",1,5,9.0,0.1,\"ns/op\",,16,MAX"));

        assertEquals(Map.of("count", "16", "names", "MAX"), rows.get(0).params());
    }

    @Test
    void olderJmhSecondaryNamesWithAMiddleDotReadTheSame() {
        List<JmhRow> rows = JmhCsv.parse(List.of(HEADER,
                "\"a.B.c:\u00b7gc.alloc.rate.norm\",\"avgt\",1,5,1.0,0.1,\"B/op\",W,1,MAX"));

        assertEquals("B.c", rows.get(0).benchmark());
        assertEquals("gc.alloc.rate.norm", rows.get(0).secondary());
    }

    @Test
    void aFileThatIsNotAJmhResultIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JmhCsv.parse(List.of("\"Name\",\"Value\"", "x,1")));
    }
}
