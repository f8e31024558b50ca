package org.ras4j.sim;

import java.util.List;
import java.util.Optional;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/**
 * One connection in the simulator's state: its members (with its handle), its status details, its
 * state and drop reason, its sub-entry links, and what inspecting it reports (its traffic and
 * projections). Immutable; a change makes a new one.
 */
record Conn(RasConnection attributes, StatusDetails details, ConnectionState state, int error, List<Link> links,
            Inspection inspection) {

    /** One sub-entry of a multilink connection: its own handle, and whether its link is up. */
    record Link(RasHandle handle, boolean up) {
    }

    Conn {
        links = List.copyOf(links);
        java.util.Objects.requireNonNull(inspection, "inspection");
    }

    /** A connection not inspected yet: not connected by the clock, no traffic, nothing negotiated. */
    Conn(RasConnection attributes, StatusDetails details, ConnectionState state, int error, List<Link> links) {
        this(attributes, details, state, error, links, Inspection.NONE);
    }

    Conn withInspection(Inspection value) {
        return new Conn(attributes, details, state, error, links, value);
    }

    RasHandle handle() {
        return attributes.handle();
    }

    boolean isDialing() {
        return !state.isConnected() && !state.isDisconnected();
    }

    /**
     * Whether {@code RasEnumConnections} lists it: once connected (and still after its line drops,
     * until it is hung up), and while dialling only where the profile says so (Windows 95/98/Me).
     */
    boolean isListed(boolean dialingIsListed) {
        return !isDialing() || dialingIsListed;
    }

    Conn withState(ConnectionState newState, int newError) {
        return new Conn(attributes, details, newState, newError, links, inspection);
    }

    Conn withLinkDown(RasHandle linkHandle) {
        List<Link> changed = links.stream()
                .map(link -> link.handle().equals(linkHandle) ? new Link(link.handle(), false) : link)
                .toList();
        return new Conn(attributes, details, state, error, changed, inspection);
    }

    Optional<Link> link(RasHandle handle) {
        return links.stream().filter(l -> l.handle().equals(handle)).findFirst();
    }

    /**
     * What {@code RasGetConnectStatus} reports for {@code handle}, the connection's or one of its
     * sub-entries': a sub-entry whose link is gone (or whose connection dropped) is
     * {@code RASCS_Disconnected} with {@code dwError} 0; the connection itself reports its state,
     * and the drop reason once dropped. The device is the connection's, also while dialling.
     */
    ConnectionStatus statusOf(RasHandle handle) {
        boolean linkGone = !handle.equals(handle()) && (state.isDisconnected() || !link(handle).orElseThrow().up());
        ConnectionState reported = linkGone ? ConnectionState.DISCONNECTED : state;
        int reportedError = linkGone ? 0 : error;
        return new ConnectionStatus(reported, reportedError, attributes.deviceType().orElse(""),
                attributes.deviceName().orElse(""), Optional.of(details.phoneNumber()),
                Optional.of(details.localEndPoint()), Optional.of(details.remoteEndPoint()),
                java.util.OptionalInt.of(details.subState()));
    }

    SimConnection view() {
        return new SimConnection(attributes, details, state, error,
                links.stream().map(Link::handle).toList());
    }
}
