package org.ras4j.cli;

import com.google.gson.JsonElement;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ras4j.ConnectionFlag;
import org.ras4j.ConnectionFlags;
import org.ras4j.ConnectionState;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.TunnelEndpoint;
import org.ras4j.sim.StatusDetails;

/**
 * Reads one member of a scenario file's {@code connections}: the {@code RASCONN} members under the
 * names {@code ras4j list --json} prints, the {@code RASCONNSTATUS} extras, and where the
 * connection is in its life ({@code state}, {@code dialState}, {@code error}, {@code links}).
 */
final class ConnectionParser {
    private static final Set<String> MEMBERS = Set.of("entryName", "deviceType", "deviceName", "phonebook",
            "subEntry", "entryId", "flags", "luid", "correlationId", "phoneNumber", "localEndPoint",
            "remoteEndPoint", "subState", "state", "dialState", "error", "links");
    private static final Set<String> LUID = Set.of("highPart", "lowPart");
    /** An address literal: never a host name, so that reading a scenario never asks DNS. */
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final int MAX_LINKS = 64;
    /** The longest IPv6 literal ({@code ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255}), checked before any pattern. */
    private static final int MAX_ADDRESS_LENGTH = 45;

    private ConnectionParser() {
    }

    /** The connection {@code element} states; {@code path} names it in messages. */
    static Scenario.Connection parse(JsonElement element, String path) {
        JsonMembers m = JsonMembers.of(element, path, withInspection(MEMBERS));
        RasConnection.Builder b = RasConnection.builder(RasHandle.NULL, m.string("entryName"));
        m.optionalString("deviceType").ifPresent(b::deviceType);
        m.optionalString("deviceName").ifPresent(b::deviceName);
        m.optionalString("phonebook").ifPresent(b::phonebook);
        m.optionalDword("subEntry").ifPresent(b::subEntry);
        m.optionalString("entryId").map(v -> uuid(v, m.path("entryId"))).ifPresent(b::entryId);
        m.element("flags").map(v -> flags(v, m.path("flags"))).ifPresent(b::flags);
        m.element("luid").map(v -> luid(v, m.path("luid"))).ifPresent(b::luid);
        m.optionalString("correlationId").map(v -> uuid(v, m.path("correlationId"))).ifPresent(b::correlationId);
        RasConnection attributes = b.build();

        StatusDetails details = StatusDetails.defaultsFor(attributes);
        Optional<String> phoneNumber = m.optionalString("phoneNumber");
        if (phoneNumber.isPresent()) {
            details = new StatusDetails(phoneNumber.get(), details.localEndPoint(), details.remoteEndPoint(),
                    details.subState());
        }
        details = details.withEndPoints(
                m.optionalString("localEndPoint").map(v -> endpoint(v, m.path("localEndPoint")))
                        .orElse(details.localEndPoint()),
                m.optionalString("remoteEndPoint").map(v -> endpoint(v, m.path("remoteEndPoint")))
                        .orElse(details.remoteEndPoint()));
        OptionalInt subState = m.optionalDword("subState");
        if (subState.isPresent()) {
            details = details.withSubState(subState.getAsInt());
        }
        return lifecycle(m, path, attributes, details).withInspect(InspectParser.parse(m));
    }

    private static Set<String> withInspection(Set<String> members) {
        Set<String> all = new java.util.HashSet<>(members);
        all.addAll(InspectParser.MEMBERS);
        return Set.copyOf(all);
    }

    private static Scenario.Connection lifecycle(JsonMembers m, String path, RasConnection attributes,
                                                 StatusDetails details) {
        String stateName = m.optionalString("state").orElse("connected").toLowerCase(Locale.ROOT);
        Scenario.Lifecycle lifecycle;
        switch (stateName) {
            case "connected":
                lifecycle = Scenario.Lifecycle.CONNECTED;
                break;
            case "dialing":
            case "dialling":
                lifecycle = Scenario.Lifecycle.DIALING;
                break;
            case "dropped":
                lifecycle = Scenario.Lifecycle.DROPPED;
                break;
            default:
                throw new ScenarioException(m.path("state") + ": '" + stateName
                        + "' is not connected, dialing or dropped");
        }
        if (m.has("dialState") && lifecycle != Scenario.Lifecycle.DIALING) {
            throw new ScenarioException(m.path("dialState") + ": only a connection with \"state\": \"dialing\" has one");
        }
        if (m.has("error") && lifecycle != Scenario.Lifecycle.DROPPED) {
            throw new ScenarioException(m.path("error") + ": only a connection with \"state\": \"dropped\" has one");
        }
        ConnectionState dialState = m.optionalString("dialState")
                .map(name -> ScenarioParser.stateNamed(name, m.path("dialState")))
                .orElse(ConnectionState.CONNECT_DEVICE);
        if (dialState.isConnected() || dialState.isDisconnected()) {
            throw new ScenarioException(m.path("dialState") + ": " + dialState + " is not a dialling state");
        }
        int error = 0;
        if (lifecycle == Scenario.Lifecycle.DROPPED) {
            error = m.optionalDword("error")
                    .orElseThrow(() -> new ScenarioException(m.path("error") + ": a dropped connection needs"
                            + " the reason its line dropped, e.g. 628"));
        }
        int links = (int) m.optionalLong("links", 2, MAX_LINKS).orElse(0);
        if (links > 0 && lifecycle == Scenario.Lifecycle.DIALING) {
            throw new ScenarioException(m.path("links") + ": the simulator dials single-link connections only");
        }
        return new Scenario.Connection(path, attributes, details, lifecycle, dialState, error, links);
    }

    private static UUID uuid(String value, String path) {
        try {
            UUID uuid = UUID.fromString(value);
            if (!uuid.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException(value);
            }
            return uuid;
        } catch (IllegalArgumentException notAUuid) {
            throw new ScenarioException(path + ": '" + Escaper.snippet(value) + "' is not a GUID like"
                    + " 3f2504e0-4f89-11d3-9a0c-0305e82c3301", notAUuid);
        }
    }

    private static ConnectionFlags flags(JsonElement value, String path) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            return new ConnectionFlags((int) JsonMembers.integer(value, path, 0, 0xFFFF_FFFFL));
        }
        if (!value.isJsonArray()) {
            throw new ScenarioException(path + ": expected a number or an array of flag names");
        }
        int bits = 0;
        for (JsonElement name : value.getAsJsonArray()) {
            bits |= flagNamed(name, path).mask();
        }
        return new ConnectionFlags(bits);
    }

    private static ConnectionFlag flagNamed(JsonElement name, String path) {
        if (name.isJsonPrimitive() && name.getAsJsonPrimitive().isString()) {
            for (ConnectionFlag flag : ConnectionFlag.values()) {
                if (flag.name().equals(name.getAsString())) {
                    return flag;
                }
            }
        }
        throw new ScenarioException(path + ": " + Escaper.snippet(name.toString()) + " is not one of "
                + List.of(ConnectionFlag.values()));
    }

    private static Luid luid(JsonElement value, String path) {
        JsonMembers m = JsonMembers.of(value, path, LUID);
        long high = m.optionalLong("highPart", Integer.MIN_VALUE, Integer.MAX_VALUE)
                .orElseThrow(() -> new ScenarioException(m.path("highPart") + ": missing"));
        int low = m.optionalDword("lowPart").orElseThrow(() -> new ScenarioException(m.path("lowPart") + ": missing"));
        return new Luid(low, (int) high);
    }

    private static TunnelEndpoint endpoint(String value, String path) {
        String notAnAddress = path + ": '" + Escaper.snippet(value) + "' is not an IPv4 or IPv6 address literal";
        if (value.length() > MAX_ADDRESS_LENGTH || !IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
            throw new ScenarioException(notAnAddress);
        }
        try {
            return TunnelEndpoint.of(InetAddress.getByName(value));
        } catch (UnknownHostException unknown) {
            throw new ScenarioException(notAnAddress, unknown);
        }
    }
}
