package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.RasHandle;
import org.ras4j.TunnelEndpoint;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;

/** The ready-made profiles hold the facts of RAS-CONTRACT.md; the builder makes custom ones. */
class WindowsProfileTest {

    @Test
    @DisplayName("§2 XP accepts RASCONN V351–V501 and rejects the NULL buffer; Vista and later add V600 and the size query")
    void xpAndVistaFacts() {
        WindowsProfile xp = WindowsProfile.windowsXp();
        assertEquals(EnumSet.range(RasConnVersion.V351, RasConnVersion.V501), xp.connVersions(RasCharset.W));
        assertFalse(xp.nullBufferSizeQuery());
        assertFalse(xp.ownerFlags());
        for (WindowsProfile later : List.of(WindowsProfile.windowsVista(), WindowsProfile.windows7X64(),
                WindowsProfile.windows10(), WindowsProfile.windows11x64())) {
            assertEquals(RasConnVersion.V600, later.newestConnVersion(RasCharset.A), later.name());
            assertTrue(later.nullBufferSizeQuery(), later.name());
            assertTrue(later.ownerFlags(), later.name());
        }
    }

    @Test
    @DisplayName("§2 A checks pointers first and W the size first, on every ready-made profile")
    void validationOrderOfEveryProfile() {
        for (WindowsProfile profile : WindowsProfile.all()) {
            assertEquals(WindowsProfile.ValidationOrder.POINTERS_THEN_SIZE, profile.validationOrder(RasCharset.A));
            assertEquals(WindowsProfile.ValidationOrder.SIZE_THEN_POINTERS, profile.validationOrder(RasCharset.W));
        }
    }

    @Test
    @DisplayName("§2 only Windows 95/98/Me list dialling connections")
    void onlyNineXListsDialling() {
        Set<WindowsProfile> nineX = Set.of(WindowsProfile.windows95(), WindowsProfile.windows98(), WindowsProfile.windowsMe());
        for (WindowsProfile profile : WindowsProfile.all()) {
            assertEquals(nineX.contains(profile), profile.dialingIsListed(), profile.name());
        }
    }

    @Test
    @DisplayName("§3 the Windows 7 RASCONNSTATUS exists from Windows 7 on, not on Vista or XP")
    void statusVersions() {
        assertEquals(RasConnStatusVersion.V401, WindowsProfile.windowsVistaX64().newestStatusVersion(RasCharset.W));
        assertEquals(RasConnStatusVersion.V401, WindowsProfile.windowsXp().newestStatusVersion(RasCharset.W));
        assertEquals(RasConnStatusVersion.V601, WindowsProfile.windows7().newestStatusVersion(RasCharset.W));
        assertEquals(RasConnStatusVersion.V400, WindowsProfile.windows95().newestStatusVersion(RasCharset.A));
    }

    @Test
    @DisplayName("all() lists fourteen distinct profiles, x86 where Windows existed for x86, x64 where for x64")
    void allProfiles() {
        List<WindowsProfile> all = WindowsProfile.all();
        assertEquals(14, all.size());
        assertEquals(14, all.stream().map(WindowsProfile::name).distinct().count());
        for (WindowsProfile profile : all) {
            assertEquals(profile.name().contains("x64") ? Abi.X64 : Abi.X86, profile.abi(), profile.name());
            assertEquals("windows-1252", profile.ansiCharset().name());
        }
    }

    @Test
    @DisplayName("a custom profile from the builder, and a variant of a ready-made one")
    void customProfiles() {
        WindowsProfile japanese = WindowsProfile.windowsXp().toBuilder()
                .ansiCharset(StandardCharsets.UTF_8)
                .connVersions(RasCharset.W, EnumSet.of(RasConnVersion.V500))
                .validationOrder(RasCharset.A, WindowsProfile.ValidationOrder.SIZE_THEN_POINTERS)
                .build();
        assertEquals(StandardCharsets.UTF_8, japanese.ansiCharset());
        assertEquals(Set.of(RasConnVersion.V500), japanese.connVersions(RasCharset.W));
        assertEquals(EnumSet.range(RasConnVersion.V351, RasConnVersion.V501), japanese.connVersions(RasCharset.A));
        assertEquals(WindowsProfile.ValidationOrder.SIZE_THEN_POINTERS, japanese.validationOrder(RasCharset.A));
        assertThrows(IllegalArgumentException.class,
                () -> WindowsProfile.builder("none", Abi.X86).connVersions(EnumSet.noneOf(RasConnVersion.class)));
        assertThrows(UnsupportedOperationException.class,
                () -> japanese.connVersions(RasCharset.A).add(RasConnVersion.V600));
    }

    @Test
    @DisplayName("public methods refuse nulls; value types follow equals/hashCode")
    void nullsAndValues() {
        NullPointerTester nulls = new NullPointerTester()
                .setDefault(WindowsProfile.class, WindowsProfile.windowsXp())
                .setDefault(RasHandle.class, RasHandle.of(4))
                .setDefault(ConnectionState.class, ConnectionState.AUTHENTICATE)
                .setDefault(TunnelEndpoint.class, TunnelEndpoint.NONE);
        nulls.testAllPublicStaticMethods(WindowsProfile.class);
        nulls.testAllPublicInstanceMethods(WindowsProfile.windowsXp());
        nulls.testAllPublicInstanceMethods(WindowsProfile.builder("custom", Abi.X64));
        nulls.testAllPublicStaticMethods(SimFunction.class);
        nulls.testAllPublicConstructors(StatusDetails.class);
        new EqualsTester()
                .addEqualityGroup(StatusDetails.ofPhoneNumber("1"), StatusDetails.ofPhoneNumber("1"))
                .addEqualityGroup(StatusDetails.NONE, StatusDetails.defaultsFor(Samples.vpn("Office")))
                .addEqualityGroup(StatusDetails.NONE.withSubState(1))
                .testEquals();
        assertEquals(StatusDetails.ofPhoneNumber("5551234"), StatusDetails.defaultsFor(Samples.phoneCall("5551234")));
        assertEquals("RasGetConnectStatusA", SimFunction.getConnectStatus(RasCharset.A).win32Name());
    }
}
