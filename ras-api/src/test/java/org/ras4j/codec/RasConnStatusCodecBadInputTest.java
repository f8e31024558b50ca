package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasException;

/** What {@link RasConnStatusCodec} does with input Windows would never produce or accept. */
class RasConnStatusCodecBadInputTest {
    private static final ConnectionStatus STATUS = ConnectionStatus.of(ConnectionState.CONNECTED, 0, "vpn", "WAN");

    private final RasConnStatusCodec codec = RasConnStatusCodec.withAnsiCharset(CodecArbitraries.CP1252);

    @Test
    void aBufferShorterThanTheLayoutIsRefusedWith610() {
        RasConnStatusLayout layout = RasConnStatusLayout.newest(RasCharset.W, Abi.X64);
        RasException e = assertThrows(RasException.class,
                () -> codec.decode(ByteBuffer.allocate(layout.size() - 1), layout));
        assertEquals(610, e.code());
        assertThrows(IllegalArgumentException.class,
                () -> codec.encode(STATUS, layout, ByteBuffer.allocate(layout.size() - 1)));
    }

    @Test
    void aWrongDwSizeIsRefusedWith632() {
        RasConnStatusLayout layout = RasConnStatusLayout.of(RasConnStatusVersion.V401, RasCharset.A, Abi.X86);
        ByteBuffer buffer = ByteBuffer.allocate(1000);
        codec.encode(STATUS, layout, buffer);
        RasConnStatusLayout older = RasConnStatusLayout.of(RasConnStatusVersion.V400, RasCharset.A, Abi.X86);
        RasException e = assertThrows(RasException.class, () -> codec.decode(buffer, older));
        assertEquals(632, e.code());
        assertTrue(e.getMessage().contains("dwSize is " + layout.size()), e::getMessage);
    }

    @Test
    void anUnterminatedDeviceNameIsRefusedWith610() {
        RasConnStatusLayout layout = RasConnStatusLayout.of(RasConnStatusVersion.V351, RasCharset.W, Abi.X86);
        ByteBuffer buffer = ByteBuffer.allocate(layout.size());
        codec.encode(ConnectionStatus.of(ConnectionState.CONNECTED, 0, "vpn", "x"), layout, buffer);
        int offset = layout.offset(RasConnStatusField.DEVICE_NAME);
        for (int i = 0; i < layout.length(RasConnStatusField.DEVICE_NAME); i += 2) {
            buffer.put(offset + i, (byte) 'x');
        }
        RasException e = assertThrows(RasException.class, () -> codec.decode(buffer, layout));
        assertEquals(610, e.code());
        assertTrue(e.getMessage().contains("DEVICE_NAME"), e::getMessage);
    }

    @Test
    void textTooLongOrNotWellFormedIsRefusedOnEncode() {
        RasConnStatusLayout layout = RasConnStatusLayout.of(RasConnStatusVersion.V351, RasCharset.W, Abi.X64);
        ByteBuffer buffer = ByteBuffer.allocate(layout.size());
        assertThrows(IllegalArgumentException.class, () -> codec.encode(
                ConnectionStatus.of(ConnectionState.CONNECTED, 0, "vpn", "x".repeat(33)), layout, buffer));
        codec.encode(ConnectionStatus.of(ConnectionState.CONNECTED, 0, "vpn", "x".repeat(32)), layout, buffer);
        assertThrows(IllegalArgumentException.class, () -> codec.encode(
                ConnectionStatus.of(ConnectionState.CONNECTED, 0, "v\ud800n", "x"), layout, buffer));
    }

    @Test
    void aLoneSurrogateDecodesAsTheReplacementCharacter() {
        RasConnStatusLayout layout = RasConnStatusLayout.of(RasConnStatusVersion.V400, RasCharset.W, Abi.X64);
        ByteBuffer buffer = ByteBuffer.allocate(layout.size()).order(ByteOrder.LITTLE_ENDIAN);
        codec.encode(ConnectionStatus.of(ConnectionState.CONNECTED, 0, "vpn", "abc"), layout, buffer);
        buffer.putChar(layout.offset(RasConnStatusField.DEVICE_NAME) + 2, '\udc00');
        assertEquals("a\ufffdc", codec.decode(buffer, layout).deviceName());
    }
}
