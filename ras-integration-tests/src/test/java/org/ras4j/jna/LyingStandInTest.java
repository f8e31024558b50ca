package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.jna.StandIn.Lie;
import org.ras4j.spi.DwordRef;

/**
 * A {@code rasapi32} that lies after a successful enumeration (more entries than fit, or a
 * {@code *lpcb} larger than the buffer) gives a clear {@link RasException} naming the library, at
 * the backend and through the client, and never a read or write beyond the caller's memory.
 */
class LyingStandInTest {
    private static final RasConnCodec CODEC = RasConnCodec.withAnsiCharset(StandardCharsets.ISO_8859_1);
    private static final byte CANARY = (byte) 0xA5;

    @AfterEach
    void noCallbackFailed() {
        assertNull(StandIn.failure(), "the serving backend threw inside the stand-in");
    }

    /** Truthful: one connection, written in the caller's version when it fits, else 603. */
    private static FakeBackend oneConnection() {
        return FakeBackend.enumerating((charset, buffer, lpcb, count) -> {
            int dwSize = buffer.order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(0);
            buffer.order(java.nio.ByteOrder.BIG_ENDIAN);
            RasConnLayout layout = RasConnLayout.forSize(dwSize, charset, Abi.X64).orElseThrow();
            count.set(1);
            if (lpcb.get() < layout.size()) {
                lpcb.set(layout.size());
                return RasError.ERROR_BUFFER_TOO_SMALL.code();
            }
            CODEC.encodeEntry(RasConnection.builder(RasHandle.of(0x1_0000_0004L), "Office VPN").build(), layout, buffer, 0);
            lpcb.set(layout.size());
            return 0;
        });
    }

    private static ByteBuffer canaries(int capacity, boolean direct) {
        ByteBuffer buffer = direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
        for (int i = 0; i < capacity; i++) {
            buffer.put(i, CANARY);
        }
        return buffer;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Lie.class, names = {"COUNT_LARGER_THAN_FITS", "LPCB_LARGER_THAN_BUFFER"})
    void theBackendRefusesTheLieWithErrorBufferInvalidNamingTheLibrary(Lie lie) {
        for (boolean direct : new boolean[] {false, true}) {
            JnaRasBackend jna = StandIn.serving(oneConnection());
            StandIn.lie(lie);
            RasConnLayout layout = RasConnLayout.newest(RasCharset.W, Abi.X64);
            ByteBuffer buffer = canaries(layout.size() + 100, direct);
            buffer.order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, layout.size()).order(java.nio.ByteOrder.BIG_ENDIAN);
            int lpcb = layout.size() + 10;

            RasException e = assertThrows(RasException.class,
                    () -> jna.enumConnections(RasCharset.W, buffer, DwordRef.of(lpcb), DwordRef.of(0)));

            assertEquals(RasError.ERROR_BUFFER_INVALID.code(), e.code(), e.getMessage());
            assertEquals("RasEnumConnectionsW", e.call());
            assertTrue(e.getMessage().contains(jna.library().toString()), e.getMessage());
            for (int i = lpcb; i < buffer.capacity(); i++) {
                assertEquals(CANARY, buffer.get(i), "byte " + i + " beyond *lpcb (direct: " + direct + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Lie.class, names = {"COUNT_LARGER_THAN_FITS", "LPCB_LARGER_THAN_BUFFER"})
    void theClientSurfacesTheLieAsARasException(Lie lie) {
        JnaRasBackend jna = StandIn.serving(oneConnection());
        StandIn.lie(lie);
        RasClient client = RasClient.builder(jna).preferredVersion(RasConnVersion.V501).build();
        RasException e = assertThrows(RasException.class, client::connections);
        assertEquals(RasError.ERROR_BUFFER_INVALID.code(), e.code(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Lie.class, names = "NONE")
    void theTruthIsAccepted(Lie lie) {
        JnaRasBackend jna = StandIn.serving(oneConnection());
        StandIn.lie(lie);
        List<RasConnection> listed = RasClient.builder(jna).preferredVersion(RasConnVersion.V501).build().connections();
        assertEquals(List.of("Office VPN"), listed.stream().map(RasConnection::entryName).toList());
    }
}
