package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/** A trace turned into a simulator lists what the traced machine listed, with the same statuses. */
class TraceScenarioTest {
    static Stream<WindowsProfile> profiles() {
        return WindowsProfile.all().stream();
    }

    private static RasConnection withoutHandle(RasConnection c) {
        return c.toBuilder().handle(RasHandle.NULL).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void theSimulatorOfATraceListsWhatTheMachineListed(WindowsProfile profile) {
        SimulatedRas machine = Machines.busy(profile);
        Trace trace = Trace.parse(Capture.run(machine, profile).toText());
        TraceScenario.Simulation simulation = TraceScenario.simulator(trace);

        RasClient live = RasClient.builder(machine).ansiCharset(profile.ansiCharset()).build();
        RasClient again = RasClient.builder(simulation.simulator()).ansiCharset(profile.ansiCharset()).build();
        List<RasConnection> liveList = live.connections();
        List<RasConnection> simulated = again.connections();
        assertFalse(liveList.isEmpty());
        assertEquals(liveList.stream().map(TraceScenarioTest::withoutHandle).toList(),
                simulated.stream().map(TraceScenarioTest::withoutHandle).toList());
        for (RasConnection c : liveList) {
            RasHandle mapped = simulation.handles().get(c.handle().bits());
            Optional<ConnectionStatus> status = live.statusIfLive(c.handle());
            assertEquals(status, again.statusIfLive(mapped), c.entryName());
            assertEquals(ClientView.Answer.of(() -> live.projection(c.handle())),
                    ClientView.Answer.of(() -> again.projection(mapped)), c.entryName());
        }
        assertEquals(profile, simulation.simulator().profile());
    }

    @Test
    void aTraceWithoutAKnownProfileSaysSo() {
        Trace trace = Capture.run(Machines.busy(WindowsProfile.windows10x64()), WindowsProfile.windows10x64());
        Trace anonymous = new Trace(new TraceHeader(trace.header().abi(), Optional.empty(), Optional.of("windows12"),
                "x", trace.header().recordedAt()), trace.calls());
        TraceException e = assertThrows(TraceException.class, () -> TraceScenario.simulator(anonymous));
        assertTrue(e.getMessage().contains("\"windows12\""), e.getMessage());
    }

    @Test
    void theScenarioFileNamesTheProfileAndEveryConnection() {
        WindowsProfile profile = WindowsProfile.windows7x64();
        String json = TraceScenarioFile.json(Capture.run(Machines.busy(profile), profile));
        assertTrue(json.contains("\"profile\": \"windows7x64\""), json);
        for (String expected : List.of("\"entryName\": \"Büro-VPN\"", "\"entryName\": \".5550123\"",
                "\"state\": \"dropped\"", "\"error\": 628", "\"protocol\": \"ikev2\"", "\"ipv4\": \"10.8.0.6\"")) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
    }
}
