package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("status finds an entry by name without regard to case and prints its RASCONNSTATUS")
    void statusByEntryName() {
        Path scenario = Scenarios.write(dir, "three.json", Scenarios.THREE_KINDS);

        CliRun run = CliRun.of("status", "BÜRO-vpn", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        assertEquals("""
                Entry:        Büro-VPN
                Handle:       0x20000000014
                State:        Connected (RASCS_Connected, 0x2000)
                Error:        0
                Device type:  vpn
                Device:       WAN Miniport (IKEv2)
                Phone number: vpn.example.com
                Sub-entry:    1
                IPv4:         -
                IPv6:         -
                Traffic:      sent 0 bytes, received 0 bytes, 0 bps, connected 0:00:00
                """, run.out().substring(run.out().indexOf('\n') + 1));
    }

    @Test
    @DisplayName("status of a multilink sub-entry's handle reports that link's state")
    void statusBySubEntryHandle() {
        Path scenario = Scenarios.write(dir, "three.json", Scenarios.THREE_KINDS);

        CliRun run = CliRun.of("status", "0x2000000000C", "--json", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
        assertTrue(document.get("connection").isJsonNull(), "a sub-entry handle is not listed itself");
        assertEquals("RASCS_Connected", document.getAsJsonObject("status").get("state").getAsString());
        assertEquals("isdn", document.getAsJsonObject("status").get("deviceType").getAsString());
    }

    @Test
    @DisplayName("status of a dropped connection shows the reason with its name")
    void statusOfDroppedConnection() {
        Path scenario = Scenarios.write(dir, "dropped.json", """
                {"connections": [{"entryName": "VPN", "deviceType": "vpn", "deviceName": "d",
                                  "state": "dropped", "error": 629}]}
                """);

        CliRun run = CliRun.of("status", "VPN", "--scenario", scenario.toString());

        assertEquals(Ras4j.OK, run.code(), run.err());
        assertTrue(run.out().contains("\nState:        Disconnected (RASCS_Disconnected, 0x2001)\n"), run.out());
        assertTrue(run.out().contains("\nError:        629 ERROR_REMOTE_DISCONNECTION: "), run.out());
    }
}
