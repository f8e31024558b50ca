package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code ras4j status} and {@code list --json --details} say about a connection's traffic and
 * addresses (docs/contract.md §8), and the scenario members that set them.
 */
class InspectCommandsTest {
    private static final List<String> STATISTICS_KEYS = List.of("bytesSent", "bytesReceived", "framesSent",
            "framesReceived", "crcErrors", "timeoutErrors", "alignmentErrors", "hardwareOverrunErrors", "framingErrors",
            "bufferOverrunErrors", "compressionRatioIn", "compressionRatioOut", "bitsPerSecond", "connectDurationMillis");

    @TempDir
    Path dir;

    @Test
    @DisplayName("status of the demo's VPN shows its IKEv2 addresses and its traffic as of the scenario's moment")
    void demoVpnText() {
        CliRun run = CliRun.of("status", "Büro-VPN", "--backend", "sim");
        assertEquals(Ras4j.OK, run.code(), run.err());
        assertTrue(run.out().contains("\nIPv4:         10.9.0.7, server 10.9.0.1 (IKEv2)\n"), run.out());
        assertTrue(run.out().contains("\nIPv6:         2001:db8:1::7, server 2001:db8:1::1 (IKEv2)\n"), run.out());
        assertTrue(run.out().contains("\nTraffic:      sent 60300000 bytes, received 2412000000 bytes, 100000000 bps,"
                + " connected 1:23:45\n"), run.out());
    }

    @Test
    @DisplayName("status --json: statistics with every RAS_STATS member, projection per protocol, addresses as literals")
    void demoVpnJson() {
        CliRun run = CliRun.of("status", "Büro-VPN", "--json", "--backend", "sim");
        assertEquals(Ras4j.OK, run.code(), run.err());
        JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject statistics = document.getAsJsonObject("statistics");
        assertEquals(STATISTICS_KEYS, List.copyOf(statistics.keySet()));
        assertEquals(2_412_000_000L, statistics.get("bytesReceived").getAsLong(), "a DWORD above 2^31 stays positive");
        assertEquals(5_025_000, statistics.get("connectDurationMillis").getAsLong());
        JsonObject projection = document.getAsJsonObject("projection");
        assertEquals(List.of("ipv4", "ipv6", "ppp", "ikev2"), List.copyOf(projection.keySet()));
        assertTrue(projection.get("ipv4").isJsonNull(), "an IKEv2 connection ran no PPP");
        assertTrue(projection.get("ppp").isJsonNull());
        JsonObject ikev2 = projection.getAsJsonObject("ikev2");
        assertEquals("2001:db8:1::7", ikev2.get("ipv6Address").getAsString());
        assertEquals(List.of("198.51.100.21"), strings(ikev2.getAsJsonArray("ipv4ServerAddresses")));
        assertEquals(List.of("2001:db8:ffff::21"), strings(ikev2.getAsJsonArray("ipv6ServerAddresses")));
    }

    private static List<String> strings(JsonArray array) {
        return array.asList().stream().map(JsonElement::getAsString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"windows95x86, true, true", "windowsxpx86, false, true", "windowsvistax64, false, true",
        "windows7x86, false, false"})
    @DisplayName("list --json --details: the same keys on every Windows, null where it has no such function")
    void detailsKeepTheirKeys(String profile, boolean noStatistics, boolean noEx) {
        CliRun run = CliRun.of("list", "--json", "--details", "--backend", "sim", "--profile", profile);
        assertEquals(Ras4j.OK, run.code(), run.err());
        JsonArray connections = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("connections");
        assertTrue(connections.size() >= 3, run.out());
        for (JsonElement c : connections) {
            JsonObject connection = c.getAsJsonObject();
            List<String> keys = List.copyOf(connection.keySet());
            assertEquals(List.of("statistics", "projection"), keys.subList(keys.size() - 2, keys.size()));
            assertEquals(noStatistics, connection.get("statistics").isJsonNull(), profile);
            if (connection.get("projection").isJsonNull()) {
                assertEquals("Home-ISP", connection.get("entryName").getAsString(),
                        "only a connection still dialling (listed on 9x) has no projection yet");
                continue;
            }
            JsonObject projection = connection.getAsJsonObject("projection");
            if (noEx) {
                assertTrue(projection.get("ikev2").isJsonNull() && projection.get("ppp").isJsonNull(), profile);
            }
        }
        JsonObject modem = connections.get(0).getAsJsonObject();
        assertEquals(noEx, modem.getAsJsonObject("projection").get("ppp").isJsonNull(),
                "the modem's PPP projection through RasGetProjectionInfoEx from Windows 7 on");
        assertEquals("192.0.2.77", modem.getAsJsonObject("projection").getAsJsonObject("ipv4").get("address")
                .getAsString(), "the modem's PPP address on every Windows");
        CliRun plain = CliRun.of("list", "--json", "--backend", "sim", "--profile", profile);
        assertTrue(!plain.out().contains("\"statistics\""), "without --details the documented keys only");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"entryName\": \"V\", \"ipv4\": \"vpn.example.com\"}|connections[0].ipv4: 'vpn.example.com' is not an IPv4 address literal",
        "{\"entryName\": \"V\", \"ipv4\": \"2001:db8::1\"}|connections[0].ipv4: '2001:db8::1' is not an IPv4 address literal",
        "{\"entryName\": \"V\", \"ipv6\": \"10.0.0.1\"}|connections[0].ipv6: '10.0.0.1' is not an IPv6 address literal",
        "{\"entryName\": \"V\", \"serverIpv4\": \"10.0.0.1\"}|connections[0].serverIpv4: a server address needs the client's",
        "{\"entryName\": \"V\", \"protocol\": \"l2tp\"}|connections[0].protocol: 'l2tp' is not ppp or ikev2",
        "{\"entryName\": \"V\", \"ipv4\": \"10.0.0.2\", \"serverAddresses\": [\"10.0.0.3\"]}|connections[0].protocol: server-address lists are IKEv2's",
        "{\"entryName\": \"V\", \"protocol\": \"ikev2\", \"serverAddresses\": [\"host\"]}|connections[0].serverAddresses[0]: 'host' is not an IPv4 or IPv6 address literal",
        "{\"entryName\": \"V\", \"statistics\": {\"bps\": -1}}|connections[0].statistics.bps: -1 is outside",
        "{\"entryName\": \"V\", \"statistics\": {\"speed\": 1}}|connections[0].statistics.speed: unknown member"})
    @DisplayName("a scenario's inspection members are checked and every problem names its place")
    void badScenarioMembers(String connection, String message) {
        Path file = Scenarios.write(dir, "bad.json", "{\"connections\": [" + connection + "]}");
        CliRun run = CliRun.of("list", "--scenario", file.toString());
        assertEquals(Ras4j.USAGE, run.code(), run.err());
        assertTrue(run.err().contains(message), run.err());
    }

    @Test
    @DisplayName("a PPP scenario connection: both families through RasGetProjectionInfo, its counters and a connected time")
    void pppScenario() {
        Path file = Scenarios.write(dir, "ppp.json", """
                {"profile": "windowsvistax86", "connections": [{"entryName": "SSTP", "deviceType": "vpn",
                  "ipv4": "10.8.0.6", "serverIpv4": "10.8.0.1", "ipv6": "fe80::211:22ff:fe33:4455", "serverIpv6": "fe80::1",
                  "statistics": {"bps": 1000000, "bytesSentPerSecond": 10, "connectedSeconds": 61}}]}
                """);
        CliRun run = CliRun.of("status", "SSTP", "--scenario", file.toString());
        assertEquals(Ras4j.OK, run.code(), run.err());
        assertTrue(run.out().contains("\nIPv4:         10.8.0.6, server 10.8.0.1 (PPP)\n"), run.out());
        assertTrue(run.out().contains("\nIPv6:         interface 211:22ff:fe33:4455, server 0:0:0:1 (PPP)\n"), run.out());
        assertTrue(run.out().contains("\nTraffic:      sent 610 bytes, received 0 bytes, 1000000 bps, connected 0:01:01\n"),
                run.out());
    }
}
