package org.ras4j.sim;

import java.util.List;
import java.util.Objects;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/**
 * A live connection of a {@link SimulatedRas}, as a test sees it: what the newest {@code RASCONN}
 * would report (with the handle the simulator gave it), where it is in its life, and the handles
 * of its sub-entries. Values of this type are snapshots; they do not change when the simulator does.
 *
 * @param connection      the connection's members, with its handle
 * @param details         what {@code RasGetConnectStatus} adds about it
 * @param state           a dialling state, {@code RASCS_Connected}, or {@code RASCS_Disconnected} once
 *                        its line dropped
 * @param errorCode       the reason the line dropped ({@code dwError}), 0 otherwise
 * @param subEntryHandles the handle of each sub-entry ({@code RasGetSubEntryHandle} for sub-entry
 *                        {@code i + 1}); empty for a connection that is not multilink
 */
public record SimConnection(RasConnection connection, StatusDetails details, ConnectionState state, int errorCode,
        List<RasHandle> subEntryHandles) {

    /**
     * Checks the members for null and copies the handle list.
     *
     * @param connection      the connection's members, with its handle
     * @param details         what {@code RasGetConnectStatus} adds about it
     * @param state           a dialling state, {@code RASCS_Connected}, or {@code RASCS_Disconnected} once its line dropped
     * @param errorCode       the reason the line dropped ({@code dwError}), 0 otherwise
     * @param subEntryHandles the handle of each sub-entry ({@code RasGetSubEntryHandle} for sub-entry {@code i + 1}); empty for a connection that is not multilink
     */
    public SimConnection {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(state, "state");
        subEntryHandles = List.copyOf(subEntryHandles);
    }

    /**
     * {@return the connection's {@code HRASCONN}}
     */
    public RasHandle handle() {
        return connection.handle();
    }

    /**
     * {@return whether it is still dialling (neither connected nor dropped)}
     */
    public boolean isDialing() {
        return !state.isConnected() && !state.isDisconnected();
    }

    /**
     * {@return whether its line dropped ({@code RASCS_Disconnected}); it stays until hung up}
     */
    public boolean isDropped() {
        return state.isDisconnected();
    }
}
