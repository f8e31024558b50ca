package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/** A machine with 1,000 connections: captured, written, read, checked, replayed and redacted whole. */
class LargeTraceTest {
    @Test
    void aThousandConnectionsGoThroughEveryStep() {
        WindowsProfile profile = WindowsProfile.windows10x64();
        SimulatedRas sim = SimulatedRas.builder(profile).clock(() -> 0).build();
        for (int i = 0; i < 1_000; i++) {
            sim.connect(RasConnection.builder(RasHandle.NULL, "VPN " + i).deviceType("vpn")
                    .deviceName("WAN Miniport " + i % 7).build());
        }
        Trace trace = Trace.parse(Capture.run(sim, profile).toText());
        assertEquals(List.of(), TraceChecker.check(trace));
        List<RasConnection> replayed = RasClient.builder(ReplayBackend.of(trace)).charset(RasCharset.W).build()
                .connections();
        assertEquals(RasClient.using(sim).connections(), replayed);
        Trace redacted = Redactor.redact(trace);
        List<RasConnection> names = RasClient.using(ReplayBackend.of(redacted)).connections();
        assertEquals(1_000, names.stream().map(RasConnection::entryName).distinct().count());
        assertEquals("Entry-1000", names.get(999).entryName());
        assertEquals(7, names.stream().map(c -> c.deviceName().orElseThrow()).distinct().count());
    }
}
