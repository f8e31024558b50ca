package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.ras4j.RasClient;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/** Capture, write, read, replay: the same {@code RasClient} results as the live backend. */
class RoundTripTest {
    static Stream<Arguments> profilesAndCharsets() {
        return Stream.of(WindowsProfile.windows95x86(), WindowsProfile.windowsXpx86(), WindowsProfile.windows7x64(),
                WindowsProfile.windows10x64(), WindowsProfile.windows11x64())
                .flatMap(p -> Stream.of(RasCharset.values()).map(cs -> Arguments.of(p, cs)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("profilesAndCharsets")
    void aReplayedCaptureReportsWhatTheLiveBackendReported(WindowsProfile profile, RasCharset charset) {
        SimulatedRas sim = Machines.busy(profile);
        Trace trace = Trace.parse(Capture.run(sim, profile).toText());

        ClientView live = ClientView.read(client(sim, profile, charset));
        ClientView replayed = ClientView.read(client(ReplayBackend.of(trace), profile, charset));

        assertEquals(live, replayed);
        assertFalse(live.details().isEmpty(), "the machine lists connections");
        assertTrue(live.details().get(0).status().value().orElseThrow().isPresent());
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("profilesAndCharsets")
    void aFreshClientPerConnectionReplaysItsStatusAsLive(WindowsProfile profile, RasCharset charset) {
        SimulatedRas sim = Machines.busy(profile);
        ReplayBackend replay = ReplayBackend.of(Trace.parse(Capture.run(sim, profile).toText()));
        var connections = client(sim, profile, charset).connections();
        assertFalse(connections.isEmpty(), "the machine lists connections");
        for (var connection : connections) {
            // As `ras4j status --replay` runs: a client that has not yet learnt the version, so it tries the
            // newest RASCONNSTATUS first and steps down on a recorded 632, whatever handle it asks about.
            assertEquals(client(sim, profile, charset).status(connection.handle()),
                    client(replay, profile, charset).status(connection.handle()), connection.entryName());
        }
    }

    @Test
    void aRecordedRefusalAnswersAnyRoomButChangesNothing() {
        WindowsProfile xp = WindowsProfile.windowsXpx86();
        Trace trace = Capture.run(Machines.busy(xp), xp);
        RasConnLayout unaccepted = RasConnLayout.of(RasConnVersion.V600, RasCharset.W, xp.abi()); // Vista's
        ByteBuffer buffer = ByteBuffer.allocate(unaccepted.size() + 100);
        buffer.putInt(0, Integer.reverseBytes(unaccepted.size()));
        ByteBuffer before = ByteBuffer.allocate(buffer.capacity()).put(buffer.duplicate().clear()).clear();
        DwordRef lpcb = DwordRef.of(unaccepted.size() + 100);
        DwordRef count = DwordRef.of(42);
        assertEquals(632, ReplayBackend.of(trace).enumConnections(RasCharset.W, buffer, lpcb, count));
        assertEquals(unaccepted.size() + 100, lpcb.get());
        assertEquals(42, count.get());
        assertEquals(before, buffer.clear());
    }

    private static RasClient client(org.ras4j.spi.RasBackend backend, WindowsProfile profile, RasCharset charset) {
        return RasClient.builder(backend).charset(charset).ansiCharset(profile.ansiCharset()).build();
    }

    @Test
    void aTraceReadsBackAsTheSameTrace() {
        Trace trace = Capture.run(Machines.busy(WindowsProfile.windows10x64()), WindowsProfile.windows10x64());
        String text = trace.toText();
        Trace again = Trace.parse(text);
        assertEquals(trace, again);
        assertEquals(text, again.toText());
        assertEquals(trace.calls().size() + 1, text.split("\n").length);
    }

    @Test
    void theRecorderChangesNothingTheCallerSees() {
        SimulatedRas plain = Machines.busy(WindowsProfile.windowsXpx86());
        RecordingBackend recorder = RecordingBackend.recording(Machines.busy(WindowsProfile.windowsXpx86()));
        RasConnLayout layout = RasConnLayout.newest(RasCharset.W, plain.abi());
        ByteBuffer direct = ByteBuffer.allocateDirect(layout.size() * 3 + 7);
        ByteBuffer recorded = ByteBuffer.allocate(layout.size() * 3 + 7);
        for (ByteBuffer b : new ByteBuffer[] {direct, recorded}) {
            b.putInt(0, Integer.reverseBytes(layout.size())).position(5).limit(layout.size());
        }
        DwordRef lpcbA = DwordRef.of(layout.size() * 3);
        DwordRef lpcbB = DwordRef.of(layout.size() * 3);
        DwordRef countA = DwordRef.of(77);
        DwordRef countB = DwordRef.of(77);
        int a = plain.enumConnections(RasCharset.W, direct, lpcbA, countA);
        int b = recorder.enumConnections(RasCharset.W, recorded, lpcbB, countB);
        assertEquals(a, b);
        assertEquals(lpcbA.get(), lpcbB.get());
        assertEquals(countA.get(), countB.get());
        assertEquals(5, recorded.position());
        assertEquals(layout.size(), recorded.limit());
        assertEquals(direct.clear(), recorded.clear());
        assertEquals(1, recorder.trace().calls().size());
    }

    @Test
    void repeatedCallsGetTheirAnswersInOrderThenTheLastAgain() {
        SimulatedRas sim = Machines.busy(WindowsProfile.windows10x64());
        RecordingBackend recorder = RecordingBackend.recording(sim);
        DwordRef lpcb = DwordRef.of(0);
        recorder.enumConnections(RasCharset.W, null, lpcb, DwordRef.of(0));
        sim.hangUpAll();
        recorder.enumConnections(RasCharset.W, null, DwordRef.of(0), DwordRef.of(0));
        ReplayBackend replay = ReplayBackend.of(recorder.trace());
        int[] sizes = new int[3];
        for (int i = 0; i < 3; i++) {
            DwordRef out = DwordRef.of(0);
            replay.enumConnections(RasCharset.W, null, out, DwordRef.of(0));
            sizes[i] = out.get();
        }
        assertEquals(lpcb.get(), sizes[0]);
        assertTrue(sizes[0] > 0);
        assertEquals(0, sizes[1]);
        assertEquals(0, sizes[2]);
    }

    @Test
    void aSuccessThatFitsALargerBufferAnswersIt() {
        SimulatedRas sim = Machines.busy(WindowsProfile.windows10x64());
        Trace trace = Capture.run(sim, WindowsProfile.windows10x64());
        RasConnLayout layout = RasConnLayout.newest(RasCharset.W, sim.abi());
        int room = layout.size() * 10 + 3;
        ByteBuffer live = ByteBuffer.allocate(room);
        ByteBuffer replayed = ByteBuffer.allocate(room);
        live.putInt(0, Integer.reverseBytes(layout.size()));
        replayed.putInt(0, Integer.reverseBytes(layout.size()));
        DwordRef liveCount = DwordRef.of(0);
        DwordRef replayedCount = DwordRef.of(0);
        DwordRef liveLpcb = DwordRef.of(room);
        DwordRef replayedLpcb = DwordRef.of(room);
        assertEquals(0, sim.enumConnections(RasCharset.W, live, liveLpcb, liveCount));
        assertEquals(0, ReplayBackend.of(trace).enumConnections(RasCharset.W, replayed, replayedLpcb, replayedCount));
        assertEquals(liveCount.get(), replayedCount.get());
        assertEquals(liveLpcb.get(), replayedLpcb.get());
        assertEquals(live, replayed);
        ByteBuffer tooSmall = ByteBuffer.allocate(layout.size() + 3);
        tooSmall.putInt(0, Integer.reverseBytes(layout.size()));
        assertThrows(UnrecordedCallException.class, () -> ReplayBackend.of(trace).enumConnections(RasCharset.W,
                tooSmall, DwordRef.of(layout.size() + 3), DwordRef.of(0)));
    }

    @Test
    void aCallTheTraceNeverSawNamesTheNearestRecordedOne() {
        Trace trace = Capture.run(Machines.busy(WindowsProfile.windows10x64()), WindowsProfile.windows10x64());
        ReplayBackend replay = ReplayBackend.of(trace);
        UnrecordedCallException e = assertThrows(UnrecordedCallException.class,
                () -> replay.getConnectStatus(RasCharset.W, RasHandle.of(0x1234), ByteBuffer.allocate(8)));
        assertTrue(e.getMessage().contains("RasGetConnectStatusW(handle 0x1234, capacity 8"), e.getMessage());
        assertTrue(e.getMessage().contains("the nearest recorded call is line "), e.getMessage());
    }
}
