package org.ras4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
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
     * What {@code ras4j list} shows, and what it leaves out of what {@code RasEnumConnections} listed.
     *
     * @param shown   the rows of the table, in listing order
     * @param leftOut the listed connections without a row, each with the reason
     */
    record Result(List<Listing> shown, List<LeftOut> leftOut) {
        Result {
            shown = List.copyOf(shown);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * A connection {@code RasEnumConnections} listed that the table leaves out.
     *
     * @param connection the listed {@code RASCONN}
     * @param reason     why, as the notes say it after the name and handle, naming the call that
     *                   said so: {@code is left out by --active: RasGetConnectStatus says ...}
     */
    record LeftOut(RasConnection connection, String reason) {
        LeftOut {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Every connection the client lists, in order, each with its status. A connection hung up
     * between the two calls ({@code RasGetConnectStatus} then returns {@code ERROR_INVALID_HANDLE})
     * is left out, as rasdial leaves it out; with {@code activeOnly}, so is every connection whose
     * state is not {@code RASCS_Connected}: the connections {@link RasClient#activeConnections()}
     * gives, with the status that chose them.
     *
     * @throws RasException if either call fails otherwise
     */
    static Result of(RasClient client, boolean activeOnly) {
        List<Listing> shown = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (RasConnection connection : client.connections()) {
            Optional<ConnectionStatus> status = client.statusIfLive(connection.handle());
            if (status.isEmpty()) {
                leftOut.add(new LeftOut(connection, "is left out: RasGetConnectStatus answered "
                        + RasError.ERROR_INVALID_HANDLE.code() + " " + RasError.ERROR_INVALID_HANDLE.name()
                        + " after RasEnumConnections listed it, as for a connection hung up in between"));
            } else if (activeOnly && !status.get().isConnected()) {
                leftOut.add(new LeftOut(connection, "is left out by --active: RasGetConnectStatus says "
                        + status.get().state().shortName() + (status.get().errorCode() == 0 ? ""
                        : ", dwError " + Integer.toUnsignedString(status.get().errorCode()) + " "
                        + RasError.nameOf(status.get().errorCode()))));
            } else {
                shown.add(new Listing(connection, status.get()));
            }
        }
        return new Result(shown, leftOut);
    }
}
