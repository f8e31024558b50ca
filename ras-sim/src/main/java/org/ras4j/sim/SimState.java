package org.ras4j.sim;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/**
 * The simulator's whole state at one instant: whether the RAS service runs and the live
 * connections in the order {@code RasEnumConnections} lists them. Immutable: every call reads one
 * snapshot, so no enumeration ever sees half a change.
 */
final class SimState {
    static final SimState EMPTY_RUNNING = new SimState(true, ImmutableList.of());

    private final boolean serviceRunning;
    private final ImmutableList<Conn> conns;

    private SimState(boolean serviceRunning, ImmutableList<Conn> conns) {
        this.serviceRunning = serviceRunning;
        this.conns = conns;
    }

    boolean serviceRunning() {
        return serviceRunning;
    }

    List<Conn> conns() {
        return conns;
    }

    /** The connections {@code RasEnumConnections} lists, in order. */
    List<RasConnection> listed(boolean dialingIsListed) {
        ImmutableList.Builder<RasConnection> listed = ImmutableList.builder();
        for (Conn conn : conns) {
            if (conn.isListed(dialingIsListed)) {
                listed.add(conn.attributes());
            }
        }
        return listed.build();
    }

    /** The connection whose own handle or one of whose sub-entry handles is {@code handle}. */
    Optional<Conn> owner(RasHandle handle) {
        for (Conn conn : conns) {
            if (conn.handle().equals(handle) || conn.link(handle).isPresent()) {
                return Optional.of(conn);
            }
        }
        return Optional.empty();
    }

    SimState withService(boolean running) {
        return new SimState(running, running ? conns : ImmutableList.of());
    }

    SimState plus(Conn conn) {
        return new SimState(serviceRunning, ImmutableList.<Conn>builder().addAll(conns).add(conn).build());
    }

    SimState minus(RasHandle handle) {
        return new SimState(serviceRunning, conns.stream().filter(c -> !c.handle().equals(handle))
                .collect(ImmutableList.toImmutableList()));
    }

    SimState replace(RasHandle handle, UnaryOperator<Conn> change) {
        return new SimState(serviceRunning, conns.stream()
                .map(c -> c.handle().equals(handle) ? change.apply(c) : c)
                .collect(ImmutableList.toImmutableList()));
    }

    SimState cleared() {
        return new SimState(serviceRunning, ImmutableList.of());
    }
}
