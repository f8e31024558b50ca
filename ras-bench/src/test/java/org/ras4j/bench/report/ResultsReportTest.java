package org.ras4j.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsReportTest {

    private static String row(String benchmark, double score, String unit, String charset, int count, String names) {
        return "\"org.ras4j.bench." + benchmark + "\",\"avgt\",1,5," + score + ",1.0,\"" + unit + "\"," + charset + ","
                + count + "," + names;
    }

    private static String decodeRun(double codecPerEntry, double structurePerEntry, double extraPerEntry) {
        List<String> lines = new ArrayList<>(List.of(JmhCsvTest.HEADER));
        for (int count : new int[] {16, 256, 4096}) {
            lines.add(row("DecodeBenchmark.codec", codecPerEntry * count, "ns/op", "W", count, "MAX"));
            lines.add(row("DecodeBenchmark.jnaStructure", structurePerEntry * count, "ns/op", "W", count, "MAX"));
            lines.add(row("DecodeBenchmark.bulkCopy", 40.0 * count, "ns/op", "W", count, "MAX"));
            lines.add(row("DecodeBenchmark.codec:gc.alloc.rate.norm", (1000 + extraPerEntry) * count + 64, "B/op",
                    "W", count, "MAX"));
            lines.add(row("DecodeBenchmark.resultFloor:gc.alloc.rate.norm", 1000.0 * count, "B/op", "W", count, "MAX"));
        }
        return String.join("\n", lines);
    }

    private static String render(String csv) {
        return ResultsReport.render(Results.of(JmhCsv.parse(csv.lines().toList())),
                Map.of("config", "forks 1", "machine", "2 cores", "jdk", "17"));
    }

    @Test
    void statesTheConfigurationMachineAndJdk() {
        String md = render(decodeRun(100, 6000, 0));
        assertTrue(md.contains("- Configuration: forks 1"), md);
        assertTrue(md.contains("- Machine: 2 cores"), md);
        assertTrue(md.contains("- JDK: 17"), md);
    }

    @Test
    void aCodecSixtyTimesFasterThanTheStructureMeetsTheFiftyFoldTarget() {
        String md = render(decodeRun(100, 6000, 0));
        assertTrue(md.contains("| decode ≥ 50× faster per entry than the layout-faithful JNA Structure "
                + "| worst 60.00× (W/MAX/16); best 60.00× | met |"), md);
        assertTrue(md.contains("| W | MAX | 256 | 100 | 6,000 | n/a | 40.0 | 60.0× | n/a | 2.50× |"), md);
    }

    @Test
    void aCodecOnlyTwentyTimesFasterIsReportedAsNotMet() {
        String md = render(decodeRun(100, 2000, 0));
        assertTrue(md.contains("| worst 20.00× (W/MAX/16); best 20.00× | **not met** |"), md);
    }

    @Test
    void allocationBeyondTheFloorIsMeasuredPerEntryAtTheLargestCount() {
        String clean = render(decodeRun(100, 6000, 0));
        assertTrue(clean.contains("| decode: 0 B/entry allocated beyond the record and its strings "
                + "| worst 0.02 B/entry beyond the floor (W/MAX/4096"), clean);
        assertTrue(clean.contains("per-op overhead amortised); best 0.02 | met |"), clean);
        String wasteful = render(decodeRun(100, 6000, 48));
        assertTrue(wasteful.contains("worst 48.02 B/entry beyond the floor"), wasteful);
        assertTrue(wasteful.contains("**not met**"), wasteful);
    }

    @Test
    void perEntryCostFlatAcrossCountsMeetsTheSpreadTarget() {
        String md = render(decodeRun(100, 6000, 0));
        assertTrue(md.contains("| W | MAX | 100 | 100 | 100 | 1.00× |"), md);
        assertTrue(md.contains("worst spread 1.00× (W/MAX); best 1.00× | met |"), md);
    }

    @Test
    void steadyStateBackendCallsAreCountsDividedByEnumerations() {
        String csv = String.join("\n", JmhCsvTest.HEADER,
                row("SimEnumerateBenchmark.steadyState", 5000, "ns/op", "W", 16, ""),
                row("SimEnumerateBenchmark.steadyState:backendCalls", 300, "#", "W", 16, ""),
                row("SimEnumerateBenchmark.steadyState:enumerations", 300, "#", "W", 16, ""),
                row("SimEnumerateBenchmark.cold", 9000, "ns/op", "W", 16, ""),
                row("SimEnumerateBenchmark.cold:backendCalls", 600, "#", "W", 16, ""),
                row("SimEnumerateBenchmark.cold:enumerations", 300, "#", "W", 16, ""));
        String md = render(csv);
        assertTrue(md.contains("| worst 1.00 calls/op (W/16); best 1.00 | met |"), md);
        assertTrue(md.contains("| W | 16 | 5,000 | 313 | n/a | 1.0 | 9,000 | n/a | 2.0 | 1.80× |"), md);
    }

    @Test
    void jnaClientSpeedupIsPlainLoopTimeOverClientTime() {
        String csv = String.join("\n", JmhCsvTest.HEADER,
                row("JnaEnumerateBenchmark.client", 16_000, "ns/op", "A", 16, ""),
                row("JnaEnumerateBenchmark.plainJna", 120_000, "ns/op", "A", 16, ""));
        String md = render(csv);
        assertTrue(md.contains("| A | 16 | 1,000 | n/a | 7,500 | 7.50× | n/a | n/a |"), md);
        assertTrue(md.contains("| worst 7.50× (A/16); best 7.50× | **not met** |"), md);
    }
}
