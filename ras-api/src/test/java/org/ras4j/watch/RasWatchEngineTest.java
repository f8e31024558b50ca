package org.ras4j.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.watch.WatchFixtures.connected;
import static org.ras4j.watch.WatchFixtures.connection;
import static org.ras4j.watch.WatchFixtures.dropped;
import static org.ras4j.watch.WatchFixtures.entry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.RasException;
import org.ras4j.codec.Abi;
import org.ras4j.spi.ConnectionNotifier;

/**
 * What a watch does and when: registration and re-arming, snapshots on a signal and on the poll
 * timer, failures, close. Driven by a {@link ManualWatchScheduler}: no thread, no sleep.
 */
class RasWatchEngineTest {
    private static final Duration POLL = Duration.ofSeconds(3);

    private final List<String> log = new ArrayList<>();
    private final ScriptedSource source = new ScriptedSource(log);
    private final FakeNotifier notifier = new FakeNotifier(log);
    private final ManualWatchScheduler time = new ManualWatchScheduler();

    private RasWatch watch(boolean notifications) {
        WatchOptions options = WatchOptions.builder().scheduler(time).pollInterval(POLL).notifications(notifications).build();
        return RasWatch.start(source, Optional.of(notifier), ConnectionNotifier.allConnections(Abi.X64), options);
    }

    private RasWatch polledWatch() {
        WatchOptions options = WatchOptions.builder().scheduler(time).pollInterval(POLL).build();
        return RasWatch.start(source, Optional.empty(), ConnectionNotifier.allConnections(Abi.X64), options);
    }

    private static List<WatchEvent> listen(RasWatch watch) {
        List<WatchEvent> events = new ArrayList<>();
        watch.listen(events::add);
        return events;
    }

    @Test
    @DisplayName("registers INVALID_HANDLE_VALUE with RASCN_Connection | RASCN_Disconnection before the first snapshot")
    void registersBeforeTheFirstSnapshot() {
        try (RasWatch watch = watch(true)) {
            assertEquals(List.of("register", "snapshot"), log);
            FakeNotifier.Registration r = notifier.registrations().get(0);
            assertEquals(ConnectionNotifier.allConnections(Abi.X64), r.hrasconn());
            assertEquals(-1L, r.hrasconn().bits());
            assertEquals(ConnectionNotifier.RASCN_CONNECTION | ConnectionNotifier.RASCN_DISCONNECTION, r.flags());
            assertSame(notifier.events().get(0), r.event());
            assertEquals(new NotificationStatus(true, true, 0, 1, 0), watch.notifications());
        }
    }

    @Test
    @DisplayName("the first snapshot is every subscriber's InitialState; a later subscriber gets the latest one")
    void initialState() {
        source.set(connected(4, "a"));
        try (RasWatch watch = watch(true)) {
            List<WatchEvent> first = listen(watch);
            assertEquals(1, first.size());
            InitialState initial = (InitialState) first.get(0);
            assertEquals(List.of(connected(4, "a")), initial.snapshot().entries());
            assertEquals(ManualWatchScheduler.DEFAULT_START, initial.time());

            source.set(connected(4, "a"), connected(8, "b"));
            notifier.signal();
            time.runPending();
            List<WatchEvent> later = listen(watch);
            assertEquals(List.of(connected(4, "a"), connected(8, "b")), ((InitialState) later.get(0)).snapshot().entries());
            assertEquals(1, later.size(), "a late subscriber does not get the changes before it joined: " + later);
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.APPEARED, WatchEventKind.CONNECTED),
                    first.stream().map(WatchEvent::kind).toList());
        }
    }

    @Test
    @DisplayName("a signal: re-arm first, then a snapshot whose changes are delivered, before any poll is due")
    void signalRearmsAndReenumerates() {
        try (RasWatch watch = watch(true)) {
            List<WatchEvent> events = listen(watch);
            log.clear();
            source.set(connected(4, "a"));
            notifier.signal();
            time.runPending();
            assertEquals(List.of("register", "snapshot"), log);
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.APPEARED, WatchEventKind.CONNECTED),
                    events.stream().map(WatchEvent::kind).toList());
            assertEquals(new NotificationStatus(true, true, 0, 2, 1), watch.notifications());
            assertEquals(ManualWatchScheduler.DEFAULT_START, events.get(1).time(), "no time passed: no poll ran");
        }
    }

    @Test
    @DisplayName("a signal after which nothing differs: UnseenChange, never an invented connection")
    void signalWithoutChangeIsUnseen() {
        try (RasWatch watch = watch(true)) {
            List<WatchEvent> events = listen(watch);
            notifier.signal();
            time.runPending();
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.UNSEEN_CHANGE),
                    events.stream().map(WatchEvent::kind).toList());
        }
    }

    @Test
    @DisplayName("a signal after a poll already showed its change: no UnseenChange; a signal pending at a poll is that poll's reason")
    void signalAfterAPollThatShowedTheChange() {
        try (RasWatch watch = watch(true)) {
            List<WatchEvent> events = listen(watch);
            source.set(connected(4, "a"));
            time.advance(POLL);                  // the poll shows it; its signal comes late:
            notifier.signal();
            time.runPending();
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.APPEARED, WatchEventKind.CONNECTED),
                    events.stream().map(WatchEvent::kind).toList());
            notifier.signal();                   // a signal after that one, with nothing new: unseen
            time.runPending();
            assertEquals(WatchEventKind.UNSEEN_CHANGE, events.get(events.size() - 1).kind());
            long signals = watch.notifications().signals();
            source.set();
            notifier.signal();
            time.advance(POLL);                  // due and signalled: one cycle, counted as the signal's
            assertEquals(WatchEventKind.DISAPPEARED, events.get(events.size() - 1).kind());
            assertEquals(signals + 1, watch.notifications().signals());
        }
    }

    @Test
    @DisplayName("polling runs beside notifications: a change nobody signals shows at the next poll, not before")
    void pollsBesideNotifications() {
        try (RasWatch watch = watch(true)) {
            List<WatchEvent> events = listen(watch);
            source.set(connected(4, "a"));
            time.advance(POLL.minusMillis(1));
            assertEquals(1, events.size(), "no poll due yet");
            time.advance(Duration.ofMillis(1));
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.APPEARED, WatchEventKind.CONNECTED),
                    events.stream().map(WatchEvent::kind).toList());
            assertEquals(ManualWatchScheduler.DEFAULT_START.plus(POLL), events.get(1).time());
        }
    }

    @Test
    @DisplayName("without the capability the watch polls at every interval, and says it is not notified")
    void pollsWithoutNotifier() {
        try (RasWatch watch = polledWatch()) {
            List<WatchEvent> events = listen(watch);
            source.set(connected(4, "a"));
            time.advance(POLL);
            source.set(entry(connection(4, "a"), dropped(629)));
            time.advance(POLL);
            source.set();
            time.advance(POLL);
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.APPEARED, WatchEventKind.CONNECTED,
                    WatchEventKind.DROPPED, WatchEventKind.DISAPPEARED), events.stream().map(WatchEvent::kind).toList());
            assertEquals(4, source.takes());
            assertEquals(new NotificationStatus(false, false, ConnectionNotifier.ERROR_CALL_NOT_IMPLEMENTED, 0, 0),
                    watch.notifications());
        }
    }

    @Test
    @DisplayName("a registration that fails is retried at every poll until it succeeds")
    void failedRegistrationIsRetriedAtPolls() {
        notifier.answer(711, 711);
        try (RasWatch watch = watch(true)) {
            assertEquals(new NotificationStatus(true, false, 711, 1, 0), watch.notifications());
            time.advance(POLL);
            assertEquals(new NotificationStatus(true, false, 711, 2, 0), watch.notifications());
            time.advance(POLL);
            assertEquals(new NotificationStatus(true, true, 0, 3, 0), watch.notifications());
            time.advance(POLL);
            assertEquals(3, watch.notifications().registrations(), "armed: no registration at a poll");
        }
    }

    @Test
    @DisplayName("notifications(false): no event object, no registration, polled")
    void notificationsOff() {
        try (RasWatch watch = watch(false)) {
            assertEquals(List.of(), notifier.registrations());
            assertEquals(List.of(), notifier.events());
            assertFalse(watch.notifications().available());
        }
    }

    @Test
    @DisplayName("a backend that cannot create an event object is polled")
    void noEventObjects() {
        notifier.withoutEvents();
        try (RasWatch watch = watch(true)) {
            assertFalse(watch.notifications().available());
            assertEquals(List.of(), notifier.registrations());
        }
    }

    @Test
    @DisplayName("a failed snapshot is an event; the watch goes on and diffs against the last good snapshot")
    void failedSnapshot() {
        source.set(connected(4, "a"));
        try (RasWatch watch = watch(true)) {
            List<WatchEvent> events = listen(watch);
            RasException failure = ScriptedSource.notEnoughMemory();
            source.failNext(failure);
            source.set();
            time.advance(POLL);
            time.advance(POLL);
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.SNAPSHOT_FAILED, WatchEventKind.DISAPPEARED),
                    events.stream().map(WatchEvent::kind).toList());
            assertSame(failure, ((SnapshotFailed) events.get(1)).error());
            assertEquals("a", ((Disappeared) events.get(2)).connection().entryName());
        }
    }

    @Test
    @DisplayName("a backend that throws a RuntimeException is a SnapshotFailed with ERROR_UNKNOWN, the cause kept")
    void brokenBackend() {
        try (RasWatch watch = watch(true)) {
            List<WatchEvent> events = listen(watch);
            IllegalStateException bug = new IllegalStateException("bug");
            source.failNext(bug);
            time.advance(POLL);
            RasException error = ((SnapshotFailed) events.get(1)).error();
            assertEquals(635, error.code());
            assertSame(bug, error.getCause());
        }
    }

    @Test
    @DisplayName("the first snapshot failing: start throws the RasException and closes the event")
    void firstSnapshotFails() {
        RasException failure = ScriptedSource.notEnoughMemory();
        source.failNext(failure);
        assertSame(failure, assertThrows(RasException.class, () -> watch(true)));
        assertTrue(notifier.events().get(0).isClosed());
        assertEquals(0, time.watches());
    }

    @Test
    @DisplayName("close: the event is closed, the scheduler lets go, subscribers complete, nothing runs afterwards")
    void close() {
        RasWatch watch = watch(true);
        RecordingSubscriber subscriber = new RecordingSubscriber();
        watch.subscribe(subscriber);
        subscriber.request(Long.MAX_VALUE);
        assertEquals(1, time.watches());
        watch.close();
        watch.close();
        assertTrue(watch.isClosed());
        assertTrue(notifier.events().get(0).isClosed());
        assertEquals(1, subscriber.completions);
        int takes = source.takes();
        source.set(connected(4, "a"));
        notifier.signal();
        time.advance(POLL.multipliedBy(3));
        assertEquals(takes, source.takes());
        assertEquals(0, time.watches());
        assertEquals(List.of(WatchEventKind.INITIAL), subscriber.kinds());

        RecordingSubscriber late = new RecordingSubscriber();
        watch.subscribe(late);
        assertEquals(1, late.completions);
        assertEquals(List.of(), late.events);
    }
}
