package org.ras4j.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ras4j status <entry|handle>}: what {@code RasGetConnectStatus} says about one connection,
 * found by its entry name (compared without regard to case, as Windows compares phone-book entry
 * names) or by its handle in hexadecimal ({@code 0x…}, which also reaches a sub-entry's handle).
 * An empty target, or a {@code 0x…} that is neither a handle of 1 to 16 hex digits nor a listed
 * entry name, is bad usage (exit code 2); a name no connection has, or a handle that is not live,
 * exit code 1.
 */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows the state of one connection (RasGetConnectStatus), found by its entry"
            + " name or by its handle (0x...).")
final class StatusCommand implements Callable<Integer> {
    private static final Pattern HANDLE = Pattern.compile("0[xX][0-9a-fA-F]{1,16}");

    @Mixin
    private BackendOptions backendOptions;

    @Parameters(index = "0", paramLabel = "<entry|handle>",
            description = "An entry name (\".\" + number for a connection without one) or a handle like 0x1a2b.")
    private String target;

    @Option(names = "--json", description = "Print JSON: the connection, every RASCONNSTATUS member, its"
            + " statistics (RAS_STATS) and projections.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (target.isEmpty()) {
            throw new UsageException("<entry|handle> is empty: give an entry name or a handle like 0x1a2b");
        }
        Session session = backendOptions.open();
        RasClient client = session.client();
        Optional<RasConnection> connection;
        RasHandle handle;
        if (HANDLE.matcher(target).matches()) {
            RasHandle wanted = RasHandle.of(Long.parseUnsignedLong(target.substring(2), 16));
            handle = wanted;
            connection = client.connections().stream().filter(c -> c.handle().equals(wanted)).findFirst();
        } else {
            RasConnection found = client.find(target).orElseThrow(() -> notFound(client));
            handle = found.handle();
            connection = Optional.of(found);
        }
        ConnectionStatus status = client.status(handle);
        session.printNotices(spec.commandLine().getErr());
        Inspection inspection = Inspection.of(client, handle);
        if (json) {
            JsonObject document = SessionJson.of(session);
            document.add("connection", connection.<JsonElement>map(c -> ConnectionJson.of(c, Optional.empty()))
                    .orElse(JsonNull.INSTANCE));
            document.add("status", ConnectionJson.status(status));
            InspectJson.addTo(document, inspection);
            JsonPrinter.print(document, out);
        } else {
            session.label().ifPresent(out::println);
            printText(handle, connection, status, inspection, out);
        }
        return Ras4j.OK;
    }

    private RuntimeException notFound(RasClient client) {
        if (target.startsWith("0x") || target.startsWith("0X")) {
            return new UsageException("'" + Escaper.snippet(target) + "' is neither a handle (0x and 1 to 16 hex"
                    + " digits) nor an entry name RasEnumConnections lists");
        }
        List<String> names = client.connections().stream()
                .map(c -> "'" + Escaper.escape(c.entryName()) + "'")
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        return new NotFoundException("no connection to '" + Escaper.escape(target) + "'; RasEnumConnections lists "
                + (names.isEmpty() ? "none" : String.join(", ", names)));
    }

    private static void printText(RasHandle handle, Optional<RasConnection> connection, ConnectionStatus status,
                                  Inspection inspection, PrintWriter out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Entry", connection.map(RasConnection::entryName).orElse("-")});
        lines.add(new String[] {"Handle", handle.toString()});
        lines.add(new String[] {"State", status.state().shortName()
                + " (" + status.state().symbolicName() + ", 0x" + Integer.toHexString(status.state().code()) + ")"});
        lines.add(new String[] {"Error", status.errorCode() == 0 ? "0"
                : Integer.toUnsignedString(status.errorCode()) + " " + RasError.nameOf(status.errorCode())
                + ": " + RasError.messageOf(status.errorCode())});
        lines.add(new String[] {"Device type", status.deviceType()});
        lines.add(new String[] {"Device", status.deviceName()});
        lines.add(new String[] {"Phone number", status.phoneNumber().orElse("-")});
        lines.add(new String[] {"Sub-entry", connection.flatMap(c -> c.subEntry().isPresent()
                ? Optional.of(Integer.toUnsignedString(c.subEntry().getAsInt())) : Optional.empty()).orElse("-")});
        lines.addAll(InspectText.lines(inspection));
        for (String[] line : lines) {
            out.println(String.format("%-13s %s", line[0] + ":", Escaper.escape(line[1])));
        }
    }
}
