package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;

/**
 * The backend signalled a change ({@code RasConnectionNotification}) but the snapshot taken after
 * the signal differs in nothing from the one before: most likely a connection came and went between
 * two snapshots, which a watch reports this way rather than invent it (no {@link Appeared} without
 * a snapshot that lists it). It can also be a change an earlier snapshot had already shown, when a
 * poll ran between the change and its signal.
 *
 * @param time when the snapshot after the signal was taken
 */
public record UnseenChange(Instant time) implements WatchEvent {
    public UnseenChange {
        Objects.requireNonNull(time, "time");
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.UNSEEN_CHANGE;
    }
}
