package org.ras4j.cli;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ras4j.ConnectionState;

/**
 * Reads a scenario file: strict JSON (RFC 8259, no comments, every member once; see
 * {@link StrictJson}) whose members README.md documents under "Scenario files". Every member is
 * checked; an unknown one is an error, so that a typo does not silently change a test. At most
 * {@value #MAX_CONNECTIONS} connections, and as many sub-entries in all.
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
    /** The most connections, and the most sub-entries of all multilink connections, a scenario may have. */
    static final int MAX_CONNECTIONS = 65_536;

    private ScenarioParser() {
    }

    /**
     * The scenario {@code json} states.
     *
     * @throws ScenarioException naming the place of the first problem
     */
    static Scenario parse(String json) {
        JsonMembers top = JsonMembers.of(StrictJson.parse(json), "", TOP);
        top.optionalString("description");
        List<Scenario.Connection> connections = new ArrayList<>();
        List<JsonElement> connectionElements = top.array("connections");
        if (connectionElements.size() > MAX_CONNECTIONS) {
            throw new ScenarioException("connections: " + String.format(Locale.ROOT, "%,d", connectionElements.size())
                    + " connections; at most " + String.format(Locale.ROOT, "%,d", MAX_CONNECTIONS)
                    + ", the entries RasClient reads in one enumeration");
        }
        long subEntries = 0;
        for (int i = 0; i < connectionElements.size(); i++) {
            Scenario.Connection connection = ConnectionParser.parse(connectionElements.get(i),
                    "connections[" + i + "]");
            subEntries += connection.links();
            if (subEntries > MAX_CONNECTIONS) {
                throw new ScenarioException("connections[" + i + "].links: more than "
                        + String.format(Locale.ROOT, "%,d", MAX_CONNECTIONS) + " sub-entries in all");
            }
            connections.add(connection);
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
                throw new ScenarioException(failure.path("call") + ": '" + Escaper.snippet(call) + "' is not one of"
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

    /** The connection state named {@code name} ({@code Authenticate} or {@code RASCS_Authenticate}). */
    static ConnectionState stateNamed(String name, String path) {
        return ConnectionState.named(name)
                .orElseThrow(() -> new ScenarioException(path + ": no RASCONNSTATE is called '" + name + "'"));
    }
}
