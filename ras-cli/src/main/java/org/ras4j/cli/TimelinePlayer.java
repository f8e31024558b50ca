package org.ras4j.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ras4j.sim.SimulatedRas;

/**
 * Plays a simulator's timeline with the wall clock: a daemon thread ({@code ras4j-timeline}) that
 * moves the simulator's timeline to the time elapsed since {@link #start} whenever its next change
 * is due. A change that fails is reported on {@code err} as one line and the others go on.
 */
final class TimelinePlayer implements AutoCloseable {
    private final SimulatedRas simulator;
    private final PrintWriter err;
    private final Object lock = new Object();
    private final long start = System.nanoTime();
    private final Thread thread;
    private boolean closed;

    private TimelinePlayer(SimulatedRas simulator, PrintWriter err) {
        this.simulator = simulator;
        this.err = err;
        this.thread = new Thread(this::play, "ras4j-timeline");
        this.thread.setDaemon(true);
    }

    /** Starts playing {@code simulator}'s timeline from now. */
    static TimelinePlayer start(SimulatedRas simulator, PrintWriter err) {
        TimelinePlayer player = new TimelinePlayer(Objects.requireNonNull(simulator, "simulator"),
                Objects.requireNonNull(err, "err"));
        player.thread.start();
        return player;
    }

    private void play() {
        while (true) {
            Optional<Duration> next = simulator.nextTimedChange();
            if (next.isEmpty()) {
                return;
            }
            long waitNanos = start + next.get().toNanos() - System.nanoTime();
            synchronized (lock) {
                if (closed) {
                    return;
                }
                if (waitNanos > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(lock, waitNanos);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                    continue;
                }
            }
            try {
                simulator.advanceTimeTo(Duration.ofNanos(System.nanoTime() - start));
            } catch (RuntimeException failed) {
                err.println("ras4j: scenario timeline: " + Escaper.escape(String.valueOf(failed.getMessage())));
            }
        }
    }

    /** Stops playing and waits (a bounded time) for the thread to end. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
