package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ras4j.Ikev2Projection;
import org.ras4j.PppProjection;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasException;

/**
 * {@link ProjectionInfoCodec}: the PPP and the IKEv2 alternative placed by hand at the offsets the
 * C compiler gave on each ABI, with the server-address arrays after the structure and pointers
 * relative to the caller's address (docs/contract.md C-PROJ-06); round trips; pointers that do not
 * point inside what the call returned are absent; bad input is a {@link RasException}.
 */
class ProjectionInfoCodecTest {
    private static final Map<String, Map<String, LayoutCsv.Member>> CSV = LayoutCsv.load("inspect-layouts.csv");
    private static final long ADDRESS = 0x7FFE_0000L;

    private final ProjectionInfoCodec codec = ProjectionInfoCodec.create();

    static <A extends InetAddress> A ip(String literal) {
        try {
            @SuppressWarnings("unchecked")
            A address = (A) (literal.contains(":") ? Addresses.ipv6(InetAddress.getByName(literal).getAddress())
                    : InetAddress.getByName(literal));
            return address;
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static final PppProjection PPP = new PppProjection(0, Optional.of(ip("10.8.0.6")), Optional.of(ip("10.8.0.1")),
            1, 0, 0, 0x0211_22FF_FE33_4455L, 0x0A0B_0C0D_0E0F_1011L, false, true, 0xC223, 0x81, 0xC223, 0x81,
            0, 0, 0x3, 0x3, 0, 6, 6, 0x60, 0x60);

    static final Ikev2Projection IKEV2 = new Ikev2Projection(0, Optional.of(ip("10.9.0.7")),
            Optional.of(ip("203.0.113.5")), 0, Optional.of(ip("2001:db8:1::7")), Optional.of(ip("2001:db8::1")),
            64, Ikev2Projection.AUTH_EAP, 26, Ikev2Projection.FLAG_MOBIKE_SUPPORTED, 5,
            2, Optional.of(List.of(ip("203.0.113.6"), ip("203.0.113.7"))),
            1, Optional.of(List.of(ip("2001:db8::2"))));

    private static Map<String, LayoutCsv.Member> csv(Abi abi) {
        return CSV.get("RAS_PROJECTION_INFO,V601,W," + abi);
    }

    private static void putPointer(ByteBuffer le, Abi abi, int offset, long pointer) {
        if (abi == Abi.X64) {
            le.putLong(offset, pointer);
        } else {
            le.putInt(offset, (int) pointer);
        }
    }

    private static byte[] goldenIkev2(Abi abi) {
        Map<String, LayoutCsv.Member> m = csv(abi);
        int size = m.get("sizeof").length();
        byte[] bytes = new byte[size + 2 * 4 + 16];
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(m.get("version").offset(), 4);
        le.putInt(m.get("type").offset(), 2);
        le.put(m.get("ikev2.ipv4Address").offset(), new byte[] {10, 9, 0, 7});
        le.put(m.get("ikev2.ipv4ServerAddress").offset(), new byte[] {(byte) 203, 0, 113, 5});
        le.put(m.get("ikev2.ipv6Address").offset(), new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 1, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 7});
        le.put(m.get("ikev2.ipv6ServerAddress").offset(), new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 1});
        le.putInt(m.get("ikev2.dwPrefixLength").offset(), 64);
        le.putInt(m.get("ikev2.dwAuthenticationProtocol").offset(), 2);
        le.putInt(m.get("ikev2.dwEapTypeId").offset(), 26);
        le.putInt(m.get("ikev2.dwFlags").offset(), 1);
        le.putInt(m.get("ikev2.dwEncryptionMethod").offset(), 5);
        le.putInt(m.get("ikev2.numIPv4ServerAddresses").offset(), 2);
        putPointer(le, abi, m.get("ikev2.ipv4ServerAddresses").offset(), ADDRESS + size);
        le.putInt(m.get("ikev2.numIPv6ServerAddresses").offset(), 1);
        putPointer(le, abi, m.get("ikev2.ipv6ServerAddresses").offset(), ADDRESS + size + 8);
        le.put(size, new byte[] {(byte) 203, 0, 113, 6, (byte) 203, 0, 113, 7});
        le.put(size + 8, new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2});
        return bytes;
    }

    private static byte[] goldenPpp(Abi abi) {
        Map<String, LayoutCsv.Member> m = csv(abi);
        byte[] bytes = new byte[m.get("sizeof").length()];
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(m.get("version").offset(), 4);
        le.putInt(m.get("type").offset(), 1);
        le.put(m.get("ppp.ipv4Address").offset(), new byte[] {10, 8, 0, 6});
        le.put(m.get("ppp.ipv4ServerAddress").offset(), new byte[] {10, 8, 0, 1});
        le.putInt(m.get("ppp.dwIPv4Options").offset(), 1);
        le.put(m.get("ppp.bInterfaceIdentifier").offset(), new byte[] {0x02, 0x11, 0x22, (byte) 0xFF, (byte) 0xFE,
            0x33, 0x44, 0x55});
        le.put(m.get("ppp.bServerInterfaceIdentifier").offset(), new byte[] {0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
            0x10, 0x11});
        le.putInt(m.get("ppp.fMultilink").offset(), 1);
        le.putInt(m.get("ppp.dwAuthenticationProtocol").offset(), 0xC223);
        le.putInt(m.get("ppp.dwAuthenticationData").offset(), 0x81);
        le.putInt(m.get("ppp.dwServerAuthenticationProtocol").offset(), 0xC223);
        le.putInt(m.get("ppp.dwServerAuthenticationData").offset(), 0x81);
        le.putInt(m.get("ppp.dwLcpOptions").offset(), 3);
        le.putInt(m.get("ppp.dwLcpServerOptions").offset(), 3);
        le.putInt(m.get("ppp.dwCcpCompressionAlgorithm").offset(), 6);
        le.putInt(m.get("ppp.dwCcpServerCompressionAlgorithm").offset(), 6);
        le.putInt(m.get("ppp.dwCcpOptions").offset(), 0x60);
        le.putInt(m.get("ppp.dwCcpServerOptions").offset(), 0x60);
        return bytes;
    }

    @ParameterizedTest
    @EnumSource(Abi.class)
    void goldenIkev2BytesDecodeAndEncode(Abi abi) {
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(abi);
        byte[] golden = goldenIkev2(abi);
        assertEquals(golden.length, codec.requiredSize(IKEV2, layout));
        for (TestBuffers kind : TestBuffers.values()) {
            assertEquals(IKEV2, codec.decode(kind.holding(golden), layout, golden.length, ADDRESS), kind.name());
            ByteBuffer buffer = kind.allocate(golden.length);
            assertEquals(golden.length, codec.encode(IKEV2, layout, buffer, ADDRESS));
            assertArrayEquals(golden, TestBuffers.contents(buffer), kind.name());
        }
    }

    @ParameterizedTest
    @EnumSource(Abi.class)
    void goldenPppBytesDecodeAndEncode(Abi abi) {
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(abi);
        byte[] golden = goldenPpp(abi);
        assertEquals(PPP, codec.decode(ByteBuffer.wrap(golden), layout, golden.length, ADDRESS));
        ByteBuffer buffer = ByteBuffer.allocateDirect(golden.length);
        assertEquals(108, codec.encode(PPP, layout, buffer, ADDRESS));
        assertArrayEquals(golden, TestBuffers.contents(buffer));
    }

    @Property(tries = 200)
    void anyIkev2ProjectionRoundTrips(@ForAll @IntRange(min = 0, max = 9) int v4, @ForAll @IntRange(min = 0, max = 9) int v6,
            @ForAll int ipv4Error, @ForAll boolean v6Ok, @ForAll int flags, @ForAll boolean x64) {
        List<Inet4Address> servers4 = new java.util.ArrayList<>();
        for (int i = 0; i < v4; i++) {
            servers4.add(Addresses.ipv4(new byte[] {(byte) 198, 51, 100, (byte) i}));
        }
        List<Inet6Address> servers6 = new java.util.ArrayList<>();
        for (int i = 0; i < v6; i++) {
            servers6.add(Addresses.ipv6(new byte[] {0x20, 1, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) i}));
        }
        Ikev2Projection k = new Ikev2Projection(ipv4Error, Optional.of(ip("10.0.0.1")), Optional.of(ip("10.0.0.2")),
                v6Ok ? 0 : 720, Optional.of(ip("fe80::1")), Optional.empty(), 64, 1, 0, flags, 3, v4,
                Optional.of(servers4), v6, Optional.of(servers6));
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(x64 ? Abi.X64 : Abi.X86);
        ByteBuffer buffer = ByteBuffer.allocate(codec.requiredSize(k, layout) + 7);
        int written = codec.encode(k, layout, buffer, ADDRESS);
        assertEquals(codec.project(k), codec.decode(buffer, layout, written, ADDRESS));
    }

    @Test
    void arraysOutsideWhatTheCallReturnedAreAbsentButTheirCountsStay() {
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(Abi.X64);
        byte[] golden = goldenIkev2(Abi.X64);
        // The caller thinks byte 0 is elsewhere: every pointer falls outside the buffer.
        Ikev2Projection elsewhere = (Ikev2Projection) codec.decode(ByteBuffer.wrap(golden), layout, golden.length,
                ADDRESS + 0x10000);
        assertEquals(Optional.empty(), elsewhere.ipv4ServerAddresses());
        assertEquals(Optional.empty(), elsewhere.ipv6ServerAddresses());
        assertEquals(List.of(2, 1), List.of(elsewhere.ipv4ServerAddressCount(), elsewhere.ipv6ServerAddressCount()));
        // *lpdwSize covers the IPv4 array but not the IPv6 one.
        Ikev2Projection cut = (Ikev2Projection) codec.decode(ByteBuffer.wrap(golden), layout, golden.length - 1, ADDRESS);
        assertTrue(cut.ipv4ServerAddresses().isPresent());
        assertEquals(Optional.empty(), cut.ipv6ServerAddresses());
        // A count too large for the bytes, and a pointer into the structure itself.
        ByteBuffer le = ByteBuffer.wrap(golden.clone()).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(layout.offset(RasProjectionInfoField.IKEV2_NUM_IPV4_SERVER_ADDRESSES), 0xFFFF_FFFF);
        le.putLong(layout.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES), ADDRESS + 8);
        Ikev2Projection lying = (Ikev2Projection) codec.decode(le, layout, golden.length, ADDRESS);
        assertEquals(Optional.empty(), lying.ipv4ServerAddresses());
        assertEquals(Optional.empty(), lying.ipv6ServerAddresses());
        assertEquals(-1, lying.ipv4ServerAddressCount());
        // A pointer below the caller's address, and one near the top of the address space.
        le.putLong(layout.offset(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES), ADDRESS - 1);
        le.putLong(layout.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES), -16);
        Ikev2Projection wild = (Ikev2Projection) codec.decode(le, layout, golden.length, ADDRESS);
        assertEquals(Optional.empty(), wild.ipv4ServerAddresses());
        assertEquals(Optional.empty(), wild.ipv6ServerAddresses());
    }

    @Test
    void addressesOfAFailedNegotiationAreAbsent() {
        Ikev2Projection failed = new Ikev2Projection(720, Optional.of(ip("10.0.0.1")), Optional.of(ip("10.0.0.2")),
                0, Optional.of(ip("2001:db8::9")), Optional.of(ip("::")), 128, 1, 0, 0, 3, 0, Optional.empty(), 0,
                Optional.empty());
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(Abi.X86);
        ByteBuffer buffer = ByteBuffer.allocate(108);
        codec.encode(failed, layout, buffer, ADDRESS);
        Ikev2Projection decoded = (Ikev2Projection) codec.decode(buffer, layout, 108, ADDRESS);
        assertEquals(Optional.empty(), decoded.ipv4Address());
        assertEquals(Optional.empty(), decoded.ipv4ServerAddress());
        assertEquals(Optional.of(ip("2001:db8::9")), decoded.ipv6Address());
        assertEquals(Optional.empty(), decoded.ipv6ServerAddress(), "an all-zero server address is none");
        assertEquals(codec.project(failed), decoded);
    }

    @Test
    void badInputIsARasException() {
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(Abi.X64);
        assertEquals(610, assertThrows(RasException.class,
                () -> codec.decode(ByteBuffer.allocate(107), layout, 107, ADDRESS)).code());
        assertEquals(610, assertThrows(RasException.class,
                () -> codec.decode(ByteBuffer.wrap(goldenPpp(Abi.X64)), layout, 100, ADDRESS)).code(),
                "*lpdwSize below the structure");
        for (int version : new int[] {0, 1, 3, 5, -1}) {
            ByteBuffer buffer = ByteBuffer.wrap(goldenPpp(Abi.X64)).order(ByteOrder.LITTLE_ENDIAN).putInt(0, version);
            assertEquals(632, assertThrows(RasException.class, () -> codec.decode(buffer, layout, 108, ADDRESS)).code());
        }
        for (int type : new int[] {0, 3, -1}) {
            ByteBuffer buffer = ByteBuffer.wrap(goldenPpp(Abi.X64)).order(ByteOrder.LITTLE_ENDIAN).putInt(4, type);
            RasException e = assertThrows(RasException.class, () -> codec.decode(buffer, layout, 108, ADDRESS));
            assertEquals(610, e.code());
            assertTrue(e.getMessage().contains("type is " + Integer.toUnsignedString(type)), e::getMessage);
        }
        assertThrows(IllegalArgumentException.class,
                () -> codec.encode(IKEV2, layout, ByteBuffer.allocate(codec.requiredSize(IKEV2, layout) - 1), ADDRESS));
        assertThrows(IllegalArgumentException.class, () -> codec.encode(IKEV2, RasProjectionInfoLayout.of(Abi.X86),
                ByteBuffer.allocate(200), 0x1_0000_0000L), "an x86 pointer has 32 bits");
        assertThrows(IllegalArgumentException.class, () -> new Ikev2Projection(0, Optional.empty(), Optional.empty(),
                0, Optional.empty(), Optional.empty(), 0, 0, 0, 0, 0, 3, Optional.of(List.of()), 0, Optional.empty()));
    }

    @Test
    void theTypeOfEachAlternative() {
        assertEquals(ProjectionInfo.TYPE_PPP, PPP.type());
        assertEquals(ProjectionInfo.TYPE_IKEV2, IKEV2.type());
    }
}
