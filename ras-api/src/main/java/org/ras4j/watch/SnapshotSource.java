package org.ras4j.watch;

import java.util.ArrayList;
import java.util.List;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;

/** Where a watch's snapshots come from: the listing and each listed connection's status. */
@FunctionalInterface
interface SnapshotSource {
    /**
     * The connections listed now with their statuses, in listing order; a connection whose status
     * answers {@code ERROR_INVALID_HANDLE} is left out (it is gone).
     *
     * @throws org.ras4j.RasException if a call fails otherwise
     */
    List<Snapshot.Entry> take();

    /** {@code RasEnumConnections}, then {@code RasGetConnectStatus} of each, through {@code client}. */
    static SnapshotSource of(RasClient client) {
        return () -> {
            List<RasConnection> listed = client.connections();
            List<Snapshot.Entry> entries = new ArrayList<>(listed.size());
            for (RasConnection connection : listed) {
                client.statusIfLive(connection.handle()).ifPresent(s -> entries.add(new Snapshot.Entry(connection, s)));
            }
            return entries;
        };
    }
}
