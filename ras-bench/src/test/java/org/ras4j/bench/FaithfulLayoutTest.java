package org.ras4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Structure;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;

class FaithfulLayoutTest {
    private static final Map<String, RasConnField> FIELDS = Map.ofEntries(
            Map.entry("dwSize", RasConnField.DW_SIZE),
            Map.entry("hrasconn", RasConnField.HRASCONN),
            Map.entry("szEntryName", RasConnField.ENTRY_NAME),
            Map.entry("szDeviceType", RasConnField.DEVICE_TYPE),
            Map.entry("szDeviceName", RasConnField.DEVICE_NAME),
            Map.entry("szPhonebook", RasConnField.PHONEBOOK),
            Map.entry("dwSubEntry", RasConnField.SUB_ENTRY),
            Map.entry("guidEntry", RasConnField.GUID_ENTRY),
            Map.entry("dwFlags", RasConnField.FLAGS),
            Map.entry("luid", RasConnField.LUID),
            Map.entry("guidCorrelationId", RasConnField.CORRELATION_ID));

    @Test
    void wideStructurePutsEveryFieldAtTheOffsetOfRasConnLayout() {
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V600, RasCharset.W, Abi.X64);
        FaithfulRasConnW structure = new FaithfulRasConnW();
        FIELDS.forEach((name, field) -> assertEquals(layout.offset(field), structure.offsetOf(name), name));
        assertEquals(1388, layout.size());
        assertEquals(layout.size(), structure.size());
        assertEquals(layout.size(), structure.dwSize);
    }

    @Test
    void ansiStructurePutsEveryFieldAtTheOffsetOfRasConnLayout() {
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V600, RasCharset.A, Abi.X64);
        FaithfulRasConnA structure = new FaithfulRasConnA();
        FIELDS.forEach((name, field) -> assertEquals(layout.offset(field), structure.offsetOf(name), name));
        assertEquals(layout.size(), structure.size());
        assertEquals(layout.size(), structure.dwSize);
    }

    @Test
    void alignNoneWouldMisplaceTheSubEntryWhichIsWhyTheStructuresDoNotUseIt() {
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V600, RasCharset.W, Abi.X64);
        assertEquals(layout.offset(RasConnField.SUB_ENTRY) - 2, new PackedOne().offsetOf("dwSubEntry"));
    }

    /** The same fields with {@code ALIGN_NONE}: what a quick fix of the alignment gets wrong. */
    public static final class PackedOne extends FaithfulRasConnW {
        public PackedOne() {
            setAlignType(Structure.ALIGN_NONE);
        }
    }
}
