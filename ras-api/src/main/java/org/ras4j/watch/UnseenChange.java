package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;

/**
 * The backend signalled a change ({@code RasConnectionNotification}) but the snapshot taken after
 * the signal differs in nothing from the one before: most likely a connection came and went between
 * two snapshots, which a watch reports this way rather than invent it (no {@link Appeared} without
 * a snapshot that lists it). A watch does not report it after a poll that showed changes, since the
 * signal may be theirs; so it can miss one then, and, rarely, report one for a change a poll showed
 * while its signal was on its way.
 *
 * @param time when the snapshot after the signal was taken
 */
public record UnseenChange(Instant time) implements WatchEvent {
    /**
     * Checks the members.
     *
     * @param time when the snapshot after the signal was taken
     */
    public UnseenChange {
        Objects.requireNonNull(time, "time");
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.UNSEEN_CHANGE;
    }
}
