package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.WindowsProfile;

/** The recorder under concurrent callers, with a notifier, and the header it writes. */
class RecorderPropertiesTest {
    @Test
    void concurrentCallsAreEachRecordedWholeInOneOrder() throws Exception {
        SimulatedRas sim = Machines.busy(WindowsProfile.windows10x64());
        RecordingBackend recorder = RecordingBackend.recording(sim);
        List<RasConnection> expected = RasClient.using(sim).connections();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<RasConnection>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                RasCharset charset = i % 2 == 0 ? RasCharset.A : RasCharset.W;
                results.add(pool.submit(() -> RasClient.builder(recorder).charset(charset)
                        .ansiCharset(WindowsProfile.windows10x64().ansiCharset()).build().connections()));
            }
            for (Future<List<RasConnection>> result : results) {
                assertEquals(expected.size(), result.get().size());
            }
        } finally {
            pool.shutdown();
        }
        Trace trace = Trace.parse(recorder.trace().toText());
        Set<Integer> indexes = new HashSet<>();
        trace.calls().forEach(c -> indexes.add(c.index()));
        assertEquals(trace.calls().size(), indexes.size());
        assertTrue(trace.calls().size() >= 40);
        ReplayBackend.of(trace);
        assertEquals(List.of(), TraceChecker.check(trace));
    }

    @Test
    void aNotifierStaysANotifier() throws InterruptedException {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        RecordingBackend recorder = RecordingBackend.recording(sim);
        ConnectionNotifier notifier = assertInstanceOf(ConnectionNotifier.class, recorder);
        NotificationEvent event = notifier.createEvent();
        assertEquals(0, notifier.connectionNotification(ConnectionNotifier.allConnections(sim.abi()), event,
                ConnectionNotifier.RASCN_CONNECTION));
        sim.connect(RasConnection.builder(RasHandle.NULL, "VPN").build());
        assertTrue(event.await(Duration.ZERO));
        assertEquals(1, recorder.trace().calls().size(), "the registration is recorded, the signal is not");
        CallInput registration = recorder.trace().calls().get(0).input();
        assertEquals(TraceFunction.CONNECTION_NOTIFICATION, registration.function());
        assertEquals(ConnectionNotifier.RASCN_CONNECTION, registration.flags());
        assertTrue(registration.event());
        assertEquals(recorder.trace().calls(), Trace.parse(recorder.trace().toText()).calls());
        assertFalse(RecordingBackend.recording(ReplayBackend.of(recorder.trace())) instanceof ConnectionNotifier);
    }

    @Test
    void theHeaderNamesWhatAnswered() {
        Trace trace = RecordingBackend.recording(SimulatedRas.builder(WindowsProfile.windowsXpx86()).build()).trace();
        assertEquals(Optional.of("windowsxpx86"), trace.header().profile());
        assertEquals(Abi.X86, trace.header().abi());
        assertEquals(Optional.of(WindowsProfile.windows7x64()), WindowsVersions.profileOf("Windows 7", "6.1", Abi.X64));
        assertEquals(Optional.of(WindowsProfile.windows11x64()),
                WindowsVersions.profileOf("Windows 11", "10.0", Abi.X64));
        assertEquals(Optional.of(WindowsProfile.windows10x86()),
                WindowsVersions.profileOf("Windows 10", "10.0", Abi.X86));
        assertEquals(Optional.empty(), WindowsVersions.profileOf("Windows 95", "4.0", Abi.X64));
    }
}
