package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;

/**
 * The first event every subscriber gets: the state of the connections when it joined (the watch's
 * latest snapshot), so that it needs no separate list call. Changes after it come as
 * {@link ConnectionEvent}s.
 *
 * @param snapshot the connections and their statuses
 */
public record InitialState(Snapshot snapshot) implements WatchEvent {
    /**
     * Checks the members.
     *
     * @param snapshot the connections and their statuses
     */
    public InitialState {
        Objects.requireNonNull(snapshot, "snapshot");
    }

    /**
     * {@return the snapshot's time}
     */
    @Override
    public Instant time() {
        return snapshot.time();
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.INITIAL;
    }
}
