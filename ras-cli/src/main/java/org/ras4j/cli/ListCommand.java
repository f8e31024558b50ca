package org.ras4j.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ras4j list}: the connections {@code RasEnumConnections} reports, as {@code rasdial} shows
 * them, with each one's state from {@code RasGetConnectStatus}; a table for people (columns aligned
 * by display width), JSON for machines. {@code --active} keeps only those whose state is
 * {@code RASCS_Connected}. Under the table, notes say what it cannot show (sub-entry handles,
 * connections not listed or left out, and why).
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the RAS connections (RasEnumConnections), each with its state"
            + " (RasGetConnectStatus), as an aligned table or as JSON.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    private BackendOptions backendOptions;

    @Option(names = "--json", description = "Print JSON: one object per connection, every RASCONN member.")
    private boolean json;

    @Option(names = "--active", description = "Only the connections RasGetConnectStatus says are connected"
            + " (RASCS_Connected), as RasClient.activeConnections() gives them.")
    private boolean active;
    @Option(names = "--details", description = "With --json: each connection's statistics (RAS_STATS) and projections too.")
    private boolean details;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Session session = backendOptions.open();
        Listing.Result result = Listing.of(session.client(), active);
        session.printNotices(spec.commandLine().getErr());
        if (json) {
            printJson(session, result.shown(), details, out);
        } else {
            printTable(session, result, out);
        }
        return Ras4j.OK;
    }

    private static void printTable(Session session, Listing.Result result, PrintWriter out) {
        session.label().ifPresent(out::println);
        if (result.shown().isEmpty()) {
            out.println("No connections");
        } else {
            table(result.shown()).print(out);
        }
        Set<RasHandle> shown = result.shown().stream().map(l -> l.connection().handle()).collect(Collectors.toSet());
        SimulatorNotes.print(session.simulator(), shown, result.leftOut(), out);
    }

    private static TextTable table(List<Listing> listings) {
        TextTable table = TextTable.withHeaders("ENTRY", "DEVICE TYPE", "DEVICE", "HANDLE", "STATE", "SUB-ENTRY");
        for (Listing listing : listings) {
            RasConnection c = listing.connection();
            table.addRow(c.entryName(),
                    orDash(c.deviceType()),
                    orDash(c.deviceName()),
                    c.handle().toString(),
                    listing.status().state().shortName(),
                    c.subEntry().isPresent() ? Integer.toUnsignedString(c.subEntry().getAsInt()) : "-");
        }
        return table;
    }

    /** A member the structure lacks, or an empty string, shows as {@code -}. */
    private static String orDash(Optional<String> value) {
        return value.filter(v -> !v.isEmpty()).orElse("-");
    }

    private static void printJson(Session session, List<Listing> listings, boolean details, PrintWriter out) {
        JsonObject document = SessionJson.of(session);
        JsonArray connections = new JsonArray();
        for (Listing listing : listings) {
            JsonObject connection = ConnectionJson.of(listing.connection(), Optional.of(listing.status()));
            if (details) {
                InspectJson.addTo(connection, Inspection.of(session.client(), listing.connection().handle()));
            }
            connections.add(connection);
        }
        document.add("connections", connections);
        JsonPrinter.print(document, out);
    }
}
