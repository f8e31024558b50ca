package org.ras4j.watch;

import java.time.Instant;

/**
 * What a {@link RasWatch} delivers: the {@link InitialState}, a change of one connection
 * ({@link ConnectionEvent}: {@link Appeared}, {@link Connected}, {@link StateChanged},
 * {@link Dropped}, {@link Disappeared}), or a note about what the watch could not see
 * ({@link UnseenChange}, {@link EventsMissed}, {@link SnapshotFailed}). Values are immutable.
 *
 * <pre>{@code
 * watch.listen(event -> {
 *     if (event instanceof Dropped d) {
 *         System.out.println(d.connection().entryName() + " dropped: dwError " + d.errorCode());
 *     }
 * });
 * }</pre>
 */
public sealed interface WatchEvent
        permits InitialState, ConnectionEvent, UnseenChange, EventsMissed, SnapshotFailed {

    /**
     * {@return when the watch saw it: the time of the snapshot that showed it}
     */
    Instant time();

    /**
     * {@return which kind of event this is}
     */
    WatchEventKind kind();
}
