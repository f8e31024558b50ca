package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.spi.DwordRef;

/**
 * The rules of the port itself ({@code RasBackend}'s javadoc): the declared ABI, buffers used in
 * absolute terms whatever their position, limit and kind, and thread safety.
 */
abstract class GeneralRequirements {
    private static final int THREADS = 4;
    private static final int CALLS_PER_THREAD = 25;

    private final Harness h;

    GeneralRequirements(Harness harness) {
        this.h = harness;
    }

    @Test
    @DisplayName("GEN-01 abi() is the ABI the backend declares")
    void abiIsTheDeclaredOne() {
        assertEquals(h.profile().abi(), h.backend().abi());
    }

    @ForEachCharset
    @DisplayName("GEN-02 position, limit and byte order stay as they were; a direct buffer gets the bytes a heap one gets")
    void buffersAreUsedInAbsoluteTerms(RasCharset charset) {
        List<RasConnection> listed = h.requireConnections(charset, 2, 0);
        RasConnLayout layout = h.newest(charset);
        int capacity = (listed.size() + 1) * layout.size();
        ByteBuffer heap = Harness.callerBuffer(capacity, layout.size()).limit(3).position(1);
        ByteBuffer direct = direct(Harness.callerBuffer(capacity, layout.size())).position(7).limit(11);
        EnumOutcome onHeap = h.enumerate(charset, heap, DwordRef.of(capacity), DwordRef.of(Harness.GARBAGE));
        EnumOutcome offHeap = h.enumerate(charset, direct, DwordRef.of(capacity), DwordRef.of(Harness.GARBAGE));
        onHeap.assertCode(0, "heap buffer with limit 3");
        offHeap.assertCode(0, "direct buffer").assertOutputs(onHeap.lpcb(), onHeap.count(), "direct buffer");
        assertArrayEquals(Harness.copy(heap), Harness.copy(direct), "the same bytes in a heap and a direct buffer");
        assertKept(heap, 1, 3, ByteOrder.BIG_ENDIAN);
        assertKept(direct, 7, 11, ByteOrder.LITTLE_ENDIAN);

        RasHandle handle = listed.isEmpty() ? RasHandle.NULL : listed.get(0).handle();
        RasConnStatusLayout status = h.newestStatus(charset);
        ByteBuffer heapStatus = Harness.callerBuffer(status.size(), status.size()).limit(2).position(1);
        ByteBuffer directStatus = direct(Harness.callerBuffer(status.size(), status.size())).position(3).limit(5);
        int heapCode = h.backend().getConnectStatus(charset, handle, heapStatus);
        int directCode = h.backend().getConnectStatus(charset, handle, directStatus);
        assertEquals(heapCode, directCode, "RasGetConnectStatus" + charset + " of " + handle);
        assertArrayEquals(Harness.copy(heapStatus), Harness.copy(directStatus), "the same status bytes");
        assertKept(heapStatus, 1, 2, ByteOrder.BIG_ENDIAN);
        assertKept(directStatus, 3, 5, ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer direct(ByteBuffer content) {
        return ByteBuffer.allocateDirect(content.capacity()).put(content).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void assertKept(ByteBuffer buffer, int position, int limit, ByteOrder order) {
        assertEquals(List.of(position, limit, order), List.of(buffer.position(), buffer.limit(), buffer.order()),
                "position, limit and byte order of the caller's buffer");
    }

    @ForEachCharset
    @DisplayName("GEN-03 calls from several threads at once each get the whole, right answer")
    void concurrentCallsAreSafe(RasCharset charset) throws Exception {
        List<RasConnection> expected = h.requireConnections(charset, 4, 0);
        RasConnLayout layout = h.newest(charset);
        RasConnStatusLayout status = h.newestStatus(charset);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        assertEquals(expected, h.listing(layout), "listing " + i + " of a thread");
                        for (RasConnection c : expected) {
                            h.status(charset, c.handle(), status.size(), status.size())
                                    .assertCode(0, "status of " + c.handle()).decode(h.statusCodec(), status);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                awaitRethrowing(run);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitRethrowing(Future<?> run) throws Exception {
        try {
            run.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
