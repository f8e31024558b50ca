package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ras4j.Ipv6Projection;
import org.ras4j.RasException;

/** {@link RasPppIpv6Codec}: golden bytes at the compiler's offsets, round trips, bad input. */
class RasPppIpv6CodecTest {
    private static final Ipv6Projection SAMPLE = new Ipv6Projection(0, 0x0211_22FF_FE33_4455L,
            0x8000_0000_0000_0001L, 0x004F, 0xFFFF);

    private final RasPppIpv6Codec codec = RasPppIpv6Codec.create();

    private static byte[] golden() {
        Map<String, LayoutCsv.Member> m = LayoutCsv.load("inspect-layouts.csv").get("RASPPPIPV6,V600,A,X86");
        byte[] bytes = new byte[m.get("sizeof").length()];
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(m.get("dwSize").offset(), 28);
        le.put(m.get("bLocalInterfaceIdentifier").offset(), new byte[] {0x02, 0x11, 0x22, (byte) 0xFF, (byte) 0xFE,
            0x33, 0x44, 0x55});
        le.put(m.get("bPeerInterfaceIdentifier").offset(), new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, 0, 1});
        le.put(m.get("bLocalCompressionProtocol").offset(), new byte[] {0x00, 0x4F});
        le.put(m.get("bPeerCompressionProtocol").offset(), new byte[] {(byte) 0xFF, (byte) 0xFF});
        return bytes;
    }

    @ParameterizedTest
    @EnumSource(TestBuffers.class)
    void goldenBytesDecodeAndEncode(TestBuffers kind) {
        assertEquals(SAMPLE, codec.decode(kind.holding(golden())));
        ByteBuffer buffer = kind.allocate(28);
        codec.encode(SAMPLE, buffer);
        assertArrayEquals(golden(), TestBuffers.contents(buffer));
    }

    @Property(tries = 300)
    void everyValueRoundTrips(@ForAll int error, @ForAll long local, @ForAll long peer,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int a, @ForAll @IntRange(min = 0, max = 0xFFFF) int b) {
        Ipv6Projection ipv6 = new Ipv6Projection(error, local, peer, a, b);
        ByteBuffer buffer = ByteBuffer.allocateDirect(28);
        codec.encode(ipv6, buffer);
        assertEquals(ipv6, codec.decode(buffer));
    }

    @Test
    void aShortBufferIsRefusedWith610AndAWrongDwSizeWith632() {
        assertEquals(610, assertThrows(RasException.class, () -> codec.decode(ByteBuffer.allocate(27))).code());
        ByteBuffer wrong = ByteBuffer.wrap(golden()).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 32);
        assertEquals(632, assertThrows(RasException.class, () -> codec.decode(wrong)).code());
        assertThrows(IllegalArgumentException.class, () -> new Ipv6Projection(0, 0, 0, 0x1_0000, 0));
    }

    @Test
    void theInterfaceIdentifierOfAnAddressIsItsLast64Bits() {
        Inet6Address address = Addresses.ipv6(new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0,
            0x02, 0x11, 0x22, (byte) 0xFF, (byte) 0xFE, 0x33, 0x44, 0x55});
        assertEquals(0x0211_22FF_FE33_4455L, Ipv6Projection.interfaceIdentifierOf(address));
        assertEquals("211:22ff:fe33:4455", Ipv6Projection.format(0x0211_22FF_FE33_4455L));
        assertEquals("0:0:0:a", Ipv6Projection.format(0xA));
    }
}
