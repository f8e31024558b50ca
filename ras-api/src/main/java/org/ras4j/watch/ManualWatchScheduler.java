package org.ras4j.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * A {@link WatchScheduler} for tests: no thread, a clock that moves only when told. The watches it
 * drives act on the calling thread, inside {@link #runPending()} and {@link #advance(Duration)},
 * and deliver to their subscribers there too, so a test needs no sleep and no timeout.
 *
 * <pre>{@code
 * ManualWatchScheduler time = new ManualWatchScheduler();
 * RasWatch watch = RasClient.using(sim).watch(WatchOptions.builder().scheduler(time).build());
 * List<WatchEvent> events = new ArrayList<>();
 * watch.listen(events::add);                  // the InitialState arrives at once
 * sim.connect(vpn);                           // the simulator signals the watch's event
 * time.runPending();                          // the watch sees the signal: re-arms, re-enumerates, delivers
 * time.advance(Duration.ofSeconds(3));        // a poll is due within that time: it runs
 * }</pre>
 *
 * <p>Thread-safe, but meant to be moved by one thread.
 */
public final class ManualWatchScheduler extends WatchScheduler {
    /** Where the clock starts unless told otherwise. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    private final List<WatchLoop> loops = new CopyOnWriteArrayList<>();
    private volatile Instant now;

    /** A clock at {@link #DEFAULT_START}. */
    public ManualWatchScheduler() {
        this(DEFAULT_START);
    }

    /**
     * A clock at {@code start}.
     *
     * @param start the start
     */
    public ManualWatchScheduler(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant now() {
        return now;
    }

    /**
     * Lets every watch act on what is due now: each whose event is signalled re-arms, takes a
     * snapshot and delivers (as often as the event is signalled again meanwhile), then each whose
     * poll is due polls.
     */
    public void runPending() {
        for (WatchLoop loop : loops) {
            if (loop.isClosed()) {
                loops.remove(loop);
                continue;
            }
            while (!loop.isClosed() && signalled(loop)) {
                loop.signalled();
            }
            if (!loop.isClosed() && !now.isBefore(loop.nextPoll())) {
                loop.pollDue();
            }
        }
    }

    /**
     * Moves the clock forward by {@code duration}, stopping at every instant a poll is due to let
     * the watches act ({@link #runPending()}), then once more at the end.
     *
     * @param duration the duration
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time does not run backwards: " + duration);
        }
        Instant target = now.plus(duration);
        while (true) {
            Instant due = null;
            for (WatchLoop loop : loops) {
                if (!loop.isClosed() && (due == null || loop.nextPoll().isBefore(due))) {
                    due = loop.nextPoll();
                }
            }
            if (due == null || due.isAfter(target)) {
                break;
            }
            if (due.isAfter(now)) {
                now = due;
            }
            runPending();
        }
        now = target;
        runPending();
    }

    /**
     * {@return how many watches it drives that are not closed}
     */
    public int watches() {
        return (int) loops.stream().filter(l -> !l.isClosed()).count();
    }

    private static boolean signalled(WatchLoop loop) {
        try {
            return loop.event().await(Duration.ZERO);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    Drive newDrive() {
        return new Drive() {
            @Override
            public Executor delivery() {
                return Runnable::run;
            }

            @Override
            public void start(WatchLoop loop) {
                loops.add(loop);
            }

            @Override
            public void stopLoop(Duration timeout) {
                loops.removeIf(WatchLoop::isClosed);
            }

            @Override
            public void stopDelivery(Duration timeout) {
            }
        };
    }

    @Override
    public String toString() {
        return "ManualWatchScheduler[" + now + "]";
    }
}
