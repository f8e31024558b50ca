package org.ras4j.watch;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/**
 * What identifies one connection across snapshots: its handle, its entry name and, where the
 * {@code RASCONN} version has it (Vista and later), its {@code guidCorrelationId}. Windows may give
 * a new connection the handle of one that ended; with a different entry name or correlation id it
 * is another connection (a {@link Disappeared} and an {@link Appeared}), not a change of state.
 *
 * @param handle        {@code hrasconn}
 * @param entryName     {@code szEntryName}, as listed
 * @param correlationId {@code guidCorrelationId}, if the version carries it
 */
public record ConnectionKey(RasHandle handle, String entryName, Optional<UUID> correlationId) {
    /**
     * Checks the members.
     *
     * @param handle        {@code hrasconn}
     * @param entryName     {@code szEntryName}, as listed
     * @param correlationId {@code guidCorrelationId}, if the version carries it
     */
    public ConnectionKey {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(entryName, "entryName");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /**
     * {@return the key of {@code connection}}
     *
     * @param connection the connection
     */
    public static ConnectionKey of(RasConnection connection) {
        return new ConnectionKey(connection.handle(), connection.entryName(), connection.correlationId());
    }
}
