package org.ras4j.watch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Flow;
import org.ras4j.RasClient;
import org.ras4j.RasException;
import org.ras4j.spi.ConnectionNotifier;

/**
 * Watches the RAS connections of a {@link RasClient} and delivers what changes as typed
 * {@link WatchEvent}s, to {@link #listen listeners} and as a {@link Flow.Publisher}:
 *
 * <pre>{@code
 * try (RasWatch watch = RasClient.create().watch()) {
 *     watch.listen(event -> {
 *         if (event instanceof Dropped d && d.connection().entryName().equals("Büro-VPN")) {
 *             System.out.println("VPN dropped: dwError " + d.errorCode());   // e.g. 629, redial now
 *         }
 *     });
 *     Thread.sleep(Long.MAX_VALUE);
 * }
 * }</pre>
 *
 * <p>How it sees changes: it takes <em>snapshots</em> ({@code RasEnumConnections}, then
 * {@code RasGetConnectStatus} of each connection) and diffs each against the last
 * ({@link SnapshotDiff}, connections matched by {@link ConnectionKey}). It takes one when the
 * backend signals a change, where the backend has the {@link ConnectionNotifier} capability
 * ({@code RasConnectionNotification(INVALID_HANDLE_VALUE, hEvent, RASCN_Connection |
 * RASCN_Disconnection)}, re-armed after every signal), and every
 * {@link WatchOptions#pollInterval() poll interval} whether or not it has: Windows does not say
 * which connection changed, nor report dialling progress, and some Windows 11 set-ups stop
 * signalling after the first event (DotRas issue 105), so polling bounds how late an event can be.
 * A connection that comes and goes between two snapshots is never invented: after a signal it is
 * reported as an {@link UnseenChange}, without one it is not seen.
 *
 * <p>Delivery: every subscriber starts with an {@link InitialState} (the latest snapshot), then gets
 * the changes in order, on the watch's delivery threads, never on the thread that calls RAS; demand
 * is honoured (Reactive Streams rules), and a subscriber that falls behind by more than
 * {@link WatchOptions#bufferSize()} events gets an {@link EventsMissed} in their place instead of
 * slowing anyone down. {@link #close()} stops the watch's thread, closes its event (ending the
 * registration) and completes every subscriber. Thread-safe.
 */
public final class RasWatch implements Flow.Publisher<WatchEvent>, AutoCloseable {
    private final WatchEngine engine;

    private RasWatch(WatchEngine engine) {
        this.engine = engine;
    }

    /**
     * Starts watching: registers for notifications where the backend has them, takes the first
     * snapshot now (on the calling thread) and starts the scheduler.
     *
     * @param client the client
     * @param options the options
     * @return Starts watching: registers for notifications where the backend has them, takes the first snapshot now (on the calling thread) and starts the scheduler
     * @throws RasException if the first snapshot fails: the watch does not start
     */
    public static RasWatch start(RasClient client, WatchOptions options) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(options, "options");
        return new RasWatch(WatchEngine.start(SnapshotSource.of(client), ConnectionNotifier.of(client.backend()),
                ConnectionNotifier.allConnections(client.backend().abi()), options));
    }

    /**
     * {@return A watch over any source of snapshots and notifier (for the package's own tests)}
     *
     * @param source the source
     * @param notifier the notifier
     * @param allConnections the all connections
     * @param options the options
     */
    static RasWatch start(SnapshotSource source, java.util.Optional<ConnectionNotifier> notifier,
                          org.ras4j.RasHandle allConnections, WatchOptions options) {
        return new RasWatch(WatchEngine.start(source, notifier, allConnections, options));
    }

    /**
     * Adds a subscriber: {@code onSubscribe} is called at once; on its first request it gets the
     * {@link InitialState}, then every event. On a closed watch it gets {@code onComplete} at once.
     *
     * @param subscriber the subscriber
     */
    @Override
    public void subscribe(Flow.Subscriber<? super WatchEvent> subscriber) {
        engine.hub().subscribe(Objects.requireNonNull(subscriber, "subscriber"));
    }

    /**
     * Adds a listener with unlimited demand: the {@link InitialState}, then every event.
     *
     * @param listener the listener
     * @return its subscription: {@link Flow.Subscription#cancel()} removes the listener
     */
    public Flow.Subscription listen(WatchListener listener) {
        ListenerSubscriber subscriber = new ListenerSubscriber(listener);
        subscribe(subscriber);
        return subscriber.subscription();
    }

    /**
     * {@return the latest snapshot: the state the last event left}
     */
    public Snapshot current() {
        return engine.hub().current();
    }

    /**
     * {@return how the watch is notified of changes}
     */
    public NotificationStatus notifications() {
        return engine.notifications();
    }

    /**
     * {@return the time between two polls}
     */
    public Duration pollInterval() {
        return engine.pollInterval();
    }

    /**
     * {@return how many subscribers (listeners included) are attached}
     */
    public int subscribers() {
        return engine.hub().subscribers();
    }

    /**
     * {@return whether {@link #close()} was called}
     */
    public boolean isClosed() {
        return engine.isClosed();
    }

    /**
     * Stops watching: the watch's thread ends, its event is closed (which ends the registration
     * and, for a native backend, releases the handle), every subscriber gets what is queued for it
     * and then {@code onComplete}, and the delivery threads end. Waits a bounded time for the
     * threads (never for the one calling, if it is one of them). Idempotent.
     */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        NotificationStatus n = notifications();
        return "RasWatch[" + (isClosed() ? "closed" : "open") + ", " + (n.available() ? "notified" : "polled")
                + ", every " + pollInterval() + "]";
    }
}
