package org.ras4j.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * docs/contract.md C-ENUM-06 (buffers in absolute terms) across a trace: a call leaves its buffer's
 * position and limit as they were, and calls with the same inputs answer the same whatever the buffer's
 * position, limit and direct-ness (one standing state; the statistics functions, whose counters move,
 * are compared by their code only).
 */
final class BufferCheck {
    private static final String RULE = "C-ENUM-06";

    private final List<Finding> findings;
    /** The first call with a plain buffer, by its inputs. */
    private final Map<CallInput, TraceCall> plain = new HashMap<>();
    /** The calls with a moved or direct buffer, compared at the end. */
    private final List<TraceCall> others = new ArrayList<>();

    BufferCheck(List<Finding> findings) {
        this.findings = findings;
    }

    void check(TraceCall call) {
        CallBuffer buffer = call.buffer();
        if (buffer == null) {
            return;
        }
        if (!buffer.unmoved()) {
            add(call, "moved the buffer: position " + buffer.position() + " -> " + buffer.positionOut() + ", limit "
                    + buffer.limit() + " -> " + buffer.limitOut() + " (a backend addresses buffers in absolute terms"
                    + " and leaves their position and limit)");
        }
        if (buffer.plainFor(call.input().capacity())) {
            plain.putIfAbsent(call.input(), call);
        } else {
            others.add(call);
        }
    }

    /** Compares each call with a moved or direct buffer with the plain call of the same inputs. */
    void crossCheck() {
        for (TraceCall call : others) {
            TraceCall twin = plain.get(call.input());
            if (twin == null || !Objects.equals(call.buffer().fill(), twin.buffer().fill())) {
                continue;
            }
            CallOutput a = call.output();
            CallOutput b = twin.output();
            boolean counters = call.input().function() == TraceFunction.CONNECTION_STATISTICS
                    || call.input().function() == TraceFunction.LINK_STATISTICS;
            boolean same = a.result() == b.result() && Objects.equals(a.lpcb(), b.lpcb())
                    && Objects.equals(a.count(), b.count())
                    && (counters || Objects.equals(a.bytes(), b.bytes()) && a.outside().equals(b.outside()));
            if (!same) {
                CallBuffer buffer = call.buffer();
                add(call, "with position " + buffer.position() + ", limit " + buffer.limit()
                        + (buffer.direct() ? ", direct" : "") + " the answer (" + a.result() + ") differs from line "
                        + twin.line() + "'s (" + b.result() + "), the same call with a plain buffer");
            }
        }
    }

    private void add(TraceCall call, String message) {
        findings.add(Finding.at(call, RULE, message));
    }
}
