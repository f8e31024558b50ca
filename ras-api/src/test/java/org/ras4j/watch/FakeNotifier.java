package org.ras4j.watch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.ras4j.RasHandle;
import org.ras4j.spi.AutoResetEvent;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;

/** A {@link ConnectionNotifier} that records registrations, answers scripted codes and signals on demand. */
final class FakeNotifier implements ConnectionNotifier {
    /** One call of {@code connectionNotification}. */
    record Registration(RasHandle hrasconn, NotificationEvent event, int flags) {
    }

    private final List<String> log;
    private final List<Registration> registrations = new ArrayList<>();
    private final List<NotificationEvent> events = new ArrayList<>();
    private final Queue<Integer> codes = new ArrayDeque<>();
    private boolean noEvents;

    FakeNotifier() {
        this(new ArrayList<>());
    }

    FakeNotifier(List<String> log) {
        this.log = log;
    }

    /** createEvent() fails from now on, as on a system without event objects. */
    synchronized void withoutEvents() {
        noEvents = true;
    }

    /** The next registrations answer these codes, then 0. */
    synchronized void answer(Integer... next) {
        codes.addAll(List.of(next));
    }

    synchronized List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    synchronized List<NotificationEvent> events() {
        return List.copyOf(events);
    }

    /** Signals every event registered with a success. */
    synchronized void signal() {
        for (Registration r : registrations) {
            r.event().signal();
        }
    }

    @Override
    public synchronized NotificationEvent createEvent() {
        if (noEvents) {
            throw new IllegalStateException("no event objects here");
        }
        AutoResetEvent event = new AutoResetEvent();
        events.add(event);
        return event;
    }

    @Override
    public synchronized int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
        log.add("register");
        Integer code = codes.poll();
        int answer = code == null ? 0 : code;
        if (answer == 0) {
            registrations.add(new Registration(hrasconn, hEvent, dwFlags));
        }
        return answer;
    }
}
