package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
    @TempDir
    Path dir;

    private Path threeKinds() {
        return Scenarios.write(dir, "three.json", Scenarios.THREE_KINDS);
    }

    @Test
    @DisplayName("list prints an aligned table of a .number entry, a multilink entry and a non-ASCII entry, labelled as simulated")
    void tableOfThreeKindsOfConnection() {
        Path scenario = threeKinds();

        CliRun run = CliRun.of("list", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        assertEquals("SIMULATED connections (ras4j simulator, profile windows10x64, scenario " + scenario
                + ", RasEnumConnectionsW)\n"
                + "ENTRY        DEVICE TYPE  DEVICE                    HANDLE         STATE      SUB-ENTRY\n"
                + ".5550123     modem        Standard 56000 bps Modem  0x20000000004  Connected  1\n"
                + "ISDN-Bündel  isdn         ISDN channel              0x20000000008  Connected  1\n"
                + "Büro-VPN     vpn          WAN Miniport (IKEv2)      0x20000000014  Connected  1\n"
                + "\n"
                + "Simulator notes (see any handle with: ras4j status <handle>):\n"
                + "  ISDN-Bündel is multilink: sub-entry 1 = 0x2000000000c, sub-entry 2 = 0x20000000010\n",
                run.out());
        assertEquals("", run.err());
    }

    @Test
    @DisplayName("list --json prints every RASCONN and RASCONNSTATUS member, and it parses back to the same values")
    void jsonParsesBackToTheScenario() {
        CliRun run = CliRun.of("list", "--json", "--scenario", threeKinds().toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray connections = document.getAsJsonArray("connections");
        JsonObject phone = connections.get(0).getAsJsonObject();
        JsonObject multilink = connections.get(1).getAsJsonObject();
        JsonObject vpn = connections.get(2).getAsJsonObject();
        JsonObject vpnStatus = vpn.getAsJsonObject("status");
        assertAll(
                () -> assertEquals(3, connections.size()),
                () -> assertTrue(document.get("simulated").getAsBoolean()),
                () -> assertEquals("sim", document.get("backend").getAsString()),
                () -> assertEquals("W", document.get("charset").getAsString()),
                () -> assertEquals(".5550123", phone.get("entryName").getAsString()),
                () -> assertEquals("5550123", phone.get("phoneNumber").getAsString()),
                () -> assertEquals("modem", phone.get("deviceType").getAsString()),
                () -> assertEquals("0x20000000004", phone.get("handle").getAsString()),
                () -> assertEquals("ISDN-Bündel", multilink.get("entryName").getAsString()),
                () -> assertTrue(multilink.get("phoneNumber").isJsonNull()),
                () -> assertEquals("C:\\ProgramData\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk",
                        multilink.get("phonebook").getAsString()),
                () -> assertEquals("[\"ALL_USERS\"]", multilink.getAsJsonObject("flags").get("names").toString()),
                () -> assertEquals("Büro-VPN", vpn.get("entryName").getAsString()),
                () -> assertEquals(1, vpn.get("subEntry").getAsInt()),
                () -> assertEquals("a3c1f9e2-7d54-4b8a-9e20-1f6b3c8d2a71", vpn.get("entryId").getAsString()),
                () -> assertEquals(2, vpn.getAsJsonObject("flags").get("bits").getAsInt()),
                () -> assertEquals(1, vpn.getAsJsonObject("luid").get("highPart").getAsInt()),
                () -> assertEquals(4294967295L, vpn.getAsJsonObject("luid").get("lowPart").getAsLong()),
                () -> assertEquals("4f8d2b6e-0a9c-4e3b-b7d1-5c2e9a0f6b83", vpn.get("correlationId").getAsString()),
                () -> assertEquals("RASCS_Connected", vpnStatus.get("state").getAsString()),
                () -> assertEquals(0x2000, vpnStatus.get("stateCode").getAsInt()),
                () -> assertEquals("vpn.example.com", vpnStatus.get("phoneNumber").getAsString()),
                () -> assertEquals("192.0.2.10",
                        vpnStatus.getAsJsonObject("localEndPoint").get("address").getAsString()),
                () -> assertEquals(2, vpnStatus.getAsJsonObject("remoteEndPoint").get("type").getAsInt()),
                () -> assertEquals(1, vpnStatus.get("subState").getAsInt()));
    }

    @Test
    @DisplayName("every JSON connection object has the same keys, absent members as null")
    void jsonKeysAreStable() {
        CliRun run = CliRun.of("list", "--json", "--scenario", threeKinds().toString(), "--profile", "windows95x86");

        assertEquals(Ras4j.OK, run.code(), run.err());
        List<JsonElement> connections = JsonParser.parseString(run.out()).getAsJsonObject()
                .getAsJsonArray("connections").asList();
        List<String> keys = List.of("handle", "entryName", "phoneNumber", "deviceType", "deviceName", "phonebook",
                "subEntry", "entryId", "flags", "luid", "correlationId", "status");
        for (JsonElement connection : connections) {
            assertEquals(keys, List.copyOf(connection.getAsJsonObject().keySet()));
        }
        JsonObject first = connections.get(0).getAsJsonObject();
        assertTrue(first.get("phonebook").isJsonNull(), "Windows 95's RASCONN has no phone book");
        assertTrue(first.get("correlationId").isJsonNull(), "Windows 95's RASCONN has no correlation id");
    }

    @Test
    @DisplayName("JSON output is pure ASCII: non-ASCII letters and control characters are \\u escapes")
    void jsonIsAscii() {
        Path scenario = Scenarios.write(dir, "names.json", """
                {"connections": [{"entryName": "Büro-VPN \\u001b[2J\\n東京"}]}
                """);

        CliRun run = CliRun.of("list", "--json", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        assertTrue(run.out().chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), run.out());
        assertTrue(run.out().contains("B\\u00fcro-VPN \\u001b[2J\\n\\u6771\\u4eac"), run.out());
        String name = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("connections")
                .get(0).getAsJsonObject().get("entryName").getAsString();
        assertEquals("Büro-VPN \u001b[2J\n東京", name);
    }

    @Test
    @DisplayName("control characters in an entry name are escaped in the table and keep it aligned")
    void controlCharactersAreEscapedInTheTable() {
        Path scenario = Scenarios.write(dir, "evil.json", """
                {"connections": [
                  {"entryName": "Evil\\u001b[2J\\nVPN", "deviceType": "vpn", "deviceName": "d"},
                  {"entryName": "ok", "deviceType": "vpn\\ttab", "deviceName": "d"}
                ]}
                """);

        CliRun run = CliRun.of("list", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Evil\\x1b[2J\\nVPN  vpn" + " ".repeat(10) + "d       0x20000000004  Connected  0", lines.get(2));
        assertEquals("ok" + " ".repeat(16) + "vpn\\ttab" + " ".repeat(5) + "d       0x20000000008  Connected  0",
                lines.get(3));
        assertTrue(run.out().chars().noneMatch(c -> c == 0x1b || c == '\t'), run.out());
    }

    @Test
    @DisplayName("--charset A reads the same non-ASCII name through the profile's ANSI code page")
    void ansiCharsetDecodesThroughTheProfileCodePage() {
        CliRun run = CliRun.of("list", "--charset", "A", "--scenario", threeKinds().toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("SIMULATED connections"), run.out());
        assertTrue(run.out().contains(", RasEnumConnectionsA)\n"), run.out());
        assertTrue(run.out().contains("\nBüro-VPN     vpn "), run.out());
    }

    @Test
    @DisplayName("a dialling connection is listed with its state on Windows 98 and only noted on Windows 10")
    void dialingConnectionFollowsTheProfile() {
        Path scenario = Scenarios.write(dir, "dialing.json", """
                {"connections": [{"entryName": "Home-ISP", "deviceType": "pppoe", "deviceName": "WAN Miniport (PPPOE)",
                                  "state": "dialing", "dialState": "Authenticate"}]}
                """);

        CliRun nineEight = CliRun.of("list", "--scenario", scenario.toString(), "--profile", "windows98");
        CliRun ten = CliRun.of("list", "--scenario", scenario.toString(), "--profile", "windows10x64");

        assertEquals(Ras4j.OK, nineEight.code(), nineEight.err());
        assertEquals("Home-ISP  pppoe        WAN Miniport (PPPOE)  0x80000004  Authenticate  0",
                nineEight.out().lines().toList().get(2));
        assertEquals(Ras4j.OK, ten.code(), ten.err());
        assertEquals(List.of(
                "No connections",
                "",
                "Simulator notes (see any handle with: ras4j status <handle>):",
                "  Home-ISP 0x20000000004 is dialling (Authenticate); Windows 10 (x64) lists it only once connected"),
                ten.out().lines().skip(1).toList());
    }

    @Test
    @DisplayName("a connection whose line dropped stays listed as Disconnected, with the reason in JSON")
    void droppedConnectionIsListedAsDisconnected() {
        Path scenario = Scenarios.write(dir, "dropped.json", """
                {"connections": [{"entryName": "VPN", "deviceType": "vpn", "deviceName": "d",
                                  "state": "dropped", "error": 628}]}
                """);

        CliRun table = CliRun.of("list", "--scenario", scenario.toString());
        CliRun json = CliRun.of("list", "--json", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, table.code(), table.err());
        assertTrue(table.out().contains("\nVPN    vpn          d       0x20000000004  Disconnected  0\n"), table.out());
        JsonObject status = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("connections")
                .get(0).getAsJsonObject().getAsJsonObject("status");
        assertEquals("RASCS_Disconnected", status.get("state").getAsString());
        assertEquals(628, status.get("errorCode").getAsInt());
    }

    @Test
    @DisplayName("--active lists only what RasGetConnectStatus says is connected, as RasClient.activeConnections(),"
            + " and the notes say why each other one is left out")
    void activeListsOnlyConnectedConnections() {
        Path scenario = Scenarios.write(dir, "mixed.json", """
                {"profile": "windows98x86", "connections": [
                  {"entryName": "Up", "deviceType": "vpn", "deviceName": "d"},
                  {"entryName": "Backup", "deviceType": "modem", "deviceName": "d", "state": "dropped", "error": 628},
                  {"entryName": "Home-ISP", "deviceType": "modem", "deviceName": "d", "state": "dialing",
                   "dialState": "Authenticate"},
                  {"entryName": "Up2", "deviceType": "vpn", "deviceName": "d"}
                ]}
                """);

        CliRun all = CliRun.of("list", "--scenario", scenario.toString());
        CliRun active = CliRun.of("list", "--active", "--scenario", scenario.toString());
        CliRun json = CliRun.of("list", "--active", "--json", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, active.code(), active.err());
        assertEquals(List.of("ENTRY", "Up", "Backup", "Home-ISP", "Up2"),
                all.out().lines().skip(1).limit(5).map(l -> l.split(" ")[0]).toList());
        assertEquals(List.of(
                "ENTRY  DEVICE TYPE  DEVICE  HANDLE      STATE      SUB-ENTRY",
                "Up     vpn          d       0x80000004  Connected  0",
                "Up2    vpn          d       0x80000010  Connected  0",
                "",
                "Simulator notes (see any handle with: ras4j status <handle>):",
                "  Backup 0x80000008 is left out by --active: RasGetConnectStatus says Disconnected,"
                        + " dwError 628 ERROR_DISCONNECTION",
                "  Home-ISP 0x8000000c is left out by --active: RasGetConnectStatus says Authenticate"),
                active.out().lines().skip(1).toList());
        List<String> jsonHandles = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("connections")
                .asList().stream().map(c -> c.getAsJsonObject().get("handle").getAsString()).toList();
        org.ras4j.RasClient client = SimulatorSessions.open(java.util.Optional.empty(), java.util.Optional.of(scenario),
                org.ras4j.codec.RasCharset.W, java.util.Optional.empty()).client();
        assertEquals(client.activeConnections().stream().map(c -> c.handle().toString()).toList(), jsonHandles);
    }

    @Test
    @DisplayName("a connection RasGetConnectStatus calls stale is noted as left out, never as 'lists it only once connected'")
    void aStaleConnectionIsNotedWithoutContradiction() {
        Path scenario = Scenarios.write(dir, "stale.json", """
                {"connections": [{"entryName": "A"}, {"entryName": "B"}],
                 "failNextCalls": [{"call": "RasGetConnectStatus", "error": 6}]}
                """);

        CliRun run = CliRun.of("list", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        List<String> notes = run.out().lines().dropWhile(l -> !l.startsWith("Simulator notes")).skip(1).toList();
        assertEquals(List.of("  A 0x20000000004 is left out: RasGetConnectStatus answered 6 ERROR_INVALID_HANDLE"
                + " after RasEnumConnections listed it, as for a connection hung up in between"), notes);
        assertTrue(!run.out().contains("only once connected") && !run.out().contains("in state"), run.out());
    }

    @Test
    @DisplayName("East Asian wide names and combining marks keep the table aligned by display width")
    void wideAndCombiningNamesStayAligned() {
        Path scenario = Scenarios.write(dir, "wide.json", """
                {"connections": [
                  {"entryName": "東京-VPN", "deviceType": "vpn", "deviceName": "ＷＡＮ"},
                  {"entryName": "Cafe\\u0301", "deviceType": "vpn", "deviceName": "d"},
                  {"entryName": "서울", "deviceType": "pppoe", "deviceName": "e\\u0301e\\u0301"}
                ]}
                """);

        CliRun run = CliRun.of("list", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        List<String> lines = run.out().lines().skip(1).limit(4).toList();
        assertEquals(List.of(
                "ENTRY     DEVICE TYPE  DEVICE  HANDLE         STATE      SUB-ENTRY",
                "東京-VPN  vpn          ＷＡＮ  0x20000000004  Connected  0",
                "Café      vpn          d       0x20000000008  Connected  0",
                "서울      pppoe        éé      0x2000000000c  Connected  0"),
                lines.stream().map(l -> Normalizer.normalize(l, Normalizer.Form.NFC)).toList());
        for (String line : lines) {
            assertEquals(Escaper.width(lines.get(0).substring(0, lines.get(0).indexOf("HANDLE"))),
                    Escaper.width(line.substring(0, line.indexOf(line.startsWith("ENTRY") ? "HANDLE" : "0x"))), line);
        }
    }
}
