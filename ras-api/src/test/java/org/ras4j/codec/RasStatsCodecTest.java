package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ras4j.ConnectionStatistics;
import org.ras4j.RasException;

/**
 * {@link RasStatsCodec}: the bytes of a {@code RAS_STATS} placed by hand at the offsets the C
 * compiler gave, every counter read unsigned, round trips, and input Windows would never produce.
 */
class RasStatsCodecTest {
    private final RasStatsCodec codec = RasStatsCodec.create();

    /** Fourteen distinct values, three with the top bit set (a signed read would go negative). */
    private static final ConnectionStatistics SAMPLE = new ConnectionStatistics(0xFFFF_FFFEL, 0x8000_0000L, 1_234,
            5_678, 1, 2, 3, 4, 5, 6, 150, 0x9000_0001L, 115_200, Duration.ofMillis(0xC000_0000L));

    private static byte[] golden() {
        Map<String, LayoutCsv.Member> m = LayoutCsv.load("inspect-layouts.csv").get("RAS_STATS,V500,W,X64");
        byte[] bytes = new byte[m.get("sizeof").length()];
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(m.get("dwSize").offset(), 60);
        le.putInt(m.get("dwBytesXmited").offset(), 0xFFFF_FFFE);
        le.putInt(m.get("dwBytesRcved").offset(), 0x8000_0000);
        le.putInt(m.get("dwFramesXmited").offset(), 1_234);
        le.putInt(m.get("dwFramesRcved").offset(), 5_678);
        le.putInt(m.get("dwCrcErr").offset(), 1);
        le.putInt(m.get("dwTimeoutErr").offset(), 2);
        le.putInt(m.get("dwAlignmentErr").offset(), 3);
        le.putInt(m.get("dwHardwareOverrunErr").offset(), 4);
        le.putInt(m.get("dwFramingErr").offset(), 5);
        le.putInt(m.get("dwBufferOverrunErr").offset(), 6);
        le.putInt(m.get("dwCompressionRatioIn").offset(), 150);
        le.putInt(m.get("dwCompressionRatioOut").offset(), 0x9000_0001);
        le.putInt(m.get("dwBps").offset(), 115_200);
        le.putInt(m.get("dwConnectDuration").offset(), 0xC000_0000);
        return bytes;
    }

    @ParameterizedTest
    @EnumSource(TestBuffers.class)
    void goldenBytesDecodeAndEncode(TestBuffers kind) {
        byte[] golden = golden();
        assertEquals(SAMPLE, codec.decode(kind.holding(golden)));
        ByteBuffer buffer = kind.allocate(golden.length);
        int position = buffer.position();
        codec.encode(SAMPLE, buffer);
        assertArrayEquals(golden, TestBuffers.contents(buffer));
        assertEquals(position, buffer.position(), "absolute access only");
    }

    @Property(tries = 300)
    void everyValueRoundTrips(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long a,
            @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long b, @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long d) {
        ConnectionStatistics s = new ConnectionStatistics(a, b, a ^ b, b / 3, a % 7, 0, 1, 2, 3, b % 11, 100, 200,
                a, Duration.ofMillis(d));
        ByteBuffer buffer = ByteBuffer.allocate(60);
        codec.encode(s, buffer);
        assertEquals(s, codec.decode(buffer));
    }

    @Test
    void aShortBufferIsRefusedWith610AndAWrongDwSizeWith632() {
        assertEquals(610, assertThrows(RasException.class, () -> codec.decode(ByteBuffer.allocate(59))).code());
        assertEquals(610, assertThrows(RasException.class, () -> codec.decode(ByteBuffer.allocate(0))).code());
        for (int dwSize : new int[] {0, 56, 59, 61, 64, -1}) {
            ByteBuffer buffer = ByteBuffer.wrap(golden()).order(ByteOrder.LITTLE_ENDIAN).putInt(0, dwSize);
            RasException e = assertThrows(RasException.class, () -> codec.decode(buffer));
            assertEquals(632, e.code());
            assertTrue(e.getMessage().contains("dwSize is " + Integer.toUnsignedString(dwSize)), e::getMessage);
        }
        assertThrows(IllegalArgumentException.class, () -> codec.encode(SAMPLE, ByteBuffer.allocate(59)));
    }

    @Test
    void aValueThatIsNoDwordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ConnectionStatistics(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ConnectionStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0x1_0000_0000L, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ConnectionStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, Duration.ofMillis(0x1_0000_0000L)));
        assertEquals(21, SAMPLE.errors());
    }
}
