package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;

/**
 * A connection is listed that the older snapshot did not list. On Windows NT and later a connection
 * is listed once it is connected (docs/contract.md C-ENUM-16), so a {@link Connected} of the same
 * connection follows at once; on Windows 95/98/Me it is listed while it dials, and its status says
 * where it is.
 *
 * @param time       when the snapshot that lists it was taken
 * @param connection the connection
 * @param status     its status then
 */
public record Appeared(Instant time, RasConnection connection, ConnectionStatus status) implements ConnectionEvent {
    /**
     * Checks the members.
     *
     * @param time       when the snapshot that lists it was taken
     * @param connection the connection
     * @param status     its status then
     */
    public Appeared {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.APPEARED;
    }

    /**
     * {@return empty: it was not listed}
     */
    @Override
    public Optional<ConnectionStatus> oldStatus() {
        return Optional.empty();
    }

    @Override
    public Optional<ConnectionStatus> newStatus() {
        return Optional.of(status);
    }
}
