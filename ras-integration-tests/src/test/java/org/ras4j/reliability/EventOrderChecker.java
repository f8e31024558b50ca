package org.ras4j.reliability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.ras4j.ConnectionStatus;
import org.ras4j.watch.Appeared;
import org.ras4j.watch.ConnectionEvent;
import org.ras4j.watch.ConnectionKey;
import org.ras4j.watch.Disappeared;
import org.ras4j.watch.InitialState;
import org.ras4j.watch.Snapshot;
import org.ras4j.watch.UnseenChange;
import org.ras4j.watch.WatchEvent;
import org.ras4j.watch.WatchListener;

/**
 * Checks one subscriber's events against the life of a connection: first the initial state; then,
 * per connection, {@code appeared}, changes whose old status is the status the last event left,
 * and at most one {@code disappeared}, after which nothing more of it (the simulator never reuses a
 * handle). A missed event or a failed snapshot is a failure here too: the soak's buffers are large
 * enough. Thread-safe enough for one watch: its events come one at a time.
 */
final class EventOrderChecker implements WatchListener {
    private final String name;
    private final Queue<String> failures;
    private final Map<ConnectionKey, ConnectionStatus> present = new HashMap<>();
    private final Set<ConnectionKey> gone = new HashSet<>();
    /** Connections whose last event was their {@code appeared}: a connected or dropped with no old status may follow. */
    private final Set<ConnectionKey> justAppeared = new HashSet<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong appeared = new AtomicLong();
    private final AtomicLong unseen = new AtomicLong();
    private boolean initial;

    EventOrderChecker(String name, Queue<String> failures) {
        this.name = name;
        this.failures = failures;
    }

    static Queue<String> failureQueue() {
        return new ConcurrentLinkedQueue<>();
    }

    @Override
    public synchronized void onEvent(WatchEvent event) {
        events.incrementAndGet();
        if (!initial) {
            if (!(event instanceof InitialState state)) {
                fail("the first event is " + event.kind().label());
                return;
            }
            initial = true;
            for (Snapshot.Entry entry : state.snapshot().entries()) {
                present.put(entry.key(), entry.status());
            }
            return;
        }
        if (event instanceof UnseenChange) {
            unseen.incrementAndGet();
        } else if (event instanceof ConnectionEvent change) {
            check(change);
        } else {
            fail(event.kind().label() + ": " + event);
        }
    }

    private void check(ConnectionEvent change) {
        ConnectionKey key = change.key();
        if (gone.contains(key)) {
            fail(change.kind().label() + " after disappeared: " + key);
            return;
        }
        ConnectionStatus last = present.get(key);
        if (change instanceof Appeared a) {
            if (last != null) {
                fail("appeared twice: " + key);
            }
            appeared.incrementAndGet();
            present.put(key, a.status());
            justAppeared.add(key);
            return;
        }
        if (last == null) {
            fail(change.kind().label() + " of a connection that never appeared: " + key);
            return;
        }
        Optional<ConnectionStatus> old = change.oldStatus();
        boolean afterAppeared = justAppeared.remove(key);
        if (old.isEmpty() ? !(afterAppeared && change.newStatus().equals(Optional.of(last))) : !old.get().equals(last)) {
            fail(change.kind().label() + " of " + key + " says it was " + old + ", the last event left " + last);
        }
        if (change instanceof Disappeared) {
            present.remove(key);
            gone.add(key);
        } else {
            present.put(key, change.newStatus().orElseThrow());
        }
    }

    private void fail(String what) {
        failures.add(name + ": " + what);
    }

    synchronized int present() {
        return present.size();
    }

    long events() {
        return events.get();
    }

    long appeared() {
        return appeared.get();
    }

    long unseen() {
        return unseen.get();
    }
}
