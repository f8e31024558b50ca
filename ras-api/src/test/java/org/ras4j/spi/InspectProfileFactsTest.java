package org.ras4j.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpVersion;

/**
 * The facts of docs/contract.md §8 per ready-made profile: statistics from Windows 2000,
 * {@code RASPPPIP} with options from Windows 2000, {@code RASP_PppIpv6} from Vista,
 * {@code RasGetProjectionInfoEx} from Windows 7; and the builder methods that state them.
 */
class InspectProfileFactsTest {
    private static final List<String> BEFORE_2000 = List.of("windows95x86", "windows98x86", "windowsmex86",
            "windowsnt4x86");
    private static final List<String> BEFORE_VISTA = List.of("windows95x86", "windows98x86", "windowsmex86",
            "windowsnt4x86", "windows2000x86", "windowsxpx86", "windowsxpx64");
    private static final List<String> BEFORE_7 = List.of("windows95x86", "windows98x86", "windowsmex86",
            "windowsnt4x86", "windows2000x86", "windowsxpx86", "windowsxpx64", "windowsvistax86", "windowsvistax64");

    @Test
    void eachFactChangesAtItsWindowsVersion() {
        for (WindowsProfile p : WindowsProfile.all()) {
            assertEquals(!BEFORE_2000.contains(p.id()), p.statistics(), p.name());
            assertEquals(!BEFORE_VISTA.contains(p.id()), p.pppIpv6(), p.name());
            assertEquals(!BEFORE_7.contains(p.id()), p.projectionInfoEx(), p.name());
            for (RasCharset charset : RasCharset.values()) {
                Set<RasPppIpVersion> expected = BEFORE_2000.contains(p.id())
                        ? EnumSet.of(RasPppIpVersion.V350, RasPppIpVersion.V351) : EnumSet.allOf(RasPppIpVersion.class);
                assertEquals(expected, p.pppIpVersions(charset), p.name());
            }
        }
    }

    @Test
    void pppIpLayoutQueries() {
        WindowsProfile nt4 = WindowsProfile.windowsNt4x86();
        assertEquals(List.of(40, 72), nt4.pppIpLayouts(RasCharset.W).stream().map(RasPppIpLayout::size).toList());
        assertEquals(72, nt4.newestPppIpLayout(RasCharset.W).size());
        assertEquals(Optional.empty(), nt4.pppIpLayout(RasCharset.W, 80), "the Windows 2000 RASPPPIPW");
        assertEquals(48, WindowsProfile.windows10x64().newestPppIpLayout(RasCharset.A).size());
        assertEquals(Optional.of(RasPppIpLayout.of(RasPppIpVersion.V350, RasCharset.A, Abi.X64)),
                WindowsProfile.windows10x64().pppIpLayout(RasCharset.A, 24));
    }

    @Test
    void theBuilderStatesEachFactAndEqualsSeesIt() {
        WindowsProfile ten = WindowsProfile.windows10x64();
        WindowsProfile noStats = ten.toBuilder().statistics(false).build();
        WindowsProfile oldIp = ten.toBuilder().pppIpVersions(EnumSet.of(RasPppIpVersion.V350)).build();
        WindowsProfile noIpv6 = ten.toBuilder().pppIpv6(false).build();
        WindowsProfile noEx = ten.toBuilder().projectionInfoEx(false).build();
        assertFalse(noStats.statistics());
        assertEquals(Set.of(RasPppIpVersion.V350), oldIp.pppIpVersions(RasCharset.A));
        assertFalse(noIpv6.pppIpv6());
        assertFalse(noEx.projectionInfoEx());
        for (WindowsProfile variant : List.of(noStats, oldIp, noIpv6, noEx)) {
            assertNotEquals(ten, variant);
            assertEquals(variant, variant.toBuilder().build(), "toBuilder keeps every fact");
        }
        assertEquals(ten, ten.toBuilder().build());
        assertThrows(IllegalArgumentException.class, () -> ten.toBuilder().pppIpVersions(Set.of()));
    }
}
