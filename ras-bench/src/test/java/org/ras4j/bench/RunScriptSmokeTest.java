package org.ras4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run.sh --smoke} runs every benchmark once through JMH and writes a report, and
 * {@code scaling.sh --smoke} does the same for the scaling benchmark. They take several seconds,
 * so they are tagged {@code smoke} and left out of the default build; run them with
 * {@code mvn -B -o -pl ras-bench verify -Psmoke}.
 */
@Tag("smoke")
class RunScriptSmokeTest {

    @Test
    void smokeModeRunsEveryBenchmarkAndWritesTheReport(@TempDir Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("RESULTS.md");
        Path csvDir = dir.resolve("jmh");
        Path csv = csvDir.resolve("run-1.csv");
        ProcessBuilder script = new ProcessBuilder("bash", "run.sh", "--smoke", "--out", out.toString(),
                "--csv-dir", csvDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("run.log").toFile());
        script.environment().put("RAS_BENCH_CLASSPATH", System.getProperty("java.class.path"));
        Process process = script.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String log = Files.readString(dir.resolve("run.log"), StandardCharsets.UTF_8);

        assertTrue(finished, "run.sh --smoke did not finish:\n" + log);
        assertEquals(0, process.exitValue(), log);
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(report.contains("- Configuration: SMOKE MODE"), report);
        assertTrue(report.contains("## Targets"), report);
        assertTrue(report.contains("| W | MIXED | 16 |"), report);
        assertTrue(report.contains("over `SimulatedRas`"), report);
        assertTrue(report.contains("over JNA and the C stand-in"), report);
        String results = Files.readString(csv, StandardCharsets.UTF_8);
        for (String benchmark : new String[] {"DecodeBenchmark.codec\"", "DecodeBenchmark.jnaStructure\"",
                "DecodeBenchmark.bulkCopy\"", "DecodeBenchmark.resultFloor\"", "DecodeBenchmark.knownLengths\"",
                "EntryReadBenchmark.readAll\"",
                "SimEnumerateBenchmark.steadyState\"",
                "SimEnumerateBenchmark.cold\"", "JnaEnumerateBenchmark.client\"", "JnaEnumerateBenchmark.plainJna\"",
                "JnaEnumerateBenchmark.backendCall\""}) {
            assertTrue(results.contains(benchmark), benchmark + " missing from\n" + results);
        }
    }

    @Test
    void scalingSmokeModeRunsTheListBenchmarkAndWritesItsReport(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path out = dir.resolve("SCALING.md");
        ProcessBuilder script = new ProcessBuilder("bash", "scaling.sh", "--smoke", "--out", out.toString(),
                "--csv", dir.resolve("scaling.csv").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("scaling.log").toFile());
        script.environment().put("RAS_BENCH_CLASSPATH", System.getProperty("java.class.path"));
        Process process = script.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String log = Files.readString(dir.resolve("scaling.log"), StandardCharsets.UTF_8);

        assertTrue(finished, "scaling.sh --smoke did not finish:\n" + log);
        assertEquals(0, process.exitValue(), log);
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(report.contains("- Configuration: SMOKE MODE"), report);
        assertTrue(report.contains("## Targets (issue 17)"), report);
        assertTrue(report.contains("| 3,000 | "), report);
    }
}
