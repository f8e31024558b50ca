package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.RasBackends;

/** What README's first command, {@code ./ras4j list}, prints on a machine without native RAS. */
class DemoTest {

    private static boolean nativeRasHere() {
        return RasBackends.providers().stream().anyMatch(p -> p.name().equals("native") && p.isSupported());
    }

    @Test
    @DisplayName("without native RAS, plain 'list' says so in one line and shows the demo scenario, labelled as simulated")
    void listWithoutNativeRasShowsTheDemo() {
        assumeFalse(nativeRasHere(), "this machine has native RAS: 'ras4j list' lists real connections");

        CliRun run = CliRun.of("list");

        assertEquals(Ras4j.OK, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("ras4j: no native RAS on " + System.getProperty("os.name") + "; "), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("SIMULATED connections (ras4j simulator, profile windows10x64, scenario demo, RasEnumConnectionsW)",
                lines.get(0));
        assertEquals(List.of("ENTRY", ".5550123", "ISDN-Multilink", "Büro-VPN"),
                lines.subList(1, 5).stream().map(l -> l.split(" ")[0]).toList());
        assertTrue(run.out().contains("\n  ISDN-Multilink is multilink: sub-entry 1 = "), run.out());
        assertTrue(run.out().contains("\n  Home-ISP 0x20000000018 is dialling (Authenticate); "), run.out());
    }

    @Test
    @DisplayName("the demo scenario is a valid scenario file on every profile, in A and in W")
    void demoWorksOnEveryProfile() {
        for (String profile : Profiles.ids()) {
            for (String charset : List.of("A", "W")) {
                CliRun run = CliRun.of("list", "--backend", "sim", "--profile", profile, "--charset", charset);
                assertEquals(Ras4j.OK, run.code(), profile + " " + charset + ": " + run.err());
                assertTrue(run.out().contains("\nBüro-VPN "), profile + " " + charset + ":\n" + run.out());
            }
        }
    }
}
