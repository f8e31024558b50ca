package org.ras4j.codec;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Offsets, lengths and total size of a C structure laid out under {@code #pragma pack(4)}.
 *
 * <p>This is the one place where layouts are computed: each member starts at the next multiple of
 * {@code min(natural alignment, 4)}, and the structure's size is rounded up to the largest member
 * alignment in effect (4 for every RAS structure). No offset is typed in anywhere else.
 */
final class PackedStruct<F extends Enum<F>> {
    private static final int ABSENT = -1;

    /** Offset and length of each member, indexed by the member's ordinal; {@link #ABSENT} if absent. */
    private final int[] offsets;
    private final int[] lengths;
    private final int size;

    private PackedStruct(int[] offsets, int[] lengths, int size) {
        this.offsets = offsets;
        this.lengths = lengths;
        this.size = size;
    }

    static <F extends Enum<F>> PackedStruct<F> layOut(
            Class<F> fieldClass, List<FieldSpec<F>> specs, RasCharset charset, Abi abi) {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(abi, "abi");
        int members = fieldClass.getEnumConstants().length;
        int[] offsets = new int[members];
        int[] lengths = new int[members];
        Arrays.fill(offsets, ABSENT);
        Arrays.fill(lengths, ABSENT);
        int offset = 0;
        int structAlignment = 1;
        for (FieldSpec<F> spec : specs) {
            int alignment = spec.type().alignment(charset, abi);
            offset = roundUp(offset, alignment);
            int length = spec.type().size(charset, abi) * spec.count();
            offsets[spec.field().ordinal()] = offset;
            lengths[spec.field().ordinal()] = length;
            offset += length;
            structAlignment = Math.max(structAlignment, alignment);
        }
        return new PackedStruct<>(offsets, lengths, roundUp(offset, structAlignment));
    }

    private static int roundUp(int value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    int size() {
        return size;
    }

    boolean has(F field) {
        return offsets[field.ordinal()] != ABSENT;
    }

    int offset(F field) {
        return present(field, offsets[field.ordinal()]);
    }

    int length(F field) {
        return present(field, lengths[field.ordinal()]);
    }

    private static int present(Enum<?> field, int value) {
        if (value == ABSENT) {
            throw new IllegalArgumentException(field + " is not part of this structure version");
        }
        return value;
    }
}
