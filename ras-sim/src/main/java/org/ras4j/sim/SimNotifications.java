package org.ras4j.sim;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.WindowsProfile;

/**
 * The simulator's {@code RasConnectionNotification} registrations, and which of them each change
 * of state signals (docs/contract.md §9 and the simulator's choices in §7 k–m):
 * <ul>
 *   <li>for every connection ({@code INVALID_HANDLE_VALUE}): {@code RASCN_Connection} when a
 *       connection becomes listed or a listed connection's status changes otherwise;
 *       {@code RASCN_Disconnection} when a listed connection's line drops or it ends;</li>
 *   <li>for one connection's handle: {@code RASCN_Disconnection} when its line drops or it ends
 *       (the last link of a multilink connection going down included),
 *       {@code RASCN_BandwidthRemoved} when one of its links is hung up; for a sub-entry's handle,
 *       {@code RASCN_Disconnection} when that link goes down.</li>
 * </ul>
 * Each registration's event is signalled at most once per change, in the order the registrations
 * were made. Registrations end when their event is closed, when the RAS service stops, and, for
 * one connection's, when it ends; with {@code oneShot} also after their first signal. Not
 * thread-safe: the simulator uses it under its lock.
 */
final class SimNotifications {
    private static final int CONNECTION = ConnectionNotifier.RASCN_CONNECTION;
    private static final int DISCONNECTION = ConnectionNotifier.RASCN_DISCONNECTION;
    private static final int ADDED = ConnectionNotifier.RASCN_BANDWIDTH_ADDED;
    private static final int REMOVED = ConnectionNotifier.RASCN_BANDWIDTH_REMOVED;

    /** One registration's identity: the handle it watches and its event. */
    private record Key(RasHandle hrasconn, NotificationEvent event) {
    }

    private final WindowsProfile profile;
    private final RasHandle allConnections;
    private final boolean oneShot;
    private final Map<Key, Integer> registrations = new LinkedHashMap<>();

    SimNotifications(WindowsProfile profile, boolean oneShot) {
        this.profile = profile;
        this.allConnections = ConnectionNotifier.allConnections(profile.abi());
        this.oneShot = oneShot;
    }

    /** {@code RasConnectionNotification} against {@code state}; the checks of §7 (k), in that order. */
    int register(SimState state, RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
        Objects.requireNonNull(hrasconn, "hrasconn");
        if (!profile.connectionNotification()) {
            return ConnectionNotifier.ERROR_CALL_NOT_IMPLEMENTED;
        }
        if (hEvent == null) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        if (hEvent.isClosed()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        if (dwFlags == 0 || (dwFlags & ~ConnectionNotifier.RASCN_ALL) != 0) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        if (!hrasconn.equals(allConnections) && state.owner(hrasconn).isEmpty()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        if (!state.serviceRunning()) {
            return RasError.ERROR_RASMAN_CANNOT_INITIALIZE.code();
        }
        registrations.merge(new Key(hrasconn, hEvent), dwFlags, (a, b) -> a | b);
        return RasError.ERROR_SUCCESS.code();
    }

    /** How many registrations are live. */
    int size() {
        return registrations.size();
    }

    /** The state went from {@code before} to {@code after}: signals the registrations the change concerns. */
    void changed(SimState before, SimState after) {
        if (registrations.isEmpty() || before == after) {
            return;
        }
        int global = globalFlags(before, after);
        Map<RasHandle, Integer> perHandle = perHandleFlags(before, after);
        Iterator<Map.Entry<Key, Integer>> it = registrations.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Integer> registration = it.next();
            Key key = registration.getKey();
            if (key.event().isClosed()) {
                it.remove();
                continue;
            }
            int happened = key.hrasconn().equals(allConnections) ? global : perHandle.getOrDefault(key.hrasconn(), 0);
            if ((happened & registration.getValue()) != 0) {
                key.event().signal();
                if (oneShot) {
                    it.remove();
                    continue;
                }
            }
            if (!after.serviceRunning()
                    || !key.hrasconn().equals(allConnections) && after.owner(key.hrasconn()).isEmpty()) {
                it.remove();
            }
        }
    }

    /** What the listing shows: a connection listed or unlisted, a listed one's status changed. */
    private int globalFlags(SimState before, SimState after) {
        boolean dialingListed = profile.dialingIsListed();
        Map<RasHandle, Conn> old = listed(before, dialingListed);
        int flags = 0;
        for (Conn now : after.conns()) {
            if (!now.isListed(dialingListed)) {
                continue;
            }
            Conn was = old.remove(now.handle());
            if (was == null) {
                flags |= CONNECTION | (now.state().isDisconnected() ? DISCONNECTION : 0);
            } else if (now.state().isDisconnected() && !was.state().isDisconnected()) {
                flags |= DISCONNECTION;
            } else if (!now.state().equals(was.state()) || now.error() != was.error()
                    || !now.details().equals(was.details())) {
                flags |= CONNECTION;
            }
        }
        return old.isEmpty() ? flags : flags | DISCONNECTION;
    }

    private static Map<RasHandle, Conn> listed(SimState state, boolean dialingListed) {
        Map<RasHandle, Conn> listed = new LinkedHashMap<>();
        for (Conn conn : state.conns()) {
            if (conn.isListed(dialingListed)) {
                listed.put(conn.handle(), conn);
            }
        }
        return listed;
    }

    /** What happened to each connection and link, listed or not: ended, dropped, a link down or up. */
    private static Map<RasHandle, Integer> perHandleFlags(SimState before, SimState after) {
        Map<RasHandle, Conn> now = new HashMap<>();
        for (Conn conn : after.conns()) {
            now.put(conn.handle(), conn);
        }
        Map<RasHandle, Integer> flags = new HashMap<>();
        for (Conn was : before.conns()) {
            Conn still = now.get(was.handle());
            if (still == null) {
                flags.merge(was.handle(), DISCONNECTION, (a, b) -> a | b);
                was.links().forEach(link -> flags.merge(link.handle(), DISCONNECTION, (a, b) -> a | b));
                continue;
            }
            if (still.state().isDisconnected() && !was.state().isDisconnected()) {
                flags.merge(was.handle(), DISCONNECTION, (a, b) -> a | b);
            }
            linkChanges(was, still, flags);
        }
        return flags;
    }

    private static void linkChanges(Conn was, Conn now, Map<RasHandle, Integer> flags) {
        List<Conn.Link> before = was.links();
        List<Conn.Link> after = now.links();
        boolean anyUpBefore = false;
        boolean anyUpAfter = false;
        for (int i = 0; i < before.size() && i < after.size(); i++) {
            Conn.Link b = before.get(i);
            Conn.Link a = after.get(i);
            anyUpBefore |= b.up();
            anyUpAfter |= a.up();
            if (b.up() && !a.up()) {
                flags.merge(now.handle(), REMOVED, (x, y) -> x | y);
                flags.merge(a.handle(), DISCONNECTION, (x, y) -> x | y);
            } else if (!b.up() && a.up()) {
                flags.merge(now.handle(), ADDED, (x, y) -> x | y);
            }
        }
        if (anyUpBefore && !anyUpAfter) {
            flags.merge(now.handle(), DISCONNECTION, (x, y) -> x | y);
        }
    }
}
