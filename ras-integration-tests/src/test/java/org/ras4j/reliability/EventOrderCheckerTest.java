package org.ras4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.watch.Appeared;
import org.ras4j.watch.Connected;
import org.ras4j.watch.Disappeared;
import org.ras4j.watch.Dropped;
import org.ras4j.watch.InitialState;
import org.ras4j.watch.Snapshot;

/** The soak's checker finds what it is there to find. */
class EventOrderCheckerTest {
    private static final Instant T = Instant.EPOCH;
    private static final RasConnection VPN = RasConnection.builder(RasHandle.of(4), "VPN").build();
    private static final ConnectionStatus UP = ConnectionStatus.of(ConnectionState.CONNECTED, 0, "vpn", "x");
    private static final ConnectionStatus DOWN = ConnectionStatus.of(ConnectionState.DISCONNECTED, 629, "vpn", "x");

    private static List<String> check(Object... events) {
        Queue<String> failures = EventOrderChecker.failureQueue();
        EventOrderChecker checker = new EventOrderChecker("w", failures);
        checker.onEvent(new InitialState(new Snapshot(T, List.of())));
        for (Object e : events) {
            checker.onEvent((org.ras4j.watch.WatchEvent) e);
        }
        return List.copyOf(failures);
    }

    @Test
    @DisplayName("a whole life in order passes")
    void inOrder() {
        assertEquals(List.of(), check(new Appeared(T, VPN, UP), new Connected(T, VPN, Optional.empty(), UP),
                new Dropped(T, VPN, Optional.of(UP), DOWN), new Disappeared(T, VPN, DOWN)));
    }

    @Test
    @DisplayName("out of order, twice, after the end, or with a wrong old status: each is found")
    void outOfOrder() {
        assertTrue(check(new Dropped(T, VPN, Optional.of(UP), DOWN)).get(0).contains("never appeared"));
        assertTrue(check(new Appeared(T, VPN, UP), new Appeared(T, VPN, UP)).get(0).contains("appeared twice"));
        assertTrue(check(new Appeared(T, VPN, UP), new Disappeared(T, VPN, UP), new Appeared(T, VPN, UP)).get(0)
                .contains("after disappeared"));
        assertTrue(check(new Appeared(T, VPN, UP), new Disappeared(T, VPN, DOWN)).get(0).contains("says it was"));
        assertTrue(check(new Appeared(T, VPN, UP), new Dropped(T, VPN, Optional.of(UP), DOWN),
                new Connected(T, VPN, Optional.empty(), UP)).get(0).contains("says it was"));
    }
}
