package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExitCodeTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("exit 1 and the code with its name when RasEnumConnections fails")
    void enumerationFailureExitsWithOne() {
        Path scenario = Scenarios.write(dir, "fail.json", """
                {"connections": [{"entryName": "VPN"}],
                 "failNextCalls": [{"call": "RasEnumConnections", "error": 8}]}
                """);

        CliRun run = CliRun.of("list", "--scenario", scenario.toString());

        assertAll(
                () -> assertEquals(Ras4j.RAS_ERROR, run.code()),
                () -> assertEquals("ras4j: 8 ERROR_NOT_ENOUGH_MEMORY: Not enough memory resources are available"
                        + " to process this command. (RasEnumConnectionsW)\n", run.err()),
                () -> assertEquals("", run.out()));
    }

    @Test
    @DisplayName("exit 1 when the A function is the one scripted to fail and --charset A calls it")
    void ansiFailureExitsWithOne() {
        Path scenario = Scenarios.write(dir, "fail-a.json", """
                {"failNextCalls": [{"call": "RasEnumConnectionsA", "error": 610}]}
                """);

        CliRun wide = CliRun.of("list", "--scenario", scenario.toString());
        CliRun ansi = CliRun.of("list", "--charset", "A", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, wide.code(), wide.err());
        assertEquals(Ras4j.RAS_ERROR, ansi.code());
        assertTrue(ansi.err().startsWith("ras4j: 610 ERROR_BUFFER_INVALID: "), ansi.err());
    }

    @Test
    @DisplayName("exit 1 when RasGetConnectStatus fails for status")
    void statusFailureExitsWithOne() {
        Path scenario = Scenarios.write(dir, "fail-status.json", """
                {"connections": [{"entryName": "VPN"}],
                 "failNextCalls": [{"call": "RasGetConnectStatusW", "error": 87}]}
                """);

        CliRun run = CliRun.of("status", "vpn", "--scenario", scenario.toString());

        assertEquals(Ras4j.RAS_ERROR, run.code());
        assertTrue(run.err().startsWith("ras4j: 87 ERROR_INVALID_PARAMETER: "), run.err());
    }

    @Test
    @DisplayName("exit 1 with ERROR_INVALID_HANDLE for a handle that is not live")
    void staleHandleExitsWithOne() {
        CliRun run = CliRun.of("status", "0x99", "--backend", "sim");

        assertEquals(Ras4j.RAS_ERROR, run.code());
        assertTrue(run.err().startsWith("ras4j: 6 ERROR_INVALID_HANDLE: "), run.err());
    }

    @Test
    @DisplayName("exit 1 for an entry name no connection has, naming the ones listed")
    void unknownEntryExitsWithOne() {
        CliRun run = CliRun.of("status", "Nowhere", "--backend", "sim");

        assertEquals(Ras4j.RAS_ERROR, run.code());
        assertEquals("ras4j: no connection to 'Nowhere'; RasEnumConnections lists '.5550123', 'ISDN-Multilink',"
                + " 'Büro-VPN'\n", run.err());
    }

    @ParameterizedTest(name = "exit 2 for: {0}")
    @ValueSource(strings = {
        "", "list --bogus", "list --charset X", "frobnicate", "status", "list --profile windows3",
        "list --profile windows1", "list --backend nosuch", "list --backend nosuch --profile windowsxpx86",
        "list --scenario /nonexistent/ras4j-scenario.json", "list --ansi-codepage no-such-charset"})
    @DisplayName("bad usage exits with 2 and says what was wrong")
    void badUsageExitsWithTwo(String args) {
        CliRun run = CliRun.of(args.isEmpty() ? new String[0] : args.split(" "));

        assertEquals(Ras4j.USAGE, run.code(), run.err());
        assertTrue(!run.err().isBlank(), "a message on standard error");
        assertEquals("", run.out());
    }

    @Test
    @DisplayName("a scenario file with a typo exits with 2 and names the member")
    void scenarioTypoExitsWithTwo() {
        Path scenario = Scenarios.write(dir, "typo.json", """
                {"connections": [{"entryName": "VPN", "devicetype": "vpn"}]}
                """);

        CliRun run = CliRun.of("list", "--scenario", scenario.toString());

        assertEquals(Ras4j.USAGE, run.code());
        assertTrue(run.err().startsWith("ras4j: scenario " + scenario + ": connections[0].devicetype: unknown member"),
                run.err());
    }

    @Test
    @DisplayName("a connection the profile's Windows cannot have exits with 2 and names the profile")
    void impossibleConnectionExitsWithTwo() {
        Path scenario = Scenarios.write(dir, "owner.json", """
                {"profile": "windowsxpx86", "connections": [{"entryName": "VPN", "flags": ["OWNER_KNOWN"]}]}
                """);

        CliRun run = CliRun.of("list", "--scenario", scenario.toString());

        assertEquals(Ras4j.USAGE, run.code());
        assertTrue(run.err().contains("connections[0]: Windows XP (x86) cannot have this connection"), run.err());
    }

    @Test
    @DisplayName("--help and --version exit with 0 and print on standard output")
    void helpAndVersionExitWithZero() {
        CliRun help = CliRun.of("--help");
        CliRun listHelp = CliRun.of("list", "--help");
        CliRun version = CliRun.of("--version");

        assertAll(
                () -> assertEquals(Ras4j.OK, help.code()),
                () -> assertTrue(help.out().startsWith("Usage: ras4j [-hV] [COMMAND]"), help.out()),
                () -> assertTrue(help.out().contains("Exit codes:"), help.out()),
                () -> assertEquals(Ras4j.OK, listHelp.code()),
                () -> assertTrue(listHelp.out().contains("--scenario=<file>"), listHelp.out()),
                () -> assertEquals(Ras4j.OK, version.code()),
                () -> assertTrue(version.out().matches("(?s)ras4j \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n.*"), version.out()));
    }

    @Test
    @DisplayName("--version names each backend once, the simulator as one")
    void versionNamesEachBackendOnce() {
        CliRun version = CliRun.of("--version");

        String backends = version.out().lines().filter(l -> l.startsWith("Backends: ")).findFirst().orElseThrow();
        List<String> names = Arrays.stream(backends.substring("Backends: ".length()).split(", "))
                .map(b -> b.split(" ")[0]).toList();
        assertEquals(names.stream().distinct().toList(), names, backends);
        assertTrue(backends.contains("sim (simulator)"), backends);
        assertEquals(1, names.stream().filter("sim"::equals).count(), backends);
    }
}
