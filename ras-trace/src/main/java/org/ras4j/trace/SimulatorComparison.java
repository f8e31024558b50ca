package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * Makes each recorded call again against a simulator in the state the trace shows
 * ({@link TraceScenario}) and reports each difference: the code, {@code *lpcb}, {@code *lpcConnections},
 * and the bytes of a successful answer (entries with the simulator's handles read as the trace's;
 * the counters of the statistics functions, which move with time, are not compared, only their code).
 */
final class SimulatorComparison {
    private final TraceScenario.Simulation simulation;
    private final Map<Long, Long> traceHandleOf = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private SimulatorComparison(TraceScenario.Simulation simulation) {
        this.simulation = simulation;
        simulation.handles().forEach((trace, sim) -> traceHandleOf.put(sim.bits(), trace));
    }

    static List<Finding> compare(Trace trace, WindowsProfile profile) {
        TraceScenario.Simulation simulation;
        try {
            simulation = TraceScenario.simulator(trace, profile);
        } catch (TraceException impossible) {
            return List.of(new Finding(Math.max(1, impossible.line()), Finding.SIMULATOR, impossible.getMessage()));
        }
        SimulatorComparison comparison = new SimulatorComparison(simulation);
        for (TraceCall call : trace.calls()) {
            if (!call.output().threw()) {
                comparison.compare(call);
            }
        }
        return comparison.findings;
    }

    private void compare(TraceCall call) {
        CallInput in = call.input();
        CallOutput recorded = call.output();
        RasBackend sim = simulation.simulator();
        ByteBuffer buffer = call.buffer() == null ? null : call.buffer().make(in.capacity(), in.dwSize());
        DwordRef lpcb = in.lpcb() == null ? null : DwordRef.of(in.lpcb().intValue());
        DwordRef count = in.count() == null ? null : DwordRef.of(in.count().intValue());
        RasHandle handle = in.handle() == null ? null
                : simulation.handles().getOrDefault(in.handle(), RasHandle.of(in.handle()));
        int code = switch (in.function()) {
            case ENUM_CONNECTIONS -> sim.enumConnections(in.charset(), buffer, lpcb, count);
            case CONNECT_STATUS -> sim.getConnectStatus(in.charset(), handle, buffer);
            case CONNECTION_STATISTICS -> sim.getConnectionStatistics(handle, buffer);
            case LINK_STATISTICS -> sim.getLinkStatistics(handle, in.subEntry(), buffer);
            case PROJECTION_INFO -> sim.getProjectionInfo(in.charset(), handle, in.projection(), buffer, lpcb);
            case PROJECTION_INFO_EX -> sim.getProjectionInfoEx(handle, buffer, in.address(), lpcb);
            case CONNECTION_NOTIFICATION -> registration(in, handle);
        };
        long result = Integer.toUnsignedLong(code);
        Long lpcbOut = lpcb == null ? null : lpcb.getUnsigned();
        Long countOut = count == null ? null : count.getUnsigned();
        if (result != recorded.result() || !Objects.equals(lpcbOut, recorded.lpcb())
                || !Objects.equals(countOut, recorded.count())) {
            differs(call, "the trace answered " + answer(recorded.result(), recorded.lpcb(), recorded.count())
                    + ", the simulator " + answer(result, lpcbOut, countOut));
            return;
        }
        boolean fillKnown = call.buffer() != null && call.buffer().fill() != null;
        if (buffer != null && (result == 0 || fillKnown)) {
            compareBytes(call, buffer, lpcbOut, countOut, fillKnown);
        }
    }

    /**
     * Compares the bytes: with the caller's fill known (both buffers filled alike), every byte of the range
     * the call may write, whatever the code; else those of a successful answer.
     */
    private void compareBytes(TraceCall call, ByteBuffer simulated, Long lpcbOut, Long countOut, boolean all) {
        CallInput in = call.input();
        int length = switch (in.function()) {
            case ENUM_CONNECTIONS -> all ? in.writableEnd() : (int) (countOut * in.dwSize());
            case CONNECT_STATUS -> (int) Math.min(in.dwSize(), in.capacity());
            case PROJECTION_INFO, PROJECTION_INFO_EX -> all ? in.writableEnd() : lpcbOut.intValue();
            case CONNECTION_STATISTICS, LINK_STATISTICS, CONNECTION_NOTIFICATION -> 0;
        };
        length = Math.min(length, call.output().bytes().length());
        ByteBuffer whole = simulated.duplicate().clear().order(ByteOrder.LITTLE_ENDIAN);
        if (in.function() == TraceFunction.ENUM_CONNECTIONS && in.dwSize() != null && countOut != null) {
            asTraceHandles(whole, in, (int) Math.min(countOut, in.writableEnd() / Math.max(1, in.dwSize())));
        }
        for (int i = 0; i < length; i++) {
            byte trace = call.output().bytes().get(i);
            byte sim = whole.get(i);
            if (trace != sim) {
                differs(call, "the bytes differ first at offset " + i + ": the trace has 0x"
                        + String.format("%02x", trace) + ", the simulator 0x" + String.format("%02x", sim));
                return;
            }
        }
    }

    /** The registration again, with an event of the simulator's where the trace's was non-NULL, closed after. */
    private int registration(CallInput in, RasHandle handle) {
        SimulatedRas sim = simulation.simulator();
        NotificationEvent event = in.event() ? sim.createEvent() : null;
        try {
            return sim.connectionNotification(handle, event, in.flags());
        } finally {
            if (event != null) {
                event.close();
            }
        }
    }

    /** Rewrites the simulator's handles in its entries as the trace's, so that the bytes compare. */
    private void asTraceHandles(ByteBuffer entries, CallInput in, int count) {
        Optional<RasConnLayout> found = RasConnLayout.forSize(in.dwSize().intValue(), in.charset(),
                simulation.simulator().abi());
        if (found.isEmpty()) {
            return;
        }
        RasConnLayout layout = found.get();
        for (int i = 0; i < count; i++) {
            int at = i * layout.size() + layout.offset(RasConnField.HRASCONN);
            boolean x86 = layout.abi().pointerSize() == Integer.BYTES;
            long simHandle = x86 ? Integer.toUnsignedLong(entries.getInt(at)) : entries.getLong(at);
            Long traceHandle = traceHandleOf.get(simHandle);
            if (traceHandle != null && x86) {
                entries.putInt(at, traceHandle.intValue());
            } else if (traceHandle != null) {
                entries.putLong(at, traceHandle);
            }
        }
    }

    private static String answer(long result, Long lpcb, Long count) {
        return result + (lpcb == null ? "" : " with *lpcb " + lpcb) + (count == null ? "" : ", count " + count);
    }

    private void differs(TraceCall call, String message) {
        findings.add(new Finding(call.line(), Finding.SIMULATOR, call.input().describe() + ": " + message));
    }
}
