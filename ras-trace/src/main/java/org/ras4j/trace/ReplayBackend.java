package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ArrayList;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/**
 * A {@link RasBackend} that answers the calls of a {@link Trace} as they were answered when it was
 * recorded: the same code, the same {@code DWORD}s, the same bytes at the same absolute offsets (the
 * buffer's position and limit untouched). A call is matched by all its inputs ({@link CallInput}:
 * function, charset, handle, sub-entry, projection, address, capacity, {@code dwSize}, {@code *lpcb},
 * NULL-ness of each pointer). Calls with the same inputs get their recorded answers in recorded order,
 * and once those are used up the last one again (so that a poll repeats the last state). The same
 * {@code RasClient} calls as when the trace was recorded therefore give the same results.
 *
 * <p>A call whose inputs differ from every recorded call's only in its buffer's room (capacity and
 * {@code *lpcb}) gets a recorded success answer when that answer fits: Windows answers the same
 * whatever the room as long as the answer fits in it (docs/contract.md C-ENUM-12, C-STAT-02, C-PROJ-04),
 * so a client whose pooled buffers are larger than they were at capture still replays. The bytes
 * written are those of the answer ({@code [0, *lpcb)} as returned, or {@code [0, dwSize)}), the first
 * recorded success that fits. Likewise a recorded refusal that left everything as the caller had it
 * (no byte, no {@code *lpcb}, no count changed; a code other than 0 and 603, such as 632 for a
 * {@code dwSize} the Windows version does not accept or 6 for a stale handle) answers the same call
 * with any room of at least the 4 bytes of {@code dwSize}: Windows checks the size and the handle
 * before the room (C-ENUM-05, C-STAT-02), so a fresh client that tries a newer version first still
 * replays. Any other call the trace has no answer for throws {@link UnrecordedCallException} naming
 * the nearest recorded call. A recorded call the backend threw from ({@link CallOutput#thrown()}) throws
 * an {@link IllegalStateException} naming what it threw. The buffer's position, limit, direct-ness and
 * fill ({@link CallBuffer}) are not matched: the answer lies at absolute offsets whatever they are.
 *
 * <p>Thread-safe. It has no {@code ConnectionNotifier}: a watcher polls it.
 */
public final class ReplayBackend implements RasBackend {
    private final Trace trace;
    private final Map<CallInput, Answers> answers = new HashMap<>();
    private final Map<Shape, List<TraceCall>> successes = new HashMap<>();
    private final Map<Shape, CallOutput> refusals = new HashMap<>();

    private ReplayBackend(Trace trace) {
        this.trace = trace;
        for (TraceCall call : trace.calls()) {
            requireConsistent(call);
            answers.computeIfAbsent(call.input(), k -> new Answers()).outputs.add(call.output());
            if (call.output().threw()) {
                continue;
            }
            if (call.output().result() == 0 && call.input().capacity() != null
                    && needed(call.input(), call.output()) <= call.output().bytes().length()) {
                successes.computeIfAbsent(Shape.of(call.input()), k -> new ArrayList<>()).add(call);
            } else if (isRoomIndependentRefusal(call)) {
                refusals.putIfAbsent(Shape.of(call.input()), call.output());
            }
        }
    }

    /** A refusal whose answer does not depend on the room: it changed nothing the caller passed. */
    private static boolean isRoomIndependentRefusal(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        return out.result() != 0 && out.result() != RasError.ERROR_BUFFER_TOO_SMALL.code() && !out.changed()
                && out.outside().isEmpty() && in.capacity() != null && in.capacity() >= Integer.BYTES
                && Objects.equals(in.lpcb(), out.lpcb()) && Objects.equals(in.count(), out.count());
    }

    /**
     * A backend that answers as {@code trace} recorded.
     *
     * @param trace the trace
     * @return the backend
     * @throws TraceException naming the line, when an answer contradicts itself so that replaying it would
     *                        give a wrong answer: a successful {@code RasEnumConnections} whose count of
     *                        entries is not in its recorded bytes
     */
    public static ReplayBackend of(Trace trace) {
        return new ReplayBackend(Objects.requireNonNull(trace, "trace"));
    }

    private static void requireConsistent(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        if (out.threw() || in.function() != TraceFunction.ENUM_CONNECTIONS || out.result() != 0 || out.count() == null
                || in.dwSize() == null || out.count() == 0) {
            return;
        }
        long needed = out.count() * in.dwSize();
        int recorded = out.bytes() == null ? 0 : out.bytes().length();
        if (needed > recorded) {
            throw new TraceException(call.line(), in.callName() + " succeeded with countOut " + out.count()
                    + " entries of dwSize " + in.dwSize() + " (" + needed + " bytes), but only " + recorded
                    + " bytes are recorded: the count does not match the bytes");
        }
    }

    /** {@return the trace this backend answers from} */
    public Trace trace() {
        return trace;
    }

    @Override
    public Abi abi() {
        return trace.header().abi();
    }

    @Override
    public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
        return answer(CallInput.of(TraceFunction.ENUM_CONNECTIONS, charset, null, null, null, null, buffer, lpcb,
                lpcConnections), buffer, lpcb, lpcConnections);
    }

    @Override
    public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
        return answer(CallInput.of(TraceFunction.CONNECT_STATUS, charset, handle, null, null, null, status, null, null),
                status, null, null);
    }

    @Override
    public int getConnectionStatistics(RasHandle handle, ByteBuffer statistics) {
        return answer(CallInput.of(TraceFunction.CONNECTION_STATISTICS, null, handle, null, null, null, statistics, null,
                null), statistics, null, null);
    }

    @Override
    public int getLinkStatistics(RasHandle handle, int subEntry, ByteBuffer statistics) {
        return answer(CallInput.of(TraceFunction.LINK_STATISTICS, null, handle, subEntry, null, null, statistics, null,
                null), statistics, null, null);
    }

    @Override
    public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
            DwordRef lpcb) {
        return answer(CallInput.of(TraceFunction.PROJECTION_INFO, charset, handle, null, projection, null, buffer, lpcb,
                null), buffer, lpcb, null);
    }

    @Override
    public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
        return answer(CallInput.of(TraceFunction.PROJECTION_INFO_EX, null, handle, null, null, address, buffer, lpdwSize,
                null), buffer, lpdwSize, null);
    }

    private int answer(CallInput in, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
        Answers recorded = answers.get(in);
        if (recorded == null) {
            return answerThatFits(in, buffer, lpcb, count);
        }
        CallOutput out = recorded.next();
        if (out.threw()) {
            throw new IllegalStateException("the recorded backend threw " + out.thrown());
        }
        if (out.bytes() != null) {
            out.bytes().writeTo(buffer, 0);
        }
        for (TraceRun run : out.outside()) {
            run.bytes().writeTo(buffer, run.offset());
        }
        return dwords(out, lpcb, count);
    }

    /** Sets {@code *lpcb} and {@code *lpcConnections} as recorded and returns the recorded code. */
    private static int dwords(CallOutput out, DwordRef lpcb, DwordRef count) {
        if (lpcb != null && out.lpcb() != null) {
            lpcb.set(out.lpcb().intValue());
        }
        if (count != null && out.count() != null) {
            count.set(out.count().intValue());
        }
        return (int) out.result();
    }

    private int answerThatFits(CallInput in, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
        for (TraceCall call : successes.getOrDefault(Shape.of(in), List.of())) {
            CallOutput out = call.output();
            long needed = needed(call.input(), out);
            if (buffer != null && needed <= in.writableEnd()) {
                out.bytes().writeTo(buffer, 0, (int) needed);
                return dwords(out, lpcb, count);
            }
        }
        CallOutput refusal = refusals.get(Shape.of(in));
        if (refusal != null && buffer != null && buffer.capacity() >= Integer.BYTES) {
            return (int) refusal.result();
        }
        throw new UnrecordedCallException("the trace has no answer for " + in.describe() + nearest(in));
    }

    /** The bytes a success answer needs: {@code *lpcb} as returned, or {@code dwSize} for the functions without one. */
    private static long needed(CallInput in, CallOutput out) {
        if (in.function().boundedByLpcb()) {
            return out.lpcb() == null ? Long.MAX_VALUE : out.lpcb();
        }
        return in.dwSize() == null ? Long.MAX_VALUE : in.dwSize();
    }

    /** The inputs of a call but its room: what a success answer that fits depends on. */
    private record Shape(TraceFunction function, RasCharset charset, Long handle, Integer subEntry, Integer projection,
            Long address, Long dwSize, boolean lpcb, boolean count) {
        static Shape of(CallInput in) {
            return new Shape(in.function(), in.charset(), in.handle(), in.subEntry(), in.projection(), in.address(),
                    in.dwSize(), in.lpcb() != null, in.count() != null);
        }
    }

    private String nearest(CallInput in) {
        Optional<TraceCall> near = trace.calls().stream()
                .filter(c -> c.input().function() == in.function())
                .max(Comparator.comparingInt(c -> likeness(c.input(), in)));
        return near.map(c -> "; the nearest recorded call is line " + c.line() + ": " + c.input().describe())
                .orElse("; the trace has no " + in.function().win32Name() + " call at all");
    }

    private static int likeness(CallInput a, CallInput b) {
        List<Object> x = members(a);
        List<Object> y = members(b);
        int same = 0;
        for (int i = 0; i < x.size(); i++) {
            same += Objects.equals(x.get(i), y.get(i)) ? 1 : 0;
        }
        return same;
    }

    private static List<Object> members(CallInput in) {
        List<Object> members = new ArrayList<>();
        members.add(in.charset());
        members.add(in.handle());
        members.add(in.subEntry());
        members.add(in.projection());
        members.add(in.address());
        members.add(in.capacity());
        members.add(in.dwSize());
        members.add(in.lpcb());
        members.add(in.count());
        return members;
    }

    /** The recorded answers to one set of inputs, given in order, the last one repeated. */
    private static final class Answers {
        private final List<CallOutput> outputs = new ArrayList<>();
        private int next;

        synchronized CallOutput next() {
            CallOutput out = outputs.get(next);
            if (next < outputs.size() - 1) {
                next++;
            }
            return out;
        }
    }
}
