package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.ForwardingRasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * The members a call line gained within version 1: the buffer's position, limit, direct-ness and fill,
 * its position and limit after the call, and what a backend threw.
 */
class BufferMembersTest {
    private static final WindowsProfile PROFILE = WindowsProfile.windows10x64();
    private static final Trace TRACE = Capture.run(Machines.busy(PROFILE), PROFILE);

    private static TraceCall moved() {
        return TRACE.calls().stream().filter(c -> c.buffer() != null && c.buffer().position() > 0).findFirst()
                .orElseThrow();
    }

    @Test
    void theCaptureRecordsWhereItsBuffersStood() {
        TraceCall moved = moved();
        assertEquals(Probes.MOVED_POSITION, moved.buffer().position());
        assertTrue(moved.buffer().limit() < moved.input().capacity(), moved.buffer().toString());
        assertEquals(CallBuffer.CANARY, moved.buffer().fill());
        assertTrue(moved.buffer().unmoved(), moved.buffer().toString());
        assertTrue(TRACE.calls().stream().anyMatch(c -> c.buffer() != null && c.buffer().direct()));
        Trace read = Trace.parse(TRACE.toText());
        assertEquals(TRACE.calls(), read.calls());
    }

    @Test
    void aLineWithoutThemReadsAsAPlainBufferOfUnknownFill() {
        TraceCall moved = moved();
        List<String> lines = new ArrayList<>(Arrays.asList(TRACE.toText().split("\n")));
        JsonObject line = JsonParser.parseString(lines.get(moved.line() - 1)).getAsJsonObject();
        for (String name : List.of("position", "limit", "direct", "fill", "positionOut", "limitOut")) {
            line.remove(name);
        }
        lines.set(moved.line() - 1, line.toString());
        TraceCall read = Trace.parse(String.join("\n", lines) + "\n").calls().get(moved.index());
        assertEquals(CallBuffer.plain(moved.input().capacity(), null), read.buffer());
        assertNull(read.output().thrown());
    }

    @Test
    void aLimitPastTheCapacityIsRefusedNamingTheLine() {
        TraceCall moved = moved();
        List<String> lines = new ArrayList<>(Arrays.asList(TRACE.toText().split("\n")));
        JsonObject line = JsonParser.parseString(lines.get(moved.line() - 1)).getAsJsonObject();
        line.addProperty("limit", moved.input().capacity() + 1);
        lines.set(moved.line() - 1, line.toString());
        TraceException e = assertThrows(TraceException.class, () -> Trace.parse(String.join("\n", lines) + "\n"));
        assertEquals(moved.line(), e.line());
        assertTrue(e.getMessage().contains("member \"limit\""), e.getMessage());
    }

    @Test
    void aCallThatThrewIsInTheTraceCheckedAndReplayedAsThrowing() {
        ForwardingRasBackend throwing = new ForwardingRasBackend(Machines.busy(PROFILE)) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                lpcb.getUnsigned();
                return super.enumConnections(charset, buffer, lpcb, count);
            }
        };
        Trace trace = Trace.parse(Capture.run(throwing, PROFILE).toText());
        TraceCall threw = trace.calls().stream().filter(c -> c.output().threw()).findFirst().orElseThrow();
        assertTrue(threw.output().thrown().startsWith("java.lang.NullPointerException"), threw.output().thrown());
        List<Finding> findings = TraceChecker.check(trace, PROFILE);
        assertTrue(findings.stream().anyMatch(f -> f.line() == threw.line() && f.rule().equals("C-ERR-04")),
                findings.toString());
        ReplayBackend replay = ReplayBackend.of(trace);
        CallInput in = threw.input();
        ByteBuffer buffer = Probes.sized(in.capacity(), in.dwSize().intValue());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> replay.enumConnections(in.charset(), buffer, null, DwordRef.of(Probes.CANARY_DWORD)));
        assertTrue(e.getMessage().contains("NullPointerException"), e.getMessage());
    }

    @Test
    void aBackendThatMovesTheBufferIsCaught() {
        ForwardingRasBackend moving = new ForwardingRasBackend(Machines.busy(PROFILE)) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                int code = super.enumConnections(charset, buffer, lpcb, count);
                if (buffer != null) {
                    buffer.position(buffer.limit());
                }
                return code;
            }
        };
        List<Finding> findings = TraceChecker.check(moving, PROFILE);
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("C-ENUM-06") && f.message().contains("moved")),
                findings.toString());
    }
}
