package org.ras4j.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one strict JSON document (RFC 8259: no comments, no trailing commas, no single quotes,
 * no {@code NaN}, no unescaped control characters, one value) into a Gson tree, refusing what a
 * lenient reader would let pass silently:
 * <ul>
 *   <li>a member twice in one object ({@code {"entryName": "A", "entryName": "B"}}): Gson's own
 *       tree keeps the last one;</li>
 *   <li>nesting deeper than {@value #MAX_DEPTH} levels (a scenario needs four);</li>
 *   <li>a number literal longer than {@value #MAX_NUMBER_LENGTH} characters (no member needs more
 *       than 20 digits; longer ones only cost time to convert);</li>
 *   <li>more than {@value #MAX_VALUES} values in all.</li>
 * </ul>
 * Built without recursion, so no input can exhaust the stack. Every error names its place as
 * {@code line L, column C ($.path)}, Gson's position of the token that is wrong.
 */
final class StrictJson {
    /** The deepest nesting of arrays and objects accepted. */
    static final int MAX_DEPTH = 16;
    /** The longest number literal accepted, in characters. */
    static final int MAX_NUMBER_LENGTH = 64;
    /**
     * The most values (numbers, strings, {@code true}, {@code false}, {@code null}, arrays and
     * objects) in one document: more than a scenario file of 16 MiB of real members can hold
     * (each takes 9 bytes or more), so that 16 MiB of {@code [1,1,1,...]} cannot make a tree of
     * eight million nodes.
     */
    static final int MAX_VALUES = 2_000_000;

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");
    private static final int SNIPPET = 16;

    private StrictJson() {
    }

    /** An object or array being filled: its members' names so far, and the name of the next. */
    private static final class Frame {
        final JsonElement container;
        final Set<String> names = new HashSet<>();
        String pendingName;

        Frame(JsonElement container) {
            this.container = container;
        }

        void add(JsonElement value) {
            if (container instanceof JsonObject object) {
                object.add(pendingName, value);
                pendingName = null;
            } else {
                ((JsonArray) container).add(value);
            }
        }
    }

    /**
     * The tree of {@code text}.
     *
     * @throws ScenarioException naming the place and what is wrong
     */
    static JsonElement parse(String text) {
        return parse(text, MAX_VALUES);
    }

    /** {@link #parse(String)} with another limit of values, for tests. */
    static JsonElement parse(String text, int maxValues) {
        if (text.isBlank()) {
            throw new ScenarioException("the file is " + (text.isEmpty() ? "empty" : "only white space")
                    + "; a scenario is one JSON object, such as {\"connections\": []}");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            return read(reader, text, maxValues);
        } catch (IOException | IllegalStateException | NumberFormatException malformed) {
            throw new ScenarioException(syntaxError(malformed.getMessage(), text), malformed);
        }
    }

    private static JsonElement read(JsonReader reader, String text, int maxValues) throws IOException {
        Deque<Frame> open = new ArrayDeque<>();
        JsonElement root = null;
        int values = 0;
        while (root == null) {
            JsonToken token = reader.peek();
            JsonElement value;
            if (token != JsonToken.NAME && token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT
                    && ++values > maxValues) {
                throw new ScenarioException(place(reader) + ": more than " + String.format(Locale.ROOT, "%,d",
                        maxValues) + " JSON values; no scenario needs as many");
            }
            switch (token) {
                case BEGIN_OBJECT:
                case BEGIN_ARRAY:
                    if (open.size() == MAX_DEPTH) {
                        throw new ScenarioException(place(reader) + ": nested deeper than " + MAX_DEPTH
                                + " levels of arrays and objects (a scenario needs 4)");
                    }
                    if (token == JsonToken.BEGIN_OBJECT) {
                        reader.beginObject();
                        open.push(new Frame(new JsonObject()));
                    } else {
                        reader.beginArray();
                        open.push(new Frame(new JsonArray()));
                    }
                    continue;
                case NAME:
                    String name = reader.nextName();
                    Frame frame = open.peek();
                    if (!frame.names.add(name)) {
                        throw new ScenarioException(place(reader) + ": duplicate member \"" + Escaper.snippet(name)
                                + "\"; a member appears at most once in an object");
                    }
                    frame.pendingName = name;
                    continue;
                case END_OBJECT:
                    reader.endObject();
                    value = open.pop().container;
                    break;
                case END_ARRAY:
                    reader.endArray();
                    value = open.pop().container;
                    break;
                case STRING:
                    value = new JsonPrimitive(reader.nextString());
                    break;
                case NUMBER:
                    value = number(reader);
                    break;
                case BOOLEAN:
                    value = new JsonPrimitive(reader.nextBoolean());
                    break;
                case NULL:
                    reader.nextNull();
                    value = JsonNull.INSTANCE;
                    break;
                default:
                    throw new ScenarioException(place(reader) + ": the document ends before its value does");
            }
            if (open.isEmpty()) {
                root = value;
            } else {
                open.peek().add(value);
            }
        }
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new ScenarioException(place(reader) + ": more than one JSON document (" + near(reader, text) + ")");
        }
        return root;
    }

    private static JsonElement number(JsonReader reader) throws IOException {
        String where = place(reader);
        String literal = reader.nextString();
        if (literal.length() > MAX_NUMBER_LENGTH) {
            throw new ScenarioException(where + ": a number of " + literal.length() + " characters; at most "
                    + MAX_NUMBER_LENGTH);
        }
        try {
            return new JsonPrimitive(new BigDecimal(literal));
        } catch (NumberFormatException outOfRange) {
            throw new ScenarioException(where + ": the number " + literal + " is out of any range", outOfRange);
        }
    }

    /** {@code line 3, column 17 ($.connections[0])}: where the reader is. */
    private static String place(JsonReader reader) {
        Matcher m = LOCATION.matcher(reader.toString());
        return m.find() ? "line " + m.group(1) + ", column " + m.group(2) + " (" + m.group(3) + ")" : reader.getPath();
    }

    /** What Gson says is wrong, as {@code line L, column C ($.path): not valid JSON ...: reason near "..."}. */
    private static String syntaxError(String message, String text) {
        String reason = message == null ? "" : message;
        int advice = reason.indexOf("\nSee ");
        if (advice >= 0) {
            reason = reason.substring(0, advice);
        }
        reason = reason.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "");
        Matcher m = LOCATION.matcher(reason);
        String where = "";
        String snippet = "";
        if (m.find()) {
            where = "line " + m.group(1) + ", column " + m.group(2) + " (" + m.group(3) + "): ";
            snippet = near(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            reason = reason.substring(0, m.start()) + reason.substring(m.end());
        }
        reason = reason.strip();
        if (reason.startsWith("End of input")) {
            reason = "the file ends before the document does (cut short?)";
        }
        return where + "not valid JSON (strict: no comments, no trailing commas, one document)"
                + (reason.isEmpty() ? "" : ": " + decapitalize(reason)) + (snippet.isEmpty() ? "" : ", " + snippet);
    }

    private static String near(JsonReader reader, String text) {
        Matcher m = LOCATION.matcher(reader.toString());
        return m.find() ? near(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : "";
    }

    /** {@code near "/* comment"}: the text from just before Gson's position, escaped, on one line. */
    private static String near(String text, int line, int column) {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0) {
            return "";
        }
        int from = Math.min(text.length(), start + Math.max(0, column - 2));
        int to = from;
        while (to < text.length() && to - from < SNIPPET && text.charAt(to) != '\n') {
            to++;
        }
        return from == to ? "at the end of the file" : "near \"" + Escaper.escape(text.substring(from, to)) + "\"";
    }

    private static String decapitalize(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
