package org.ras4j.trace;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.Ikev2Projection;
import org.ras4j.IpProjection;
import org.ras4j.Ipv6Projection;
import org.ras4j.PppProjection;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.TunnelEndpoint;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.StatusDetails;
import org.ras4j.sim.Traffic;
import org.ras4j.spi.WindowsProfile;

/**
 * A trace as a simulator state, so that a recorded state can be driven further in tests: the
 * connections of its listing with their {@code RASCONN} members, each connected, dialling or dropped
 * as its status says, with its status details, its statistics (on a clock that stands still at the
 * moment they were recorded) and what it negotiated, on the Windows profile the trace came from. The
 * same state is also given as a scenario file of {@code ras4j} ({@link TraceScenarioFile}).
 *
 * <p>A connection whose link 2 or later answered {@code RasGetLinkStatistics} is multilink with as many
 * links. What a trace cannot show is not simulated: the sub-entries' own handles, a connection the
 * listing does not show (a dialling one on Windows NT and later), and traffic rates.
 */
public final class TraceScenario {
    private TraceScenario() {
    }

    /**
     * A simulator of a trace and the handles it gave the trace's connections.
     *
     * @param simulator the simulator, on a clock that stands still
     * @param handles   the simulator's handle of each listed connection, by the trace's handle bits
     */
    public record Simulation(SimulatedRas simulator, Map<Long, RasHandle> handles) {
        /**
         * Copies the map.
         *
         * @param simulator the simulator, on a clock that stands still
         * @param handles   the simulator's handle of each listed connection, by the trace's handle bits
         */
        public Simulation {
            Objects.requireNonNull(simulator, "simulator");
            handles = Map.copyOf(handles);
        }
    }

    /**
     * {@return a simulator in the state the trace shows, on the profile its header names}
     *
     * @param trace the trace
     * @throws TraceException if the header names no profile ras4j knows, or the state is one the profile's
     *                        Windows could not have
     */
    public static Simulation simulator(Trace trace) {
        return simulator(trace, profileOf(trace));
    }

    /**
     * {@return a simulator of {@code profile} in the state the trace shows}
     *
     * @param trace   the trace
     * @param profile the Windows profile to simulate
     * @throws TraceException if the state is one the profile's Windows could not have
     */
    public static Simulation simulator(Trace trace, WindowsProfile profile) {
        TraceState state = TraceState.of(trace, profile);
        SimulatedRas sim = SimulatedRas.builder(profile).clock(() -> 0).build();
        Map<Long, RasHandle> handles = new HashMap<>();
        int index = 0;
        for (RasConnection c : state.connections()) {
            TraceState.Details d = state.of(c.handle().bits());
            try {
                handles.put(c.handle().bits(), add(sim, c, d));
            } catch (IllegalArgumentException | IllegalStateException impossible) {
                throw new TraceException(0, "connection " + index + " (\"" + c.entryName() + "\") of the trace cannot"
                        + " be simulated on " + profile.id() + ": " + impossible.getMessage(), impossible);
            }
            index++;
        }
        return new Simulation(sim, handles);
    }

    static WindowsProfile profileOf(Trace trace) {
        return trace.profile().orElseThrow(() -> new TraceException(1, "the header names no Windows profile ras4j"
                + " knows (" + trace.header().profile().map(p -> "\"" + p + "\"").orElse("null")
                + "); give one"));
    }

    private static RasHandle add(SimulatedRas sim, RasConnection c, TraceState.Details d) {
        ConnectionState state = d.status().map(ConnectionStatus::state).orElse(ConnectionState.CONNECTED);
        StatusDetails details = d.status().map(TraceScenario::details).orElse(StatusDetails.defaultsFor(c));
        RasHandle h;
        if (state.equals(ConnectionState.CONNECTED) || state.equals(ConnectionState.DISCONNECTED)) {
            h = d.links() > 1 ? sim.connectMultilink(c, details, d.links()) : sim.connect(c, details);
            d.statistics().ifPresent(s -> sim.setTraffic(h, new Traffic(s, 0, 0, 0, 0)));
            negotiation(d).ifPresent(n -> sim.setNegotiation(h, n));
            if (state.equals(ConnectionState.DISCONNECTED)) {
                sim.drop(h, d.status().orElseThrow().errorCode());
            }
        } else {
            h = sim.dial(c, details, state);
        }
        return h;
    }

    static StatusDetails details(ConnectionStatus s) {
        return new StatusDetails(s.phoneNumber().orElse(""), s.localEndPoint().orElse(TunnelEndpoint.NONE),
                s.remoteEndPoint().orElse(TunnelEndpoint.NONE), s.subState().orElse(0));
    }

    /** What the connection negotiated: from {@code RasGetProjectionInfoEx} where recorded, else {@code RASPPPIP}. */
    static Optional<Negotiation> negotiation(TraceState.Details d) {
        try {
            if (d.info().isPresent() && d.info().get() instanceof Ikev2Projection ike) {
                return Optional.of(new Negotiation(Negotiation.Protocol.IKEV2, valid(ike.ipv4NegotiationError(),
                        ike.ipv4Address()), valid(ike.ipv4NegotiationError(), ike.ipv4ServerAddress()),
                        valid(ike.ipv6NegotiationError(), ike.ipv6Address()),
                        valid(ike.ipv6NegotiationError(), ike.ipv6ServerAddress()),
                        ike.ipv4ServerAddresses().orElse(List.of()), ike.ipv6ServerAddresses().orElse(List.of())));
            }
            if (d.info().isPresent() && d.info().get() instanceof PppProjection ppp) {
                return ppp(valid(ppp.ipv4NegotiationError(), ppp.ipv4Address()),
                        valid(ppp.ipv4NegotiationError(), ppp.ipv4ServerAddress()),
                        ppp.ipv6NegotiationError() == 0 ? ppp.interfaceIdentifier() : 0,
                        ppp.ipv6NegotiationError() == 0 ? ppp.serverInterfaceIdentifier() : 0);
            }
            Optional<IpProjection> ip = d.ip().filter(p -> p.error() == 0);
            Optional<Ipv6Projection> v6 = d.ipv6().filter(p -> p.error() == 0);
            return ppp(ip.flatMap(IpProjection::address), ip.flatMap(IpProjection::serverAddress),
                    v6.map(Ipv6Projection::localInterfaceIdentifier).orElse(0L),
                    v6.map(Ipv6Projection::peerInterfaceIdentifier).orElse(0L));
        } catch (IllegalArgumentException impossible) {
            return Optional.empty();
        }
    }

    private static <T> Optional<T> valid(int error, Optional<T> address) {
        return error == 0 ? address : Optional.empty();
    }

    private static Optional<Negotiation> ppp(Optional<Inet4Address> v4, Optional<Inet4Address> v4Server, long id,
            long serverId) {
        Optional<Inet6Address> v6 = id == 0 ? Optional.empty() : Optional.of(linkLocal(id));
        Optional<Inet6Address> v6Server = id == 0 || serverId == 0 ? Optional.empty() : Optional.of(linkLocal(serverId));
        if (v4.isEmpty() && v6.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Negotiation(Negotiation.Protocol.PPP, v4, v4.isEmpty() ? Optional.empty() : v4Server,
                v6, v6Server, List.of(), List.of()));
    }

    /** {@code fe80::} with {@code id} as its interface identifier: what IPV6CP negotiated, as an address. */
    private static Inet6Address linkLocal(long id) {
        byte[] bytes = new byte[16];
        bytes[0] = (byte) 0xfe;
        bytes[1] = (byte) 0x80;
        ByteBuffer.wrap(bytes).putLong(8, id);
        try {
            return (Inet6Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
