package org.ras4j.watch;

import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;

/**
 * A change of one connection between two snapshots: the connection as the newer snapshot lists it
 * (the older one's for {@link Disappeared}), with its status before and after where the snapshots
 * know it. Events of one connection ({@link #key()}) arrive in the order they happened.
 */
public sealed interface ConnectionEvent extends WatchEvent
        permits Appeared, Connected, StateChanged, Dropped, Disappeared {

    /**
     * {@return the connection, as {@code RasEnumConnections} listed it}
     */
    RasConnection connection();

    /**
     * {@return its {@code RasGetConnectStatus} in the older snapshot; empty if it was not listed there}
     */
    Optional<ConnectionStatus> oldStatus();

    /**
     * {@return its {@code RasGetConnectStatus} in the newer snapshot; empty if it is no longer listed}
     */
    Optional<ConnectionStatus> newStatus();

    /**
     * {@return what identifies the connection across snapshots}
     */
    default ConnectionKey key() {
        return ConnectionKey.of(connection());
    }
}
