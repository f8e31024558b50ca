package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.jna.FakeBackend.EnumCall;
import org.ras4j.spi.DwordRef;

/**
 * {@link JnaRasBackend#enumConnections} through the C stand-in, served by a hand-written fake:
 * what reaches the DLL, and what comes back to the caller.
 */
class JnaEnumConnectionsTest {
    private static final RasConnCodec CODEC = RasConnCodec.withAnsiCharset(StandardCharsets.ISO_8859_1);
    private static final RasConnLayout NEWEST_W = RasConnLayout.newest(RasCharset.W, Abi.X64);
    private static final int GARBAGE = 0xDEAD_BEEF;
    private static final byte CANARY = (byte) 0xA5;

    @AfterEach
    void noCallbackFailed() {
        assertNull(StandIn.failure(), "the serving backend threw inside the stand-in");
    }

    private static ByteBuffer canaries(int capacity, int dwSize) {
        byte[] bytes = new byte[capacity];
        Arrays.fill(bytes, CANARY);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (capacity >= 4) {
            buffer.order(ByteOrder.LITTLE_ENDIAN).putInt(0, dwSize).order(ByteOrder.BIG_ENDIAN);
        }
        return buffer;
    }

    /** Succeeds with no connections. */
    private static int none(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
        lpcb.set(0);
        count.set(0);
        return 0;
    }

    @Test
    void theAAndWFunctionsReachTheirOwnExports() {
        FakeBackend fake = FakeBackend.enumerating(JnaEnumConnectionsTest::none);
        JnaRasBackend jna = StandIn.serving(fake);
        jna.enumConnections(RasCharset.W, canaries(NEWEST_W.size(), NEWEST_W.size()), DwordRef.of(NEWEST_W.size()),
                DwordRef.of(0));
        jna.enumConnections(RasCharset.A, canaries(NEWEST_W.size(), NEWEST_W.size()), DwordRef.of(NEWEST_W.size()),
                DwordRef.of(0));
        assertEquals(List.of(RasCharset.W, RasCharset.A), fake.enumCalls().stream().map(EnumCall::charset).toList());
    }

    @Test
    void theDllIsToldOfNoMoreMemoryThanTheBufferHas() {
        FakeBackend fake = FakeBackend.enumerating(JnaEnumConnectionsTest::none);
        StandIn.serving(fake).enumConnections(RasCharset.W, canaries(100, NEWEST_W.size()), DwordRef.of(100_000),
                DwordRef.of(GARBAGE));
        assertEquals(List.of(new EnumCall(RasCharset.W, 100, 100, GARBAGE)), fake.enumCalls());
    }

    @Test
    void anLpcbBeyondTwoGigabytesIsClampedToTheBuffer() {
        FakeBackend fake = FakeBackend.enumerating(JnaEnumConnectionsTest::none);
        StandIn.serving(fake).enumConnections(RasCharset.W, canaries(64, NEWEST_W.size()), DwordRef.of(-1),
                DwordRef.of(0));
        assertEquals(64, fake.enumCalls().get(0).lpcb());
    }

    @Test
    void theDwSizeReachesTheDllWhateverLpcbSaysAndAMemoryWithoutOneDoesNot() {
        FakeBackend fake = FakeBackend.enumerating((charset, buffer, lpcb, count) -> RasError.ERROR_INVALID_SIZE.code());
        JnaRasBackend jna = StandIn.serving(fake);
        DwordRef lpcb = DwordRef.of(3);
        DwordRef count = DwordRef.of(GARBAGE);
        int code = jna.enumConnections(RasCharset.W, canaries(64, NEWEST_W.size()), lpcb, count);
        int tooSmall = jna.enumConnections(RasCharset.W, canaries(2, 0), DwordRef.of(64), DwordRef.of(GARBAGE));
        assertEquals(List.of(new EnumCall(RasCharset.W, 4, 3, GARBAGE)), fake.enumCalls(),
                "the DLL sees the dwSize (4 bytes) and *lpcb = 3; a 2-byte buffer never reaches it");
        assertEquals(RasError.ERROR_INVALID_SIZE.code(), code);
        assertEquals(RasError.ERROR_INVALID_SIZE.code(), tooSmall);
        assertEquals(List.of(3, GARBAGE), List.of(lpcb.get(), count.get()), "a rejected call leaves the caller's values");
    }

    @Test
    void aNullBufferReachesTheDllAsNullAndItsSizeAnswerReachesTheCaller() {
        int needed = 3 * NEWEST_W.size();
        FakeBackend fake = FakeBackend.enumerating((charset, buffer, lpcb, count) -> {
            lpcb.set(needed);
            count.set(3);
            return RasError.ERROR_BUFFER_TOO_SMALL.code();
        });
        DwordRef lpcb = DwordRef.of(500);
        DwordRef count = DwordRef.of(GARBAGE);
        int code = StandIn.serving(fake).enumConnections(RasCharset.W, null, lpcb, count);
        assertEquals(List.of(new EnumCall(RasCharset.W, null, 0, GARBAGE)), fake.enumCalls());
        assertEquals(List.of(RasError.ERROR_BUFFER_TOO_SMALL.code(), needed, 3), List.of(code, lpcb.get(), count.get()));
    }

    @Test
    void nullOutPointersReachTheDllAsNull() {
        FakeBackend fake = FakeBackend.enumerating((charset, buffer, lpcb, count) -> RasError.ERROR_INVALID_PARAMETER.code());
        JnaRasBackend jna = StandIn.serving(fake);
        int first = jna.enumConnections(RasCharset.A, canaries(64, NEWEST_W.size()), null, DwordRef.of(1));
        int second = jna.enumConnections(RasCharset.A, canaries(64, NEWEST_W.size()), DwordRef.of(64), null);
        assertEquals(List.of(new EnumCall(RasCharset.A, 4, null, 1), new EnumCall(RasCharset.A, 64, 64, null)),
                fake.enumCalls());
        assertEquals(List.of(87, 87), List.of(first, second));
    }

    @Test
    void aRejectedCallLeavesTheCallersLpcbNotTheClampedOne() {
        FakeBackend fake = FakeBackend.enumerating((charset, buffer, lpcb, count) -> RasError.ERROR_INVALID_SIZE.code());
        DwordRef lpcb = DwordRef.of(5000);
        DwordRef count = DwordRef.of(GARBAGE);
        ByteBuffer buffer = canaries(100, 7);
        int code = StandIn.serving(fake).enumConnections(RasCharset.W, buffer, lpcb, count);
        assertEquals(List.of(RasError.ERROR_INVALID_SIZE.code(), 5000, GARBAGE), List.of(code, lpcb.get(), count.get()));
        assertEquals(ByteBuffer.wrap(canaries(100, 7).array()), ByteBuffer.wrap(buffer.array()));
    }

    @Test
    void aSuccessReportsItsLpcbEvenWhenItEqualsTheClampedValue() {
        FakeBackend fake = FakeBackend.enumerating((charset, buffer, lpcb, count) -> {
            count.set(0);
            return 0; // *lpcb left as passed: 64
        });
        DwordRef lpcb = DwordRef.of(900);
        StandIn.serving(fake).enumConnections(RasCharset.W, canaries(64, 0), lpcb, DwordRef.of(0));
        assertEquals(64, lpcb.get());
    }

    private static FakeBackend writingTwoConnections(List<RasConnection> connections) {
        return FakeBackend.enumerating((charset, buffer, lpcb, count) -> {
            CODEC.encode(connections, NEWEST_W, buffer);
            lpcb.set(2 * NEWEST_W.size());
            count.set(2);
            return 0;
        });
    }

    private static final List<RasConnection> TWO = List.of(
            RasConnection.builder(RasHandle.of(0x1_0000_0004L), "Office VPN").deviceType("vpn").build(),
            RasConnection.builder(RasHandle.of(0x1_0000_0008L), ".5551234").deviceType("modem").build());

    @Test
    void entriesTheDllWritesDecodeFromTheCallersHeapBufferWhosePositionAndLimitStay() {
        ByteBuffer heap = canaries(3 * NEWEST_W.size(), NEWEST_W.size()).position(3).limit(10);
        DwordRef lpcb = DwordRef.of(heap.capacity());
        DwordRef count = DwordRef.of(GARBAGE);
        int code = StandIn.serving(writingTwoConnections(TWO)).enumConnections(RasCharset.W, heap, lpcb, count);
        assertEquals(List.of(0, 2 * NEWEST_W.size(), 2), List.of(code, lpcb.get(), count.get()));
        assertEquals(TWO.stream().map(c -> CODEC.project(c, NEWEST_W)).toList(), CODEC.decode(heap, NEWEST_W, 2));
        assertEquals(List.of(3, 10), List.of(heap.position(), heap.limit()));
    }

    @Test
    void aDirectBufferIsHandedToTheDllItself() {
        ByteBuffer direct = ByteBuffer.allocateDirect(3 * NEWEST_W.size()).put(canaries(3 * NEWEST_W.size(),
                NEWEST_W.size()));
        JnaRasBackend jna = StandIn.serving(writingTwoConnections(TWO));
        jna.enumConnections(RasCharset.W, direct, DwordRef.of(direct.capacity()), DwordRef.of(0));
        assertEquals(Pointer.nativeValue(Native.getDirectBufferPointer(direct)), Pointer.nativeValue(StandIn.lastBuffer()));
        assertEquals(TWO.stream().map(c -> CODEC.project(c, NEWEST_W)).toList(), CODEC.decode(direct, NEWEST_W, 2));
    }

    @Test
    void aReadOnlyBufferIsRefusedBeforeTheDllIsCalled() {
        FakeBackend fake = FakeBackend.enumerating(JnaEnumConnectionsTest::none);
        JnaRasBackend jna = StandIn.serving(fake);
        ByteBuffer readOnly = canaries(64, NEWEST_W.size()).asReadOnlyBuffer();
        assertThrows(ReadOnlyBufferException.class,
                () -> jna.enumConnections(RasCharset.W, readOnly, DwordRef.of(64), DwordRef.of(0)));
        assertEquals(List.of(), fake.enumCalls());
    }

    @Test
    void theAbiIsTheRunningJvms() {
        JnaRasBackend jna = StandIn.serving(FakeBackend.enumerating(JnaEnumConnectionsTest::none));
        assertEquals(Abi.ofPointerSize(Native.POINTER_SIZE), jna.abi());
    }
}
