package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.ras4j.ConnectionState;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.watch.ConnectionEvent;
import org.ras4j.watch.Dropped;
import org.ras4j.watch.InitialState;
import org.ras4j.watch.ManualWatchScheduler;
import org.ras4j.watch.RasWatch;
import org.ras4j.watch.Snapshot;
import org.ras4j.watch.WatchEvent;
import org.ras4j.watch.WatchOptions;

/**
 * {@link RasWatch} over the backend: the events a client's watch delivers for the changes the
 * fixture makes, whether the backend notifies or is polled. Time is a {@link ManualWatchScheduler}:
 * after each change the kit lets the watch act on a signal, then on a poll.
 */
abstract class WatchRequirements {
    private static final Duration POLL = Duration.ofSeconds(3);

    private final Harness h;
    private final Duration signalWait;

    WatchRequirements(Harness harness, Duration signalWait) {
        this.h = harness;
        this.signalWait = signalWait;
    }

    /** A watch of a client over the backend, its events in {@code events}. */
    private RasWatch watch(RasCharset charset, ManualWatchScheduler time, List<WatchEvent> events) {
        RasClient client = RasClient.builder(h.backend()).charset(charset).ansiCharset(h.profile().ansiCharset()).build();
        RasWatch watch = client.watch(WatchOptions.builder().scheduler(time).pollInterval(POLL).build());
        watch.listen(events::add);
        return watch;
    }

    /** Lets the watch see a change: by its signal if the backend notifies, else at the next poll. */
    private static void observe(ManualWatchScheduler time) {
        time.runPending();
        time.advance(POLL);
    }

    /** The connection events of {@code events} as "kind entry" lines. */
    private static List<String> changes(List<WatchEvent> events) {
        List<String> lines = new ArrayList<>();
        for (WatchEvent event : events) {
            if (event instanceof ConnectionEvent c) {
                lines.add(event.kind().label() + " " + c.connection().entryName());
            }
        }
        return lines;
    }

    @ForEachCharset
    @DisplayName("WATCH-01 the first event is the InitialState: the connections listed now, each with its status")
    void initialState(RasCharset charset) {
        if (h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            h.makeConnections(2);
        }
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(charset, time, events)) {
            assertEquals(1, events.size(), events.toString());
            Snapshot snapshot = ((InitialState) events.get(0)).snapshot();
            assertEquals(snapshot, watch.current(), "current() is the latest snapshot");
            List<RasConnection> listed = h.listing(h.newest(charset));
            Harness.assertSameConnections(listed, snapshot.entries().stream().map(Snapshot.Entry::connection).toList(),
                    "the initial state");
            for (Snapshot.Entry entry : snapshot.entries()) {
                assertTrue(entry.status().state().isConnected() || h.profile().dialingIsListed()
                        || entry.status().state().isDisconnected(), "NT lists connected or dropped ones: " + entry);
            }
        }
    }

    @ForEachCharset
    @DisplayName("WATCH-02 a connect is delivered as appeared, then connected")
    void connect(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(charset, time, events)) {
            fixture.connect(ConnectionSpec.entry("watch-up"));
            observe(time);
            assertEquals(List.of("appeared watch-up", "connected watch-up"), changes(events));
            assertTrue(watch.current().find("watch-up").isPresent(), "current() lists it");
        }
    }

    @ForEachCharset
    @DisplayName("WATCH-03 a drop is delivered as dropped, with its dwError, then a hang-up as disappeared")
    void dropThenHangUp(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_DROP, TckFeature.CAN_HANG_UP);
        RasHandle handle = fixture.connect(ConnectionSpec.entry("watch-drop"));
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(charset, time, events)) {
            fixture.drop(handle, 629);
            observe(time);
            fixture.hangUp(handle);
            observe(time);
            assertEquals(List.of("dropped watch-drop", "disappeared watch-drop"), changes(events));
            assertTrue(watch.current().find("watch-drop").isEmpty(), "current() no longer lists it");
            Dropped dropped = (Dropped) events.get(1);
            assertEquals(629, dropped.errorCode());
            assertEquals(Optional.of(ConnectionState.CONNECTED), dropped.oldStatus().map(s -> s.state()));
        }
    }

    @ForEachCharset
    @DisplayName("WATCH-04 a dialling connection appears in its dialling state where dialling is listed, and not at all where not")
    void dialling(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_DIAL);
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(charset, time, events)) {
            fixture.dial(ConnectionSpec.entry("watch-dial"), ConnectionState.AUTHENTICATE);
            observe(time);
            assertEquals(h.profile().dialingIsListed(), watch.current().find("watch-dial").isPresent());
            if (h.profile().dialingIsListed()) {
                assertEquals(List.of("appeared watch-dial"), changes(events));
                assertEquals(ConnectionState.AUTHENTICATE,
                        ((ConnectionEvent) events.get(1)).newStatus().orElseThrow().state());
            } else {
                assertEquals(List.of(), changes(events));
            }
        }
    }

    @ForEachCharset
    @DisplayName("WATCH-05 with RasConnectionNotification, a change is delivered on its signal, before any poll")
    void notifiedWithoutAPoll(RasCharset charset) {
        assumeTrue(ConnectionNotifier.of(h.backend()).isPresent(), "the backend has no RasConnectionNotification: polled");
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(charset, time, events)) {
            assertTrue(watch.notifications().armed(), watch.notifications().toString());
            fixture.connect(ConnectionSpec.entry("watch-signal"));
            long deadline = System.nanoTime() + signalWait.toNanos();
            while (changes(events).isEmpty() && System.nanoTime() < deadline) {
                time.runPending();
            }
            assertEquals(List.of("appeared watch-signal", "connected watch-signal"), changes(events));
            assertTrue(events.stream().allMatch(e -> e.time().equals(ManualWatchScheduler.DEFAULT_START)),
                    "no poll ran: the clock did not move");
        }
    }

    @ForEachCharset
    @DisplayName("WATCH-06 after close() nothing more is delivered and the subscriber is completed")
    void close(RasCharset charset) {
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        RasWatch watch = watch(charset, time, events);
        watch.close();
        assertTrue(watch.isClosed());
        assertEquals(0, time.watches());
        if (h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            h.fixture(TckFeature.CAN_CREATE_CONNECTIONS).connect(ConnectionSpec.entry("watch-late"));
        }
        observe(time);
        assertEquals(1, events.size(), "only the initial state: " + events);
    }
}
