package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link RasConnLayout} and {@link RasConnStatusLayout} against the layout a C compiler gave
 * for the same structure declared from the Windows SDK's {@code ras.h} member lists
 * ({@code src/test/c/layouts.c}, under {@code #pragma pack(4)}): size, and the offset and length of
 * every member, and no member more or less.
 */
class LayoutAgainstCTest {
    private static final Map<RasConnField, String> CONN_NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(RasConnField.DW_SIZE, "dwSize"),
            Map.entry(RasConnField.HRASCONN, "hrasconn"),
            Map.entry(RasConnField.ENTRY_NAME, "szEntryName"),
            Map.entry(RasConnField.DEVICE_TYPE, "szDeviceType"),
            Map.entry(RasConnField.DEVICE_NAME, "szDeviceName"),
            Map.entry(RasConnField.PHONEBOOK, "szPhonebook"),
            Map.entry(RasConnField.SUB_ENTRY, "dwSubEntry"),
            Map.entry(RasConnField.GUID_ENTRY, "guidEntry"),
            Map.entry(RasConnField.FLAGS, "dwFlags"),
            Map.entry(RasConnField.LUID, "luid"),
            Map.entry(RasConnField.CORRELATION_ID, "guidCorrelationId")));

    private static final Map<RasConnStatusField, String> STATUS_NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(RasConnStatusField.DW_SIZE, "dwSize"),
            Map.entry(RasConnStatusField.CONN_STATE, "rasconnstate"),
            Map.entry(RasConnStatusField.ERROR, "dwError"),
            Map.entry(RasConnStatusField.DEVICE_TYPE, "szDeviceType"),
            Map.entry(RasConnStatusField.DEVICE_NAME, "szDeviceName"),
            Map.entry(RasConnStatusField.PHONE_NUMBER, "szPhoneNumber"),
            Map.entry(RasConnStatusField.LOCAL_END_POINT, "localEndPoint"),
            Map.entry(RasConnStatusField.REMOTE_END_POINT, "remoteEndPoint"),
            Map.entry(RasConnStatusField.CONN_SUB_STATE, "rasconnsubstate")));

    static Stream<RasConnLayout> connLayouts() {
        List<RasConnLayout> layouts = new ArrayList<>();
        for (RasConnVersion version : RasConnVersion.values()) {
            for (RasCharset charset : RasCharset.values()) {
                for (Abi abi : Abi.values()) {
                    layouts.add(RasConnLayout.of(version, charset, abi));
                }
            }
        }
        return layouts.stream();
    }

    static Stream<RasConnStatusLayout> statusLayouts() {
        List<RasConnStatusLayout> layouts = new ArrayList<>();
        for (RasConnStatusVersion version : RasConnStatusVersion.values()) {
            for (RasCharset charset : RasCharset.values()) {
                for (Abi abi : Abi.values()) {
                    layouts.add(RasConnStatusLayout.of(version, charset, abi));
                }
            }
        }
        return layouts.stream();
    }

    @Test
    void theCsvHoldsThe24RasconnAndThe16RasconnstatusLayoutsAndNoOther() {
        assertEquals(24, connLayouts().count());
        assertEquals(16, statusLayouts().count());
        assertEquals(40, LayoutCsv.all().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connLayouts")
    void rasconnMatchesTheCompiler(RasConnLayout layout) {
        Map<String, LayoutCsv.Member> expected = LayoutCsv.of("RASCONN", layout.version(), layout.charset(), layout.abi());
        Map<String, LayoutCsv.Member> actual = new LinkedHashMap<>();
        actual.put("sizeof", new LayoutCsv.Member(0, layout.size()));
        for (RasConnField field : RasConnField.values()) {
            if (layout.has(field)) {
                actual.put(CONN_NAMES.get(field), new LayoutCsv.Member(layout.offset(field), layout.length(field)));
            }
        }
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "declaration order");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statusLayouts")
    void rasconnstatusMatchesTheCompiler(RasConnStatusLayout layout) {
        Map<String, LayoutCsv.Member> expected =
                LayoutCsv.of("RASCONNSTATUS", layout.version(), layout.charset(), layout.abi());
        Map<String, LayoutCsv.Member> actual = new LinkedHashMap<>();
        actual.put("sizeof", new LayoutCsv.Member(0, layout.size()));
        for (RasConnStatusField field : RasConnStatusField.values()) {
            if (layout.has(field)) {
                actual.put(STATUS_NAMES.get(field), new LayoutCsv.Member(layout.offset(field), layout.length(field)));
            }
        }
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "declaration order");
    }
}
