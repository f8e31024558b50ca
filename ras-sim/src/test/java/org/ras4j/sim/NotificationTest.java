package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.spi.ConnectionNotifier.RASCN_BANDWIDTH_REMOVED;
import static org.ras4j.spi.ConnectionNotifier.RASCN_CONNECTION;
import static org.ras4j.spi.ConnectionNotifier.RASCN_DISCONNECTION;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.AutoResetEvent;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.WindowsProfile;

/** {@code RasConnectionNotification} in the simulator: docs/contract.md §9 and the choices of §7 (k)–(m). */
class NotificationTest {
    private static final int BOTH = RASCN_CONNECTION | RASCN_DISCONNECTION;

    private final SimulatedRas nt = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
    private final RasHandle all = ConnectionNotifier.allConnections(nt.abi());

    private static boolean signalled(NotificationEvent event) throws InterruptedException {
        return event.await(Duration.ZERO);
    }

    private NotificationEvent registered(SimulatedRas ras, RasHandle hrasconn, int flags) {
        NotificationEvent event = ras.createEvent();
        assertEquals(0, ras.connectionNotification(hrasconn, event, flags));
        return event;
    }

    @Test
    @DisplayName("§7 (k): the codes of a bad registration, in their order")
    void badRegistrations() {
        NotificationEvent closed = new AutoResetEvent();
        closed.close();
        assertEquals(87, nt.connectionNotification(all, null, BOTH), "NULL hEvent");
        assertEquals(6, nt.connectionNotification(all, closed, BOTH), "a closed event");
        assertEquals(87, nt.connectionNotification(all, nt.createEvent(), 0), "no flag");
        assertEquals(87, nt.connectionNotification(all, nt.createEvent(), 0x10), "RASCN_Dormant: not documented");
        assertEquals(6, nt.connectionNotification(RasHandle.NULL, nt.createEvent(), RASCN_DISCONNECTION), "handle 0");
        assertEquals(6, nt.connectionNotification(RasHandle.of(0xFFFF_FFFFL), nt.createEvent(), BOTH),
                "the x86 INVALID_HANDLE_VALUE on x64 is no handle");
        RasHandle gone = nt.connect(Samples.vpn("gone"));
        nt.hangUp(gone);
        assertEquals(6, nt.connectionNotification(gone, nt.createEvent(), RASCN_DISCONNECTION), "a hung-up handle");
        nt.stopService();
        assertEquals(711, nt.connectionNotification(all, nt.createEvent(), BOTH), "the RAS service stopped");
        assertEquals(0, nt.notificationRegistrations());
        assertEquals(8, nt.callCount(SimFunction.CONNECTION_NOTIFICATION));
    }

    @Test
    @DisplayName("C-NOTIFY-01: Windows 95 has no RasConnectionNotification (120); Windows 98 has")
    void windows95LacksIt() {
        SimulatedRas w95 = SimulatedRas.builder(WindowsProfile.windows95x86()).build();
        assertFalse(w95.hasConnectionNotification());
        assertTrue(ConnectionNotifier.of(w95).isEmpty());
        assertEquals(120, w95.connectionNotification(ConnectionNotifier.allConnections(w95.abi()), w95.createEvent(), BOTH));
        SimulatedRas w98 = SimulatedRas.builder(WindowsProfile.windows98x86()).build();
        assertTrue(ConnectionNotifier.of(w98).isPresent());
    }

    @Test
    @DisplayName("a connect signals RASCN_Connection registrations, not RASCN_Disconnection-only ones")
    void connectSignalsConnection() throws InterruptedException {
        NotificationEvent both = registered(nt, all, BOTH);
        NotificationEvent disconnections = registered(nt, all, RASCN_DISCONNECTION);
        nt.connect(Samples.vpn("up"));
        assertTrue(signalled(both));
        assertFalse(signalled(both), "auto-reset: one signal per change");
        assertFalse(signalled(disconnections));
    }

    @Test
    @DisplayName("a hang-up and a drop signal RASCN_Disconnection, for every connection and for that one only")
    void endsSignalDisconnection() throws InterruptedException {
        RasHandle a = nt.connect(Samples.vpn("a"));
        RasHandle b = nt.connect(Samples.vpn("b"));
        NotificationEvent any = registered(nt, all, RASCN_DISCONNECTION);
        NotificationEvent ofA = registered(nt, a, RASCN_DISCONNECTION);
        NotificationEvent ofB = registered(nt, b, RASCN_DISCONNECTION);
        nt.drop(b, 629);
        assertTrue(signalled(any));
        assertTrue(signalled(ofB));
        assertFalse(signalled(ofA));
        nt.hangUp(a);
        assertTrue(signalled(any));
        assertTrue(signalled(ofA));
        assertFalse(signalled(ofB));
        assertEquals(2, nt.notificationRegistrations(), "the registration of a ended with a");
    }

    @Test
    @DisplayName("NT: dialling signals nothing until the connection is listed, connected")
    void ntDialling() throws InterruptedException {
        NotificationEvent event = registered(nt, all, BOTH);
        RasHandle d = nt.dial(Samples.vpn("d"), ConnectionState.CONNECT_DEVICE);
        nt.advance(d, ConnectionState.AUTHENTICATE);
        assertFalse(signalled(event));
        nt.advance(d, ConnectionState.CONNECTED);
        assertTrue(signalled(event));
    }

    @Test
    @DisplayName("95/98/Me: a dialling connection is listed, so dialling and each state signal RASCN_Connection")
    void nineXDialling() throws InterruptedException {
        SimulatedRas w98 = SimulatedRas.builder(WindowsProfile.windows98x86()).build();
        NotificationEvent event = registered(w98, ConnectionNotifier.allConnections(w98.abi()), RASCN_CONNECTION);
        RasHandle d = w98.dial(Samples.vpn("d"), ConnectionState.CONNECT_DEVICE);
        assertTrue(signalled(event));
        w98.advance(d, ConnectionState.AUTHENTICATE);
        assertTrue(signalled(event));
        w98.advance(d, ConnectionState.CONNECTED);
        assertTrue(signalled(event));
    }

    @Test
    @DisplayName("a sub-state change of a listed connection signals RASCN_Connection")
    void subStateSignals() throws InterruptedException {
        RasHandle vpn = nt.connect(Samples.vpn("vpn"));
        NotificationEvent event = registered(nt, all, RASCN_CONNECTION);
        nt.changeSubState(vpn, 2);
        assertTrue(signalled(event));
        assertEquals(2, nt.connection(vpn).orElseThrow().details().subState());
        assertThrows(IllegalArgumentException.class, () -> nt.changeSubState(RasHandle.of(4), 2));
    }

    @Test
    @DisplayName("multilink: hanging up one link signals RASCN_BandwidthRemoved on the connection and that link's registrations")
    void multilink() throws InterruptedException {
        RasHandle m = nt.connectMultilink(Samples.vpn("isdn"), StatusDetails.NONE, 2);
        List<RasHandle> links = nt.connection(m).orElseThrow().subEntryHandles();
        NotificationEvent bandwidth = registered(nt, m, RASCN_BANDWIDTH_REMOVED);
        NotificationEvent link2 = registered(nt, links.get(1), RASCN_DISCONNECTION);
        NotificationEvent link1 = registered(nt, links.get(0), RASCN_DISCONNECTION);
        NotificationEvent any = registered(nt, all, BOTH);
        nt.hangUp(links.get(1));
        assertTrue(signalled(bandwidth));
        assertTrue(signalled(link2));
        assertFalse(signalled(link1));
        assertFalse(signalled(any), "the listing shows no change");
    }

    @Test
    @DisplayName("scripted changes signal too: a connection that appears before the next fetch")
    void scriptedChangesSignal() throws InterruptedException {
        NotificationEvent event = registered(nt, all, BOTH);
        nt.connectBeforeNextFetch(Samples.vpn("race"));
        assertFalse(signalled(event));
        RasConnLayout layout = RasConnLayout.newest(RasCharset.W, nt.abi());
        ByteBuffer buffer = Samples.withDwSize(4 * layout.size(), layout.size());
        nt.enumConnections(RasCharset.W, buffer, DwordRef.of(buffer.capacity()), DwordRef.of(0));
        assertTrue(signalled(event));
    }

    @Test
    @DisplayName("registering again adds flags to one registration; a closed event's registration ends")
    void reRegistration() throws InterruptedException {
        NotificationEvent event = registered(nt, all, RASCN_DISCONNECTION);
        assertEquals(0, nt.connectionNotification(all, event, RASCN_CONNECTION));
        assertEquals(1, nt.notificationRegistrations());
        nt.connect(Samples.vpn("a"));
        assertTrue(signalled(event), "the added RASCN_Connection");
        event.close();
        nt.connect(Samples.vpn("b"));
        assertEquals(0, nt.notificationRegistrations());
    }

    @Test
    @DisplayName("oneShotNotifications(): a registration ends after one signal; registering again re-arms it")
    void oneShot() throws InterruptedException {
        SimulatedRas w11 = SimulatedRas.builder(WindowsProfile.windows11x64()).oneShotNotifications().build();
        RasHandle everything = ConnectionNotifier.allConnections(w11.abi());
        NotificationEvent event = registered(w11, everything, BOTH);
        w11.connect(Samples.vpn("first"));
        assertTrue(signalled(event));
        w11.connect(Samples.vpn("second"));
        assertFalse(signalled(event), "not re-armed: silent, as DotRas issue 105 reports");
        assertEquals(0, w11.connectionNotification(everything, event, BOTH));
        w11.connect(Samples.vpn("third"));
        assertTrue(signalled(event));
    }

    @Test
    @DisplayName("the RAS service stopping signals RASCN_Disconnection and ends every registration")
    void serviceStop() throws InterruptedException {
        nt.connect(Samples.vpn("a"));
        NotificationEvent event = registered(nt, all, BOTH);
        nt.stopService();
        assertTrue(signalled(event));
        assertEquals(0, nt.notificationRegistrations());
    }

    @Test
    @DisplayName("a scripted failure of RasConnectionNotification is returned and counted, registering nothing")
    void scriptedFailure() {
        nt.failNextCall(SimFunction.CONNECTION_NOTIFICATION, 8);
        assertEquals(8, nt.connectionNotification(all, nt.createEvent(), BOTH));
        assertEquals(0, nt.notificationRegistrations());
        assertEquals("RasConnectionNotification", SimFunction.CONNECTION_NOTIFICATION.win32Name());
    }

    @Test
    @DisplayName("javadoc: a registration signalled by a connect, a drop made by the timeline")
    void javadocScenario() throws InterruptedException {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        NotificationEvent event = ras.createEvent();
        ras.connectionNotification(ConnectionNotifier.allConnections(ras.abi()), event,
                ConnectionNotifier.RASCN_CONNECTION | ConnectionNotifier.RASCN_DISCONNECTION);
        RasHandle v = ras.connect(Samples.vpn("VPN"));
        assertTrue(event.await(Duration.ZERO));
        ras.atTime(Duration.ofSeconds(5), r -> r.drop(v, 629));
        ras.advanceTimeTo(Duration.ofSeconds(5));
        assertTrue(ras.connection(v).orElseThrow().isDropped());
        assertTrue(event.await(Duration.ZERO));
    }
}
