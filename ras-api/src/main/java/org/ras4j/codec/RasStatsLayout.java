package org.ras4j.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of {@code RAS_STATS}, the structure of {@code RasGetConnectionStatistics} and
 * {@code RasGetLinkStatistics} (docs/contract.md §8, C-STATS-01): {@code dwSize} and fourteen
 * {@code DWORD}s, 60 bytes. It has one version (declared under {@code WINVER >= 0x500}), no text
 * and no pointer, so one layout serves both charsets and both ABIs. Computed by the packing routine
 * of every RAS structure ({@link PackedStruct}); immutable.
 */
public final class RasStatsLayout {
    private static final RasStatsLayout INSTANCE = new RasStatsLayout();

    private final PackedStruct<RasStatsField> struct;

    private RasStatsLayout() {
        List<FieldSpec<RasStatsField>> fields = new ArrayList<>();
        for (RasStatsField field : RasStatsField.values()) {
            fields.add(FieldSpec.scalar(field, FieldType.DWORD));
        }
        // No member's size depends on the charset or the ABI: any pair lays it out the same.
        this.struct = PackedStruct.layOut(RasStatsField.class, fields, RasCharset.W, Abi.X86);
    }

    /**
     * {@return the one {@code RAS_STATS} layout, the same on x86 and x64}
     */
    public static RasStatsLayout get() {
        return INSTANCE;
    }

    /**
     * {@return {@code sizeof(RAS_STATS)}: the only {@code dwSize} the functions accept}
     */
    public int size() {
        return struct.size();
    }

    /**
     * {@return byte offset of the member}
     *
     * @param field the field
     */
    public int offset(RasStatsField field) {
        return struct.offset(field);
    }

    /**
     * {@return length of the member in bytes (4 for each)}
     *
     * @param field the field
     */
    public int length(RasStatsField field) {
        return struct.length(field);
    }

    @Override
    public String toString() {
        return "RAS_STATS (" + size() + " bytes)";
    }
}
