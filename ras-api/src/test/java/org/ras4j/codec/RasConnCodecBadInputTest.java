package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.RasHandle;

/** What {@link RasConnCodec} does with input Windows would never produce or accept. */
class RasConnCodecBadInputTest {
    private static final RasConnLayout W_X64 = RasConnLayout.newest(RasCharset.W, Abi.X64);
    private static final RasConnLayout A_X86 = RasConnLayout.newest(RasCharset.A, Abi.X86);

    private final RasConnCodec codec = RasConnCodec.withAnsiCharset(CodecArbitraries.CP1252);

    private static RasConnection named(String name) {
        return RasConnection.builder(RasHandle.of(0x10), name).build();
    }

    private ByteBuffer encoded(RasConnLayout layout, int entries) {
        ByteBuffer buffer = ByteBuffer.allocate(entries * layout.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < entries; i++) {
            codec.encodeEntry(named("VPN " + i), layout, buffer, i * layout.size());
        }
        return buffer;
    }

    @Test
    void entriesBeyondTheBufferAreRefusedWith610() {
        ByteBuffer buffer = encoded(W_X64, 2);
        RasException e = assertThrows(RasException.class, () -> codec.decode(buffer, W_X64, 3));
        assertEquals(610, e.code());
        assertTrue(e.getMessage().contains("3 entries of 1388 bytes need 4164 bytes; the buffer holds 2776"),
                e::getMessage);
    }

    @Test
    void aCountAbove2To31IsAnUnsignedDwordAndRefusedWith610() {
        RasException e = assertThrows(RasException.class, () -> codec.decode(encoded(A_X86, 1), A_X86, -1));
        assertEquals(610, e.code());
        assertTrue(e.getMessage().contains("4294967295 entries"), e::getMessage);
    }

    @Test
    void aWrongDwSizeInTheFirstEntryIsRefusedWith632() {
        ByteBuffer buffer = encoded(W_X64, 2);
        buffer.putInt(0, RasConnLayout.of(RasConnVersion.V501, RasCharset.W, Abi.X64).size());
        RasException e = assertThrows(RasException.class, () -> codec.decode(buffer, W_X64, 2));
        assertEquals(632, e.code());
        assertTrue(e.getMessage().contains("entry 0 has dwSize 1372"), e::getMessage);
    }

    @Test
    void theDwSizeOfLaterEntriesIsNotCheckedOnlyTheFirstOnesIs() {
        ByteBuffer buffer = encoded(A_X86, 3);
        List<RasConnection> expected = codec.decode(buffer, A_X86, 3);
        buffer.putInt(2 * A_X86.size(), 0);
        assertEquals(expected, codec.decode(buffer, A_X86, 3),
                "Windows is only told the first entry's dwSize; the stride comes from it");
    }

    @Test
    void anEntryNameWithoutNulIsRefusedWith610() {
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V351, RasCharset.A, Abi.X86);
        ByteBuffer buffer = encoded(layout, 1);
        for (int i = 0; i < layout.length(RasConnField.ENTRY_NAME); i++) {
            buffer.put(layout.offset(RasConnField.ENTRY_NAME) + i, (byte) 'x');
        }
        RasException e = assertThrows(RasException.class, () -> codec.decode(buffer, layout, 1));
        assertEquals(610, e.code());
        assertTrue(e.getMessage().contains("entry 0: ENTRY_NAME has no terminating NUL within its 21 characters"),
                e::getMessage);
    }

    @Test
    void aTextFilledUpToItsLastCharacterWithTheNulThereIsRead() {
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V351, RasCharset.W, Abi.X64);
        ByteBuffer buffer = encoded(layout, 1);
        codec.encodeEntry(named("x".repeat(20)), layout, buffer, 0);
        assertEquals("x".repeat(20), codec.decode(buffer, layout, 1).get(0).entryName());
    }

    @Test
    void aLoneSurrogateDecodesAsTheReplacementCharacter() {
        ByteBuffer buffer = encoded(W_X64, 1);
        int name = W_X64.offset(RasConnField.ENTRY_NAME);
        buffer.putChar(name, '\ud83d');
        buffer.putChar(name + 4, '\ude00');
        assertEquals("\ufffdP\ufffd 0", codec.decode(buffer, W_X64, 1).get(0).entryName());
    }

    @Test
    void aLoneSurrogateIsRefusedOnEncode() {
        ByteBuffer buffer = ByteBuffer.allocate(W_X64.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.encodeEntry(named("VPN \udc00"), W_X64, buffer, 0));
        assertTrue(e.getMessage().contains("lone surrogate"), e::getMessage);
    }

    @Test
    void textTooLongForItsFieldIsRefusedOnEncode() {
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V351, RasCharset.W, Abi.X86);
        ByteBuffer buffer = ByteBuffer.allocate(layout.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.encodeEntry(named("x".repeat(21)), layout, buffer, 0));
        assertTrue(e.getMessage().contains("ENTRY_NAME needs 21 characters; the field holds 20"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> codec.encodeEntry(
                named("VPN").toBuilder().deviceType("x".repeat(17)).build(), A_X86, ByteBuffer.allocate(720), 0));
    }

    @Test
    void aNulInsideTextIsRefusedOnEncode() {
        assertThrows(IllegalArgumentException.class,
                () -> codec.encodeEntry(named("VPN\0x"), A_X86, ByteBuffer.allocate(A_X86.size()), 0));
    }

    @Test
    void aHandleAbove32BitsIsRefusedOnX86() {
        RasConnection wide = RasConnection.builder(RasHandle.of(0x1_0000_0000L), "VPN").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.encodeEntry(wide, A_X86, ByteBuffer.allocate(A_X86.size()), 0));
        assertTrue(e.getMessage().contains("0x100000000"), e::getMessage);
        codec.encodeEntry(wide, W_X64, ByteBuffer.allocate(W_X64.size()), 0);
    }

    @Test
    void anX86HandleDecodesZeroExtended() {
        ByteBuffer buffer = encoded(A_X86, 1);
        buffer.putInt(A_X86.offset(RasConnField.HRASCONN), 0xFFFF_FFFE);
        assertEquals(RasHandle.of(0xFFFF_FFFEL), codec.decode(buffer, A_X86, 1).get(0).handle());
    }

    @Test
    void entriesThatDoNotFitTheBufferAreRefusedOnEncode() {
        List<RasConnection> two = List.of(named("a"), named("b"));
        assertThrows(IllegalArgumentException.class,
                () -> codec.encode(two, A_X86, ByteBuffer.allocate(2 * A_X86.size() - 1)));
        assertThrows(IllegalArgumentException.class,
                () -> codec.encodeEntry(named("a"), A_X86, ByteBuffer.allocate(A_X86.size()), 1));
        assertThrows(IllegalArgumentException.class,
                () -> codec.encodeEntry(named("a"), A_X86, ByteBuffer.allocate(A_X86.size()), -1));
    }

    @Test
    void zeroEntriesDecodeFromAnEmptyBuffer() {
        assertEquals(List.of(), codec.decode(ByteBuffer.allocate(0), W_X64, 0));
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        ByteBuffer buffer = ByteBuffer.allocate(A_X86.size());
        assertThrows(NullPointerException.class, () -> codec.decode(null, A_X86, 0));
        assertThrows(NullPointerException.class, () -> codec.decode(buffer, null, 0));
        assertThrows(NullPointerException.class, () -> codec.encode(null, A_X86, buffer));
        assertThrows(NullPointerException.class, () -> RasConnCodec.withAnsiCharset(null));
    }
}
