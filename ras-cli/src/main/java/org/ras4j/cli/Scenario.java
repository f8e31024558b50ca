package org.ras4j.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimFunction;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.StatusDetails;
import org.ras4j.sim.Traffic;
import org.ras4j.spi.WindowsProfile;

/**
 * A simulator scenario as a scenario file states it ({@link ScenarioParser}): the connections to
 * set up, in order, and the failures to script; {@link #start} plays it on a new
 * {@link SimulatedRas} through the simulator's public API only.
 *
 * @param profile        the profile the file names, if any ({@code --profile} wins)
 * @param serviceStopped whether the RAS service is not running (then there is no connection)
 * @param connections    the connections, listed in this order
 * @param failures       the scripted failures, returned by successive calls in this order
 * @param timeline       the changes at offsets from the start ({@code ras4j watch} plays them)
 */
record Scenario(Optional<String> profile, boolean serviceStopped, List<Connection> connections,
                List<Failure> failures, ScenarioTimeline timeline) {

    Scenario {
        Objects.requireNonNull(profile, "profile");
        connections = List.copyOf(connections);
        failures = List.copyOf(failures);
        Objects.requireNonNull(timeline, "timeline");
    }

    /** Where a connection is in its life. */
    enum Lifecycle {
        /** {@code RASCS_Connected}. */
        CONNECTED,
        /** Still dialling, in {@link Connection#dialState()}; listed on Windows 95/98/Me only. */
        DIALING,
        /** Its line dropped: {@code RASCS_Disconnected} with {@link Connection#error()}, still listed. */
        DROPPED
    }

    /**
     * One connection of a scenario.
     *
     * @param path       where the file states it, for messages
     * @param attributes its {@code RASCONN} members (the simulator gives the handle)
     * @param details    its {@code RASCONNSTATUS} members beyond state and device
     * @param lifecycle  connected, dialling or dropped
     * @param dialState  the dialling state, for {@link Lifecycle#DIALING}
     * @param error      the disconnect reason, for {@link Lifecycle#DROPPED}
     * @param links      the number of sub-entries of a multilink connection, 0 for a single link
     * @param inspect    what inspecting it reports: its traffic and what it negotiated
     */
    record Connection(String path, RasConnection attributes, StatusDetails details, Lifecycle lifecycle,
                      ConnectionState dialState, int error, int links, Inspect inspect) {
        Connection {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(attributes, "attributes");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(lifecycle, "lifecycle");
            Objects.requireNonNull(dialState, "dialState");
            Objects.requireNonNull(inspect, "inspect");
        }

        /** A connection that reports no traffic and negotiated nothing. */
        Connection(String path, RasConnection attributes, StatusDetails details, Lifecycle lifecycle,
                   ConnectionState dialState, int error, int links) {
            this(path, attributes, details, lifecycle, dialState, error, links, Inspect.NONE);
        }

        /** This connection with {@code value} as what inspecting it reports. */
        Connection withInspect(Inspect value) {
            return new Connection(path, attributes, details, lifecycle, dialState, error, links, value);
        }
    }

    /**
     * What inspecting a scenario connection reports (docs/contract.md §8): its traffic, as the
     * scenario's moment sees it (the simulator's clock stands still there), and what it negotiated.
     *
     * @param traffic     its counters, if the scenario states {@code statistics}
     * @param negotiation its protocol and addresses, if the scenario states any
     */
    record Inspect(Optional<Traffic> traffic, Optional<Negotiation> negotiation) {
        static final Inspect NONE = new Inspect(Optional.empty(), Optional.empty());

        Inspect {
            Objects.requireNonNull(traffic, "traffic");
            Objects.requireNonNull(negotiation, "negotiation");
        }

        void applyTo(SimulatedRas ras, RasHandle handle) {
            traffic.ifPresent(t -> ras.setTraffic(handle, t));
            negotiation.ifPresent(n -> ras.setNegotiation(handle, n));
        }
    }

    /**
     * A scripted failure: the next call of {@code call} returns {@code code}.
     *
     * @param path where the file states it
     * @param call a Win32 name: {@code RasEnumConnectionsA/W}, {@code RasGetConnectStatusA/W}, or
     *             one without its suffix for the charset the command uses
     * @param code the Win32 error code to return
     */
    record Failure(String path, String call, int code) {
        Failure {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(call, "call");
        }
    }

    /**
     * A new simulator of {@code profile} with this scenario set up; suffix-less failure calls are
     * scripted for {@code charset}.
     *
     * @throws ScenarioException if the profile's Windows could not have a connection as stated
     */
    SimulatedRas start(WindowsProfile profile, RasCharset charset) {
        // The scenario's moment: the clock stands still, so that every run prints the same counters.
        SimulatedRas.Builder builder = SimulatedRas.builder(profile).clock(() -> 0L);
        if (serviceStopped) {
            builder.serviceStopped();
        }
        SimulatedRas ras = builder.build();
        for (Connection connection : connections) {
            try {
                setUp(ras, connection);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                throw new ScenarioException(connection.path() + ": " + profile.name()
                        + " cannot have this connection: " + refused.getMessage(), refused);
            }
        }
        for (Failure failure : failures) {
            ras.failNextCall(function(failure, charset), failure.code());
        }
        timeline.scheduleOn(ras);
        return ras;
    }

    /** Sets up one connection as the scenario states it (also a timeline's {@code connect}). */
    static void setUp(SimulatedRas ras, Connection c) {
        switch (c.lifecycle()) {
            case DIALING:
                c.inspect().applyTo(ras, ras.dial(c.attributes(), c.details(), c.dialState()));
                break;
            case DROPPED:
                RasHandle dropped = connect(ras, c);
                c.inspect().applyTo(ras, dropped);
                ras.drop(dropped, c.error());
                break;
            default:
                c.inspect().applyTo(ras, connect(ras, c));
                break;
        }
    }

    private static RasHandle connect(SimulatedRas ras, Connection c) {
        return c.links() > 0 ? ras.connectMultilink(c.attributes(), c.details(), c.links())
                : ras.connect(c.attributes(), c.details());
    }

    private static SimFunction function(Failure failure, RasCharset charset) {
        for (SimFunction function : SimFunction.values()) {
            String name = function.win32Name();
            if (name.equals(failure.call()) || name.equals(failure.call() + charset.name())) {
                return function;
            }
        }
        throw new ScenarioException(failure.path() + ": no simulated function '" + failure.call()
                + "'; one of RasEnumConnections, RasGetConnectStatus, with or without A/W");
    }
}
