package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.IntFunction;
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusField;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.StructLayout;

/**
 * Names a byte of a caller's buffer the way a backend author reads it: the structure, the entry,
 * the member and the offset in it. Members and offsets come from the codec's layouts, never typed
 * by hand.
 */
final class StructBytes {
    private StructBytes() {
    }

    /**
     * Where byte {@code index} of a buffer of consecutive {@code layout} entries lies, e.g.
     * {@code RASCONNW V600 X64 (1388 bytes) entry 2, PHONEBOOK at byte 3216 (member offset 12)}.
     *
     * @param layout  the layout of the entries, or {@code null} if the buffer holds no known layout
     * @param members every member of the structure, in declaration order
     * @param index   the byte's index from the start of the buffer
     */
    static <F extends Enum<F>> String where(StructLayout<?, F> layout, F[] members, int index) {
        if (layout == null) {
            return "byte " + index;
        }
        int entry = index / layout.size();
        int inEntry = index % layout.size();
        String member = "padding";
        int memberOffset = inEntry;
        for (F field : members) {
            if (layout.has(field) && inEntry >= layout.offset(field)
                    && inEntry < layout.offset(field) + layout.length(field)) {
                member = field.name();
                memberOffset = inEntry - layout.offset(field);
            }
        }
        return layout + " entry " + entry + ", " + member + " at byte " + index + " (member offset " + memberOffset + ")";
    }

    /** {@link #where} for {@code RASCONN} entries. */
    static String where(RasConnLayout layout, int index) {
        return where(layout, RasConnField.values(), index);
    }

    /** {@link #where} for a {@code RASCONNSTATUS}: one structure, so a byte after it is named as past its end. */
    static String where(RasConnStatusLayout layout, int index) {
        if (layout != null && index >= layout.size()) {
            return layout + ", " + (index - layout.size() + 1) + " bytes past its end at byte " + index;
        }
        return where(layout, RasConnStatusField.values(), index);
    }

    /**
     * Fails at the first byte in which {@code actual} differs from {@code expected}, naming where
     * it lies ({@code where}, e.g. {@code i -> StructBytes.where(layout, i)}) and both values.
     */
    static void assertSame(byte[] expected, byte[] actual, IntFunction<String> where, String what) {
        int n = Math.min(expected.length, actual.length);
        for (int i = 0; i < n; i++) {
            if (expected[i] != actual[i]) {
                fail(what + ": " + where.apply(i) + ": expected " + hex(expected[i]) + ", was " + hex(actual[i]));
            }
        }
        if (expected.length != actual.length) {
            fail(what + ": " + expected.length + " bytes expected, " + actual.length + " compared");
        }
    }

    static String hex(byte b) {
        return String.format("0x%02X", b & 0xFF);
    }
}
