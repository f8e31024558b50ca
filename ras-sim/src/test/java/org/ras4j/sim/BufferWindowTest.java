package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/** The port's rule: buffers are memory, used in absolute terms; position, limit and order are the caller's. */
class BufferWindowTest {

    private static ByteBuffer windowed(ByteBuffer buffer, int dwSize) {
        buffer.order(ByteOrder.LITTLE_ENDIAN).putInt(0, dwSize);
        buffer.order(ByteOrder.BIG_ENDIAN).position(3).limit(5);
        return buffer;
    }

    @Test
    @DisplayName("enumeration writes the whole buffer whatever its position, limit and order, and leaves them")
    void enumerationIgnoresTheWindow() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        ras.connect(Samples.vpn("One"));
        ras.connect(Samples.vpn("Two"));
        int size = Samples.size(RasConnVersion.V600, RasCharset.W, ras.profile());
        ByteBuffer heap = windowed(ByteBuffer.allocate(2 * size), size);
        ByteBuffer direct = windowed(ByteBuffer.allocateDirect(2 * size), size);
        assertEquals(0, ras.enumConnections(RasCharset.W, heap, DwordRef.of(2 * size), DwordRef.of(0)));
        assertEquals(0, ras.enumConnections(RasCharset.W, direct, DwordRef.of(2 * size), DwordRef.of(0)));
        for (ByteBuffer b : new ByteBuffer[] {heap, direct}) {
            assertEquals(3, b.position());
            assertEquals(5, b.limit());
            assertEquals(ByteOrder.BIG_ENDIAN, b.order());
        }
        byte[] fromDirect = new byte[2 * size];
        direct.duplicate().clear().get(fromDirect);
        assertArrayEquals(heap.array(), fromDirect);
        assertEquals(size, ByteBuffer.wrap(heap.array()).order(ByteOrder.LITTLE_ENDIAN).getInt(size),
                "dwSize of the second entry");
    }

    @Test
    @DisplayName("status writes the whole structure whatever the buffer's position, limit and order")
    void statusIgnoresTheWindow() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsXpx86()).build();
        RasHandle handle = ras.connect(Samples.vpn("One"));
        int size = RasConnStatusLayout.of(RasConnStatusVersion.V401, RasCharset.A, ras.abi()).size();
        ByteBuffer buffer = windowed(ByteBuffer.allocate(size), size);
        assertEquals(0, ras.getConnectStatus(RasCharset.A, handle, buffer));
        assertEquals(0x2000, ByteBuffer.wrap(buffer.array()).order(ByteOrder.LITTLE_ENDIAN).getInt(4),
                "RASCS_Connected");
        assertEquals(ByteOrder.BIG_ENDIAN, buffer.order());
        assertEquals(3, buffer.position());
        assertEquals(5, buffer.limit());
    }
}
