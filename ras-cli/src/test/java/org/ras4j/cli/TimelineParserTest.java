package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ras4j.ConnectionState;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimConnection;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/** A scenario's {@code timeline}: every change, its checks, and what it does to the simulator. */
class TimelineParserTest {

    private static final String EVERY_CHANGE = """
            {"connections": [{"entryName": "VPN"}, {"entryName": "Dial", "state": "dialing", "dialState": "ConnectDevice"}],
             "timeline": [
               {"at": "500ms", "change": "advance", "entryName": "dial", "state": "Connected"},
               {"at": "1s", "change": "subState", "entryName": "VPN", "subState": 2},
               {"at": "1.5s", "change": "drop", "entryName": "VPN", "error": 629},
               {"at": "2s", "change": "hangUp", "entryName": "VPN"},
               {"at": "PT2.5S", "change": "connect", "connection": {"entryName": "VPN", "deviceType": "vpn"}}
             ]}
            """;

    @Test
    @DisplayName("every change kind parses, with its offset and what it does")
    void everyChange() {
        Scenario scenario = ScenarioParser.parse(EVERY_CHANGE);
        List<ScenarioTimeline.Change> changes = scenario.timeline().changes();
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofSeconds(2),
                Duration.ofMillis(2500)), changes.stream().map(ScenarioTimeline.Change::at).toList());
        assertEquals(List.of("advance dial to Connected", "sub-state of VPN to 2", "drop VPN with dwError 629",
                "hang up VPN", "connect VPN"), changes.stream().map(ScenarioTimeline.Change::description).toList());
    }

    @Test
    @DisplayName("the changes are the simulator's timeline: nothing at 0, each at its offset")
    void playsOnTheSimulator() {
        SimulatedRas ras = ScenarioParser.parse(EVERY_CHANGE).start(WindowsProfile.windows10x64(), RasCharset.W);
        assertEquals(ConnectionState.CONNECT_DEVICE, ras.connections().get(1).state());
        ras.advanceTimeTo(Duration.ofSeconds(1));
        assertEquals(ConnectionState.CONNECTED, ras.connections().get(1).state());
        assertEquals(2, ras.connections().get(0).details().subState());
        ras.advanceTimeTo(Duration.ofMillis(1500));
        assertEquals(629, ras.connections().get(0).errorCode());
        ras.advanceTimeTo(Duration.ofSeconds(2));
        assertEquals(List.of("Dial"), ras.connections().stream().map(c -> c.connection().entryName()).toList());
        ras.advanceTimeTo(Duration.ofSeconds(3));
        SimConnection redialled = ras.connections().get(1);
        assertEquals("VPN", redialled.connection().entryName());
        assertTrue(ras.nextTimedChange().isEmpty());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"timeline": {}}                                                            | timeline: expected an array
            {"timeline": [{"change": "hangUp", "entryName": "a"}]}                      | timeline[0].at: missing
            {"connections": [{"entryName": "a"}], "timeline": [{"at": "soon", "change": "hangUp", "entryName": "a"}]} | timeline[0].at: 'soon' is not a duration
            {"connections": [{"entryName": "a"}], "timeline": [{"at": "-1s", "change": "hangUp", "entryName": "a"}]} | timeline[0].at: '-1s' is not a duration
            {"connections": [{"entryName": "a"}], "timeline": [{"at": "1s", "change": "explode", "entryName": "a"}]} | timeline[0].change: 'explode' is not one of [advance, connect, drop, hangUp, subState]
            {"connections": [{"entryName": "a"}], "timeline": [{"at": "1s", "change": "hangUp", "entryName": "a", "error": 5}]} | timeline[0].error: unknown member
            {"connections": [{"entryName": "a"}], "timeline": [{"at": "1s", "change": "hangUp", "entryName": "b"}]} | timeline[0].entryName: no connection named 'b' is live at 1s
            {"connections": [{"entryName": "a"}], "timeline": [{"at": "1s", "change": "hangUp", "entryName": "a"}, {"at": "2s", "change": "drop", "entryName": "a", "error": 1}]} | timeline[1].entryName: no connection named 'a' is live at 2s
            {"connections": [{"entryName": "a"}], "timeline": [{"at": "1s", "change": "drop", "entryName": "a"}]} | timeline[0].error: missing
            {"connections": [{"entryName": "a"}], "timeline": [{"at": "1s", "change": "advance", "entryName": "a", "state": "Disconnected"}]} | timeline[0].state: a line goes to RASCS_Disconnected by
            {"timeline": [{"at": "1s", "change": "connect"}]}                           | timeline[0].connection: missing
            {"timeline": [{"at": "1s", "change": "connect", "connection": {"entryName": 5}}]} | timeline[0].connection.entryName: expected a string
            """)
    @DisplayName("a bad timeline names the place of its first problem")
    void badTimelines(String json, String message) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(json));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    @DisplayName("a change that fails when it is made says which one it was")
    void failingChange() {
        SimulatedRas ras = ScenarioParser.parse("""
                {"connections": [{"entryName": "a"}],
                 "timeline": [{"at": "1s", "change": "drop", "entryName": "a", "error": 628},
                              {"at": "2s", "change": "drop", "entryName": "a", "error": 629}]}
                """).start(WindowsProfile.windows10x64(), RasCharset.W);
        ras.advanceTimeTo(Duration.ofSeconds(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ras.advanceTimeTo(Duration.ofSeconds(2)));
        assertTrue(e.getMessage().startsWith("timeline[1] (drop a with dwError 629 at 2s): the line of"), e.getMessage());
    }
}
