package org.ras4j.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/** Connections, statuses and snapshots for the watch tests. */
final class WatchFixtures {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:00:01Z");

    private WatchFixtures() {
    }

    static RasConnection connection(long handle, String name) {
        return RasConnection.builder(RasHandle.of(handle), name).deviceType("vpn").deviceName("WAN Miniport").build();
    }

    static RasConnection connection(long handle, String name, UUID correlationId) {
        return connection(handle, name).toBuilder().correlationId(correlationId).build();
    }

    static ConnectionStatus status(ConnectionState state) {
        return ConnectionStatus.of(state, 0, "vpn", "WAN Miniport");
    }

    static ConnectionStatus dropped(int reason) {
        return ConnectionStatus.of(ConnectionState.DISCONNECTED, reason, "vpn", "WAN Miniport");
    }

    static Snapshot.Entry entry(RasConnection connection, ConnectionStatus status) {
        return new Snapshot.Entry(connection, status);
    }

    static Snapshot.Entry connected(long handle, String name) {
        return entry(connection(handle, name), status(ConnectionState.CONNECTED));
    }

    static Snapshot snapshot(Instant time, Snapshot.Entry... entries) {
        return new Snapshot(time, List.of(entries));
    }

    /** {@code n} connected connections with handles 4, 8, … named {@code c0}, {@code c1} … */
    static List<Snapshot.Entry> many(int n) {
        List<Snapshot.Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(connected(4L * (i + 1), "c" + i));
        }
        return entries;
    }
}
