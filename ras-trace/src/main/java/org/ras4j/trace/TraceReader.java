package org.ras4j.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;

/**
 * Reads a trace (docs/trace-format.md) and refuses, with a {@link TraceException} naming the line, every
 * trace it could not answer from faithfully: malformed or truncated JSON, another schema, a newer major
 * version, missing, duplicate or ill-typed members, a member that does not fit the function, bad
 * hexadecimal, recorded bytes that are not exactly the range the call may write, changed bytes outside
 * the buffer, and a file with fewer or more calls than its header announces.
 */
final class TraceReader {
    private TraceReader() {
    }

    static Trace read(BufferedReader in) throws IOException {
        String first = line(in, 1);
        if (first == null) {
            throw new TraceException(1, "empty file: a trace starts with its header line");
        }
        Members head = members(first, 1);
        long announced = 0;
        TraceHeader header = header(head);
        announced = head.dword("calls", false);
        List<TraceCall> calls = new ArrayList<>();
        String text;
        int line = 1;
        while ((text = line(in, line + 1)) != null) {
            line++;
            if (calls.size() == announced) {
                throw new TraceException(line, "the header announces " + announced + " calls; the file has more");
            }
            calls.add(call(members(text, line), calls.size()));
        }
        if (calls.size() < announced) {
            throw new TraceException(line + 1, "the file ends after " + calls.size() + " calls; the header announces "
                    + announced + " (truncated?)");
        }
        return new Trace(header, calls);
    }

    /** The next line, or a {@link TraceException} if the text around it is not UTF-8. */
    private static String line(BufferedReader in, int line) throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException notUtf8) {
            // The reader decodes ahead of the line it returns: the fault is here or a little further on.
            throw new TraceException(line, "not UTF-8 text (here or within the next 8 KiB)", notUtf8);
        }
    }

    private static Members members(String text, int line) {
        if (text.isBlank()) {
            throw new TraceException(line, "an empty line; every line is one JSON object");
        }
        Map<String, Object> object = JsonLine.object(text, line);
        return new Members(object, line);
    }

    private static TraceHeader header(Members m) {
        Object schema = null;
        try {
            schema = m.string("schema", false);
        } catch (TraceException notAString) {
            throw new TraceException(1, "not a ras4j trace: the header has no \"schema\": \""
                    + TraceHeader.SCHEMA + "\"", notAString);
        }
        if (!TraceHeader.SCHEMA.equals(schema)) {
            throw new TraceException(1, "not a ras4j trace: schema \"" + schema + "\", expected \""
                    + TraceHeader.SCHEMA + "\"");
        }
        long version = m.integer("version", 1, Integer.MAX_VALUE, false);
        if (version != TraceHeader.VERSION) {
            throw new TraceException(1, "trace format version " + version + " is newer than this ras4j reads ("
                    + TraceHeader.VERSION + "); read it with a ras4j that knows version " + version);
        }
        String abiName = m.string("abi", false);
        Abi abi = switch (abiName) {
            case "x86" -> Abi.X86;
            case "x64" -> Abi.X64;
            default -> throw m.fault("abi", "expected \"x86\" or \"x64\", found \"" + abiName + "\"");
        };
        Instant recordedAt;
        String at = m.string("recordedAt", false);
        try {
            recordedAt = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw m.fault("recordedAt", "expected an ISO-8601 instant such as 2026-12-06T12:00:00Z, found \"" + at
                    + "\"");
        }
        return new TraceHeader(abi, Optional.ofNullable(m.string("windows", true)),
                Optional.ofNullable(m.string("profile", true)), m.string("library", false), recordedAt);
    }

    private static TraceCall call(Members m, int index) {
        long number = m.integer("call", 0, Integer.MAX_VALUE, false);
        if (number != index) {
            throw m.fault("call", "is " + number + "; the call on this line is number " + index);
        }
        String name = m.string("function", false);
        TraceFunction function = TraceFunction.named(name)
                .orElseThrow(() -> m.fault("function", "unknown function \"" + name + "\""));
        CallInput input = input(m, function);
        CallOutput output = output(m, input);
        return new TraceCall(index, input, output, buffer(m, input));
    }

    /**
     * How the buffer stood: {@code position}, {@code limit}, {@code direct}, {@code fill},
     * {@code positionOut}, {@code limitOut}, each optional (absent: 0, the capacity, false, unknown, and
     * unchanged), all {@code null} or absent for a NULL buffer.
     */
    private static CallBuffer buffer(Members m, CallInput in) {
        if (in.capacity() == null) {
            for (String name : new String[] {"position", "limit", "direct", "fill", "positionOut", "limitOut"}) {
                if (m.has(name)) {
                    m.requireNull(name, "for a NULL buffer");
                }
            }
            return null;
        }
        int capacity = in.capacity();
        int position = optional(m, "position", 0, capacity, 0);
        int limit = optional(m, "limit", position, capacity, capacity);
        boolean direct = m.has("direct") && m.bool("direct");
        Long fill = m.has("fill") ? m.integer("fill", 0, 0xFF, true) : null;
        int limitOut = optional(m, "limitOut", 0, capacity, limit);
        int positionOut = optional(m, "positionOut", 0, limitOut, Math.min(position, limitOut));
        return new CallBuffer(position, limit, direct, fill == null ? null : fill.intValue(), positionOut, limitOut);
    }

    private static int optional(Members m, String name, int min, int max, int absent) {
        return m.has(name) ? m.integer(name, min, max, false).intValue() : absent;
    }

    private static CallInput input(Members m, TraceFunction function) {
        RasCharset charset = null;
        if (function.hasCharset()) {
            String cs = m.string("charset", false);
            if (!cs.equals("A") && !cs.equals("W")) {
                throw m.fault("charset", "expected \"A\" or \"W\", found \"" + cs + "\"");
            }
            charset = RasCharset.valueOf(cs);
        } else {
            m.requireNull("charset", "for " + function.win32Name());
        }
        Long handle = only(m, "handle", function != TraceFunction.ENUM_CONNECTIONS, function, () -> m.bits("handle"));
        if (function != TraceFunction.ENUM_CONNECTIONS && handle == null) {
            throw m.fault("handle", "missing: " + function.win32Name() + " takes a handle");
        }
        Long subEntry = only(m, "subEntry", function == TraceFunction.LINK_STATISTICS, function,
                () -> m.dword("subEntry", false));
        Long projection = only(m, "projection", function == TraceFunction.PROJECTION_INFO, function,
                () -> m.dword("projection", false));
        Long address = only(m, "address", function == TraceFunction.PROJECTION_INFO_EX, function,
                () -> m.bits("address"));
        Long capacity = m.integer("capacity", 0, Integer.MAX_VALUE, true);
        Long dwSize = m.dword("dwSize", true);
        if ((dwSize != null) != (capacity != null && capacity >= 4)) {
            throw m.fault("dwSize", dwSize == null ? "missing: a buffer of " + capacity + " bytes holds a dwSize"
                    : "must be null: " + (capacity == null ? "a NULL buffer" : "a buffer of " + capacity + " bytes")
                            + " holds no dwSize");
        }
        Long lpcb = function.boundedByLpcb() ? m.dword("lpcb", true) : nullOnly(m, "lpcb", function);
        Long count = function == TraceFunction.ENUM_CONNECTIONS ? m.dword("count", true) : nullOnly(m, "count", function);
        boolean notification = function == TraceFunction.CONNECTION_NOTIFICATION;
        if (notification && capacity != null) {
            throw m.fault("capacity", "must be null for " + function.win32Name());
        }
        Long flags = notification ? m.dword("flags", false) : null;
        Boolean event = notification ? m.bool("event") : null;
        return new CallInput(function, charset, handle, subEntry == null ? null : subEntry.intValue(),
                projection == null ? null : projection.intValue(), address,
                capacity == null ? null : capacity.intValue(), dwSize, lpcb, count,
                flags == null ? null : flags.intValue(), event);
    }

    private static CallOutput output(Members m, CallInput in) {
        long result = m.dword("result", false);
        String thrown = m.has("thrown") ? m.string("thrown", true) : null;
        Long lpcbOut = m.dword("lpcbOut", true);
        if ((lpcbOut == null) != (in.lpcb() == null)) {
            throw m.fault("lpcbOut", in.lpcb() == null ? "must be null: the call had no lpcb"
                    : "missing: the call passed a lpcb");
        }
        Long countOut = m.dword("countOut", true);
        if ((countOut == null) != (in.count() == null)) {
            throw m.fault("countOut", in.count() == null ? "must be null: the call had no lpcConnections"
                    : "missing: the call passed a lpcConnections");
        }
        int end = in.writableEnd();
        String hex = m.string("bytes", true);
        TraceBytes bytes = null;
        if ((hex == null) != (in.capacity() == null)) {
            throw m.fault("bytes", hex == null ? "missing: the call passed a buffer" : "must be null: the buffer was NULL");
        }
        boolean changed = m.bool("changed");
        if (changed && hex == null) {
            throw m.fault("changed", "must be false: the buffer was NULL");
        }
        if (hex != null) {
            bytes = TraceBytes.parse(hex, m.line(), "bytes");
            if (bytes.length() != end) {
                throw m.fault("bytes", bytes.length() + " bytes recorded, but the call may write exactly [0, " + end
                        + ") (" + (in.function().boundedByLpcb() ? "min(*lpcb, capacity)" : "min(dwSize, capacity)")
                        + "); bytes written past that belong in \"outside\"");
            }
        }
        List<TraceRun> outside = new ArrayList<>();
        int previousEnd = end;
        for (Object item : m.array("outside")) {
            if (!(item instanceof Map<?, ?> map)) {
                throw m.fault("outside", "expected objects {\"offset\", \"bytes\"}, found " + Members.kind(item));
            }
            @SuppressWarnings("unchecked")
            Members run = new Members((Map<String, Object>) map, m.line());
            long offset = run.integer("offset", 0, Integer.MAX_VALUE, false);
            TraceBytes runBytes = TraceBytes.parse(run.string("bytes", false), m.line(), "outside");
            if (offset < previousEnd || runBytes.length() == 0
                    || in.capacity() == null || offset + runBytes.length() > in.capacity()) {
                throw m.fault("outside", "a run at offset " + offset + " of " + runBytes.length()
                        + " bytes is not a non-empty run in ascending order between " + end + " and the capacity "
                        + in.capacity());
            }
            outside.add(new TraceRun((int) offset, runBytes));
            previousEnd = (int) offset + runBytes.length();
        }
        return new CallOutput(result, lpcbOut, countOut, bytes, changed, outside, thrown);
    }

    private interface Read {
        Long get();
    }

    private static Long only(Members m, String name, boolean applies, TraceFunction function, Read read) {
        return applies ? read.get() : nullOnly(m, name, function);
    }

    private static Long nullOnly(Members m, String name, TraceFunction function) {
        m.requireNull(name, "for " + function.win32Name());
        return null;
    }
}
