package org.ras4j.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ras4j.ConnectionState;

/**
 * Reads a scenario file: strict JSON (RFC 8259, no comments) whose members README.md documents
 * under "Scenario files". Every member is checked; an unknown one is an error, so that a typo
 * does not silently change a test.
 *
 * <pre>{@code
 * {
 *   "profile": "windows10x64",
 *   "connections": [
 *     {"entryName": ".5550123", "deviceType": "modem", "deviceName": "Standard 56000 bps Modem"},
 *     {"entryName": "Büro-VPN", "deviceType": "vpn", "state": "dialing", "dialState": "Authenticate"}
 *   ],
 *   "failNextCalls": [{"call": "RasEnumConnections", "error": 632}]
 * }
 * }</pre>
 */
final class ScenarioParser {
    private static final Set<String> TOP = Set.of("description", "profile", "serviceStopped", "connections",
            "failNextCalls", "timeline");
    private static final Set<String> FAILURE = Set.of("call", "error");
    private static final Pattern CALL = Pattern.compile("RasEnumConnections[AW]?|RasGetConnectStatus[AW]?");

    private ScenarioParser() {
    }

    /**
     * The scenario {@code json} states.
     *
     * @throws ScenarioException naming the place of the first problem
     */
    static Scenario parse(String json) {
        JsonMembers top = JsonMembers.of(parseStrict(json), "", TOP);
        top.optionalString("description");
        List<Scenario.Connection> connections = new ArrayList<>();
        List<JsonElement> connectionElements = top.array("connections");
        for (int i = 0; i < connectionElements.size(); i++) {
            connections.add(ConnectionParser.parse(connectionElements.get(i), "connections[" + i + "]"));
        }
        boolean serviceStopped = top.flag("serviceStopped");
        if (serviceStopped && !connections.isEmpty()) {
            throw new ScenarioException("serviceStopped: a stopped RAS service has no connection;"
                    + " remove the connections or the flag");
        }
        List<Scenario.Failure> failures = new ArrayList<>();
        List<JsonElement> failureElements = top.array("failNextCalls");
        for (int i = 0; i < failureElements.size(); i++) {
            String path = "failNextCalls[" + i + "]";
            JsonMembers failure = JsonMembers.of(failureElements.get(i), path, FAILURE);
            String call = failure.string("call");
            if (!CALL.matcher(call).matches()) {
                throw new ScenarioException(failure.path("call") + ": '" + call + "' is not one of"
                        + " RasEnumConnections, RasGetConnectStatus (optionally with A or W)");
            }
            int code = failure.optionalDword("error")
                    .orElseThrow(() -> new ScenarioException(failure.path("error") + ": missing"));
            if (code == 0) {
                throw new ScenarioException(failure.path("error") + ": 0 is ERROR_SUCCESS, not a failure");
            }
            failures.add(new Scenario.Failure(path, call, code));
        }
        return new Scenario(top.optionalString("profile"), serviceStopped, connections, failures,
                TimelineParser.parse(top.array("timeline"), connections));
    }

    private static JsonElement parseStrict(String json) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            reader.peek(); // in strict mode, anything after the document is malformed
            return element;
        } catch (JsonParseException | IOException | IllegalStateException malformed) {
            throw new ScenarioException("not valid JSON (strict: no comments, no trailing commas, one document): "
                    + plain(rootCause(malformed).getMessage()), malformed);
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Gson's message without its advice to be lenient and its link. */
    private static String plain(String message) {
        String text = message == null ? "malformed" : message;
        int advice = text.indexOf("\nSee ");
        if (advice >= 0) {
            text = text.substring(0, advice);
        }
        return text.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON ", "");
    }

    /** The connection state named {@code name} ({@code Authenticate} or {@code RASCS_Authenticate}). */
    static ConnectionState stateNamed(String name, String path) {
        return ConnectionState.named(name)
                .orElseThrow(() -> new ScenarioException(path + ": no RASCONNSTATE is called '" + name + "'"));
    }
}
