package org.ras4j.cli;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import com.google.gson.JsonElement;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.Traffic;

/**
 * Reads the members of a scenario connection that say what inspecting it reports
 * (docs/contract.md §8): its {@code statistics} and what it negotiated ({@code protocol},
 * {@code ipv4}, {@code serverIpv4}, {@code ipv6}, {@code serverIpv6}, {@code serverAddresses}).
 * Addresses are literals, never looked up; every problem names its place.
 */
final class InspectParser {
    /** The connection members this parser reads. */
    static final Set<String> MEMBERS = Set.of("statistics", "protocol", "ipv4", "serverIpv4", "ipv6", "serverIpv6",
            "serverAddresses");
    private static final Set<String> STATISTICS = Set.of("bps", "bytesSentPerSecond", "bytesReceivedPerSecond",
            "connectedSeconds");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final long DWORD = 0xFFFF_FFFFL;
    /** The longest a scenario connection may have been connected: what a DWORD of milliseconds holds. */
    private static final long MAX_CONNECTED_SECONDS = DWORD / 1000;

    private InspectParser() {
    }

    /**
     * The inspection members of the connection {@code m} reads.
     *
     * @throws ScenarioException naming the place of the first problem
     */
    static Scenario.Inspect parse(JsonMembers m) {
        return new Scenario.Inspect(traffic(m), negotiation(m));
    }

    private static Optional<Traffic> traffic(JsonMembers m) {
        Optional<JsonElement> element = m.element("statistics");
        if (element.isEmpty()) {
            return Optional.empty();
        }
        JsonMembers s = JsonMembers.of(element.get(), m.path("statistics"), STATISTICS);
        Traffic steady = Traffic.steady(s.optionalLong("bps", 0, DWORD).orElse(0),
                s.optionalLong("bytesSentPerSecond", 0, DWORD).orElse(0),
                s.optionalLong("bytesReceivedPerSecond", 0, DWORD).orElse(0));
        long connectedMillis = 1000 * s.optionalLong("connectedSeconds", 0, MAX_CONNECTED_SECONDS).orElse(0);
        // The scenario's moment: counters as they stand after that long connected, moving on from there.
        return Optional.of(new Traffic(steady.after(connectedMillis), steady.bytesSentPerSecond(),
                steady.bytesReceivedPerSecond(), steady.framesSentPerSecond(), steady.framesReceivedPerSecond()));
    }

    private static Optional<Negotiation> negotiation(JsonMembers m) {
        boolean any = m.has("protocol") || m.has("ipv4") || m.has("ipv6") || m.has("serverAddresses");
        if (!any) {
            if (m.has("serverIpv4") || m.has("serverIpv6")) {
                throw new ScenarioException(m.path(m.has("serverIpv4") ? "serverIpv4" : "serverIpv6")
                        + ": a server address needs the client's (\"ipv4\" or \"ipv6\")");
            }
            return Optional.empty();
        }
        String protocolName = m.optionalString("protocol").orElse("ppp").toLowerCase(Locale.ROOT);
        Negotiation.Protocol protocol;
        switch (protocolName) {
            case "ppp":
                protocol = Negotiation.Protocol.PPP;
                break;
            case "ikev2":
                protocol = Negotiation.Protocol.IKEV2;
                break;
            default:
                throw new ScenarioException(m.path("protocol") + ": '" + protocolName + "' is not ppp or ikev2");
        }
        List<Inet4Address> v4 = new ArrayList<>();
        List<Inet6Address> v6 = new ArrayList<>();
        List<JsonElement> servers = m.array("serverAddresses");
        for (int i = 0; i < servers.size(); i++) {
            String path = m.path("serverAddresses") + "[" + i + "]";
            JsonElement e = servers.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw new ScenarioException(path + ": expected an address literal");
            }
            InetAddress address = literal(e.getAsString(), path);
            if (address instanceof Inet4Address a) {
                v4.add(a);
            } else {
                v6.add((Inet6Address) address);
            }
        }
        try {
            return Optional.of(new Negotiation(protocol,
                    m.optionalString("ipv4").map(v -> ipv4(v, m.path("ipv4"))),
                    m.optionalString("serverIpv4").map(v -> ipv4(v, m.path("serverIpv4"))),
                    m.optionalString("ipv6").map(v -> ipv6(v, m.path("ipv6"))),
                    m.optionalString("serverIpv6").map(v -> ipv6(v, m.path("serverIpv6"))), v4, v6));
        } catch (IllegalArgumentException impossible) {
            throw new ScenarioException(m.path("protocol") + ": " + impossible.getMessage(), impossible);
        }
    }

    private static Inet4Address ipv4(String value, String path) {
        if (!IPV4.matcher(value).matches()) {
            throw new ScenarioException(path + ": '" + value + "' is not an IPv4 address literal");
        }
        return (Inet4Address) literal(value, path);
    }

    private static Inet6Address ipv6(String value, String path) {
        InetAddress address = IPV6.matcher(value).matches() ? literal(value, path) : null;
        if (address == null) {
            throw new ScenarioException(path + ": '" + value + "' is not an IPv6 address literal");
        }
        try {
            return Inet6Address.getByAddress(null, address.getAddress(), (NetworkInterface) null);
        } catch (UnknownHostException e) {
            throw new ScenarioException(path + ": '" + value + "' is not an IPv6 address literal", e);
        }
    }

    private static InetAddress literal(String value, String path) {
        if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
            throw new ScenarioException(path + ": '" + value + "' is not an IPv4 or IPv6 address literal");
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException notAnAddress) {
            throw new ScenarioException(path + ": '" + value + "' is not an IPv4 or IPv6 address literal", notAnAddress);
        }
    }
}
