package org.ras4j.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;

/**
 * What drives a {@link RasWatch}: what time it is, who waits for the backend's signal and the next
 * poll, and on which thread subscribers get their events.
 *
 * <p>{@link #system()}, the default, gives each watch one daemon thread that waits on the
 * notification event with the time to the next poll as its timeout ({@code ras4j-watch-<n>}), and
 * delivers on daemon threads of the watch's own ({@code ras4j-watch-<n>-delivery-<m>}, one per
 * subscriber that has events waiting), which end when the watch is closed. A
 * {@link ManualWatchScheduler} starts no thread at all: a test moves its clock and the watch acts
 * then, on the test's thread, deterministically. Only these two exist.
 */
public abstract class WatchScheduler {
    WatchScheduler() {
    }

    /**
     * {@return the real clock, a thread per watch}
     */
    public static WatchScheduler system() {
        return SystemWatchScheduler.INSTANCE;
    }

    /**
     * {@return the current time, as this scheduler sees it}
     */
    public abstract Instant now();

    /**
     * {@return A new drive for one watch: its delivery executor now, its loop once {@link Drive#start started}}
     */
    abstract Drive newDrive();

    /** Drives one watch. */
    interface Drive {
        /**
         * {@return where subscribers' deliveries run}
         */
        Executor delivery();

        /**
         * Starts driving {@code loop}.
         *
         * @param loop the loop
         */
        void start(WatchLoop loop);

        /**
         * Stops driving (the loop is closed already and its event closed, which wakes a waiting
         * thread) and waits up to {@code timeout} for the thread to end; never waits for itself.
         *
         * @param timeout the timeout
         */
        void stopLoop(Duration timeout);

        /**
         * Lets the delivery threads end once their queued deliveries are done, waiting up to {@code timeout}.
         *
         * @param timeout the timeout
         */
        void stopDelivery(Duration timeout);
    }
}
