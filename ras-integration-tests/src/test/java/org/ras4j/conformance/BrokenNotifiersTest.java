package org.ras4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.AutoResetEvent;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.testing.DelegatingBackend;

/**
 * The kit's NOTIFY requirements catch a broken {@code RasConnectionNotification}: each backend here
 * is the simulator with one mistake in it, run through the launcher like {@link BrokenBackendsTest}.
 */
class BrokenNotifiersTest {
    private static final WindowsProfile X64 = WindowsProfile.windows10x64();
    /** The simulator signals before a change returns: a missing signal shows at once. */
    private static final Duration SHORT = Duration.ofMillis(200);

    /** The simulator's calls, and a registration the wrapper decides. */
    private abstract static class Wrapper extends DelegatingBackend implements ConnectionNotifier {
        final SimulatedRas sim;

        Wrapper(RasBackend sim) {
            super(sim);
            this.sim = (SimulatedRas) sim;
        }

        @Override
        public NotificationEvent createEvent() {
            return new AutoResetEvent();
        }
    }

    /**
     * Checks every registration as the simulator does, and never signals (the Windows 11 behaviour
     * of DotRas issue 105, made total): the simulator signals an event of its own instead.
     */
    static final class Silent extends SimulatedRasContract {
        Silent() {
            super(X64, sim -> new Wrapper(sim) {
                @Override
                public int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
                    NotificationEvent decoy = new AutoResetEvent();
                    if (hEvent != null && hEvent.isClosed()) {
                        decoy.close();
                    }
                    return this.sim.connectionNotification(hrasconn, hEvent == null ? null : decoy, dwFlags);
                }
            });
        }

        @Override
        protected Duration signalWait() {
            return SHORT;
        }
    }

    /** Registers a NULL event and every flag as if they were fine. */
    static final class AcceptsAnything extends SimulatedRasContract {
        AcceptsAnything() {
            super(X64, sim -> new Wrapper(sim) {
                @Override
                public int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
                    return hEvent == null || dwFlags == 0 ? 0 : this.sim.connectionNotification(hrasconn, hEvent, dwFlags);
                }
            });
        }
    }

    /** Signals every registration on every change, whatever its flags and handle. */
    static final class SignalsEveryone extends SimulatedRasContract {
        SignalsEveryone() {
            super(X64, sim -> new Wrapper(sim) {
                @Override
                public int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
                    return this.sim.connectionNotification(ConnectionNotifier.allConnections(abi()), hEvent,
                            ConnectionNotifier.RASCN_CONNECTION | ConnectionNotifier.RASCN_DISCONNECTION);
                }
            });
        }
    }

    private static void assertFailsExactly(Class<?> contract, String... ids) {
        ContractRun run = ContractRun.of(contract);
        Set<String> notify = new java.util.TreeSet<>(run.failedIds());
        notify.removeIf(id -> !id.startsWith("NOTIFY"));
        assertEquals(Set.of(ids), notify, contract.getSimpleName() + ": " + run.failed());
        assertTrue(run.failedIds().stream().allMatch(id -> id.startsWith("NOTIFY")), run.failed().toString());
    }

    @Test
    @DisplayName("a backend that never signals fails NOTIFY-04, -05, -07 and -12")
    void silent() {
        assertFailsExactly(Silent.class, "NOTIFY-04", "NOTIFY-05", "NOTIFY-07", "NOTIFY-12");
    }

    @Test
    @DisplayName("a backend that registers a NULL event or no flag fails NOTIFY-08 and -09")
    void acceptsAnything() {
        assertFailsExactly(AcceptsAnything.class, "NOTIFY-08", "NOTIFY-09");
    }

    @Test
    @DisplayName("a backend that signals regardless of flags and handle fails NOTIFY-06, -07, -09 and -10")
    void signalsEveryone() {
        assertFailsExactly(SignalsEveryone.class, "NOTIFY-06", "NOTIFY-07", "NOTIFY-09", "NOTIFY-10");
    }
}
