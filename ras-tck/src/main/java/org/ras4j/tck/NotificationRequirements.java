package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;

/**
 * {@code RasConnectionNotification} (docs/contract.md §9), for a backend with the
 * {@link ConnectionNotifier} capability; skipped, saying so, for one without it. Where the kit
 * waits for a signal it waits up to {@link RasBackendContract#signalWait()} ({@link #SIGNAL_WAIT}
 * by default: a backend may signal from another thread); where it checks that none came, it waits
 * {@link #QUIET_WAIT}.
 */
abstract class NotificationRequirements {
    /** How long a signal may take, by default. */
    static final Duration SIGNAL_WAIT = Duration.ofSeconds(5);
    /** How long the kit waits to see that no signal comes. */
    static final Duration QUIET_WAIT = Duration.ofMillis(100);
    private static final int BOTH = ConnectionNotifier.RASCN_CONNECTION | ConnectionNotifier.RASCN_DISCONNECTION;

    private final Harness h;
    private final Duration signalWait;

    NotificationRequirements(Harness harness, Duration signalWait) {
        this.h = harness;
        this.signalWait = signalWait;
    }

    /** The capability, or the test is skipped: it is optional. */
    private ConnectionNotifier notifier() {
        assumeTrue(h.profile().connectionNotification(), h.profile().name()
                + " has no RasConnectionNotification (docs/contract.md C-NOTIFY-01)");
        return ConnectionNotifier.of(h.backend()).orElseGet(() -> {
            assumeTrue(false, "the backend has no RasConnectionNotification capability (it does not implement"
                    + " org.ras4j.spi.ConnectionNotifier, or says hasConnectionNotification() false): it is polled");
            return null;
        });
    }

    private RasHandle all() {
        return ConnectionNotifier.allConnections(h.abi());
    }

    /** A new event registered for {@code hrasconn} with {@code flags}, with nothing pending. */
    private static NotificationEvent registered(ConnectionNotifier n, RasHandle hrasconn, int flags)
            throws InterruptedException {
        NotificationEvent event = n.createEvent();
        assertEquals(0, n.connectionNotification(hrasconn, event, flags),
                "RasConnectionNotification(" + hrasconn + ", event, 0x" + Integer.toHexString(flags) + ")");
        event.await(Duration.ZERO);
        return event;
    }

    @Test
    @DisplayName("NOTIFY-01 where the declared Windows has no RasConnectionNotification (95), the backend offers none or answers 120")
    void absentWhereTheProfileLacksIt() {
        assumeFalse(h.profile().connectionNotification(), "not applicable: " + h.profile().name() + " has the function");
        if (h.backend() instanceof ConnectionNotifier n) {
            assertFalse(n.hasConnectionNotification(), "hasConnectionNotification()");
            assertEquals(ConnectionNotifier.ERROR_CALL_NOT_IMPLEMENTED,
                    n.connectionNotification(all(), new org.ras4j.spi.AutoResetEvent(), BOTH));
        }
        assertTrue(ConnectionNotifier.of(h.backend()).isEmpty());
    }

    @Test
    @DisplayName("NOTIFY-02 createEvent(): auto-reset, not signalled; one wait takes one signal; closed, it is never signalled")
    void eventObjects() throws InterruptedException {
        NotificationEvent event = notifier().createEvent();
        try {
            assertFalse(event.await(Duration.ZERO), "created not signalled");
            event.signal();
            event.signal();
            assertTrue(event.await(signalWait), "signalled");
            assertFalse(event.await(Duration.ZERO), "auto-reset: two signals before a wait are one");
        } finally {
            event.close();
        }
        event.signal();
        assertTrue(event.isClosed());
        assertFalse(event.await(QUIET_WAIT), "a closed event is never signalled");
    }

    @Test
    @DisplayName("NOTIFY-03 RasConnectionNotification(INVALID_HANDLE_VALUE, event, RASCN_Connection | RASCN_Disconnection) returns 0")
    void registersForEveryConnection() throws InterruptedException {
        registered(notifier(), all(), BOTH).close();
    }

    @Test
    @DisplayName("NOTIFY-04 a connect signals the registration for every connection")
    void connectSignals() throws InterruptedException {
        ConnectionNotifier n = notifier();
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        NotificationEvent event = registered(n, all(), BOTH);
        try {
            fixture.connect(ConnectionSpec.entry("notify-up"));
            assertTrue(event.await(signalWait), "signalled after a connect");
        } finally {
            event.close();
        }
    }

    @Test
    @DisplayName("NOTIFY-05 a hang-up signals the registration for every connection")
    void hangUpSignals() throws InterruptedException {
        ConnectionNotifier n = notifier();
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_HANG_UP);
        RasHandle handle = fixture.connect(ConnectionSpec.entry("notify-gone"));
        NotificationEvent event = registered(n, all(), BOTH);
        try {
            fixture.hangUp(handle);
            assertTrue(event.await(signalWait), "signalled after a hang-up");
        } finally {
            event.close();
        }
    }

    @Test
    @DisplayName("NOTIFY-06 a connect does not signal a registration for RASCN_Disconnection only")
    void connectDoesNotSignalDisconnection() throws InterruptedException {
        ConnectionNotifier n = notifier();
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        NotificationEvent event = registered(n, all(), ConnectionNotifier.RASCN_DISCONNECTION);
        try {
            fixture.connect(ConnectionSpec.entry("notify-quiet"));
            assertFalse(event.await(QUIET_WAIT), "RASCN_Disconnection only, and nothing ended");
        } finally {
            event.close();
        }
    }

    @Test
    @DisplayName("NOTIFY-07 a registration for one connection is signalled when it is hung up, not when another one is")
    void oneConnectionsRegistration() throws InterruptedException {
        ConnectionNotifier n = notifier();
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_HANG_UP);
        RasHandle mine = fixture.connect(ConnectionSpec.entry("notify-mine"));
        RasHandle other = fixture.connect(ConnectionSpec.entry("notify-other"));
        NotificationEvent event = registered(n, mine, ConnectionNotifier.RASCN_DISCONNECTION);
        try {
            fixture.hangUp(other);
            assertFalse(event.await(QUIET_WAIT), "another connection ended");
            fixture.hangUp(mine);
            assertTrue(event.await(signalWait), "its connection ended");
        } finally {
            event.close();
        }
    }

    @Test
    @DisplayName("NOTIFY-08 a NULL event returns 87 ERROR_INVALID_PARAMETER (§7 k)")
    void nullEvent() {
        assertEquals(RasError.ERROR_INVALID_PARAMETER.code(), notifier().connectionNotification(all(), null, BOTH));
    }

    @Test
    @DisplayName("NOTIFY-09 dwFlags 0 returns 87 ERROR_INVALID_PARAMETER (§7 k)")
    void noFlags() {
        ConnectionNotifier n = notifier();
        NotificationEvent event = n.createEvent();
        try {
            assertEquals(RasError.ERROR_INVALID_PARAMETER.code(), n.connectionNotification(all(), event, 0));
        } finally {
            event.close();
        }
    }

    @Test
    @DisplayName("NOTIFY-10 a handle that is no connection (0, never issued) returns 6 ERROR_INVALID_HANDLE (§7 k)")
    void noSuchConnection() {
        ConnectionNotifier n = notifier();
        NotificationEvent event = n.createEvent();
        try {
            assertEquals(RasError.ERROR_INVALID_HANDLE.code(),
                    n.connectionNotification(RasHandle.NULL, event, ConnectionNotifier.RASCN_DISCONNECTION), "handle 0");
            assertEquals(RasError.ERROR_INVALID_HANDLE.code(), n.connectionNotification(h.unusedHandle(
                    org.ras4j.codec.RasCharset.W), event, ConnectionNotifier.RASCN_DISCONNECTION), "a handle never issued");
        } finally {
            event.close();
        }
    }

    @Test
    @DisplayName("NOTIFY-11 a closed event returns 6 ERROR_INVALID_HANDLE (§7 k)")
    void closedEvent() {
        ConnectionNotifier n = notifier();
        NotificationEvent event = n.createEvent();
        event.close();
        assertEquals(RasError.ERROR_INVALID_HANDLE.code(), n.connectionNotification(all(), event, BOTH));
    }

    @Test
    @DisplayName("NOTIFY-12 registering the same event again succeeds (re-arming); each change still signals it")
    void reRegistration() throws InterruptedException {
        ConnectionNotifier n = notifier();
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        NotificationEvent event = registered(n, all(), BOTH);
        try {
            assertEquals(0, n.connectionNotification(all(), event, BOTH), "the second registration");
            fixture.connect(ConnectionSpec.entry("notify-first"));
            assertTrue(event.await(signalWait));
            assertEquals(0, n.connectionNotification(all(), event, BOTH), "re-armed after the signal");
            fixture.connect(ConnectionSpec.entry("notify-second"));
            assertTrue(event.await(signalWait), "still signalled after re-arming");
        } finally {
            event.close();
        }
    }
}
