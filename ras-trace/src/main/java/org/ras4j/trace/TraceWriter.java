package org.ras4j.trace;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a {@link Trace} as JSON Lines (docs/trace-format.md): every member on every line, always in
 * the same order, {@code null} where it does not apply, so that two traces diff line by line.
 */
final class TraceWriter {
    private TraceWriter() {
    }

    static void write(Trace trace, Writer out) throws IOException {
        out.write(header(trace));
        out.write('\n');
        for (TraceCall call : trace.calls()) {
            out.write(call(call));
            out.write('\n');
        }
        out.flush();
    }

    private static String header(Trace trace) throws IOException {
        TraceHeader h = trace.header();
        StringWriter text = new StringWriter();
        JsonWriter json = jsonWriter(text);
        json.beginObject();
        json.name("schema").value(TraceHeader.SCHEMA);
        json.name("version").value(TraceHeader.VERSION);
        json.name("abi").value(h.abi().name().toLowerCase(Locale.ROOT));
        json.name("windows").value(h.windows().orElse(null));
        json.name("profile").value(h.profile().orElse(null));
        json.name("library").value(h.library());
        json.name("recordedAt").value(h.recordedAt().toString());
        json.name("calls").value(trace.calls().size());
        json.endObject();
        json.close();
        return text.toString();
    }

    private static String call(TraceCall call) throws IOException {
        CallInput in = call.input();
        CallOutput out = call.output();
        StringWriter text = new StringWriter();
        JsonWriter json = jsonWriter(text);
        json.beginObject();
        json.name("call").value(call.index());
        json.name("function").value(in.function().win32Name());
        json.name("charset").value(in.charset() == null ? null : in.charset().name());
        json.name("handle").value(hex(in.handle()));
        json.name("subEntry").value(in.subEntry() == null ? null : Integer.toUnsignedLong(in.subEntry()));
        json.name("projection").value(in.projection() == null ? null : Integer.toUnsignedLong(in.projection()));
        json.name("address").value(hex(in.address()));
        json.name("capacity").value(in.capacity());
        json.name("dwSize").value(in.dwSize());
        json.name("lpcb").value(in.lpcb());
        json.name("count").value(in.count());
        if (in.flags() != null) {
            json.name("flags").value(Integer.toUnsignedLong(in.flags()));
            json.name("event").value(in.event());
        }
        CallBuffer buffer = call.buffer();
        if (buffer != null) {
            json.name("position").value(buffer.position());
            json.name("limit").value(buffer.limit());
            json.name("direct").value(buffer.direct());
            json.name("fill").value(buffer.fill());
        }
        json.name("result").value(out.result());
        json.name("lpcbOut").value(out.lpcb());
        json.name("countOut").value(out.count());
        if (buffer != null) {
            json.name("positionOut").value(buffer.positionOut());
            json.name("limitOut").value(buffer.limitOut());
        }
        if (out.threw()) {
            json.name("thrown").value(out.thrown());
        }
        json.name("changed").value(out.changed());
        json.name("outside").beginArray();
        for (TraceRun run : out.outside()) {
            json.beginObject();
            json.name("offset").value(run.offset());
            json.name("bytes").value(run.bytes().hex());
            json.endObject();
        }
        json.endArray();
        json.name("bytes").value(out.bytes() == null ? null : out.bytes().hex());
        json.endObject();
        json.close();
        return text.toString();
    }

    private static JsonWriter jsonWriter(StringWriter text) {
        JsonWriter json = new JsonWriter(text);
        json.setHtmlSafe(false);
        json.setSerializeNulls(true);
        return json;
    }

    /** {@code 0x} and lowercase hexadecimal digits of the 64 bits, or {@code null}. */
    static String hex(Long bits) {
        return bits == null ? null : "0x" + Long.toHexString(bits);
    }
}
