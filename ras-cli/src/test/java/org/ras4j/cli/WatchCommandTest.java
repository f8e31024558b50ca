package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ras4j.RasClient;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.watch.ConnectionEvent;
import org.ras4j.watch.Dropped;
import org.ras4j.watch.ManualWatchScheduler;
import org.ras4j.watch.RasWatch;
import org.ras4j.watch.WatchEvent;
import org.ras4j.watch.WatchOptions;

/** {@code ras4j watch}: the demo's timeline, the lines and JSON lines it prints, its exit codes. */
class WatchCommandTest {
    /** Every change within a second, a quarter of a second apart, so that a real run of the command stays short. */
    private static final String FAST = """
            {"profile": "windows10x64",
             "connections": [{"entryName": "Büro-VPN", "deviceType": "vpn"},
                             {"entryName": "Later", "state": "dialing", "dialState": "Authenticate"}],
             "timeline": [
               {"at": "250ms", "change": "advance", "entryName": "Later", "state": "Connected"},
               {"at": "500ms", "change": "subState", "entryName": "Büro-VPN", "subState": 2},
               {"at": "750ms", "change": "drop", "entryName": "Büro-VPN", "error": 629},
               {"at": "1s", "change": "hangUp", "entryName": "Büro-VPN"}
             ]}
            """;

    @Test
    @DisplayName("the demo: within ten seconds a connect, a state change and a drop (deterministic clock)")
    void demoWithinTenSeconds() {
        SimulatedRas sim = ScenarioParser.parse(SimulatorSessions.demo()).start(WindowsProfile.windows10x64(), RasCharset.W);
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = RasClient.using(sim).watch(WatchOptions.builder().scheduler(time).build())) {
            watch.listen(events::add);
            for (int tenth = 1; tenth <= 100; tenth++) {
                sim.advanceTimeTo(Duration.ofMillis(100L * tenth));
                time.advance(Duration.ofMillis(100));
            }
        }
        List<String> seen = new ArrayList<>();
        for (WatchEvent event : events) {
            if (event instanceof ConnectionEvent c) {
                seen.add(event.kind().label() + " " + c.connection().entryName());
            }
        }
        assertEquals(List.of("appeared Home-ISP", "connected Home-ISP", "state-changed Büro-VPN",
                "state-changed Büro-VPN", "dropped .5550123", "disappeared .5550123", "appeared .5550123",
                "connected .5550123"), seen);
        Dropped dropped = (Dropped) events.stream().filter(e -> e instanceof Dropped).findFirst().orElseThrow();
        assertEquals(629, dropped.errorCode());
        assertTrue(dropped.time().isBefore(ManualWatchScheduler.DEFAULT_START.plusSeconds(10)));
    }

    @Test
    @DisplayName("a real run: a header, the initial state, one line per change; exit 0 when --for has elapsed")
    void textLines(@TempDir Path dir) {
        Path file = Scenarios.write(dir, "fast.json", FAST);
        CliRun run = CliRun.of("watch", "--scenario", file.toString(), "--for", "2s", "--poll", "200ms");
        assertEquals(Ras4j.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("SIMULATED connections (ras4j simulator, profile windows10x64"), lines.get(0));
        assertEquals("Watching: notified by RasConnectionNotification, and polling every 200ms; Ctrl-C to stop.", lines.get(1));
        assertTrue(lines.get(2).startsWith("TIME "), lines.get(2));
        List<String> events = lines.subList(3, lines.size()).stream().map(l -> l.substring(26).replaceAll(" +", " "))
                .map(l -> l.replaceAll("0x[0-9a-f]+ ", "")).toList();
        assertEquals(List.of("initial Büro-VPN Connected",
                "appeared Later Connected",
                "connected Later Connected",
                "state-changed Büro-VPN Connected, sub-state Reconnecting (was Connected)",
                "dropped Büro-VPN Disconnected, dwError 629 ERROR_REMOTE_DISCONNECTION, sub-state Reconnecting"
                        + " (was Connected, sub-state Reconnecting)",
                "disappeared Büro-VPN gone (was Disconnected, dwError 629 ERROR_REMOTE_DISCONNECTION, sub-state Reconnecting)"),
                events);
    }

    @Test
    @DisplayName("--json: one object per line with event, time, handle, entryName, status, oldStatus, detail")
    void jsonLines(@TempDir Path dir) {
        Path file = Scenarios.write(dir, "fast.json", FAST);
        CliRun run = CliRun.of("watch", "--json", "--scenario", file.toString(), "--for", "2s");
        assertEquals(Ras4j.OK, run.code(), run.err());
        List<JsonObject> objects = run.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        assertEquals(List.of("initial", "appeared", "connected", "state-changed", "dropped", "disappeared"),
                objects.stream().map(o -> o.get("event").getAsString()).toList());
        for (JsonObject o : objects) {
            assertEquals(Set.of("event", "time", "handle", "entryName", "status", "oldStatus", "detail"), o.keySet());
            assertTrue(o.get("time").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"), o.toString());
            assertTrue(o.get("handle").getAsString().matches("0x[0-9a-f]+"), o.toString());
        }
        JsonObject dropped = objects.get(4);
        assertEquals("Büro-VPN", dropped.get("entryName").getAsString());
        assertEquals(629, dropped.getAsJsonObject("status").get("errorCode").getAsInt());
        assertEquals("ERROR_REMOTE_DISCONNECTION", dropped.getAsJsonObject("status").get("errorName").getAsString());
        assertEquals("RASCS_Connected", dropped.getAsJsonObject("oldStatus").get("state").getAsString());
        assertTrue(objects.get(5).get("status").isJsonNull());
        assertTrue(run.out().chars().allMatch(c -> c < 0x7f), "pure ASCII");
    }

    @Test
    @DisplayName("Windows 95 has no RasConnectionNotification: the header says the watch polls")
    void polledOn95(@TempDir Path dir) {
        CliRun run = CliRun.of("watch", "--profile", "windows95x86", "--for", "200ms");
        assertEquals(Ras4j.OK, run.code(), run.err());
        assertEquals("Watching by polling every 3s (no RasConnectionNotification here); Ctrl-C to stop.",
                run.out().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    @DisplayName("bad usage exits 2; a first snapshot that fails exits 1 with the Win32 code")
    void exitCodes(@TempDir Path dir) {
        assertEquals(Ras4j.USAGE, CliRun.of("watch", "--for", "soon").code());
        assertEquals(Ras4j.USAGE, CliRun.of("watch", "--backend", "sim", "--poll", "0s").code());
        Path failing = Scenarios.write(dir, "failing.json",
                "{\"failNextCalls\": [{\"call\": \"RasEnumConnections\", \"error\": 8}]}");
        CliRun run = CliRun.of("watch", "--scenario", failing.toString(), "--for", "1s");
        assertEquals(Ras4j.RAS_ERROR, run.code());
        assertTrue(run.err().startsWith("ras4j: 8 ERROR_NOT_ENOUGH_MEMORY: "), run.err());
        assertEquals("", run.out());
    }
}
