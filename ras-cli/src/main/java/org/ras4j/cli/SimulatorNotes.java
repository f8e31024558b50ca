package org.ras4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimConnection;
import org.ras4j.sim.SimulatedRas;

/**
 * What a listing cannot show by itself, printed under the table, each thing once and in words
 * that agree with the table: the sub-entry handles of multilink connections
 * ({@code RasEnumConnections} lists a multilink connection once; its links have their own handles,
 * as {@code RasGetSubEntryHandle} gives them), the connections the simulated Windows does not list
 * (Windows NT and later list a connection only once it is connected), and the listed connections
 * the table leaves out, with the answer that left each out.
 */
final class SimulatorNotes {
    /** The heading of the notes of a simulated session. */
    static final String SIMULATOR_HEADING = "Simulator notes (see any handle with: ras4j status <handle>):";
    /** The heading of the notes of a real session. */
    static final String HEADING = "Notes (see any handle with: ras4j status <handle>):";

    private SimulatorNotes() {
    }

    /**
     * The notes about {@code simulator} (if the session is simulated) and the left-out connections.
     *
     * @param simulator the simulator behind the listing, if any
     * @param shown     the handles of the table's rows
     * @param leftOut   the listed connections the table leaves out
     */
    static List<String> of(Optional<SimulatedRas> simulator, Set<RasHandle> shown, List<Listing.LeftOut> leftOut) {
        Map<RasHandle, String> reasons = new HashMap<>();
        leftOut.forEach(l -> reasons.put(l.connection().handle(), l.reason()));
        List<String> notes = new ArrayList<>();
        if (simulator.isEmpty()) {
            leftOut.forEach(l -> notes.add(Escaper.escape(l.connection().entryName()) + " "
                    + l.connection().handle() + " " + l.reason()));
            return List.copyOf(notes);
        }
        String windows = simulator.get().profile().name();
        for (SimConnection c : simulator.get().connections()) {
            String name = Escaper.escape(c.connection().entryName());
            if (!c.subEntryHandles().isEmpty()) {
                List<RasHandle> links = c.subEntryHandles();
                StringBuilder line = new StringBuilder(name).append(" is multilink:");
                for (int i = 0; i < links.size(); i++) {
                    line.append(i == 0 ? " " : ", ").append("sub-entry ").append(i + 1).append(" = ").append(links.get(i));
                }
                notes.add(line.toString());
            }
            if (shown.contains(c.handle())) {
                continue;
            }
            String reason = reasons.get(c.handle());
            if (reason != null) {
                notes.add(name + " " + c.handle() + " " + reason);
            } else if (c.isDialing() && !simulator.get().profile().dialingIsListed()) {
                notes.add(name + " " + c.handle() + " is dialling (" + c.state().shortName() + "); "
                        + windows + " lists it only once connected");
            } else {
                notes.add(name + " " + c.handle() + " is " + c.state().shortName()
                        + " in the simulator, but RasEnumConnections did not list it");
            }
        }
        return List.copyOf(notes);
    }

    /** Prints the notes, if any, under a heading. */
    static void print(Optional<SimulatedRas> simulator, Set<RasHandle> shown, List<Listing.LeftOut> leftOut,
                      PrintWriter out) {
        List<String> notes = of(simulator, shown, leftOut);
        if (notes.isEmpty()) {
            return;
        }
        out.println();
        out.println(simulator.isPresent() ? SIMULATOR_HEADING : HEADING);
        notes.forEach(note -> out.println("  " + note));
    }
}
