package org.ras4j.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/**
 * The simulator's whole state at one instant: whether the RAS service runs and the live
 * connections in the order {@code RasEnumConnections} lists them. Immutable: every call reads one
 * snapshot, so no enumeration ever sees half a change.
 *
 * <p>Indexed, so that no call costs more with more connections: the connections sit in
 * {@link Slots} in listing order (a hung-up one leaves an empty slot until the next compaction),
 * and a {@link HandleIndex} beside them maps every handle, a connection's own and its sub-entries',
 * to its slot. Finding a handle's connection ({@code RasGetConnectStatus}), adding one, changing
 * one or hanging one up reads or copies {@code O(log32 n)} small nodes, and each snapshot shares
 * the rest with the one before; only listing them all ({@code RasEnumConnections}) is linear, as
 * its answer is. Empty slots are dropped, and the index rebuilt, once they outnumber the live
 * connections, so that the work is constant per hang-up on average and memory stays within twice
 * what the live connections need.
 */
final class SimState {
    static final SimState EMPTY_RUNNING = new SimState(true, Slots.empty(), HandleIndex.EMPTY, 0);
    private static final SimState EMPTY_STOPPED = new SimState(false, Slots.empty(), HandleIndex.EMPTY, 0);
    /** Empty slots tolerated before compaction, whatever the number of live connections. */
    private static final int SLACK = 32;

    private final boolean serviceRunning;
    /** The connections in listing order; {@code null} where one was hung up. */
    private final Slots<Conn> slots;
    /** Every handle (own and sub-entry) of the connections in {@link #slots} to its slot. */
    private final HandleIndex index;
    private final int live;

    private SimState(boolean serviceRunning, Slots<Conn> slots, HandleIndex index, int live) {
        this.serviceRunning = serviceRunning;
        this.slots = slots;
        this.index = index;
        this.live = live;
    }

    boolean serviceRunning() {
        return serviceRunning;
    }

    /** The live connections, in listing order. */
    List<Conn> conns() {
        List<Conn> conns = new ArrayList<>(live);
        slots.forEach(conn -> {
            if (conn != null) {
                conns.add(conn);
            }
        });
        return Collections.unmodifiableList(conns);
    }

    /** The connections {@code RasEnumConnections} lists, in order. */
    List<RasConnection> listed(boolean dialingIsListed) {
        List<RasConnection> listed = new ArrayList<>(live);
        slots.forEach(conn -> {
            if (conn != null && conn.isListed(dialingIsListed)) {
                listed.add(conn.attributes());
            }
        });
        return Collections.unmodifiableList(listed);
    }

    /** The connection whose own handle or one of whose sub-entry handles is {@code handle}. */
    Optional<Conn> owner(RasHandle handle) {
        int slot = index.slotOf(handle.bits());
        Conn conn = slot == HandleIndex.ABSENT ? null : slots.get(slot);
        if (conn == null || !(conn.handle().equals(handle) || conn.link(handle).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(conn);
    }

    /** The connection whose own handle is {@code handle} (not a sub-entry's). */
    Optional<Conn> conn(RasHandle handle) {
        return owner(handle).filter(c -> c.handle().equals(handle));
    }

    SimState withService(boolean running) {
        if (running) {
            return serviceRunning ? this : new SimState(true, slots, index, live);
        }
        return EMPTY_STOPPED;
    }

    /**
     * This state with {@code conn} listed after every live connection.
     *
     * @throws IllegalArgumentException if one of its handles is live already
     */
    SimState plus(Conn conn) {
        int slot = slots.size();
        HandleIndex more = index;
        for (RasHandle handle : handlesOf(conn)) {
            if (owner(handle).isPresent()) {
                throw new IllegalArgumentException("handle " + handle + " is live already");
            }
            more = more.with(handle.bits(), slot);
        }
        return new SimState(serviceRunning, slots.append(conn), more, live + 1);
    }

    /** This state without the connection whose own handle is {@code handle}, if there is one. */
    SimState minus(RasHandle handle) {
        Optional<Conn> gone = conn(handle);
        if (gone.isEmpty()) {
            return this;
        }
        SimState without = new SimState(serviceRunning, slots.set(index.slotOf(handle.bits()), null), index, live - 1);
        return without.slots.size() - without.live > Math.max(SLACK, without.live) ? without.compacted() : without;
    }

    /** This state with {@code change} applied to the connection whose own handle is {@code handle}, if any. */
    SimState replace(RasHandle handle, UnaryOperator<Conn> change) {
        Optional<Conn> old = conn(handle);
        if (old.isEmpty()) {
            return this;
        }
        Conn changed = change.apply(old.get());
        if (!handlesOf(changed).equals(handlesOf(old.get()))) {
            throw new IllegalArgumentException("a change keeps a connection's handles: " + handle);
        }
        return new SimState(serviceRunning, slots.set(index.slotOf(handle.bits()), changed), index, live);
    }

    SimState cleared() {
        return serviceRunning ? EMPTY_RUNNING : EMPTY_STOPPED;
    }

    /** The same live connections, in the same order, without empty slots. */
    private SimState compacted() {
        SimState compact = serviceRunning ? EMPTY_RUNNING : EMPTY_STOPPED;
        for (Conn conn : conns()) {
            compact = compact.plus(conn);
        }
        return compact;
    }

    private static List<RasHandle> handlesOf(Conn conn) {
        List<RasHandle> handles = new ArrayList<>();
        handles.add(conn.handle());
        conn.links().forEach(link -> handles.add(link.handle()));
        return Collections.unmodifiableList(handles);
    }
}
