package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;

/**
 * A connection the older snapshot listed is gone: {@code RasEnumConnections} no longer lists it, or
 * its {@code RasGetConnectStatus} answers {@code ERROR_INVALID_HANDLE} (hung up, or the RAS service
 * stopped). Its last known status is the older snapshot's.
 *
 * @param time       when the snapshot without it was taken
 * @param connection the connection, as the older snapshot listed it
 * @param lastStatus its status in the older snapshot
 */
public record Disappeared(Instant time, RasConnection connection, ConnectionStatus lastStatus)
        implements ConnectionEvent {
    /**
     * Checks the members.
     *
     * @param time       when the snapshot without it was taken
     * @param connection the connection, as the older snapshot listed it
     * @param lastStatus its status in the older snapshot
     */
    public Disappeared {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(lastStatus, "lastStatus");
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.DISAPPEARED;
    }

    @Override
    public Optional<ConnectionStatus> oldStatus() {
        return Optional.of(lastStatus);
    }

    /**
     * {@return empty: it is gone}
     */
    @Override
    public Optional<ConnectionStatus> newStatus() {
        return Optional.empty();
    }
}
