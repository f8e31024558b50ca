package org.ras4j.watch;

import java.time.Instant;
import org.ras4j.spi.NotificationEvent;

/** What a {@link WatchScheduler} drives: one watch's event to wait for, its poll time, and its two steps. */
interface WatchLoop {
    /** The event the backend signals (or, without notifications, one only {@code close} wakes). */
    NotificationEvent event();

    /** When the next poll is due. */
    Instant nextPoll();

    /** The event was signalled: re-arm, take a snapshot, deliver. */
    void signalled();

    /** A poll is due: take a snapshot, deliver, schedule the next poll. */
    void pollDue();

    /** Whether the watch is closed; then the scheduler lets go of it. */
    boolean isClosed();
}
