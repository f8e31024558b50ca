package org.ras4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasException;

/**
 * A connection {@code RasEnumConnections} listed, with the state {@code RasGetConnectStatus}
 * reported for it right after.
 *
 * @param connection the listed {@code RASCONN}
 * @param status     its {@code RASCONNSTATUS}
 */
record Listing(RasConnection connection, ConnectionStatus status) {

    Listing {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Every connection the client lists, in order, each with its status. A connection hung up
     * between the two calls ({@code RasGetConnectStatus} then returns {@code ERROR_INVALID_HANDLE})
     * is left out, as rasdial leaves it out.
     *
     * @throws RasException if either call fails otherwise
     */
    static List<Listing> of(RasClient client) {
        List<Listing> listings = new ArrayList<>();
        for (RasConnection connection : client.connections()) {
            client.statusIfLive(connection.handle()).ifPresent(status -> listings.add(new Listing(connection, status)));
        }
        return List.copyOf(listings);
    }
}
