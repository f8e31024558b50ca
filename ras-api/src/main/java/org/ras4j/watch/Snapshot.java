package org.ras4j.watch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;

/**
 * The connections {@code RasEnumConnections} listed at one time, in its order, each with its
 * {@code RasGetConnectStatus}. A listed connection whose status answered {@code ERROR_INVALID_HANDLE}
 * (hung up between the two calls) is not in it: it is gone. Immutable.
 *
 * @param time    when the snapshot was complete
 * @param entries the connections with their statuses, in listing order
 */
public record Snapshot(Instant time, List<Snapshot.Entry> entries) {

    /**
     * One connection and its status.
     *
     * @param connection as listed
     * @param status     as {@code RasGetConnectStatus} reported it right after the listing
     */
    public record Entry(RasConnection connection, ConnectionStatus status) {
        /**
         * Checks the members.
         *
         * @param connection as listed
         * @param status     as {@code RasGetConnectStatus} reported it right after the listing
         */
        public Entry {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(status, "status");
        }

        /**
         * {@return the connection's key}
         */
        public ConnectionKey key() {
            return ConnectionKey.of(connection);
        }
    }

    /**
     * Checks the members.
     *
     * @param time    when the snapshot was complete
     * @param entries the connections with their statuses, in listing order
     */
    public Snapshot {
        Objects.requireNonNull(time, "time");
        entries = List.copyOf(entries);
    }

    /**
     * {@return how many connections it holds}
     */
    public int size() {
        return entries.size();
    }

    /**
     * {@return the entry of the connection with this key, if it holds it}
     *
     * @param key the key
     */
    public Optional<Entry> find(ConnectionKey key) {
        Objects.requireNonNull(key, "key");
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /**
     * {@return the first entry whose entry name is {@code entryName}, compared as Windows compares them (without regard to case)}
     *
     * @param entryName the entry name
     */
    public Optional<Entry> find(String entryName) {
        Objects.requireNonNull(entryName, "entryName");
        return entries.stream().filter(e -> e.connection().entryName().equalsIgnoreCase(entryName)).findFirst();
    }
}
