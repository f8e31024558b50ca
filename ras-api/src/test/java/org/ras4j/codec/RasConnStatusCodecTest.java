package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasException;
import org.ras4j.TunnelEndpoint;

/**
 * {@link RasConnStatusCodec}: golden bytes per layout at the C compiler's offsets, round trips over
 * every layout and buffer kind, decoding of arbitrary bytes, and refusal of bad input.
 */
class RasConnStatusCodecTest {
    private final RasConnStatusCodec codec = RasConnStatusCodec.withAnsiCharset(CodecArbitraries.CP1252);

    static List<RasConnStatusLayout> layouts() {
        return LayoutAgainstCTest.statusLayouts().collect(Collectors.toList());
    }

    private static Map<String, LayoutCsv.Member> members(RasConnStatusLayout layout) {
        return LayoutCsv.of("RASCONNSTATUS", layout.version(), layout.charset(), layout.abi());
    }

    private static InetAddress address(int... bytes) {
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static final InetAddress LOCAL = address(192, 0, 2, 10);
    private static final InetAddress REMOTE = address(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);

    private static ConnectionStatus golden(Map<String, LayoutCsv.Member> members) {
        boolean v401 = members.containsKey("szPhoneNumber");
        boolean v601 = members.containsKey("localEndPoint");
        return new ConnectionStatus(ConnectionState.CONNECTED, 629, "vpn", "WAN Miniport (SSTP)",
                v401 ? Optional.of("vpn.example.com") : Optional.empty(),
                v601 ? Optional.of(TunnelEndpoint.of(LOCAL)) : Optional.empty(),
                v601 ? Optional.of(TunnelEndpoint.of(REMOTE)) : Optional.empty(),
                v601 ? OptionalInt.of(0x2000) : OptionalInt.empty());
    }

    private static byte[] goldenBytes(RasConnStatusLayout layout, Map<String, LayoutCsv.Member> members) {
        byte[] out = new byte[members.get("sizeof").length()];
        ByteBuffer le = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        boolean wide = layout.charset() == RasCharset.W;
        le.putInt(members.get("dwSize").offset(), out.length);
        put(out, members, "rasconnstate", 0x00, 0x20, 0, 0);
        put(out, members, "dwError", 0x75, 0x02, 0, 0);
        putText(out, members, "szDeviceType", "vpn", wide);
        putText(out, members, "szDeviceName", "WAN Miniport (SSTP)", wide);
        if (members.containsKey("szPhoneNumber")) {
            putText(out, members, "szPhoneNumber", "vpn.example.com", wide);
        }
        if (members.containsKey("localEndPoint")) {
            put(out, members, "localEndPoint", 1, 0, 0, 0, 192, 0, 2, 10);
            put(out, members, "remoteEndPoint", 2, 0, 0, 0, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
            put(out, members, "rasconnsubstate", 0, 0x20, 0, 0);
        }
        return out;
    }

    private static void put(byte[] out, Map<String, LayoutCsv.Member> members, String member, int... values) {
        LayoutCsv.Member m = members.get(member);
        assertTrue(values.length <= m.length(), member);
        for (int i = 0; i < values.length; i++) {
            out[m.offset() + i] = (byte) values[i];
        }
    }

    private static void putText(byte[] out, Map<String, LayoutCsv.Member> members, String member, String ascii,
            boolean wide) {
        byte[] narrow = ascii.getBytes(StandardCharsets.US_ASCII);
        int[] values = new int[wide ? 2 * narrow.length : narrow.length];
        for (int i = 0; i < narrow.length; i++) {
            values[wide ? 2 * i : i] = narrow[i];
        }
        put(out, members, member, values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void encodingWritesExactlyTheGoldenBytes(RasConnStatusLayout layout) {
        Map<String, LayoutCsv.Member> members = members(layout);
        ByteBuffer buffer = ByteBuffer.allocate(members.get("sizeof").length());
        codec.encode(golden(members), layout, buffer);
        assertArrayEquals(goldenBytes(layout, members), buffer.array());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void decodingTheGoldenBytesGivesTheStatus(RasConnStatusLayout layout) {
        Map<String, LayoutCsv.Member> members = members(layout);
        for (TestBuffers kind : TestBuffers.values()) {
            assertEquals(golden(members), codec.decode(kind.holding(goldenBytes(layout, members)), layout), kind::name);
        }
    }

    /** What decoding gives for a status written in {@code layout}: the members it lacks empty, absent ones zero. */
    private static ConnectionStatus projected(ConnectionStatus s, RasConnStatusLayout layout) {
        return new ConnectionStatus(s.state(), s.errorCode(), s.deviceType(), s.deviceName(),
                layout.has(RasConnStatusField.PHONE_NUMBER) ? Optional.of(s.phoneNumber().orElse("")) : Optional.empty(),
                layout.has(RasConnStatusField.LOCAL_END_POINT)
                        ? Optional.of(s.localEndPoint().orElse(TunnelEndpoint.NONE)) : Optional.empty(),
                layout.has(RasConnStatusField.REMOTE_END_POINT)
                        ? Optional.of(s.remoteEndPoint().orElse(TunnelEndpoint.NONE)) : Optional.empty(),
                layout.has(RasConnStatusField.CONN_SUB_STATE)
                        ? OptionalInt.of(s.subState().orElse(0)) : OptionalInt.empty());
    }

    @Provide
    Arbitrary<RasConnStatusLayout> statusLayouts() {
        return Arbitraries.of(layouts());
    }

    @Provide
    Arbitrary<TunnelEndpoint> endpoints() {
        Arbitrary<TunnelEndpoint> v4 = Arbitraries.bytes().array(byte[].class).ofSize(4)
                .map(b -> TunnelEndpoint.of(address(unsigned(b))));
        Arbitrary<TunnelEndpoint> v6 = Arbitraries.bytes().array(byte[].class).ofSize(16)
                .map(b -> new TunnelEndpoint(TunnelEndpoint.IPV6, Optional.of(ipv6(b))));
        Arbitrary<TunnelEndpoint> other = Arbitraries.integers().filter(t -> t != 1 && t != 2)
                .map(t -> new TunnelEndpoint(t, Optional.empty()));
        return Arbitraries.oneOf(v4, v6, other);
    }

    private static int[] unsigned(byte[] bytes) {
        int[] out = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i] & 0xFF;
        }
        return out;
    }

    private static InetAddress ipv6(byte[] bytes) {
        try {
            return Inet6Address.getByAddress(null, bytes, null);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** Text of at most {@code max} characters, valid for the charset (code page 1252 for A). */
    private static Arbitrary<String> text(RasCharset charset, int max) {
        return (charset == RasCharset.W ? CodecArbitraries.wideText() : CodecArbitraries.ansiText(CodecArbitraries.CP1252))
                .map(t -> {
                    if (t.length() <= max) {
                        return t;
                    }
                    int end = Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max;
                    return t.substring(0, end);
                });
    }

    /** A status to write in a layout whose text fields it fits. */
    record StatusCase(RasConnStatusLayout layout, ConnectionStatus status) {
    }

    @Provide
    Arbitrary<StatusCase> layoutAndStatus() {
        return statusLayouts().flatMap(layout -> {
            int deviceName = layout.length(RasConnStatusField.DEVICE_NAME) / layout.charset().charSize() - 1;
            Arbitrary<ConnectionStatus> statuses = Combinators.combine(
                    Arbitraries.integers().map(ConnectionState::of), Arbitraries.integers(),
                    text(layout.charset(), 16), text(layout.charset(), deviceName),
                    text(layout.charset(), 128).optional(), endpoints().optional(), endpoints().optional(),
                    Arbitraries.integers().optional().map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty())))
                    .as(ConnectionStatus::new);
            return statuses.map(s -> new StatusCase(layout, s));
        });
    }

    @Property(tries = 300)
    void decodingWhatWasEncodedGivesTheStatusInThatLayout(@ForAll("layoutAndStatus") StatusCase input,
            @ForAll TestBuffers kind) {
        RasConnStatusLayout layout = input.layout();
        ConnectionStatus status = input.status();
        ByteBuffer buffer = kind.allocate(layout.size());
        codec.encode(status, layout, buffer);
        assertEquals(projected(status, layout), codec.decode(buffer, layout));
    }

    @Property(tries = 500)
    void decodingArbitraryBytesFailsOnlyWithTheDocumentedErrors(@ForAll("statusLayouts") RasConnStatusLayout layout,
            @ForAll("statusBytes") byte[] bytes, @ForAll boolean plantDwSize, @ForAll TestBuffers kind) {
        if (plantDwSize && bytes.length >= 4) {
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(0, layout.size());
        }
        ConnectionStatus decoded;
        try {
            decoded = codec.decode(kind.holding(bytes), layout);
        } catch (RasException documented) {
            assertTrue(Set.of(610, 632).contains(documented.code()), documented::getMessage);
            return;
        }
        assertEquals(layout.has(RasConnStatusField.PHONE_NUMBER), decoded.phoneNumber().isPresent());
        assertEquals(layout.has(RasConnStatusField.CONN_SUB_STATE), decoded.subState().isPresent());
    }

    @Provide
    Arbitrary<byte[]> statusBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(700);
    }

    @Test
    void anIpv4MappedIpv6EndPointComesBackAsIpv6() {
        RasConnStatusLayout layout = RasConnStatusLayout.newest(RasCharset.A, Abi.X86);
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 192, 0, 2, 1};
        TunnelEndpoint endpoint = new TunnelEndpoint(TunnelEndpoint.IPV6, Optional.of(ipv6(mapped)));
        ConnectionStatus status = new ConnectionStatus(ConnectionState.CONNECTED, 0, "vpn", "x", Optional.of(""),
                Optional.of(endpoint), Optional.of(TunnelEndpoint.NONE), OptionalInt.of(0));
        ByteBuffer buffer = ByteBuffer.allocate(layout.size());
        codec.encode(status, layout, buffer);
        ConnectionStatus decoded = codec.decode(buffer, layout);
        assertEquals(status, decoded);
        assertArrayEquals(mapped, decoded.localEndPoint().orElseThrow().address().orElseThrow().getAddress());
    }
}
