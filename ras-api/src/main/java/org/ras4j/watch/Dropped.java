package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;

/**
 * A listed connection's line dropped (or its dialling failed): {@code RasGetConnectStatus} reports
 * {@code RASCS_Disconnected} with the reason in {@code dwError} (docs/contract.md C-STAT-05), read
 * while the status still answers: once the connection is gone the reason can no longer be read
 * (DotRas issue 80). A {@link Disappeared} follows when it is hung up.
 *
 * @param time       when the snapshot that shows it was taken
 * @param connection the connection
 * @param oldStatus  its status in the older snapshot, if it was listed there
 * @param status     its status now ({@code RASCS_Disconnected})
 */
public record Dropped(Instant time, RasConnection connection, Optional<ConnectionStatus> oldStatus,
                      ConnectionStatus status) implements ConnectionEvent {
    /**
     * Checks the members.
     *
     * @param time       when the snapshot that shows it was taken
     * @param connection the connection
     * @param oldStatus  its status in the older snapshot, if it was listed there
     * @param status     its status now ({@code RASCS_Disconnected})
     */
    public Dropped {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(oldStatus, "oldStatus");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.DROPPED;
    }

    @Override
    public Optional<ConnectionStatus> newStatus() {
        return Optional.of(status);
    }

    /**
     * {@return {@code dwError}: why the line dropped, e.g. 629 {@code ERROR_REMOTE_DISCONNECTION}}
     */
    public int errorCode() {
        return status.errorCode();
    }
}
