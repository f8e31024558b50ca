package org.ras4j.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.watch.WatchFixtures.connected;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.codec.Abi;
import org.ras4j.spi.ConnectionNotifier;

/** {@link RasWatch} as a {@link java.util.concurrent.Flow.Publisher}: demand, slow subscribers, errors, cancel. */
class PublisherTest {
    private static final Duration POLL = Duration.ofSeconds(1);

    private final ScriptedSource source = new ScriptedSource();
    private final ManualWatchScheduler time = new ManualWatchScheduler();

    private RasWatch watch(int bufferSize) {
        WatchOptions options = WatchOptions.builder().scheduler(time).pollInterval(POLL).bufferSize(bufferSize).build();
        return RasWatch.start(source, Optional.empty(), ConnectionNotifier.allConnections(Abi.X64), options);
    }

    /** {@code n} polls, each adding one connection: 2 events per poll (appeared, connected). */
    private void connectOneAtATime(int n, int from) {
        for (int i = from; i < from + n; i++) {
            List<Snapshot.Entry> entries = new ArrayList<>(source.take());
            entries.add(connected(4L * (i + 1), "c" + i));
            source.set(entries);
            time.advance(POLL);
        }
    }

    @Test
    @DisplayName("nothing is delivered before it is requested; then exactly the demand, in order")
    void demandIsHonoured() {
        try (RasWatch watch = watch(64)) {
            RecordingSubscriber s = new RecordingSubscriber();
            watch.subscribe(s);
            connectOneAtATime(2, 0);
            assertEquals(List.of(), s.events);
            s.request(2);
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.APPEARED), s.kinds());
            s.request(10);
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.APPEARED, WatchEventKind.CONNECTED,
                    WatchEventKind.APPEARED, WatchEventKind.CONNECTED), s.kinds());
            assertEquals("c1", ((Appeared) s.events.get(3)).connection().entryName());
        }
    }

    @Test
    @DisplayName("a subscriber that does not keep up is told how many events it missed; the others get all of them")
    void slowSubscriberIsToldWhatItMissed() {
        try (RasWatch watch = watch(4)) {
            RecordingSubscriber slow = new RecordingSubscriber();
            RecordingSubscriber fast = new RecordingSubscriber();
            watch.subscribe(slow);
            watch.subscribe(fast);
            fast.request(Long.MAX_VALUE);
            connectOneAtATime(5, 0);           // 10 events: 3 fit behind the initial state, 7 are missed
            slow.request(Long.MAX_VALUE);
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.APPEARED, WatchEventKind.CONNECTED,
                    WatchEventKind.APPEARED, WatchEventKind.EVENTS_MISSED), slow.kinds());
            EventsMissed missed = (EventsMissed) slow.events.get(4);
            assertEquals(7, missed.count());
            assertEquals(ManualWatchScheduler.DEFAULT_START.plus(POLL.multipliedBy(2)), missed.time());
            assertEquals(ManualWatchScheduler.DEFAULT_START.plus(POLL.multipliedBy(5)), missed.lastMissed());
            assertEquals(11, fast.events.size());
            assertTrue(fast.kinds().stream().noneMatch(k -> k == WatchEventKind.EVENTS_MISSED));

            connectOneAtATime(1, 5);
            assertEquals(WatchEventKind.APPEARED, slow.events.get(5).kind(), "caught up: events again");
            assertEquals("c5", ((Appeared) slow.events.get(5)).connection().entryName());
        }
    }

    @Test
    @DisplayName("the missed count comes before the next event that finds room, where the missed ones would have been")
    void missedComesWhereTheEventsWouldHaveBeen() {
        try (RasWatch watch = watch(2)) {
            RecordingSubscriber s = new RecordingSubscriber();
            watch.subscribe(s);
            connectOneAtATime(1, 0);   // queue: initial, appeared; connected missed
            s.request(1);              // initial delivered; room for one
            connectOneAtATime(1, 1);   // missed-marker, then appeared c1; connected c1 missed again
            s.request(Long.MAX_VALUE);
            assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.APPEARED, WatchEventKind.EVENTS_MISSED,
                    WatchEventKind.APPEARED, WatchEventKind.EVENTS_MISSED), s.kinds());
            assertEquals(1, ((EventsMissed) s.events.get(2)).count());
            assertEquals(1, ((EventsMissed) s.events.get(4)).count());
        }
    }

    @Test
    @DisplayName("missed events are said before onComplete too")
    void missedBeforeComplete() {
        RasWatch watch = watch(1);
        RecordingSubscriber s = new RecordingSubscriber();
        watch.subscribe(s);
        connectOneAtATime(1, 0);
        watch.close();
        assertEquals(0, s.completions, "completion waits for the queued events to be requested");
        s.request(Long.MAX_VALUE);
        assertEquals(List.of(WatchEventKind.INITIAL, WatchEventKind.EVENTS_MISSED), s.kinds());
        assertEquals(2, ((EventsMissed) s.events.get(1)).count());
        assertEquals(1, s.completions);
    }

    @Test
    @DisplayName("request(0) is an error (rule 3.9): onError with IllegalArgumentException, then nothing")
    void nonPositiveRequest() {
        try (RasWatch watch = watch(8)) {
            RecordingSubscriber s = new RecordingSubscriber();
            watch.subscribe(s);
            s.request(0);
            assertEquals(1, s.errors.size());
            assertTrue(s.errors.get(0) instanceof IllegalArgumentException);
            s.request(5);
            connectOneAtATime(1, 0);
            assertEquals(List.of(), s.events);
            assertEquals(0, watch.subscribers());
        }
    }

    @Test
    @DisplayName("cancel: no more events, and the watch lets go of the subscriber")
    void cancel() {
        try (RasWatch watch = watch(8)) {
            List<WatchEvent> events = new ArrayList<>();
            java.util.concurrent.Flow.Subscription subscription = watch.listen(events::add);
            assertEquals(1, watch.subscribers());
            subscription.cancel();
            connectOneAtATime(1, 0);
            assertEquals(List.of(WatchEventKind.INITIAL), events.stream().map(WatchEvent::kind).toList());
            assertEquals(0, watch.subscribers());
        }
    }

    @Test
    @DisplayName("a subscriber whose onNext throws is cancelled (rule 2.13); a listener that throws keeps listening")
    void throwingSubscribers() {
        try (RasWatch watch = watch(8)) {
            RecordingSubscriber throwing = new RecordingSubscriber() {
                @Override
                public void onNext(WatchEvent event) {
                    super.onNext(event);
                    throw new IllegalStateException("subscriber bug");
                }
            };
            watch.subscribe(throwing);
            throwing.request(Long.MAX_VALUE);
            List<Throwable> reported = new ArrayList<>();
            List<WatchEvent> heard = new ArrayList<>();
            Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
            try {
                watch.listen(event -> {
                    heard.add(event);
                    throw new IllegalStateException("listener bug");
                });
                connectOneAtATime(1, 0);
            } finally {
                Thread.currentThread().setUncaughtExceptionHandler(previous);
            }
            assertEquals(1, throwing.events.size());
            assertEquals(3, heard.size(), "initial, appeared, connected");
            assertEquals(3, reported.size());
            assertEquals(1, watch.subscribers());
        }
    }
}
