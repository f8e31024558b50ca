package org.ras4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.StatusDetails;
import org.ras4j.spi.WindowsProfile;

/**
 * A large, legal scenario of {@code count} connections for {@code ras4j list}, as a scenario file
 * and as the same {@link SimulatedRas}: a third each of modem ({@code .} + number), VPN (with
 * phone book and entry id) and PPPoE connections, and among every hundred one multilink
 * connection of two links and one still dialling (which Windows 10 does not list, so the notes
 * name it). Deterministic; Windows 10 x64, the default profile.
 */
public final class ScalingScenario {
    /** Among every {@value} connections, one multilink and one dialling. */
    static final int PERIOD = 100;
    private static final String PHONEBOOK = "C:\\\\ProgramData\\\\Microsoft\\\\Network\\\\Connections\\\\Pbk\\\\rasphone.pbk";

    private ScalingScenario() {
    }

    /** Whether connection {@code i} is the dialling one of its hundred. */
    static boolean isDialing(int i) {
        return i % PERIOD == PERIOD / 2;
    }

    /** Whether connection {@code i} is the multilink one of its hundred. */
    static boolean isMultilink(int i) {
        return i % PERIOD == PERIOD / 4;
    }

    /** How many of {@code count} connections are dialling (not listed on Windows 10). */
    public static int dialing(int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n += isDialing(i) ? 1 : 0;
        }
        return n;
    }

    /** How many of {@code count} connections are multilink. */
    public static int multilink(int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n += isMultilink(i) ? 1 : 0;
        }
        return n;
    }

    /** The scenario file's text: one connection per line. */
    public static String json(int count) {
        StringBuilder json = new StringBuilder(count * 160).append("{\"connections\": [\n");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "  " : ",\n  ").append(entry(i));
        }
        return json.append("\n]}\n").toString();
    }

    /** Writes {@link #json} to a new temporary file, deleted when the JVM exits. */
    public static Path write(int count) throws IOException {
        Path file = Files.createTempFile("ras4j-scaling-" + count + "-", ".json");
        file.toFile().deleteOnExit();
        return Files.writeString(file, json(count), StandardCharsets.UTF_8);
    }

    private static String entry(int i) {
        String n = String.format(Locale.ROOT, "%05d", i);
        if (isDialing(i)) {
            return "{\"entryName\": \"Dial-" + n + "\", \"deviceType\": \"modem\", \"deviceName\": \"Standard 56000 bps"
                    + " Modem\", \"state\": \"dialing\", \"dialState\": \"Authenticate\"}";
        }
        if (isMultilink(i)) {
            return "{\"entryName\": \"ISDN-" + n + "\", \"deviceType\": \"isdn\", \"deviceName\": \"ISDN channel - AVM"
                    + " ISDN-Controller\", \"links\": 2}";
        }
        switch (i % 3) {
            case 0:
                return "{\"entryName\": \".555" + n + "\", \"deviceType\": \"modem\", \"deviceName\": \"Standard 56000"
                        + " bps Modem\"}";
            case 1:
                return "{\"entryName\": \"VPN-" + n + "\", \"deviceType\": \"vpn\", \"deviceName\": \"WAN Miniport"
                        + " (IKEv2)\", \"phonebook\": \"" + PHONEBOOK + "\", \"entryId\": \"" + uuid(i) + "\"}";
            default:
                return "{\"entryName\": \"DSL-" + n + "\", \"deviceType\": \"pppoe\", \"deviceName\": \"WAN Miniport"
                        + " (PPPOE)\"}";
        }
    }

    private static UUID uuid(int i) {
        return new UUID(0x5ca1ab1e_0000_4000L | i, 0x8000_0000_0000_0000L | i);
    }

    /** The same connections in a new simulator of Windows 10 x64, set up as the command sets up the file. */
    public static SimulatedRas simulator(int count) {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        for (int i = 0; i < count; i++) {
            String n = String.format(Locale.ROOT, "%05d", i);
            if (isDialing(i)) {
                RasConnection c = RasConnection.builder(RasHandle.NULL, "Dial-" + n).deviceType("modem")
                        .deviceName("Standard 56000 bps Modem").build();
                ras.dial(c, ConnectionState.AUTHENTICATE);
            } else if (isMultilink(i)) {
                RasConnection c = RasConnection.builder(RasHandle.NULL, "ISDN-" + n).deviceType("isdn")
                        .deviceName("ISDN channel - AVM ISDN-Controller").build();
                ras.connectMultilink(c, StatusDetails.defaultsFor(c), 2);
            } else {
                ras.connect(connection(i, n));
            }
        }
        return ras;
    }

    private static RasConnection connection(int i, String n) {
        switch (i % 3) {
            case 0:
                return RasConnection.builder(RasHandle.NULL, ".555" + n).deviceType("modem")
                        .deviceName("Standard 56000 bps Modem").build();
            case 1:
                return RasConnection.builder(RasHandle.NULL, "VPN-" + n).deviceType("vpn")
                        .deviceName("WAN Miniport (IKEv2)").phonebook(PHONEBOOK.replace("\\\\", "\\"))
                        .entryId(uuid(i)).build();
            default:
                return RasConnection.builder(RasHandle.NULL, "DSL-" + n).deviceType("pppoe")
                        .deviceName("WAN Miniport (PPPOE)").build();
        }
    }
}
