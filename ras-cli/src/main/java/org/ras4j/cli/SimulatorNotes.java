package org.ras4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimConnection;
import org.ras4j.sim.SimulatedRas;

/**
 * What a simulated listing cannot show by itself, printed under the table: the sub-entry handles
 * of multilink connections ({@code RasEnumConnections} lists a multilink connection once; its
 * links have their own handles, as {@code RasGetSubEntryHandle} gives them) and the connections the
 * simulated Windows does not list (Windows NT and later list a connection only once it is connected).
 */
final class SimulatorNotes {
    private SimulatorNotes() {
    }

    /** The notes about {@code simulator}, given the handles the listing showed. */
    static List<String> of(SimulatedRas simulator, Set<RasHandle> listed) {
        List<String> notes = new ArrayList<>();
        String windows = simulator.profile().name();
        for (SimConnection c : simulator.connections()) {
            String name = Escaper.escape(c.connection().entryName());
            if (!c.subEntryHandles().isEmpty()) {
                List<RasHandle> links = c.subEntryHandles();
                StringBuilder line = new StringBuilder(name).append(" is multilink:");
                for (int i = 0; i < links.size(); i++) {
                    line.append(i == 0 ? " " : ", ").append("sub-entry ").append(i + 1).append(" = ").append(links.get(i));
                }
                notes.add(line.toString());
            }
            if (!listed.contains(c.handle())) {
                notes.add(name + " " + c.handle() + " is " + (c.isDialing() ? "dialling" : "in state") + " ("
                        + c.state().shortName() + "); " + windows + " lists it only once connected");
            }
        }
        return List.copyOf(notes);
    }

    /** Prints the notes, if any, under a heading. */
    static void print(SimulatedRas simulator, Set<RasHandle> listed, PrintWriter out) {
        List<String> notes = of(simulator, listed);
        if (notes.isEmpty()) {
            return;
        }
        out.println();
        out.println("Simulator notes (see any handle with: ras4j status <handle>):");
        notes.forEach(note -> out.println("  " + note));
    }
}
