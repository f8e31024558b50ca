package org.ras4j.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        return decodeRun(codecPerEntry, structurePerEntry, extraPerEntry, 80, 40);
    }

    private static String decodeRun(double codecPerEntry, double structurePerEntry, double extraPerEntry,
            double floorPerEntry, double copyPerEntry) {
        List<String> lines = new ArrayList<>(List.of(JmhCsvTest.HEADER));
        for (int count : new int[] {16, 256, 4096}) {
            lines.add(row("DecodeBenchmark.codec", codecPerEntry * count, "ns/op", "W", count, "MAX"));
            lines.add(row("DecodeBenchmark.resultFloor", floorPerEntry * count, "ns/op", "W", count, "MAX"));
            lines.add(row("DecodeBenchmark.jnaStructure", structurePerEntry * count, "ns/op", "W", count, "MAX"));
            lines.add(row("DecodeBenchmark.bulkCopy", copyPerEntry * count, "ns/op", "W", count, "MAX"));
            lines.add(row("DecodeBenchmark.codec:gc.alloc.rate.norm", (1000 + extraPerEntry) * count + 64, "B/op",
                    "W", count, "MAX"));
            lines.add(row("DecodeBenchmark.resultFloor:gc.alloc.rate.norm", 1000.0 * count, "B/op", "W", count, "MAX"));
        }
        return String.join("\n", lines);
    }

    private static Results results(String csv) {
        return Results.of(JmhCsv.parse(csv.lines().toList()));
    }

    private static String render(String csv) {
        return ResultsReport.render(results(csv), Map.of("config", "forks 1", "machine", "2 cores", "jdk", "17"));
    }

    private static String render(String... forks) {
        return ResultsReport.render(java.util.Arrays.stream(forks).map(ResultsReportTest::results).toList(),
                Map.of("config", "forks 3"));
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
                + "| worst fork 60.00× (W/MAX/16); medians 60.00× to 60.00× | met |"), md);
        assertTrue(md.contains("| W | MAX | 256 | 100 | 80.0 | 6,000 | n/a | 40.0 | 60.0× | 1.25× | n/a | 2.50× |"), md);
    }

    @Test
    void aCodecOnlyTwentyTimesFasterIsReportedAsNotMet() {
        String md = render(decodeRun(100, 2000, 0));
        assertTrue(md.contains("| worst fork 20.00× (W/MAX/16); medians 20.00× to 20.00× | **not met** |"), md);
    }

    @Test
    void allocationBeyondTheFloorIsMeasuredPerEntryAtTheLargestCount() {
        String clean = render(decodeRun(100, 6000, 0));
        assertTrue(clean.contains("| decode: 0 B/entry allocated beyond the record and its strings "
                + "| worst fork 0.02 B/entry beyond the floor (W/MAX/4096"), clean);
        assertTrue(clean.contains("per-op overhead amortised); medians 0.02 to 0.02 | met |"), clean);
        String wasteful = render(decodeRun(100, 6000, 48));
        assertTrue(wasteful.contains("worst fork 48.02 B/entry beyond the floor"), wasteful);
        assertTrue(wasteful.contains("**not met**"), wasteful);
    }

    @Test
    void perEntryCostFlatAcrossCountsMeetsTheGrowthTarget() {
        String md = render(decodeRun(100, 6000, 0));
        assertTrue(md.contains("| W | MAX | 100 | 100 | 1.00× | 40.0 | 40.0 | 1.00× | 0.0 | 0.0 | +0% (+0% – +0%) |"), md);
        assertTrue(md.contains("medians 0.00 to 0.00 | met |"), md);
    }

    @Test
    void codecAtMostOneAndAHalfTimesTheFloorMeetsTheFloorTarget() {
        assertTrue(render(decodeRun(100, 6000, 0, 80, 40)).contains(
                "| decode ≤ 1.5× the time of the allocation floor (building the same result) "
                        + "| worst fork 1.25× (W/MAX/16); medians 1.25× to 1.25× | met |"));
        assertTrue(render(decodeRun(100, 6000, 0, 50, 40)).contains("| worst fork 2.00× (W/MAX/16); medians 2.00× to "
                + "2.00× | **not met** |"));
    }

    @Test
    void threeForksShowTheMedianAndRangeAndTheVerdictReadsTheWorstFork() {
        String md = render(decodeRun(100, 6000, 0), decodeRun(100, 4000, 0), decodeRun(100, 5500, 0));
        assertTrue(md.contains("3 JMH 1.37 runs of one fork each"), md);
        assertTrue(md.contains("| W | MAX | 256 | 100 | 80.0 | 5,500 | n/a | 40.0 | 55.0× (40.0–60.0×) |"), md);
        assertTrue(md.contains("| decode ≥ 50× faster per entry than the layout-faithful JNA Structure "
                + "| worst fork 40.00× (W/MAX/16); medians 55.00× to 55.00× | **not met** |"), md);
    }

    @Test
    void growthTheCopyAlsoShowsIsTheMemorysNotTheCodecs() {
        List<String> lines = new ArrayList<>(List.of(JmhCsvTest.HEADER));
        for (int count : new int[] {16, 4096}) {
            double memory = count == 4096 ? 30 : 0;
            lines.add(row("DecodeBenchmark.codec", (100 + memory) * count, "ns/op", "A", count, "MIXED"));
            lines.add(row("DecodeBenchmark.bulkCopy", (10 + memory) * count, "ns/op", "A", count, "MIXED"));
        }
        String md = render(String.join("\n", lines));
        assertTrue(md.contains("| A | MIXED | 100 | 130 | 1.30× | 10.0 | 40.0 | 4.00× | 30.0 | 30.0 | +0% (+0% – +0%) |"), md);
        assertTrue(md.contains("grows no more than the memory makes the bulk copy grow, within 10% of the 16-entry cost "
                + "| worst fork 0.00 of the 16-entry cost beyond the copy's growth (A/MIXED); medians 0.00 to 0.00 | met |"),
                md);
    }

    @Test
    void withAPlainReadOfTheSameBytesTheMemorysShareIsTheReadsGrowthNotTheCopys() {
        List<String> lines = new ArrayList<>(List.of(JmhCsvTest.HEADER));
        for (int count : new int[] {16, 4096}) {
            boolean large = count == 4096;
            lines.add(row("DecodeBenchmark.codec", (large ? 160 : 100) * count, "ns/op", "A", count, "MIXED"));
            lines.add(row("DecodeBenchmark.bulkCopy", (large ? 110 : 10) * count, "ns/op", "A", count, "MIXED"));
            lines.add(row("EntryReadBenchmark.readAll", (large ? 40 : 20) * count, "ns/op", "A", count, "MIXED"));
        }
        String md = render(String.join("\n", lines));
        assertTrue(md.contains("| A | MIXED | 100 | 160 | 1.60× | 20.0 | 40.0 | 2.00× | 11.0× | 60.0 | 20.0 "
                + "| +40% (+40% – +40%) |"), md);
        assertTrue(md.contains("grows no more than the memory makes a plain read of the same bytes grow, within 10% of "
                + "the 16-entry cost | worst fork 0.40 of the 16-entry cost beyond the read's growth (A/MIXED); "
                + "medians 0.40 to 0.40 | **not met** |"), md);
    }

    @Test
    void remarksWrittenAfterTheRunStandUnderTheTargets() {
        String md = ResultsReport.render(List.of(results(decodeRun(100, 6000, 0))),
                Map.of("config", "forks 1", "remarks", "The scan is the codec's own cost."));
        int targets = md.indexOf("## Targets");
        int remarks = md.indexOf("### Remarks on this run\n\nThe scan is the codec's own cost.\n");
        assertTrue(targets >= 0 && remarks > targets && remarks < md.indexOf("## Decode"), md);
        assertFalse(render(decodeRun(100, 6000, 0)).contains("Remarks"));
    }

    @Test
    void theReadmeBlockHoldsTheTargetsAndEachCellsTwoRatiosBetweenItsMarkersOnly() {
        String block = ReadmeBlock.of(List.of(results(decodeRun(100, 6000, 0)), results(decodeRun(100, 4000, 0)),
                results(decodeRun(100, 5500, 0))), Map.of("date", "2026-12-06 13:00 UTC", "note", "load 0.2 before"));
        assertTrue(block.contains("| decode ≥ 50× faster per entry than the layout-faithful JNA Structure "
                + "| worst fork 40.00× (W/MAX/16); medians 55.00× to 55.00× | **not met** |"), block);
        assertTrue(block.contains("| charset | names | count | Structure ÷ codec | codec ÷ floor |\n"), block);
        assertTrue(block.contains("| W | MAX | 256 | 55.0× (40.0–60.0×) | 1.25× (1.25–1.25×) |\n"), block);
        assertTrue(block.contains("median across 3 forks"), block);
        assertTrue(block.endsWith("on 2026-12-06 13:00 UTC: load 0.2 before."), block);

        String readme = "# ras4j\n\nbefore\n" + ReadmeBlock.START + "\nold table\n" + ReadmeBlock.END + "\nafter\n";
        assertEquals("# ras4j\n\nbefore\n" + ReadmeBlock.START + "\nnew\n" + ReadmeBlock.END + "\nafter\n",
                ReadmeBlock.replace(readme, "new\n"));
        assertThrows(IllegalArgumentException.class, () -> ReadmeBlock.replace("no markers", "new"));
    }

    @Test
    void aDecoderToldWhereTheTextsEndSplitsTheCodecsTimeOverTheFloorInTwo() {
        List<String> forks = new ArrayList<>();
        for (double known : new double[] {90, 100, 110}) {
            List<String> lines = new ArrayList<>(decodeRun(120, 6000, 0).lines().toList());
            for (int count : new int[] {16, 256, 4096}) {
                lines.add(row("DecodeBenchmark.knownLengths", known * count, "ns/op", "W", count, "MAX"));
            }
            forks.add(String.join("\n", lines));
        }
        String md = render(forks.toArray(String[]::new));
        assertTrue(md.contains("### The codec's time over the floor, in two parts"), md);
        assertTrue(md.contains("| W | MAX | 16 | 80.0 | 100 | 120 | 1.25× (1.13–1.38×) | 1.20× (1.09–1.33×) "
                + "| 1.50× (1.50–1.50×) |"), md);
        String block = ReadmeBlock.of(forks.stream().map(ResultsReportTest::results).toList(), Map.of());
        assertTrue(block.contains("| W | MAX | 4096 | 50.0× (50.0–50.0×) | 1.50× (1.50–1.50×) | 1.25× (1.13–1.38×) |"),
                block);
        assertFalse(render(decodeRun(120, 6000, 0)).contains("in two parts"));
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
        assertTrue(md.contains("| worst fork 1.00 calls/op (W/16); medians 1.00 to 1.00 | met |"), md);
        assertTrue(md.contains("| W | 16 | 5,000 | 313 | n/a | 1.0 | 9,000 | n/a | 2.0 | 1.80× |"), md);
    }

    @Test
    void jnaClientSpeedupIsPlainLoopTimeOverClientTime() {
        String csv = String.join("\n", JmhCsvTest.HEADER,
                row("JnaEnumerateBenchmark.client", 16_000, "ns/op", "A", 16, ""),
                row("JnaEnumerateBenchmark.plainJna", 120_000, "ns/op", "A", 16, ""));
        String md = render(csv);
        assertTrue(md.contains("| A | 16 | 1,000 | n/a | 7,500 | 7.50× | n/a | n/a |"), md);
        assertTrue(md.contains("| worst fork 7.50× (A/16); medians 7.50× to 7.50× | **not met** |"), md);
    }
}
