package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a call did to a caller's buffer: a copy of all its bytes taken before the call, compared with
 * the buffer after it. The caller's buffer is only read, at absolute offsets.
 */
final class BufferChange {
    private final byte[] before;

    private BufferChange(byte[] before) {
        this.before = before;
    }

    /** A copy of every byte of {@code buffer} ({@code null} for a NULL buffer). */
    static BufferChange before(ByteBuffer buffer) {
        return new BufferChange(buffer == null ? null : copy(buffer));
    }

    private static byte[] copy(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.capacity()];
        buffer.duplicate().clear().get(bytes);
        return bytes;
    }

    /**
     * The answer's bytes: {@code [0, end)} as they stand now, whether any of them changed, and the runs
     * of changed bytes at or past {@code end}.
     */
    Written after(ByteBuffer buffer, int end) {
        if (buffer == null) {
            return new Written(null, false, List.of());
        }
        byte[] after = copy(buffer);
        boolean changed = !Arrays.equals(before, 0, end, after, 0, end);
        List<TraceRun> outside = new ArrayList<>();
        int i = end;
        while (i < after.length) {
            if (after[i] == before[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < after.length && after[i] != before[i]) {
                i++;
            }
            outside.add(new TraceRun(start, TraceBytes.of(Arrays.copyOfRange(after, start, i))));
        }
        return new Written(TraceBytes.of(Arrays.copyOf(after, end)), changed, outside);
    }

    /** The bytes of an answer: the writable range (or {@code null}), whether it changed, and the changes outside it. */
    record Written(TraceBytes bytes, boolean changed, List<TraceRun> outside) {
    }
}
