package org.ras4j.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.spi.WindowsProfile;

/**
 * The changes a test makes to the simulator's state, each a function from one immutable
 * {@link SimState} to the next, with the checks that keep the state one Windows could be in.
 * Not thread-safe: the simulator calls it under its lock (handles are allocated here).
 */
final class StateChanges {
    /** A change that also gives the handle of a new connection. */
    interface Creation {
        Result apply(SimState state);
    }

    /** The state after a creation, and the new connection's handle. */
    record Result(SimState state, RasHandle handle) {
    }

    /** A connection admitted now, with its handle reserved, that joins the state later. */
    record Pending(RasHandle handle, Conn conn, LongSupplier clock) {
        /**
         * The state with the connection, unless the RAS service is stopped by then; a connected one
         * counts its time connected from now.
         */
        SimState applyTo(SimState state) {
            Conn joining = conn.state().isConnected()
                    ? conn.withInspection(conn.inspection().connected(clock.getAsLong())) : conn;
            return state.serviceRunning() ? state.plus(joining) : state;
        }
    }

    private final Admission admission;
    private final HandleAllocator handles;
    private final LongSupplier clock;

    StateChanges(WindowsProfile profile, HandleAllocator handles, LongSupplier clock) {
        this.admission = new Admission(profile);
        this.handles = handles;
        this.clock = clock;
    }

    static void requireDialingState(ConnectionState state) {
        Objects.requireNonNull(state, "state");
        if (state.isConnected() || state.isDisconnected()) {
            throw new IllegalArgumentException(state + " is not a dialling state");
        }
    }

    Result create(SimState s, RasConnection attributes, StatusDetails details, ConnectionState state, int links) {
        if (!s.serviceRunning()) {
            throw new IllegalStateException("the RAS service is not running");
        }
        Pending pending = reserve(attributes, details, state, links);
        return new Result(pending.applyTo(s), pending.handle());
    }

    Pending reserve(RasConnection attributes, StatusDetails details) {
        return reserve(attributes, details, ConnectionState.CONNECTED, 0);
    }

    private Pending reserve(RasConnection attributes, StatusDetails details, ConnectionState state, int links) {
        if (links < 0) {
            throw new IllegalArgumentException("a connection has no negative number of links: " + links);
        }
        RasHandle handle = handles.next();
        RasConnection connection = admission.admit(attributes, details, handle);
        List<Conn.Link> subEntries = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            subEntries.add(new Conn.Link(handles.next(), true));
        }
        return new Pending(handle, new Conn(connection, details, state, 0, subEntries), clock);
    }

    SimState advance(SimState s, RasHandle handle, ConnectionState next) {
        Objects.requireNonNull(next, "next");
        if (next.isDisconnected()) {
            throw new IllegalArgumentException("a connection goes to RASCS_Disconnected by drop(handle, reason)");
        }
        Conn conn = own(s, handle);
        if (!conn.isDialing()) {
            throw new IllegalStateException(handle + " is not dialling: " + conn.state());
        }
        long now = clock.getAsLong();
        return s.replace(handle, c -> {
            Conn advanced = c.withState(next, 0);
            return next.isConnected() ? advanced.withInspection(c.inspection().connected(now)) : advanced;
        });
    }

    SimState drop(SimState s, RasHandle handle, int reason) {
        Conn conn = own(s, handle);
        if (conn.state().isDisconnected()) {
            throw new IllegalStateException("the line of " + handle + " dropped already");
        }
        long now = clock.getAsLong();
        return s.replace(handle, c -> c.withState(ConnectionState.DISCONNECTED, reason)
                .withInspection(c.inspection().ended(now)));
    }

    SimState hangUp(SimState s, RasHandle handle) {
        Conn conn = s.owner(Objects.requireNonNull(handle, "handle"))
                .orElseThrow(() -> new IllegalArgumentException("no live connection or sub-entry has handle " + handle));
        return conn.handle().equals(handle) ? s.minus(handle) : s.replace(conn.handle(), c -> c.withLinkDown(handle));
    }

    /** The state with the connection {@code handle}'s inspection changed. */
    SimState inspect(SimState s, RasHandle handle, java.util.function.UnaryOperator<Inspection> change) {
        own(s, handle);
        return s.replace(handle, c -> c.withInspection(change.apply(c.inspection())));
    }

    private static Conn own(SimState s, RasHandle handle) {
        Objects.requireNonNull(handle, "handle");
        return s.conn(handle)
                .orElseThrow(() -> new IllegalArgumentException("no live connection has handle " + handle));
    }
}
