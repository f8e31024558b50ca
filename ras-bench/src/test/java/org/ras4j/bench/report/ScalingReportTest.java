package org.ras4j.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingReportTest {
    private static final String HEADER = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\","
            + "\"Score Error (99.9%)\",\"Unit\",\"Param: connections\"";

    private static String row(String benchmark, double score, String unit, int connections) {
        return "\"org.ras4j.bench." + benchmark + "\",\"avgt\",1,5," + score + ",1.0,\"" + unit + "\"," + connections;
    }

    /** A run whose list costs {@code micros(n)} µs per connection and whose status costs 300 ns. */
    private static String render(double microsAt1000, double microsAt60000) {
        String csv = String.join("\n", HEADER,
                row("ListScalingBenchmark.list", microsAt1000 * 1000 / 1000, "ms/op", 1000),
                row("ListScalingBenchmark.list:gc.alloc.rate.norm", 5_000_000, "B/op", 1000),
                row("ListScalingBenchmark.statusOfLast", 300, "ns/op", 1000),
                row("ListScalingBenchmark.list", microsAt60000 * 60000 / 1000, "ms/op", 60000),
                row("ListScalingBenchmark.list:gc.alloc.rate.norm", 300_000_000, "B/op", 60000),
                row("ListScalingBenchmark.statusOfLast", 330, "ns/op", 60000));
        return ScalingReport.render(Results.of(JmhCsv.parse(csv.lines().toList())), Map.of(1000, 400.0, 60000, 380.0),
                Map.of("command", "ras-bench/scaling.sh", "machine", "2 cores"));
    }

    @Test
    void flatTimePerConnectionMeetsTheTarget() {
        String md = render(5.0, 6.0);
        assertTrue(md.contains("| `ras4j list`: time per connection flat within 1.5× from 1,000 to 60,000 connections"
                + " | max ÷ min = 1.20× (6.00 µs at 60,000 connections, 5.00 µs at 1,000) | met |"), md);
        assertTrue(md.contains("| one `RasGetConnectStatus` costs the same whatever the number of connections"
                + " (within 1.5×) | max ÷ min = 1.10× (330 ns at 60,000 connections, 300 ns at 1,000) | met |"), md);
        assertTrue(md.contains("| 1,000 | 5.0 | 5.00 | 1.00× | 5,000 | 300 | 400 |"), md);
        assertTrue(md.contains("| 60,000 | 360 | 6.00 | 1.20× | 5,000 | 330 | 380 |"), md);
        assertTrue(md.contains("- Command: `ras-bench/scaling.sh`"), md);
    }

    @Test
    void quadraticGrowthDoesNot() {
        String md = render(5.0, 300.0);
        assertTrue(md.contains("max ÷ min = 60.00× (300 µs at 60,000 connections, 5.00 µs at 1,000) | **not met** |"),
                md);
    }

    @Test
    void resultsLinkTheScalingReport() {
        String md = ResultsReport.render(Results.of(JmhCsv.parse(List.of())), Map.of());
        assertTrue(md.contains("[SCALING.md](SCALING.md)"), md);
    }
}
