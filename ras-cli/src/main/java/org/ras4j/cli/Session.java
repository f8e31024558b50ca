package org.ras4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.RasClient;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimulatedRas;

/**
 * The client a command talks to and what the user should know about it: which backend it is,
 * whether its connections are simulated, and from which profile and scenario.
 *
 * @param client    the client over the chosen backend
 * @param backend   the backend's name ({@code native}, {@code sim}, or a third-party provider's)
 * @param profile   the simulator's Windows profile, for a simulated session
 * @param scenario  the simulator's scenario ({@code demo} or a file), for a simulated session
 * @param charset   which functions the client calls, {@code A} or {@code W}
 * @param simulator the simulator behind the client, for a simulated session
 * @param notices   lines for standard error, each starting {@code ras4j: }, that say what the user
 *                  would not guess (the demo shown instead of native RAS, the code page of
 *                  {@code A} text); a command prints them once it succeeds, just before its output
 */
record Session(RasClient client, String backend, Optional<String> profile,
               Optional<String> scenario, RasCharset charset, Optional<SimulatedRas> simulator,
               List<String> notices) {

    Session {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(simulator, "simulator");
        notices = List.copyOf(notices);
    }

    /** This session with {@code notice} after its other notices. */
    Session withNotice(String notice) {
        List<String> more = new ArrayList<>(notices);
        more.add(Objects.requireNonNull(notice, "notice"));
        return new Session(client, backend, profile, scenario, charset, simulator, more);
    }

    /** Prints the notices on {@code err}, each as one safe line. */
    void printNotices(PrintWriter err) {
        notices.forEach(notice -> err.println(Escaper.oneLine(notice)));
    }

    /** Whether the connections come from the simulator, not from Windows. */
    boolean simulated() {
        return simulator.isPresent();
    }

    /** One line that says where the connections come from, for a simulated session. */
    Optional<String> label() {
        if (!simulated()) {
            return Optional.empty();
        }
        return Optional.of("SIMULATED connections (ras4j simulator, profile " + profile.orElse("?")
                + ", scenario " + scenario.orElse("?") + ", RasEnumConnections" + charset + ")");
    }
}
