package org.ras4j.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionStatus;

/**
 * The events that lead from one snapshot to the next, connections matched by {@link ConnectionKey}.
 *
 * <p>The rules, for each connection:
 * <ul>
 *   <li>listed before, not now: {@link Disappeared} (these come first, in the older listing's order);</li>
 *   <li>listed now, not before: {@link Appeared}, then {@link Connected} if it is connected or
 *       {@link Dropped} if its state is {@code RASCS_Disconnected};</li>
 *   <li>listed in both with a different status: {@link Connected} if it became connected,
 *       {@link Dropped} if it became disconnected, otherwise {@link StateChanged};</li>
 *   <li>listed in both with the same status: nothing.</li>
 * </ul>
 * New and changed connections come in the newer listing's order. Every event carries the newer
 * snapshot's time. Nothing is invented: a connection that came and went between the two snapshots
 * yields no event (a watch with notifications says so with an {@link UnseenChange}). Linear in the
 * number of connections.
 */
public final class SnapshotDiff {
    private SnapshotDiff() {
    }

    /**
     * {@return the events from {@code before} to {@code after}; empty when nothing changed}
     *
     * @param before the before
     * @param after the after
     */
    public static List<WatchEvent> between(Snapshot before, Snapshot after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<Snapshot.Entry> newer = after.entries();
        ConnectionKey[] newerKeys = new ConnectionKey[newer.size()];
        Map<ConnectionKey, Snapshot.Entry> present = new HashMap<>(capacity(newer.size()));
        for (int i = 0; i < newerKeys.length; i++) {
            newerKeys[i] = newer.get(i).key();
            present.put(newerKeys[i], newer.get(i));
        }
        List<WatchEvent> events = new ArrayList<>();
        Map<ConnectionKey, Snapshot.Entry> older = new HashMap<>(capacity(before.size()));
        for (Snapshot.Entry entry : before.entries()) {
            ConnectionKey key = entry.key();
            older.put(key, entry);
            if (!present.containsKey(key)) {
                events.add(new Disappeared(after.time(), entry.connection(), entry.status()));
            }
        }
        for (int i = 0; i < newerKeys.length; i++) {
            Snapshot.Entry entry = newer.get(i);
            Snapshot.Entry old = older.get(newerKeys[i]);
            if (old == null) {
                appeared(after, entry, events);
            } else if (!old.status().equals(entry.status())) {
                changed(after, old.status(), entry, events);
            }
        }
        return events;
    }

    private static void appeared(Snapshot after, Snapshot.Entry entry, List<WatchEvent> events) {
        ConnectionStatus status = entry.status();
        events.add(new Appeared(after.time(), entry.connection(), status));
        if (status.isConnected()) {
            events.add(new Connected(after.time(), entry.connection(), Optional.empty(), status));
        } else if (status.state().isDisconnected()) {
            events.add(new Dropped(after.time(), entry.connection(), Optional.empty(), status));
        }
    }

    private static void changed(Snapshot after, ConnectionStatus old, Snapshot.Entry entry, List<WatchEvent> events) {
        ConnectionStatus status = entry.status();
        if (status.isConnected() && !old.isConnected()) {
            events.add(new Connected(after.time(), entry.connection(), Optional.of(old), status));
        } else if (status.state().isDisconnected() && !old.state().isDisconnected()) {
            events.add(new Dropped(after.time(), entry.connection(), Optional.of(old), status));
        } else {
            events.add(new StateChanged(after.time(), entry.connection(), old, status));
        }
    }

    private static int capacity(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
    }
}
