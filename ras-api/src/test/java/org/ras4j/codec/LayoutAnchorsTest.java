package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The sanity anchors of docs/contract.md §1 (C-STRUCT-04), and {@code forSize} as the inverse of {@code size()}. */
class LayoutAnchorsTest {

    @Test
    void newestRasconnwOnX64Is1388Bytes() {
        assertEquals(1388, RasConnLayout.newest(RasCharset.W, Abi.X64).size());
    }

    @Test
    void newestRasconnaOnX86Is720Bytes() {
        assertEquals(720, RasConnLayout.newest(RasCharset.A, Abi.X86).size());
    }

    @Test
    void onX64TheHandleSitsAtOffset4NotAt8() {
        for (RasConnVersion version : RasConnVersion.values()) {
            for (RasCharset charset : RasCharset.values()) {
                RasConnLayout layout = RasConnLayout.of(version, charset, Abi.X64);
                assertEquals(4, layout.offset(RasConnField.HRASCONN), layout::toString);
                assertEquals(8, layout.length(RasConnField.HRASCONN), layout::toString);
            }
        }
    }

    @Test
    void theNt351LayoutHasA20CharacterEntryNameAndNothingAfterIt() {
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V351, RasCharset.W, Abi.X86);
        assertEquals(21 * 2, layout.length(RasConnField.ENTRY_NAME));
        assertFalse(layout.has(RasConnField.DEVICE_TYPE));
        assertThrows(IllegalArgumentException.class, () -> layout.offset(RasConnField.DEVICE_TYPE));
    }

    @Test
    void rasconnstatusIsTheSameOnBothAbis() {
        for (RasConnStatusVersion version : RasConnStatusVersion.values()) {
            for (RasCharset charset : RasCharset.values()) {
                assertEquals(RasConnStatusLayout.of(version, charset, Abi.X86).size(),
                        RasConnStatusLayout.of(version, charset, Abi.X64).size());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ras4j.codec.LayoutAgainstCTest#connLayouts")
    void rasconnForSizeGivesBackTheLayoutOfThatSize(RasConnLayout layout) {
        assertEquals(Optional.of(layout), RasConnLayout.forSize(layout.size(), layout.charset(), layout.abi()));
        assertTrue(RasConnLayout.of(layout.version(), layout.charset(), layout.abi()) == layout, "layouts are shared");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ras4j.codec.LayoutAgainstCTest#statusLayouts")
    void rasconnstatusForSizeGivesBackTheLayoutOfThatSize(RasConnStatusLayout layout) {
        assertEquals(Optional.of(layout),
                RasConnStatusLayout.forSize(layout.size(), layout.charset(), layout.abi()));
    }

    @Property(tries = 500)
    void forSizeFindsALayoutOnlyForItsExactSize(@ForAll int dwSize, @ForAll RasCharset charset, @ForAll Abi abi) {
        RasConnLayout.forSize(dwSize, charset, abi).ifPresent(layout -> {
            assertEquals(dwSize, layout.size());
            assertEquals(charset, layout.charset());
            assertEquals(abi, layout.abi());
        });
        RasConnStatusLayout.forSize(dwSize, charset, abi).ifPresent(layout -> assertEquals(dwSize, layout.size()));
    }

    @Test
    void sizesThatNoVersionHasFindNothing() {
        for (int dwSize : new int[] {0, -1, 4, 33, 721, 1388 + 4, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertEquals(Optional.empty(), RasConnLayout.forSize(dwSize, RasCharset.A, Abi.X86), "" + dwSize);
        }
        assertEquals(Optional.empty(), RasConnLayout.forSize(1388, RasCharset.W, Abi.X86), "1388 is x64's size");
        assertEquals(Optional.empty(), RasConnStatusLayout.forSize(0, RasCharset.W, Abi.X64));
    }
}
