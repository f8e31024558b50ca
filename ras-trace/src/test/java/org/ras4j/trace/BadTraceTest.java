package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ras4j.spi.WindowsProfile;

/** Every kind of bad trace gets a {@link TraceException} that names its line and what is wrong. */
class BadTraceTest {
    private static final Trace TRACE = Capture.run(Machines.busy(WindowsProfile.windows10x64()),
            WindowsProfile.windows10x64());
    private static final List<String> LINES = Arrays.asList(TRACE.toText().split("\n"));

    /** The line of the first successful listing with at least one entry. */
    private static int listingLine() {
        return TRACE.calls().stream().filter(c -> c.input().function() == TraceFunction.ENUM_CONNECTIONS
                && c.output().result() == 0 && c.output().count() != null && c.output().count() > 0)
                .findFirst().orElseThrow().line();
    }

    private static String edited(int line, Consumer<JsonObject> edit) {
        List<String> lines = new ArrayList<>(LINES);
        JsonObject object = JsonParser.parseString(lines.get(line - 1)).getAsJsonObject();
        edit.accept(object);
        lines.set(line - 1, object.toString());
        return String.join("\n", lines) + "\n";
    }

    private static TraceException refused(String text, int line, String detail) {
        TraceException e = assertThrows(TraceException.class, () -> Trace.parse(text));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
        return e;
    }

    @Test
    void aTruncatedLastLine() {
        String text = TRACE.toText();
        String cut = text.substring(0, text.length() - 40);
        refused(cut, LINES.size(), "malformed or truncated JSON");
    }

    @Test
    void missingCalls() {
        String text = String.join("\n", LINES.subList(0, LINES.size() - 2)) + "\n";
        refused(text, LINES.size() - 1, "the file ends after " + (TRACE.calls().size() - 2) + " calls");
    }

    @Test
    void anotherSchema() {
        refused(edited(1, o -> o.addProperty("schema", "har")), 1, "not a ras4j trace: schema \"har\"");
    }

    @Test
    void aNewerMajorVersion() {
        refused(edited(1, o -> o.addProperty("version", 2)), 1, "trace format version 2 is newer than this ras4j reads");
    }

    @Test
    void unknownMembersAreIgnored() {
        String text = edited(1, o -> o.addProperty("comment", "added by a newer minor version"));
        assertEquals(TRACE.calls(), Trace.parse(edited(2, o -> o.addProperty("extra", 1)).replace(LINES.get(0),
                JsonParser.parseString(text.split("\n")[0]).toString())).calls());
    }

    @Test
    void bytesBeyondTheRecordedLpcb() {
        int line = listingLine();
        refused(edited(line, o -> o.addProperty("bytes", o.get("bytes").getAsString() + "00")), line,
                "member \"bytes\": ");
    }

    @Test
    void aHandEditedCountIsRefusedByTheReplay() {
        int line = listingLine();
        Trace edited = Trace.parse(edited(line, o -> o.addProperty("countOut", o.get("countOut").getAsLong() + 1)));
        TraceException e = assertThrows(TraceException.class, () -> ReplayBackend.of(edited));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().contains("the count does not match the bytes"), e.getMessage());
    }

    @Test
    void malformedHex() {
        int line = listingLine();
        refused(edited(line, o -> o.addProperty("bytes", "zz" + o.get("bytes").getAsString().substring(2))), line,
                "not a hexadecimal digit at character 0");
        refused(edited(line, o -> o.addProperty("bytes", o.get("bytes").getAsString().substring(1))), line,
                "an odd number of hexadecimal digits");
    }

    @Test
    void aDuplicateMember() {
        String line2 = LINES.get(1);
        String dup = line2.substring(0, line2.length() - 1) + ",\"result\":0}";
        List<String> lines = new ArrayList<>(LINES);
        lines.set(1, dup);
        refused(String.join("\n", lines) + "\n", 2, "duplicate member \"result\"");
    }

    @Test
    void aMissingOrIllTypedMember() {
        refused(edited(3, o -> o.remove("result")), 3, "member \"result\": missing");
        refused(edited(3, o -> o.addProperty("result", "0")), 3, "member \"result\": expected an integer");
        refused(edited(3, o -> o.addProperty("result", 4294967296L)), 3, "out of range");
        refused(edited(3, o -> o.addProperty("call", 7)), 3, "the call on this line is number 1");
    }

    @Test
    void anEmptyOrForeignFile() {
        refused("", 1, "empty file");
        refused("[1,2]\n", 1, "not a JSON object");
        refused("{\"schema\": \"ras4j-trace\", \"version\": 1}\n", 1, "member \"abi\": missing");
    }
}
