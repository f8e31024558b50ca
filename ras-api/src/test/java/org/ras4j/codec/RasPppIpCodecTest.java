package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ras4j.IpProjection;
import org.ras4j.RasException;

/**
 * {@link RasPppIpCodec}: one {@code RASPPPIP} per layout placed by hand at the offsets the C
 * compiler gave, round trips, and the bad input of docs/contract.md C-PROJ-02 (short buffer, wrong
 * {@code dwSize}, unterminated address, text that is no address) as {@link RasException}s.
 */
class RasPppIpCodecTest {
    private static final Map<String, Map<String, LayoutCsv.Member>> CSV = LayoutCsv.load("inspect-layouts.csv");
    private static final IpProjection FULL = new IpProjection(0, Optional.of(ip("10.8.0.6")),
            Optional.of(ip("198.51.100.20")), OptionalInt.of(IpProjection.VJ), OptionalInt.of(0x8000_0001));

    private final RasPppIpCodec codec = RasPppIpCodec.withAnsiCharset(CodecArbitraries.CP1252);

    static Stream<RasPppIpLayout> layouts() {
        return InspectLayoutsAgainstCTest.pppIpLayouts();
    }

    static Inet4Address ip(String text) {
        try {
            return (Inet4Address) InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] golden(RasPppIpLayout layout) {
        Map<String, LayoutCsv.Member> m = CSV.get("RASPPPIP," + layout.version() + "," + layout.charset() + ","
                + layout.abi());
        byte[] bytes = new byte[m.get("sizeof").length()];
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(m.get("dwSize").offset(), bytes.length);
        le.putInt(m.get("dwError").offset(), 0);
        put(le, m.get("szIpAddress").offset(), "10.8.0.6", layout.charset());
        if (m.containsKey("szServerIpAddress")) {
            put(le, m.get("szServerIpAddress").offset(), "198.51.100.20", layout.charset());
        }
        if (m.containsKey("dwOptions")) {
            le.putInt(m.get("dwOptions").offset(), 1);
            le.putInt(m.get("dwServerOptions").offset(), 0x8000_0001);
        }
        return bytes;
    }

    private static void put(ByteBuffer le, int offset, String text, RasCharset charset) {
        byte[] encoded = text.getBytes(charset == RasCharset.W ? StandardCharsets.UTF_16LE : StandardCharsets.US_ASCII);
        le.put(offset, encoded);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void goldenBytesDecodeAndEncode(RasPppIpLayout layout) {
        byte[] golden = golden(layout);
        IpProjection expected = codec.project(FULL, layout);
        for (TestBuffers kind : TestBuffers.values()) {
            assertEquals(expected, codec.decode(kind.holding(golden), layout), kind.name());
            ByteBuffer buffer = kind.allocate(golden.length);
            codec.encode(FULL, layout, buffer);
            assertArrayEquals(golden, TestBuffers.contents(buffer), kind.name());
        }
        assertEquals(layout.has(RasPppIpField.SERVER_IP_ADDRESS), expected.serverAddress().isPresent());
        assertEquals(layout.has(RasPppIpField.OPTIONS), expected.options().isPresent());
    }

    @Property(tries = 300)
    void anyProjectionRoundTripsAsTheLayoutReportsIt(@ForAll int error, @ForAll int a, @ForAll int b,
            @ForAll boolean server, @ForAll int options) {
        IpProjection ip = new IpProjection(error, Optional.of(Addresses.ipv4(bytes(a))),
                server ? Optional.of(Addresses.ipv4(bytes(b))) : Optional.empty(), OptionalInt.of(options),
                OptionalInt.empty());
        layouts().forEach(layout -> {
            ByteBuffer buffer = ByteBuffer.allocate(layout.size());
            codec.encode(ip, layout, buffer);
            assertEquals(codec.project(ip, layout), codec.decode(buffer, layout), layout.toString());
        });
    }

    private static byte[] bytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    @Test
    void anEmptyAddressIsAbsent() {
        RasPppIpLayout layout = RasPppIpLayout.newest(RasCharset.A, Abi.X86);
        IpProjection failed = new IpProjection(733, Optional.empty(), Optional.empty(), OptionalInt.of(0),
                OptionalInt.of(0));
        ByteBuffer buffer = ByteBuffer.allocate(layout.size());
        codec.encode(failed, layout, buffer);
        assertEquals(failed, codec.decode(buffer, layout));
    }

    @Test
    void aShortBufferIsRefusedWith610AndAWrongDwSizeWith632() {
        RasPppIpLayout layout = RasPppIpLayout.newest(RasCharset.W, Abi.X64);
        assertEquals(610, assertThrows(RasException.class,
                () -> codec.decode(ByteBuffer.allocate(layout.size() - 1), layout)).code());
        ByteBuffer buffer = ByteBuffer.wrap(golden(layout));
        RasPppIpLayout older = RasPppIpLayout.of(RasPppIpVersion.V351, RasCharset.W, Abi.X64);
        RasException e = assertThrows(RasException.class, () -> codec.decode(buffer, older));
        assertEquals(632, e.code());
        assertTrue(e.getMessage().contains("dwSize is 80"), e::getMessage);
        assertThrows(IllegalArgumentException.class,
                () -> codec.encode(FULL, layout, ByteBuffer.allocate(layout.size() - 1)));
    }

    @Test
    void anUnterminatedAddressIsRefusedWith610() {
        for (RasCharset charset : RasCharset.values()) {
            RasPppIpLayout layout = RasPppIpLayout.newest(charset, Abi.X86);
            ByteBuffer buffer = ByteBuffer.wrap(golden(layout)).order(ByteOrder.LITTLE_ENDIAN);
            int offset = layout.offset(RasPppIpField.SERVER_IP_ADDRESS);
            for (int i = 0; i < layout.length(RasPppIpField.SERVER_IP_ADDRESS); i += charset.charSize()) {
                buffer.put(offset + i, (byte) '1');
            }
            RasException e = assertThrows(RasException.class, () -> codec.decode(buffer, layout));
            assertEquals(610, e.code());
            assertTrue(e.getMessage().contains("SERVER_IP_ADDRESS has no terminating NUL"), e::getMessage);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpn.example.com", "10.0.0.256", "1.2.3", "1.2.3.4.5", " 1.2.3.4", "1.2.3.4 ", "::1",
        "0x7f.0.0.1", "1..2.3", "1234.1.1.1", "\u0661.2.3.4"})
    void textThatIsNoIpv4AddressIsRefusedWith610(String text) {
        for (RasCharset charset : RasCharset.values()) {
            RasPppIpLayout layout = RasPppIpLayout.newest(charset, Abi.X64);
            ByteBuffer buffer = ByteBuffer.allocate(layout.size()).order(ByteOrder.LITTLE_ENDIAN);
            codec.encode(FULL, layout, buffer);
            new FixedText(charset, StandardCharsets.UTF_8).write(buffer, layout.offset(RasPppIpField.IP_ADDRESS),
                    layout.length(RasPppIpField.IP_ADDRESS), text, "szIpAddress");
            RasException e = assertThrows(RasException.class, () -> codec.decode(buffer, layout));
            assertEquals(610, e.code(), text);
            assertTrue(e.getMessage().contains("no IPv4 address"), e::getMessage);
        }
    }

    @Test
    void theSizesOfEveryVersion() {
        assertEquals(List.of(24, 40, 48, 40, 72, 80), Stream.of(RasCharset.A, RasCharset.W)
                .flatMap(c -> Stream.of(RasPppIpVersion.values()).map(v -> RasPppIpLayout.of(v, c, Abi.X64).size()))
                .toList());
        assertEquals(Optional.of(RasPppIpLayout.of(RasPppIpVersion.V350, RasCharset.W, Abi.X86)),
                RasPppIpLayout.forSize(40, RasCharset.W, Abi.X86), "W 40 is the NT 3.5 one, A 40 the NT 3.51 one");
        assertEquals(Optional.of(RasPppIpLayout.of(RasPppIpVersion.V351, RasCharset.A, Abi.X86)),
                RasPppIpLayout.forSize(40, RasCharset.A, Abi.X86));
    }
}
