package org.ras4j.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.spi.AutoResetEvent;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;

/**
 * The work of one watch: register for notifications, take snapshots on a signal or a poll, diff
 * them against the last one and publish the events. One cycle at a time (a lock), so the events of
 * every connection are published in the order the snapshots saw them.
 *
 * <p>{@link UnseenChange}: a signal whose snapshot shows nothing new, unless a poll has shown changes
 * since the last signal (their signals may have been pending: then the empty snapshot proves
 * nothing). A signal pending when a poll is due makes that poll a signal's cycle.
 *
 * <p>Registration: {@code RasConnectionNotification(INVALID_HANDLE_VALUE, event, RASCN_Connection |
 * RASCN_Disconnection)} before the first snapshot (so no change after the snapshot goes
 * unsignalled), again after every signal (re-arming, so a Windows that drops a registration after
 * one signal cannot stop the events: DotRas issue 105), and at every poll while the last
 * registration failed.
 */
final class WatchEngine implements WatchLoop {
    /** How long {@code close()} waits for the watch's threads. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final int FLAGS = ConnectionNotifier.RASCN_CONNECTION | ConnectionNotifier.RASCN_DISCONNECTION;

    private final SnapshotSource source;
    private final Optional<ConnectionNotifier> notifier;
    private final RasHandle allConnections;
    private final NotificationEvent event;
    private final Duration interval;
    private final WatchScheduler scheduler;
    private final WatchScheduler.Drive drive;
    private final EventHub hub;
    private final Object cycle = new Object();
    private final AtomicLong registrations = new AtomicLong();
    private final AtomicLong signals = new AtomicLong();
    private final AtomicBoolean closing = new AtomicBoolean();

    private volatile boolean closed;
    private volatile Instant nextPoll;
    private volatile boolean armed;
    private volatile int lastCode;
    // Guarded by cycle.
    private Snapshot current;
    /** Whether a poll has shown changes since the last signal: their signals may still be pending. */
    private boolean pollShowedChanges;

    private WatchEngine(SnapshotSource source, Optional<ConnectionNotifier> notifier, RasHandle allConnections,
                        NotificationEvent event, WatchOptions options) {
        this.source = source;
        this.notifier = notifier;
        this.allConnections = allConnections;
        this.event = event;
        this.interval = options.pollInterval();
        this.scheduler = options.scheduler();
        this.drive = scheduler.newDrive();
        this.lastCode = notifier.isPresent() ? 0 : ConnectionNotifier.ERROR_CALL_NOT_IMPLEMENTED;
        arm();
        this.current = snapshot();
        this.hub = new EventHub(current, options.bufferSize(), drive.delivery());
        this.nextPoll = scheduler.now().plus(interval);
    }

    /**
     * Registers, takes the first snapshot and starts driving.
     *
     * @throws RasException if the first snapshot fails
     */
    static WatchEngine start(SnapshotSource source, Optional<ConnectionNotifier> notifier, RasHandle allConnections,
                             WatchOptions options) {
        Optional<ConnectionNotifier> used = options.notifications() ? notifier : Optional.empty();
        NotificationEvent event = null;
        if (used.isPresent()) {
            try {
                event = used.get().createEvent();
            } catch (IllegalStateException noEvents) {
                used = Optional.empty();
            }
        }
        if (event == null) {
            event = new AutoResetEvent();
        }
        WatchEngine engine;
        try {
            engine = new WatchEngine(source, used, allConnections, event, options);
        } catch (RuntimeException failed) {
            event.close();
            throw failed;
        }
        engine.drive.start(engine);
        return engine;
    }

    EventHub hub() {
        return hub;
    }

    Duration pollInterval() {
        return interval;
    }

    NotificationStatus notifications() {
        return new NotificationStatus(notifier.isPresent(), armed, lastCode, registrations.get(), signals.get());
    }

    @Override
    public NotificationEvent event() {
        return event;
    }

    @Override
    public Instant nextPoll() {
        return nextPoll;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void signalled() {
        synchronized (cycle) {
            if (closed) {
                return;
            }
            signals.incrementAndGet();
            arm();
            cycle(true);
        }
    }

    @Override
    public void pollDue() {
        synchronized (cycle) {
            if (closed) {
                return;
            }
            nextPoll = scheduler.now().plus(interval);
            if (consumePendingSignal()) {
                signals.incrementAndGet();
                arm();
                cycle(true);
                return;
            }
            if (!armed && notifier.isPresent()) {
                arm();
            }
            cycle(false);
        }
    }

    /** One snapshot, its events against the last one, published; a failed snapshot is an event too. */
    private void cycle(boolean afterSignal) {
        Snapshot next;
        try {
            next = snapshot();
        } catch (RasException failed) {
            hub.publish(null, List.of(new SnapshotFailed(scheduler.now(), failed)));
            return;
        }
        List<WatchEvent> events = SnapshotDiff.between(current, next);
        if (afterSignal) {
            if (events.isEmpty() && !pollShowedChanges) {
                events = List.of(new UnseenChange(next.time()));
            }
            pollShowedChanges = false;
        } else if (!events.isEmpty()) {
            pollShowedChanges = true;
        }
        current = next;
        hub.publish(next, events);
    }

    /** A signal that came while the poll was due is the poll's reason: consumed here, so it is not a second cycle. */
    private boolean consumePendingSignal() {
        if (notifier.isEmpty()) {
            return false;
        }
        try {
            return event.await(Duration.ZERO);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Snapshot snapshot() {
        try {
            List<Snapshot.Entry> entries = source.take();
            return new Snapshot(scheduler.now(), entries);
        } catch (RasException failed) {
            throw failed;
        } catch (RuntimeException broken) {
            RasException wrapped = new RasException(RasError.ERROR_UNKNOWN.code(), "RasEnumConnections",
                    "the backend threw " + broken);
            wrapped.initCause(broken);
            throw wrapped;
        }
    }

    private void arm() {
        if (notifier.isEmpty() || closed) {
            return;
        }
        registrations.incrementAndGet();
        int code;
        try {
            code = notifier.get().connectionNotification(allConnections, event, FLAGS);
        } catch (RuntimeException broken) {
            code = RasError.ERROR_UNKNOWN.code();
        }
        lastCode = code;
        armed = code == RasError.ERROR_SUCCESS.code();
    }

    /** Stops the thread, releases the event (and with it the registration), completes every subscriber. */
    void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        closed = true;
        event.close();
        drive.stopLoop(CLOSE_TIMEOUT);
        synchronized (cycle) {
            hub.complete();
        }
        drive.stopDelivery(CLOSE_TIMEOUT);
    }
}
