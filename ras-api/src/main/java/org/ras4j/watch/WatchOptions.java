package org.ras4j.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RasWatch} watches: how often it polls, whether it also uses the backend's
 * notifications, how far a subscriber may fall behind, and what drives it. Immutable.
 *
 * <pre>{@code
 * RasWatch watch = client.watch(WatchOptions.builder().pollInterval(Duration.ofSeconds(10)).build());
 * }</pre>
 */
public final class WatchOptions {
    /** The default time between two polls: {@value #DEFAULT_POLL_SECONDS} seconds. */
    public static final long DEFAULT_POLL_SECONDS = 3;
    /** The default number of events a subscriber may have waiting before it misses some. */
    public static final int DEFAULT_BUFFER_SIZE = 1024;

    private static final WatchOptions DEFAULTS = builder().build();

    private final Duration pollInterval;
    private final boolean notifications;
    private final int bufferSize;
    private final WatchScheduler scheduler;

    private WatchOptions(Builder b) {
        this.pollInterval = b.pollInterval;
        this.notifications = b.notifications;
        this.bufferSize = b.bufferSize;
        this.scheduler = b.scheduler;
    }

    /**
     * {@return polls every {@value #DEFAULT_POLL_SECONDS} s beside notifications, buffers of {@value #DEFAULT_BUFFER_SIZE}, a thread of its own}
     */
    public static WatchOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return this builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The time between two snapshots taken without a signal. Polling runs whether or not the
     * backend notifies: a notification Windows fails to send (DotRas issue 105) delays an event by
     * at most this long.
     *
     * @return the time between two snapshots taken without a signal
     */
    public Duration pollInterval() {
        return pollInterval;
    }

    /**
     * {@return whether the watch registers for {@code RasConnectionNotification} where the backend has it}
     */
    public boolean notifications() {
        return notifications;
    }

    /**
     * {@return how many events a subscriber may have waiting; beyond it, it gets {@link EventsMissed}}
     */
    public int bufferSize() {
        return bufferSize;
    }

    /**
     * {@return what drives the watch: {@link WatchScheduler#system()} or a {@link ManualWatchScheduler}}
     */
    public WatchScheduler scheduler() {
        return scheduler;
    }

    @Override
    public String toString() {
        return "WatchOptions[pollInterval=" + pollInterval + ", notifications=" + notifications + ", bufferSize="
                + bufferSize + ", scheduler=" + scheduler + "]";
    }

    /** Builds {@link WatchOptions}. */
    public static final class Builder {
        private Duration pollInterval = Duration.ofSeconds(DEFAULT_POLL_SECONDS);
        private boolean notifications = true;
        private int bufferSize = DEFAULT_BUFFER_SIZE;
        private WatchScheduler scheduler = WatchScheduler.system();

        private Builder() {
        }

        /**
         * The time between two polls.
         *
         * @param value the new value
         * @return this builder
         * @throws IllegalArgumentException if it is under one millisecond
         */
        public Builder pollInterval(Duration value) {
            Objects.requireNonNull(value, "pollInterval");
            if (value.compareTo(Duration.ofMillis(1)) < 0) {
                throw new IllegalArgumentException("the poll interval must be at least 1 ms, not " + value);
            }
            pollInterval = value;
            return this;
        }

        /**
         * Whether to use the backend's notifications ({@code true} by default); polling runs either way.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder notifications(boolean value) {
            notifications = value;
            return this;
        }

        /**
         * Events a subscriber may have waiting.
         *
         * @param value the new value
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder bufferSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("a subscriber's buffer holds at least one event, not " + value);
            }
            bufferSize = value;
            return this;
        }

        /**
         * What drives the watch; a {@link ManualWatchScheduler} in tests.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder scheduler(WatchScheduler value) {
            scheduler = Objects.requireNonNull(value, "scheduler");
            return this;
        }

        /** {@return the options} */
        public WatchOptions build() {
            return new WatchOptions(this);
        }
    }
}
