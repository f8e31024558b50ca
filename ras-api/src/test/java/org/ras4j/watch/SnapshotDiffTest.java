package org.ras4j.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.watch.WatchFixtures.T0;
import static org.ras4j.watch.WatchFixtures.T1;
import static org.ras4j.watch.WatchFixtures.connected;
import static org.ras4j.watch.WatchFixtures.connection;
import static org.ras4j.watch.WatchFixtures.dropped;
import static org.ras4j.watch.WatchFixtures.entry;
import static org.ras4j.watch.WatchFixtures.snapshot;
import static org.ras4j.watch.WatchFixtures.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;

/** Every rule of {@link SnapshotDiff}. */
class SnapshotDiffTest {
    private static final RasConnection VPN = connection(0x20000000004L, "VPN");
    private static final ConnectionStatus UP = status(ConnectionState.CONNECTED);
    private static final ConnectionStatus AUTH = status(ConnectionState.AUTHENTICATE);

    @Test
    @DisplayName("nothing changed: no event")
    void unchanged() {
        assertEquals(List.of(), SnapshotDiff.between(snapshot(T0, connected(4, "a")), snapshot(T1, connected(4, "a"))));
    }

    @Test
    @DisplayName("a connection listed connected: Appeared then Connected, at the newer snapshot's time")
    void appearsConnected() {
        List<WatchEvent> events = SnapshotDiff.between(snapshot(T0), snapshot(T1, entry(VPN, UP)));
        assertEquals(List.of(new Appeared(T1, VPN, UP), new Connected(T1, VPN, Optional.empty(), UP)), events);
    }

    @Test
    @DisplayName("a connection listed while dialling (Windows 95/98/Me): Appeared only")
    void appearsDialling() {
        assertEquals(List.of(new Appeared(T1, VPN, AUTH)), SnapshotDiff.between(snapshot(T0), snapshot(T1, entry(VPN, AUTH))));
    }

    @Test
    @DisplayName("a connection listed dropped: Appeared then Dropped with its dwError")
    void appearsDropped() {
        List<WatchEvent> events = SnapshotDiff.between(snapshot(T0), snapshot(T1, entry(VPN, dropped(628))));
        assertEquals(List.of(WatchEventKind.APPEARED, WatchEventKind.DROPPED), events.stream().map(WatchEvent::kind).toList());
        assertEquals(628, ((Dropped) events.get(1)).errorCode());
    }

    @Test
    @DisplayName("dialling to connected: Connected with the old status")
    void dialToConnected() {
        assertEquals(List.of(new Connected(T1, VPN, Optional.of(AUTH), UP)),
                SnapshotDiff.between(snapshot(T0, entry(VPN, AUTH)), snapshot(T1, entry(VPN, UP))));
    }

    @Test
    @DisplayName("one dialling state to another, or a sub-state change: StateChanged with both statuses")
    void stateChanges() {
        ConnectionStatus project = status(ConnectionState.AUTH_PROJECT);
        assertEquals(List.of(new StateChanged(T1, VPN, AUTH, project)),
                SnapshotDiff.between(snapshot(T0, entry(VPN, AUTH)), snapshot(T1, entry(VPN, project))));
        ConnectionStatus reconnecting = new ConnectionStatus(ConnectionState.CONNECTED, 0, "vpn", "WAN Miniport",
                Optional.empty(), Optional.empty(), Optional.empty(), java.util.OptionalInt.of(2));
        List<WatchEvent> events = SnapshotDiff.between(snapshot(T0, entry(VPN, UP)), snapshot(T1, entry(VPN, reconnecting)));
        assertEquals(List.of(new StateChanged(T1, VPN, UP, reconnecting)), events);
    }

    @Test
    @DisplayName("a line drops: Dropped with the reason in dwError and the old status")
    void drops() {
        List<WatchEvent> events = SnapshotDiff.between(snapshot(T0, entry(VPN, UP)), snapshot(T1, entry(VPN, dropped(629))));
        assertEquals(List.of(new Dropped(T1, VPN, Optional.of(UP), dropped(629))), events);
        assertEquals(629, ((Dropped) events.get(0)).errorCode());
    }

    @Test
    @DisplayName("a connection no longer listed: Disappeared with its last status")
    void disappears() {
        assertEquals(List.of(new Disappeared(T1, VPN, dropped(629))),
                SnapshotDiff.between(snapshot(T0, entry(VPN, dropped(629))), snapshot(T1)));
    }

    @Test
    @DisplayName("a handle reused for another entry name is another connection: Disappeared, then Appeared and Connected")
    void reusedHandleIsAnotherConnection() {
        RasConnection other = connection(VPN.handle().bits(), "Other");
        List<WatchEvent> events = SnapshotDiff.between(snapshot(T0, entry(VPN, UP)), snapshot(T1, entry(other, UP)));
        assertEquals(List.of(new Disappeared(T1, VPN, UP), new Appeared(T1, other, UP),
                new Connected(T1, other, Optional.empty(), UP)), events);
    }

    @Test
    @DisplayName("the same handle and name with another correlation id is another connection")
    void correlationIdIsPartOfTheKey() {
        RasConnection first = connection(8, "VPN", UUID.fromString("00000000-0000-0000-0000-000000000001"));
        RasConnection second = connection(8, "VPN", UUID.fromString("00000000-0000-0000-0000-000000000002"));
        List<WatchEventKind> kinds = SnapshotDiff.between(snapshot(T0, entry(first, UP)), snapshot(T1, entry(second, UP)))
                .stream().map(WatchEvent::kind).toList();
        assertEquals(List.of(WatchEventKind.DISAPPEARED, WatchEventKind.APPEARED, WatchEventKind.CONNECTED), kinds);
    }

    @Test
    @DisplayName("disappearances first in the older order, then the rest in the newer listing's order")
    void order() {
        Snapshot before = snapshot(T0, connected(4, "a"), connected(8, "b"), connected(12, "c"));
        Snapshot after = snapshot(T1, connected(16, "d"), entry(connection(12, "c"), dropped(628)), connected(20, "e"));
        List<String> seen = new ArrayList<>();
        for (WatchEvent e : SnapshotDiff.between(before, after)) {
            ConnectionEvent c = (ConnectionEvent) e;
            seen.add(c.kind().label() + " " + c.connection().entryName());
        }
        assertEquals(List.of("disappeared a", "disappeared b", "appeared d", "connected d", "dropped c",
                "appeared e", "connected e"), seen);
    }

    @Test
    @DisplayName("4096 connections, one changed: exactly one event")
    void manyConnectionsOneChange() {
        List<Snapshot.Entry> entries = new ArrayList<>(WatchFixtures.many(4096));
        Snapshot before = new Snapshot(T0, entries);
        entries.set(2048, entry(entries.get(2048).connection(), dropped(629)));
        List<WatchEvent> events = SnapshotDiff.between(before, new Snapshot(T1, entries));
        assertEquals(1, events.size());
        assertTrue(events.get(0) instanceof Dropped d && d.connection().entryName().equals("c2048"), events.toString());
    }
}
