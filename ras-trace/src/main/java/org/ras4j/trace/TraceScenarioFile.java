package org.ras4j.trace;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Optional;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatistics;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.TunnelEndpoint;
import org.ras4j.sim.Negotiation;
import org.ras4j.spi.WindowsProfile;

/**
 * The state a trace shows ({@link TraceScenario}) as a scenario file of {@code ras4j --scenario} (the format
 * README.md describes under "Scenario files"): {@code profile}, and per connection its {@code RASCONN}
 * members, its status ({@code state}, {@code dialState} or {@code error}, {@code phoneNumber}, end points,
 * {@code subState}), what it negotiated, and of its statistics what the format can say ({@code bps},
 * {@code connectedSeconds}; the byte counters stay 0).
 */
public final class TraceScenarioFile {
    private TraceScenarioFile() {
    }

    /**
     * {@return the scenario file of the state {@code trace} shows, on the profile its header names}
     *
     * @param trace the trace
     * @throws TraceException if the header names no profile ras4j knows
     */
    public static String json(Trace trace) {
        WindowsProfile profile = TraceScenario.profileOf(trace);
        TraceState state = TraceState.of(trace, profile);
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("description").value("converted from a ras4j trace recorded " + trace.header().recordedAt()
                    + trace.header().windows().map(w -> " on " + w).orElse(""));
            json.name("profile").value(profile.id());
            json.name("connections").beginArray();
            for (RasConnection c : state.connections()) {
                connection(json, c, state.of(c.handle().bits()));
            }
            json.endArray();
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void connection(JsonWriter json, RasConnection c, TraceState.Details d) throws IOException {
        json.beginObject();
        json.name("entryName").value(c.entryName());
        optional(json, "deviceType", c.deviceType());
        optional(json, "deviceName", c.deviceName());
        optional(json, "phonebook", c.phonebook());
        if (c.subEntry().isPresent()) {
            json.name("subEntry").value(Integer.toUnsignedLong(c.subEntry().getAsInt()));
        }
        optional(json, "entryId", c.entryId().map(Object::toString));
        if (c.flags().isPresent()) {
            json.name("flags").value(Integer.toUnsignedLong(c.flags().get().bits()));
        }
        if (c.luid().isPresent()) {
            json.name("luid").beginObject().name("highPart").value(c.luid().get().highPart())
                    .name("lowPart").value(Integer.toUnsignedLong(c.luid().get().lowPart())).endObject();
        }
        optional(json, "correlationId", c.correlationId().map(Object::toString));
        if (d.status().isPresent()) {
            status(json, d.status().get());
        }
        Optional<Negotiation> negotiation = TraceScenario.negotiation(d);
        if (negotiation.isPresent()) {
            negotiation(json, negotiation.get());
        }
        if (d.statistics().isPresent()) {
            ConnectionStatistics s = d.statistics().get();
            json.name("statistics").beginObject().name("bps").value(s.bitsPerSecond())
                    .name("connectedSeconds").value(s.connectDuration().toSeconds()).endObject();
        }
        json.endObject();
    }

    private static void status(JsonWriter json, ConnectionStatus s) throws IOException {
        optional(json, "phoneNumber", s.phoneNumber());
        optional(json, "localEndPoint", s.localEndPoint().flatMap(TunnelEndpoint::address).map(InetAddress::getHostAddress));
        optional(json, "remoteEndPoint", s.remoteEndPoint().flatMap(TunnelEndpoint::address)
                .map(InetAddress::getHostAddress));
        if (s.subState().isPresent() && s.subState().getAsInt() != 0) {
            json.name("subState").value(Integer.toUnsignedLong(s.subState().getAsInt()));
        }
        if (s.state().equals(ConnectionState.DISCONNECTED)) {
            json.name("state").value("dropped");
            json.name("error").value(Integer.toUnsignedLong(s.errorCode()));
        } else if (!s.state().equals(ConnectionState.CONNECTED)) {
            json.name("state").value("dialing");
            json.name("dialState").value(s.state().shortName());
        }
    }

    private static void negotiation(JsonWriter json, Negotiation n) throws IOException {
        json.name("protocol").value(n.protocol() == Negotiation.Protocol.IKEV2 ? "ikev2" : "ppp");
        optional(json, "ipv4", n.ipv4().map(InetAddress::getHostAddress));
        optional(json, "serverIpv4", n.ipv4Server().map(InetAddress::getHostAddress));
        optional(json, "ipv6", n.ipv6().map(InetAddress::getHostAddress));
        optional(json, "serverIpv6", n.ipv6Server().map(InetAddress::getHostAddress));
        if (!n.ipv4ServerAddresses().isEmpty() || !n.ipv6ServerAddresses().isEmpty()) {
            json.name("serverAddresses").beginArray();
            for (InetAddress a : n.ipv4ServerAddresses()) {
                json.value(a.getHostAddress());
            }
            for (InetAddress a : n.ipv6ServerAddresses()) {
                json.value(a.getHostAddress());
            }
            json.endArray();
        }
    }

    private static void optional(JsonWriter json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.name(name).value(value.get());
        }
    }
}
