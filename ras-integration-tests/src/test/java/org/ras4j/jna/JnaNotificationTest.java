package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ras4j.ConnectionState;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.AutoResetEvent;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.watch.Appeared;
import org.ras4j.watch.Connected;
import org.ras4j.watch.ConnectionEvent;
import org.ras4j.watch.InitialState;
import org.ras4j.watch.ManualWatchScheduler;
import org.ras4j.watch.RasWatch;
import org.ras4j.watch.WatchEvent;
import org.ras4j.watch.WatchOptions;

/**
 * {@code RasConnectionNotificationW} through {@link JnaRasBackend} and the C stand-in, served by the
 * simulator: the registration crosses JNA with a native event handle, the simulator signals it
 * with {@code standin_set_event}, and the watch's native wait wakes, re-enumerates and delivers,
 * end to end. The event objects are the stand-in's (Linux has no Win32 events); the JnaRasBackend
 * code is the one Windows runs.
 */
class JnaNotificationTest {
    private static final int BOTH = ConnectionNotifier.RASCN_CONNECTION | ConnectionNotifier.RASCN_DISCONNECTION;

    @AfterEach
    void noCallbackFailed() {
        assertNull(StandIn.failure(), "the serving backend threw inside the stand-in");
    }

    private static RasConnection vpn(String name) {
        return RasConnection.builder(RasHandle.NULL, name).deviceType("vpn").deviceName("WAN Miniport (IKEv2)").build();
    }

    @Test
    @DisplayName("the capability is there: the stand-in exports RasConnectionNotificationW and event objects")
    void capability() {
        JnaRasBackend jna = StandIn.serving(SimulatedRas.builder(WindowsProfile.windows10x64()).build());
        assertTrue(jna.hasConnectionNotification());
        assertTrue(ConnectionNotifier.of(jna).isPresent());
    }

    @Test
    @DisplayName("a registration is signalled through the native event after a connect and after a hang-up, and only then")
    void nativeEventIsSignalled() throws InterruptedException {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        JnaRasBackend jna = StandIn.serving(sim);
        long before = StandIn.openEvents();
        NotificationEvent event = jna.createEvent();
        assertEquals(before + 2, StandIn.openEvents(), "the event and its stop event");
        assertEquals(0, jna.connectionNotification(ConnectionNotifier.allConnections(jna.abi()), event, BOTH));
        assertFalse(event.await(Duration.ZERO));
        RasHandle h = sim.connect(vpn("up"));
        assertTrue(event.await(Duration.ZERO));
        assertFalse(event.await(Duration.ofMillis(10)), "auto-reset");
        sim.hangUp(h);
        assertTrue(event.await(Duration.ZERO));
        event.close();
        assertEquals(before, StandIn.openEvents(), "both handles closed");
        sim.connect(vpn("after"));
        assertEquals(0, sim.notificationRegistrations(), "the closed handle's registration ended");
    }

    @Test
    @DisplayName("bad registrations: the codes of the serving backend cross JNA; a closed or foreign event is 6 at once")
    void badRegistrations() {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        JnaRasBackend jna = StandIn.serving(sim);
        RasHandle all = ConnectionNotifier.allConnections(jna.abi());
        assertEquals(87, jna.connectionNotification(all, null, BOTH), "NULL hEvent reaches the DLL as NULL");
        NotificationEvent event = jna.createEvent();
        try {
            assertEquals(87, jna.connectionNotification(all, event, 0));
            assertEquals(6, jna.connectionNotification(RasHandle.of(0x7E57_0000_0001L), event, BOTH));
            assertEquals(6, jna.connectionNotification(all, new AutoResetEvent(), BOTH), "not a native event");
        } finally {
            event.close();
        }
        assertEquals(6, jna.connectionNotification(all, event, BOTH), "closed");
        assertEquals(0, sim.notificationRegistrations());
    }

    @Test
    @DisplayName("watch: notification, re-enumeration through JNA, events; deterministic (manual clock, no thread)")
    void watchEndToEnd() {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).oneShotNotifications().build();
        JnaRasBackend jna = StandIn.serving(sim);
        long before = StandIn.openEvents();
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<String> seen = new ArrayList<>();
        try (RasWatch watch = RasClient.using(jna).watch(WatchOptions.builder().scheduler(time).build())) {
            watch.listen(e -> seen.add(e instanceof ConnectionEvent c
                    ? e.kind().label() + " " + c.connection().entryName() : e.kind().label()));
            assertTrue(watch.notifications().armed(), watch.notifications().toString());
            RasHandle d = sim.dial(vpn("VPN"), ConnectionState.AUTHENTICATE);
            sim.advance(d, ConnectionState.CONNECTED);
            time.runPending();
            sim.drop(d, 629);
            time.runPending();
            sim.hangUp(d);
            time.runPending();
            assertEquals(List.of("initial", "appeared VPN", "connected VPN", "dropped VPN", "disappeared VPN"), seen);
            assertEquals(3, watch.notifications().signals(), "every event came by a native signal (re-armed each time)");
            assertEquals(before + 2, StandIn.openEvents());
        }
        assertEquals(before, StandIn.openEvents(), "closing the watch closed its handles");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("watch on its own thread: the native wait wakes on the signal; close ends the thread and closes the handles")
    void watchThread() throws InterruptedException {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        JnaRasBackend jna = StandIn.serving(sim);
        long before = StandIn.openEvents();
        BlockingQueue<WatchEvent> events = new LinkedBlockingQueue<>();
        RasWatch watch = RasClient.using(jna).watch(WatchOptions.builder().pollInterval(Duration.ofHours(1)).build());
        watch.listen(events::add);
        assertTrue(events.poll(10, TimeUnit.SECONDS) instanceof InitialState);
        sim.connect(vpn("up"));
        assertTrue(events.poll(10, TimeUnit.SECONDS) instanceof Appeared);
        assertTrue(events.poll(10, TimeUnit.SECONDS) instanceof Connected);
        watch.close();
        assertEquals(before, StandIn.openEvents());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().startsWith("ras4j-watch-"))
                && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("ras4j-watch-")), "no watch thread left");
    }
}
