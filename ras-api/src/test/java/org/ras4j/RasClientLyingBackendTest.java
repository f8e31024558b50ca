package org.ras4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/** Backends that break the contract get a clear {@link RasException}, never an out-of-bounds read. */
class RasClientLyingBackendTest {
    private static final RasConnCodec CODEC = RasConnCodec.withAnsiCharset(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** A backend whose enumeration is one lambda; status is never asked in these tests. */
    private interface Enumeration {
        int enumerate(ByteBuffer buffer, DwordRef lpcb, DwordRef count);
    }

    private static RasBackend backend(Enumeration enumeration) {
        return new RasBackend() {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                return enumeration.enumerate(buffer, lpcb, count);
            }

            @Override
            public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
                return RasError.ERROR_INVALID_HANDLE.code();
            }

            @Override
            public Abi abi() {
                return Abi.X64;
            }
        };
    }

    private static final RasConnLayout NEWEST = RasConnLayout.newest(RasCharset.W, Abi.X64);

    @Test
    void countLargerThanTheBufferIsRefusedBeforeDecoding() {
        RasClient client = RasClient.using(backend((buffer, lpcb, count) -> {
            count.set(1000);
            return 0;
        }));
        RasException e = assertThrows(RasException.class, client::connections);
        assertEquals(RasError.ERROR_BUFFER_INVALID.code(), e.code());
        assertTrue(e.getMessage().contains("1000 entries"), e.getMessage());
    }

    @Test
    void lpcbBeyondTheBufferCapacityIsRefused() {
        RasClient client = RasClient.using(backend((buffer, lpcb, count) -> {
            lpcb.set(buffer.capacity() + 1);
            count.set(0);
            return 0;
        }));
        RasException e = assertThrows(RasException.class, client::connections);
        assertEquals(RasError.ERROR_BUFFER_INVALID.code(), e.code());
    }

    @Test
    void anEntryWithTheWrongDwSizeIsRefused() {
        RasClient client = RasClient.using(backend((buffer, lpcb, count) -> {
            CODEC.encodeEntry(RasConnection.builder(RasHandle.of(7), "vpn").build(), NEWEST, buffer, 0);
            buffer.putInt(0, NEWEST.size() - 4);
            lpcb.set(NEWEST.size());
            count.set(1);
            return 0;
        }));
        RasException e = assertThrows(RasException.class, client::connections);
        assertEquals(RasError.ERROR_INVALID_SIZE.code(), e.code());
    }

    @Test
    void aBackendThatAlwaysWantsMoreEndsIn603AfterTheConfiguredRounds() {
        AtomicInteger calls = new AtomicInteger();
        RasClient client = RasClient.builder(backend((buffer, lpcb, count) -> {
            calls.incrementAndGet();
            lpcb.set(buffer.capacity() + NEWEST.size());
            count.set(lpcb.get() / NEWEST.size());
            return RasError.ERROR_BUFFER_TOO_SMALL.code();
        })).maxRounds(3).build();
        RasException e = assertThrows(RasException.class, client::connections);
        assertEquals(RasError.ERROR_BUFFER_TOO_SMALL.code(), e.code());
        assertEquals(4, calls.get(), "the first call and three rounds of growing");
    }

    @Test
    void a603ThatAsksForNoMoreThanWasGivenIsRefusedAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        RasClient client = RasClient.using(backend((buffer, lpcb, count) -> {
            calls.incrementAndGet();
            return RasError.ERROR_BUFFER_TOO_SMALL.code();
        }));
        RasException e = assertThrows(RasException.class, client::connections);
        assertEquals(RasError.ERROR_BUFFER_TOO_SMALL.code(), e.code());
        assertEquals(1, calls.get());
    }

    @Test
    void aWin32ErrorBecomesARasExceptionWithNameAndMessage() {
        RasClient client = RasClient.using(backend((buffer, lpcb, count) -> RasError.ERROR_NOT_ENOUGH_MEMORY.code()));
        RasException e = assertThrows(RasException.class, client::connections);
        assertEquals(8, e.code());
        assertEquals("ERROR_NOT_ENOUGH_MEMORY", e.symbolicName());
        assertEquals("RasEnumConnectionsW", e.call());
        assertTrue(e.getMessage().startsWith("8 ERROR_NOT_ENOUGH_MEMORY: "), e.getMessage());
    }

    @Test
    void aBackendThatAcceptsNoVersionEndsIn632() {
        AtomicInteger calls = new AtomicInteger();
        RasClient client = RasClient.using(backend((buffer, lpcb, count) -> {
            calls.incrementAndGet();
            return RasError.ERROR_INVALID_SIZE.code();
        }));
        RasException e = assertThrows(RasException.class, client::connections);
        assertEquals(RasError.ERROR_INVALID_SIZE.code(), e.code());
        assertEquals(6, calls.get(), "one call per RASCONN version, newest to V351");
    }

    @Test
    void theBackendIsNeverGivenAnLpcbLargerThanTheBuffer() {
        RasClient client = RasClient.using(backend((buffer, lpcb, count) -> {
            assertTrue(lpcb.getUnsigned() <= buffer.capacity());
            lpcb.set(0);
            count.set(0);
            return 0;
        }));
        assertEquals(List.of(), client.connections());
    }
}
