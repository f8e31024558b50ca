package org.ras4j.spi;

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
import java.util.Optional;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;

/** The ready-made profiles hold the facts of docs/contract.md ("The profiles"); the builder makes variants. */
class WindowsProfileTest {

    @Test
    @DisplayName("§2 XP accepts RASCONN V351–V501 and rejects the NULL buffer; Vista and later add V600 and the size query")
    void xpAndVistaFacts() {
        WindowsProfile xp = WindowsProfile.windowsXpx86();
        assertEquals(EnumSet.range(RasConnVersion.V351, RasConnVersion.V501), xp.connVersions(RasCharset.W));
        assertEquals(WindowsProfile.SizeQuery.NULL_BUFFER_INVALID_SIZE, xp.sizeQuery());
        assertFalse(xp.ownerFlags());
        for (WindowsProfile later : List.of(WindowsProfile.windowsVistax86(), WindowsProfile.windows7x64(),
                WindowsProfile.windows10x86(), WindowsProfile.windows11x64())) {
            assertEquals(RasConnVersion.V600, later.newestConnVersion(RasCharset.A), later.name());
            assertEquals(WindowsProfile.SizeQuery.NULL_BUFFER_REPORTS_SIZE, later.sizeQuery(), later.name());
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
        Set<WindowsProfile> nineX = Set.of(WindowsProfile.windows95x86(), WindowsProfile.windows98x86(), WindowsProfile.windowsMex86());
        for (WindowsProfile profile : WindowsProfile.all()) {
            assertEquals(nineX.contains(profile), profile.dialingIsListed(), profile.name());
        }
    }

    @Test
    @DisplayName("§3 the Windows 7 RASCONNSTATUS exists from Windows 7 on, not on Vista or XP")
    void statusVersions() {
        assertEquals(RasConnStatusVersion.V401, WindowsProfile.windowsVistax64().newestStatusVersion(RasCharset.W));
        assertEquals(RasConnStatusVersion.V401, WindowsProfile.windowsXpx86().newestStatusVersion(RasCharset.W));
        assertEquals(RasConnStatusVersion.V601, WindowsProfile.windows7x86().newestStatusVersion(RasCharset.W));
        assertEquals(RasConnStatusVersion.V400, WindowsProfile.windows95x86().newestStatusVersion(RasCharset.A));
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
        WindowsProfile japanese = WindowsProfile.windowsXpx86().toBuilder()
                .ansiCharset(StandardCharsets.UTF_8)
                .connVersions(RasCharset.W, EnumSet.of(RasConnVersion.V500))
                .validationOrder(RasCharset.A, WindowsProfile.ValidationOrder.SIZE_THEN_POINTERS)
                .build();
        assertEquals(StandardCharsets.UTF_8, japanese.ansiCharset());
        assertEquals(Set.of(RasConnVersion.V500), japanese.connVersions(RasCharset.W));
        assertEquals(EnumSet.range(RasConnVersion.V351, RasConnVersion.V501), japanese.connVersions(RasCharset.A));
        assertEquals(WindowsProfile.ValidationOrder.SIZE_THEN_POINTERS, japanese.validationOrder(RasCharset.A));
        assertThrows(IllegalArgumentException.class,
                () -> WindowsProfile.windowsXpx86().toBuilder().connVersions(EnumSet.noneOf(RasConnVersion.class)));
        assertThrows(UnsupportedOperationException.class,
                () -> japanese.connVersions(RasCharset.A).add(RasConnVersion.V600));
    }

    @Test
    @DisplayName("public methods refuse nulls; profiles are equal when every fact and the name agree")
    void nullsAndValues() {
        NullPointerTester nulls = new NullPointerTester()
                .setDefault(WindowsProfile.class, WindowsProfile.windowsXpx86());
        nulls.testAllPublicStaticMethods(WindowsProfile.class);
        nulls.testAllPublicInstanceMethods(WindowsProfile.windowsXpx86());
        nulls.testAllPublicInstanceMethods(WindowsProfile.windows10x64().toBuilder());
        new EqualsTester()
                .addEqualityGroup(WindowsProfile.windowsXpx86(), WindowsProfile.windowsXpx86().toBuilder().build())
                .addEqualityGroup(WindowsProfile.windowsXpx64())
                .addEqualityGroup(WindowsProfile.windowsXpx86().toBuilder().dialingIsListed(true).build())
                .addEqualityGroup(WindowsProfile.windowsXpx86().toBuilder().name("Windows XP (x86) custom").build())
                .testEquals();
    }

    @Test
    @DisplayName("ids are the factory names in lower case; byId finds each ready-made profile by any spelling of its name")
    void idsAndLookup() {
        assertEquals(List.of("windows95x86", "windows98x86", "windowsmex86", "windowsnt4x86", "windows2000x86",
                "windowsxpx86", "windowsxpx64", "windowsvistax86", "windowsvistax64", "windows7x86", "windows7x64",
                "windows10x86", "windows10x64", "windows11x64"),
                WindowsProfile.all().stream().map(WindowsProfile::id).toList());
        for (WindowsProfile profile : WindowsProfile.all()) {
            assertEquals(Optional.of(profile), WindowsProfile.byId(profile.id()));
            assertEquals(Optional.of(profile), WindowsProfile.byId(profile.name()));
        }
        assertEquals(Optional.empty(), WindowsProfile.byId("windows12x64"));
        assertThrows(IllegalArgumentException.class, () -> WindowsProfile.windowsXpx86().toBuilder().name("()"));
    }

    @Test
    @DisplayName("the layout queries: a dwSize stands for an accepted layout of its charset and ABI, or for none")
    void layoutQueries() {
        WindowsProfile xp = WindowsProfile.windowsXpx86();
        WindowsProfile ten = WindowsProfile.windows10x64();
        RasConnLayout v600 = RasConnLayout.of(RasConnVersion.V600, RasCharset.W, Abi.X64);
        assertEquals(Optional.of(v600), ten.connLayout(RasCharset.W, 1388));
        assertEquals(v600, ten.newestConnLayout(RasCharset.W));
        assertEquals(Optional.empty(), xp.connLayout(RasCharset.W, RasConnLayout.of(RasConnVersion.V600, RasCharset.W,
                Abi.X86).size()));
        assertEquals(Optional.empty(), ten.connLayout(RasCharset.A, 1388));
        assertEquals(5, xp.connLayouts(RasCharset.A).size());
        assertEquals(RasConnVersion.V351, xp.connLayouts(RasCharset.A).get(0).version());
        assertEquals(Optional.of(RasConnStatusLayout.of(RasConnStatusVersion.V601, RasCharset.W, Abi.X64)),
                ten.statusLayout(RasCharset.W, 608));
        assertEquals(Optional.empty(), xp.statusLayout(RasCharset.W, 608));
        assertEquals(3, xp.statusLayouts(RasCharset.W).size());
        assertEquals(RasConnStatusVersion.V401, xp.newestStatusLayout(RasCharset.A).version());
    }

    @Test
    @DisplayName("a variant keeps every fact of the profile it started from but those it changes")
    void variantsStartFromTheirProfile() {
        WindowsProfile ten = WindowsProfile.windows10x64();
        WindowsProfile variant = ten.toBuilder().name("Windows 10 (x86) variant").abi(Abi.X86).ownerFlags(false).build();
        assertEquals(Abi.X86, variant.abi());
        assertFalse(variant.ownerFlags());
        assertEquals(ten.connVersions(RasCharset.W), variant.connVersions(RasCharset.W));
        assertEquals(WindowsProfile.SizeQuery.NULL_BUFFER_REPORTS_SIZE, variant.sizeQuery());
        assertEquals("windows10x86variant", variant.id());
        assertThrows(IllegalArgumentException.class, () -> ten.toBuilder().connVersions(RasCharset.A, Set.of()));
    }
}
