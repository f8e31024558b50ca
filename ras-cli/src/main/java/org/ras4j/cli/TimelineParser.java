package org.ras4j.cli;

import com.google.gson.JsonElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ras4j.ConnectionState;

/**
 * Reads the {@code timeline} member of a scenario file (README.md, "Scenario files"): an array of
 * changes, each with {@code at} (an offset such as {@code "2.5s"}, see {@link DurationText}),
 * {@code change} and the members that change takes:
 * <ul>
 *   <li>{@code connect}: {@code connection}, a connection as in {@code connections[]} (its
 *       {@code state} may be {@code dialing} or {@code dropped} too);</li>
 *   <li>{@code advance}: {@code entryName}, {@code state} (a {@code RASCS_} name: a dialling state,
 *       or {@code Connected});</li>
 *   <li>{@code drop}: {@code entryName}, {@code error} (the {@code dwError} reason);</li>
 *   <li>{@code subState}: {@code entryName}, {@code subState} (a {@code RASCSS_} value);</li>
 *   <li>{@code hangUp}: {@code entryName}.</li>
 * </ul>
 * Every change's connection must be live at its offset: connected by the scenario or by an
 * earlier {@code connect}, not yet hung up. Checked here, so a typo fails before anything runs.
 */
final class TimelineParser {
    /** The most changes a timeline may have. */
    static final int MAX_CHANGES = 65_536;

    private static final Map<String, Set<String>> MEMBERS = Map.of(
            "connect", Set.of("at", "change", "connection"),
            "advance", Set.of("at", "change", "entryName", "state"),
            "drop", Set.of("at", "change", "entryName", "error"),
            "subState", Set.of("at", "change", "entryName", "subState"),
            "hangUp", Set.of("at", "change", "entryName"));

    private TimelineParser() {
    }

    /**
     * The timeline {@code elements} state, checked against the scenario's {@code connections}.
     *
     * @throws ScenarioException naming the place of the first problem
     */
    static ScenarioTimeline parse(List<JsonElement> elements, List<Scenario.Connection> connections) {
        if (elements.size() > MAX_CHANGES) {
            throw new ScenarioException("timeline: " + elements.size() + " changes; at most " + MAX_CHANGES);
        }
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            parsed.add(change(elements.get(i), "timeline[" + i + "]"));
        }
        checkLive(parsed, connections);
        return new ScenarioTimeline(parsed.stream().map(Parsed::change).toList());
    }

    /** A change and the entry name it concerns (lower case; for connect, the one it makes). */
    private record Parsed(ScenarioTimeline.Change change, String entryName, boolean connects, boolean hangsUp) {
    }

    private static Parsed change(JsonElement element, String path) {
        JsonMembers any = JsonMembers.of(element, path, Set.of("at", "change", "connection", "entryName", "state",
                "error", "subState"));
        String kind = any.string("change");
        Set<String> allowed = MEMBERS.get(kind);
        if (allowed == null) {
            throw new ScenarioException(any.path("change") + ": '" + kind + "' is not one of "
                    + MEMBERS.keySet().stream().sorted().toList());
        }
        JsonMembers m = JsonMembers.of(element, path, allowed);
        Duration at;
        try {
            at = DurationText.parse(m.string("at"));
        } catch (IllegalArgumentException bad) {
            throw new ScenarioException(m.path("at") + ": " + bad.getMessage(), bad);
        }
        if (kind.equals("connect")) {
            Scenario.Connection connection = ConnectionParser.parse(m.element("connection")
                    .orElseThrow(() -> new ScenarioException(m.path("connection") + ": missing")), m.path("connection"));
            String name = connection.attributes().entryName();
            return new Parsed(new ScenarioTimeline.Change(path, at, "connect " + name,
                    ras -> Scenario.setUp(ras, connection)), lower(name), true, false);
        }
        String name = m.string("entryName");
        switch (kind) {
            case "advance": {
                ConnectionState state = ScenarioParser.stateNamed(m.string("state"), m.path("state"));
                if (state.isDisconnected()) {
                    throw new ScenarioException(m.path("state") + ": a line goes to RASCS_Disconnected by"
                            + " \"change\": \"drop\" with its \"error\"");
                }
                return new Parsed(new ScenarioTimeline.Change(path, at, "advance " + name + " to " + state.shortName(),
                        ras -> ras.advance(ScenarioTimeline.handleOf(ras, name), state)), lower(name), false, false);
            }
            case "drop": {
                int error = m.optionalDword("error").orElseThrow(() -> new ScenarioException(m.path("error") + ": missing"));
                return new Parsed(new ScenarioTimeline.Change(path, at, "drop " + name + " with dwError "
                        + Integer.toUnsignedString(error), ras -> ras.drop(ScenarioTimeline.handleOf(ras, name), error)),
                        lower(name), false, false);
            }
            case "subState": {
                int subState = m.optionalDword("subState")
                        .orElseThrow(() -> new ScenarioException(m.path("subState") + ": missing"));
                return new Parsed(new ScenarioTimeline.Change(path, at, "sub-state of " + name + " to "
                        + Integer.toUnsignedString(subState),
                        ras -> ras.changeSubState(ScenarioTimeline.handleOf(ras, name), subState)), lower(name), false, false);
            }
            default:
                return new Parsed(new ScenarioTimeline.Change(path, at, "hang up " + name,
                        ras -> ras.hangUp(ScenarioTimeline.handleOf(ras, name))), lower(name), false, true);
        }
    }

    /** Plays the changes in time order on a count of live connections per name: each needs its connection. */
    private static void checkLive(List<Parsed> changes, List<Scenario.Connection> connections) {
        Map<String, Integer> live = new HashMap<>();
        for (Scenario.Connection c : connections) {
            live.merge(lower(c.attributes().entryName()), 1, Integer::sum);
        }
        List<Parsed> inTimeOrder = new ArrayList<>(changes);
        inTimeOrder.sort(Comparator.comparing(p -> p.change().at())); // stable: same offset keeps file order
        for (Parsed p : inTimeOrder) {
            if (p.connects()) {
                live.merge(p.entryName(), 1, Integer::sum);
                continue;
            }
            if (live.getOrDefault(p.entryName(), 0) < 1) {
                throw new ScenarioException(p.change().path() + ".entryName: no connection named '" + p.entryName()
                        + "' is live at " + DurationText.format(p.change().at())
                        + " (set up in connections[] or by an earlier connect, and not hung up before)");
            }
            if (p.hangsUp()) {
                live.merge(p.entryName(), -1, Integer::sum);
            }
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
