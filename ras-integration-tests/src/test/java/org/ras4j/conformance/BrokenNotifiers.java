package org.ras4j.conformance;

import java.util.List;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.AutoResetEvent;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.ForwardingRasBackend;

/** Broken backends with a broken {@code RasConnectionNotification} (the capability {@link ConnectionNotifier}). */
final class BrokenNotifiers {
    private BrokenNotifiers() {
    }

    static List<Broken> all() {
        WindowsProfile w10 = WindowsProfile.windows10x64();
        return List.of(
                Broken.of("neverSignals", w10, BrokenNotifiers::neverSignals, "NOTIFY-04", "NOTIFY-05", "NOTIFY-07",
                        "NOTIFY-12", "WATCH-05"),
                Broken.of("registersAnything", w10, BrokenNotifiers::registersAnything, "NOTIFY-08", "NOTIFY-09"),
                Broken.of("signalsEveryone", w10,
                        BrokenNotifiers::signalsEveryone, "NOTIFY-06", "NOTIFY-07", "NOTIFY-09",
                        "NOTIFY-10"));
    }

    /** The simulator's calls, with a registration the mistake decides. */
    private interface Registration {
        int register(SimulatedRas sim, RasHandle hrasconn, NotificationEvent hEvent, int dwFlags);
    }

    private static RasBackend notifier(SimulatedRas sim, Registration registration) {
        class Notifier extends ForwardingRasBackend implements ConnectionNotifier {
            Notifier() {
                super(sim);
            }

            @Override
            public NotificationEvent createEvent() {
                return new AutoResetEvent();
            }

            @Override
            public int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
                return registration.register(sim, hrasconn, hEvent, dwFlags);
            }
        }
        return new Notifier();
    }

    /** Checks every registration, and never signals (DotRas issue 105 on Windows 11, made total). */
    static RasBackend neverSignals(SimulatedRas sim) {
        return notifier(sim, (s, hrasconn, hEvent, dwFlags) -> {
            NotificationEvent decoy = new AutoResetEvent();
            if (hEvent != null && hEvent.isClosed()) {
                decoy.close();
            }
            return s.connectionNotification(hrasconn, hEvent == null ? null : decoy, dwFlags);
        });
    }

    /** Registers a NULL event and no flag as if they were fine. */
    static RasBackend registersAnything(SimulatedRas sim) {
        return notifier(sim, (s, hrasconn, hEvent, dwFlags) ->
                hEvent == null || dwFlags == 0 ? 0 : s.connectionNotification(hrasconn, hEvent, dwFlags));
    }

    /** Signals every registration on every change, whatever its flags and handle. */
    static RasBackend signalsEveryone(SimulatedRas sim) {
        return notifier(sim, (s, hrasconn, hEvent, dwFlags) -> s.connectionNotification(
                ConnectionNotifier.allConnections(s.abi()), hEvent,
                ConnectionNotifier.RASCN_CONNECTION | ConnectionNotifier.RASCN_DISCONNECTION));
    }
}
