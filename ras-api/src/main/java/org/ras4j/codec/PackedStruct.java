package org.ras4j.codec;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Offsets, lengths and total size of a C structure laid out under {@code #pragma pack(4)}.
 *
 * <p>This is the one place where layouts are computed: each member starts at the next multiple of
 * {@code min(natural alignment, 4)}, and the structure's size is rounded up to the largest member
 * alignment in effect (4 for every RAS structure). No offset is typed in anywhere else.
 */
final class PackedStruct<F extends Enum<F>> {
    private final Map<F, int[]> placements;
    private final int size;

    private PackedStruct(Map<F, int[]> placements, int size) {
        this.placements = placements;
        this.size = size;
    }

    static <F extends Enum<F>> PackedStruct<F> layOut(
            Class<F> fieldClass, List<FieldSpec<F>> specs, RasCharset charset, Abi abi) {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(abi, "abi");
        Map<F, int[]> placements = new EnumMap<>(fieldClass);
        int offset = 0;
        int structAlignment = 1;
        for (FieldSpec<F> spec : specs) {
            int alignment = spec.type().alignment(charset, abi);
            offset = roundUp(offset, alignment);
            int length = spec.type().size(charset, abi) * spec.count();
            placements.put(spec.field(), new int[] {offset, length});
            offset += length;
            structAlignment = Math.max(structAlignment, alignment);
        }
        return new PackedStruct<>(placements, roundUp(offset, structAlignment));
    }

    private static int roundUp(int value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    int size() {
        return size;
    }

    boolean has(F field) {
        return placements.containsKey(field);
    }

    int offset(F field) {
        return placement(field)[0];
    }

    int length(F field) {
        return placement(field)[1];
    }

    private int[] placement(F field) {
        int[] placement = placements.get(Objects.requireNonNull(field, "field"));
        if (placement == null) {
            throw new IllegalArgumentException(field + " is not part of this structure version");
        }
        return placement;
    }
}
