package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.jna.FakeBackend.StatusCall;

/** {@link JnaRasBackend#getConnectStatus} through the C stand-in, served by a hand-written fake. */
class JnaConnectStatusTest {
    private static final RasConnStatusLayout NEWEST_W = RasConnStatusLayout.newest(RasCharset.W, Abi.X64);
    private static final byte CANARY = (byte) 0xA5;
    private static final byte WRITTEN = 0x5A;

    @AfterEach
    void noCallbackFailed() {
        assertNull(StandIn.failure(), "the serving backend threw inside the stand-in");
    }

    private static ByteBuffer canaries(int capacity, int dwSize) {
        byte[] bytes = new byte[capacity];
        Arrays.fill(bytes, CANARY);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(0, dwSize).order(ByteOrder.BIG_ENDIAN);
    }

    /** Writes every byte after dwSize that it is given, and succeeds. */
    private static int scribble(RasCharset charset, RasHandle handle, ByteBuffer status) {
        for (int i = 4; i < status.capacity(); i++) {
            status.put(i, WRITTEN);
        }
        return 0;
    }

    @Test
    void theHandleAndTheCharsetReachTheDllBitForBit() {
        FakeBackend fake = FakeBackend.reportingStatus(JnaConnectStatusTest::scribble);
        JnaRasBackend jna = StandIn.serving(fake);
        RasHandle high = RasHandle.of(0x8000_0001_0000_0004L);
        jna.getConnectStatus(RasCharset.W, high, canaries(NEWEST_W.size(), NEWEST_W.size()));
        jna.getConnectStatus(RasCharset.A, RasHandle.NULL, canaries(NEWEST_W.size(), NEWEST_W.size()));
        assertEquals(List.of(new StatusCall(RasCharset.W, high, NEWEST_W.size()),
                new StatusCall(RasCharset.A, RasHandle.NULL, NEWEST_W.size())), fake.statusCalls());
    }

    @Test
    void theStructureTheDllWritesLandsInTheCallersBuffer() {
        ByteBuffer buffer = canaries(NEWEST_W.size() + 16, NEWEST_W.size());
        int code = StandIn.serving(FakeBackend.reportingStatus(JnaConnectStatusTest::scribble))
                .getConnectStatus(RasCharset.W, RasHandle.of(4), buffer);
        assertEquals(0, code);
        for (int i = 4; i < buffer.capacity(); i++) {
            assertEquals(i < NEWEST_W.size() ? WRITTEN : CANARY, buffer.get(i), "byte " + i);
        }
    }

    @Test
    void aBufferSmallerThanItsDwSizeIsRefusedWithoutReachingTheDll() {
        FakeBackend fake = FakeBackend.reportingStatus((charset, handle, status) ->
                status == null ? RasError.ERROR_INVALID_SIZE.code() : scribble(charset, handle, status));
        ByteBuffer small = canaries(NEWEST_W.size() - 1, NEWEST_W.size());
        int code = StandIn.serving(fake).getConnectStatus(RasCharset.W, RasHandle.of(4), small);
        assertEquals(RasError.ERROR_INVALID_SIZE.code(), code);
        assertEquals(List.of(), fake.statusCalls(), "the DLL would write dwSize bytes past the buffer");
        assertEquals(canaries(NEWEST_W.size() - 1, NEWEST_W.size()), small);
    }

    @Test
    void aDwSizeOfFourGigabytesIsRefusedWithoutReachingTheDll() {
        FakeBackend fake = FakeBackend.reportingStatus((charset, handle, status) -> RasError.ERROR_INVALID_SIZE.code());
        int code = StandIn.serving(fake).getConnectStatus(RasCharset.A, RasHandle.of(4), canaries(64, -1));
        assertEquals(RasError.ERROR_INVALID_SIZE.code(), code);
        assertEquals(List.of(), fake.statusCalls());
    }

    @Test
    void aNullBufferReachesTheDllAsNull() {
        FakeBackend fake = FakeBackend.reportingStatus((charset, handle, status) -> RasError.ERROR_INVALID_SIZE.code());
        int code = StandIn.serving(fake).getConnectStatus(RasCharset.W, RasHandle.of(4), null);
        assertEquals(RasError.ERROR_INVALID_SIZE.code(), code);
        assertEquals(List.of(new StatusCall(RasCharset.W, RasHandle.of(4), null)), fake.statusCalls());
    }

    @Test
    void theDllsErrorCodeIsReturnedAndNothingIsWrittenWhenItWritesNothing() {
        ByteBuffer buffer = canaries(NEWEST_W.size(), NEWEST_W.size());
        int code = StandIn.serving(FakeBackend.reportingStatus((charset, handle, status) -> 6))
                .getConnectStatus(RasCharset.W, RasHandle.of(0x7E57), buffer);
        assertEquals(RasError.ERROR_INVALID_HANDLE.code(), code);
        assertEquals(canaries(NEWEST_W.size(), NEWEST_W.size()), buffer);
    }

    @Test
    void theStatusBuffersPositionAndLimitAreIgnoredAndKept() {
        FakeBackend fake = FakeBackend.reportingStatus(JnaConnectStatusTest::scribble);
        ByteBuffer buffer = canaries(NEWEST_W.size(), NEWEST_W.size()).limit(0);
        ByteBuffer direct = ByteBuffer.allocateDirect(NEWEST_W.size()).put(canaries(NEWEST_W.size(), NEWEST_W.size()))
                .position(2).limit(3);
        JnaRasBackend jna = StandIn.serving(fake);
        assertEquals(List.of(0, 0), List.of(jna.getConnectStatus(RasCharset.W, RasHandle.of(4), buffer),
                jna.getConnectStatus(RasCharset.W, RasHandle.of(4), direct)));
        assertEquals(List.of(0, 0, 2, 3), List.of(buffer.position(), buffer.limit(), direct.position(), direct.limit()));
        assertEquals(List.of(WRITTEN, WRITTEN),
                List.of(buffer.duplicate().clear().get(4), direct.duplicate().clear().get(NEWEST_W.size() - 1)));
    }
}
