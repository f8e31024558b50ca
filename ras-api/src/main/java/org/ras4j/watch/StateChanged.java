package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;

/**
 * A listed connection's status changed, but not to {@code RASCS_Connected} ({@link Connected}) nor
 * to {@code RASCS_Disconnected} ({@link Dropped}): a dialling state followed another (Windows
 * 95/98/Me list dialling connections), or a member such as {@code rasconnsubstate}
 * ({@code RASCSS_Reconnecting}, Windows 7 and later) or an end point changed.
 *
 * @param time       when the snapshot that shows it was taken
 * @param connection the connection
 * @param before     its status in the older snapshot
 * @param status     its status now
 */
public record StateChanged(Instant time, RasConnection connection, ConnectionStatus before, ConnectionStatus status)
        implements ConnectionEvent {
    /**
     * Checks the members.
     *
     * @param time       when the snapshot that shows it was taken
     * @param connection the connection
     * @param before     its status in the older snapshot
     * @param status     its status now
     */
    public StateChanged {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.STATE_CHANGED;
    }

    @Override
    public Optional<ConnectionStatus> oldStatus() {
        return Optional.of(before);
    }

    @Override
    public Optional<ConnectionStatus> newStatus() {
        return Optional.of(status);
    }
}
