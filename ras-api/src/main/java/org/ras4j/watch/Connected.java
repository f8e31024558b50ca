package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;

/**
 * A listed connection is up: its state became {@code RASCS_Connected}, from a dialling state, or
 * it appeared connected (then {@link #oldStatus()} is empty and an {@link Appeared} came just
 * before).
 *
 * @param time       when the snapshot that shows it was taken
 * @param connection the connection
 * @param oldStatus  its status in the older snapshot, if it was listed there
 * @param status     its status now ({@code RASCS_Connected})
 */
public record Connected(Instant time, RasConnection connection, Optional<ConnectionStatus> oldStatus,
                        ConnectionStatus status) implements ConnectionEvent {
    /**
     * Checks the members.
     *
     * @param time       when the snapshot that shows it was taken
     * @param connection the connection
     * @param oldStatus  its status in the older snapshot, if it was listed there
     * @param status     its status now ({@code RASCS_Connected})
     */
    public Connected {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(oldStatus, "oldStatus");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.CONNECTED;
    }

    @Override
    public Optional<ConnectionStatus> newStatus() {
        return Optional.of(status);
    }
}
