package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/**
 * One {@code RASCONN} per layout built byte by byte at the offsets the C compiler gave
 * ({@code layouts.csv}), with every value spelled out by hand (little-endian integers, the GUID's
 * mixed-endian form, UTF-16LE with a surrogate pair, code page 1252): the codec must write exactly
 * these bytes and read them back.
 */
class RasConnGoldenBytesTest {
    private static final UUID ENTRY_ID = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    private static final byte[] ENTRY_ID_BYTES = bytes(
            0x10, 0xB8, 0xA7, 0x6B, 0xAD, 0x9D, 0xD1, 0x11, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8);
    private static final UUID CORRELATION_ID = UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
    private static final byte[] CORRELATION_ID_BYTES = bytes(
            0xAE, 0x4F, 0x1D, 0xF8, 0xEC, 0x7D, 0xD0, 0x11, 0xA7, 0x65, 0x00, 0xA0, 0xC9, 0x1E, 0x6B, 0xF6);
    /** "Büro VPN 😀" in UTF-16LE: U+1F600 is the pair D83D DE00. */
    private static final String WIDE_NAME = "B\u00fcro VPN \ud83d\ude00";
    private static final byte[] WIDE_NAME_BYTES = bytes(0x42, 0, 0xFC, 0, 0x72, 0, 0x6F, 0, 0x20, 0, 0x56, 0,
            0x50, 0, 0x4E, 0, 0x20, 0, 0x3D, 0xD8, 0x00, 0xDE);
    /** "Büro VPN €" in code page 1252: ü is FC, € is 80. */
    private static final String ANSI_NAME = "B\u00fcro VPN \u20ac";
    private static final byte[] ANSI_NAME_BYTES = bytes(0x42, 0xFC, 0x72, 0x6F, 0x20, 0x56, 0x50, 0x4E, 0x20, 0x80);
    private static final String DEVICE_TYPE = "vpn";
    private static final String DEVICE_NAME = "WAN Miniport (IKEv2)";
    private static final String PHONEBOOK = "C:\\ProgramData\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk";

    private final RasConnCodec codec = RasConnCodec.withAnsiCharset(CodecArbitraries.CP1252);

    static List<RasConnLayout> layouts() {
        return RasConnCodecPropertiesTest.allLayouts();
    }

    /** The connection, with each member the layout has (per the CSV) set and the others empty. */
    private static RasConnection connection(RasConnLayout layout, Map<String, LayoutCsv.Member> members) {
        RasConnection.Builder b = RasConnection.builder(handle(layout.abi()),
                layout.charset() == RasCharset.W ? WIDE_NAME : ANSI_NAME);
        if (members.containsKey("szDeviceType")) {
            b.deviceType(DEVICE_TYPE).deviceName(DEVICE_NAME);
        }
        if (members.containsKey("szPhonebook")) {
            b.phonebook(PHONEBOOK).subEntry(2);
        }
        if (members.containsKey("guidEntry")) {
            b.entryId(ENTRY_ID);
        }
        if (members.containsKey("dwFlags")) {
            b.flags(new ConnectionFlags(0x8000_0006)).luid(new Luid(0x3E7, -2));
        }
        if (members.containsKey("guidCorrelationId")) {
            b.correlationId(CORRELATION_ID);
        }
        return b.build();
    }

    private static RasHandle handle(Abi abi) {
        return RasHandle.of(abi == Abi.X64 ? 0x1122_3344_5566_7788L : 0x89AB_CDEFL);
    }

    /** The bytes of the connection, placed by hand at the CSV's offsets. */
    private static byte[] golden(RasConnLayout layout, Map<String, LayoutCsv.Member> members) {
        byte[] out = new byte[members.get("sizeof").length()];
        ByteBuffer le = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(members.get("dwSize").offset(), out.length);
        if (layout.abi() == Abi.X64) {
            place(out, members, "hrasconn", bytes(0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11));
        } else {
            place(out, members, "hrasconn", bytes(0xEF, 0xCD, 0xAB, 0x89));
        }
        boolean wide = layout.charset() == RasCharset.W;
        place(out, members, "szEntryName", wide ? WIDE_NAME_BYTES : ANSI_NAME_BYTES);
        if (members.containsKey("szDeviceType")) {
            place(out, members, "szDeviceType", text(DEVICE_TYPE, wide));
            place(out, members, "szDeviceName", text(DEVICE_NAME, wide));
        }
        if (members.containsKey("szPhonebook")) {
            place(out, members, "szPhonebook", text(PHONEBOOK, wide));
            place(out, members, "dwSubEntry", bytes(2, 0, 0, 0));
        }
        if (members.containsKey("guidEntry")) {
            place(out, members, "guidEntry", ENTRY_ID_BYTES);
        }
        if (members.containsKey("dwFlags")) {
            place(out, members, "dwFlags", bytes(0x06, 0, 0, 0x80));
            place(out, members, "luid", bytes(0xE7, 0x03, 0, 0, 0xFE, 0xFF, 0xFF, 0xFF));
        }
        if (members.containsKey("guidCorrelationId")) {
            place(out, members, "guidCorrelationId", CORRELATION_ID_BYTES);
        }
        return out;
    }

    /** ASCII text as CHARs or as UTF-16LE WCHARs (each ASCII character, then a zero byte). */
    private static byte[] text(String ascii, boolean wide) {
        byte[] narrow = ascii.getBytes(StandardCharsets.US_ASCII);
        if (!wide) {
            return narrow;
        }
        byte[] out = new byte[narrow.length * 2];
        for (int i = 0; i < narrow.length; i++) {
            out[2 * i] = narrow[i];
        }
        return out;
    }

    private static void place(byte[] out, Map<String, LayoutCsv.Member> members, String member, byte[] value) {
        LayoutCsv.Member m = members.get(member);
        if (value.length > m.length()) {
            throw new AssertionError(member + " does not hold " + value.length + " bytes");
        }
        System.arraycopy(value, 0, out, m.offset(), value.length);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static Map<String, LayoutCsv.Member> members(RasConnLayout layout) {
        return LayoutCsv.of("RASCONN", layout.version(), layout.charset(), layout.abi());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void encodingWritesExactlyTheGoldenBytes(RasConnLayout layout) {
        Map<String, LayoutCsv.Member> members = members(layout);
        byte[] expected = golden(layout, members);
        ByteBuffer buffer = ByteBuffer.allocate(2 * expected.length);
        buffer.put(expected.length, (byte) 0x77);

        codec.encode(List.of(connection(layout, members), connection(layout, members)), layout, buffer);

        byte[] twice = new byte[2 * expected.length];
        System.arraycopy(expected, 0, twice, 0, expected.length);
        System.arraycopy(expected, 0, twice, expected.length, expected.length);
        assertArrayEquals(twice, buffer.array(), "entries sit dwSize apart, every padding byte zero");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void decodingTheGoldenBytesGivesTheConnection(RasConnLayout layout) {
        Map<String, LayoutCsv.Member> members = members(layout);
        RasConnection expected = connection(layout, members);
        for (TestBuffers kind : TestBuffers.values()) {
            List<RasConnection> decoded = codec.decode(kind.holding(golden(layout, members)), layout, 1);
            assertEquals(List.of(expected), decoded, kind::name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theGoldenConnectionIsItsOwnProjection(RasConnLayout layout) {
        RasConnection c = connection(layout, members(layout));
        assertEquals(c, codec.project(c, layout));
    }
}
