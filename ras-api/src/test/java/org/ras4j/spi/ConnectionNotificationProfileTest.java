package org.ras4j.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link WindowsProfile#connectionNotification()}: derived from RASCONN V401 (docs/contract.md C-NOTIFY-01). */
class ConnectionNotificationProfileTest {

    @Test
    @DisplayName("every ready-made profile but Windows 95 has RasConnectionNotification")
    void onlyWindows95LacksIt() {
        List<String> without = WindowsProfile.all().stream().filter(p -> !p.connectionNotification())
                .map(WindowsProfile::id).toList();
        assertEquals(List.of("windows95x86"), without);
    }

    @Test
    @DisplayName("a custom profile follows its RASCONN versions")
    void customProfile() {
        WindowsProfile like95 = WindowsProfile.windows10x64().toBuilder()
                .connVersions(WindowsProfile.windows95x86().connVersions(org.ras4j.codec.RasCharset.W)).build();
        assertEquals(false, like95.connectionNotification());
    }
}
