package org.ras4j.trace;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a trace as strict JSON (RFC 8259, no comments, no trailing text) read into plain values:
 * an object is a {@code Map} (a member twice is an error), an array a {@code List}, a number its
 * literal ({@link Number}), a string a {@code String}, {@code true}/{@code false} a {@code Boolean},
 * {@code null} {@code null}. Every error names the line.
 */
final class JsonLine {
    /** A number as the text wrote it, never rounded. */
    record Number(String literal) {
    }

    private final int line;

    private JsonLine(int line) {
        this.line = line;
    }

    /**
     * The object on {@code text}.
     *
     * @throws TraceException naming the line if it is not one strict JSON object
     */
    static Map<String, Object> object(String text, int line) {
        JsonLine parser = new JsonLine(line);
        try (JsonReader json = new JsonReader(new StringReader(text))) {
            json.setStrictness(Strictness.STRICT);
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                throw new TraceException(line, "not a JSON object");
            }
            Map<String, Object> object = parser.readObject(json);
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new TraceException(line, "text after the JSON object");
            }
            return object;
        } catch (IOException | IllegalStateException | NumberFormatException malformed) {
            throw new TraceException(line, "malformed or truncated JSON: " + firstSentence(malformed.getMessage()),
                    malformed);
        }
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf("\nSee ");
        return end < 0 ? message : message.substring(0, end);
    }

    private Map<String, Object> readObject(JsonReader json) throws IOException {
        Map<String, Object> members = new LinkedHashMap<>();
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (members.containsKey(name)) {
                throw new TraceException(line, "duplicate member \"" + name + "\"");
            }
            members.put(name, readValue(json));
        }
        json.endObject();
        return members;
    }

    private Object readValue(JsonReader json) throws IOException {
        switch (json.peek()) {
            case BEGIN_OBJECT:
                return readObject(json);
            case BEGIN_ARRAY:
                List<Object> items = new ArrayList<>();
                json.beginArray();
                while (json.hasNext()) {
                    items.add(readValue(json));
                }
                json.endArray();
                return items;
            case STRING:
                return json.nextString();
            case NUMBER:
                return new Number(json.nextString());
            case BOOLEAN:
                return json.nextBoolean();
            case NULL:
                json.nextNull();
                return null;
            default:
                throw new TraceException(line, "malformed JSON: unexpected " + json.peek());
        }
    }
}
