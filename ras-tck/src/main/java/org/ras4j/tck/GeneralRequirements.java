package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnStatusField;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.spi.DwordRef;

/**
 * The rules of the port itself ({@code RasBackend}'s javadoc): the declared ABI, buffers used in
 * absolute terms whatever their position, limit and kind, and thread safety.
 */
abstract class GeneralRequirements {
    private static final int THREADS = 4;
    /** The JUnit Platform engine that runs the contract's jqwik properties. */
    private static final String JQWIK_ENGINE = "net.jqwik.engine.JqwikTestEngine";
    /** Rounds each thread calls, all threads starting each round together behind a barrier. */
    private static final int ROUNDS = 200;
    /** How long a thread waits for the others at the barrier before the requirement fails. */
    private static final Duration BARRIER_WAIT = Duration.ofSeconds(30);

    private final Harness h;

    GeneralRequirements(Harness harness) {
        this.h = harness;
    }

    @Test
    @DisplayName("GEN-01 abi() is the ABI the backend declares")
    void abiIsTheDeclaredOne() {
        assertEquals(h.profile().abi(), h.backend().abi());
    }

    @Test
    @DisplayName("GEN-04 the jqwik engine is on the test class path, so that the properties ENUM-30, ENUM-31 and STAT-11 run")
    void jqwikEngineIsPresent() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        jqwikEngineMissing(loader == null ? GeneralRequirements.class.getClassLoader() : loader).ifPresent(Assertions::fail);
    }

    /**
     * {@return why the properties cannot run with {@code loader}'s classes, or empty if the jqwik
     * engine is there}
     */
    static Optional<String> jqwikEngineMissing(ClassLoader loader) {
        try {
            Class.forName(JQWIK_ENGINE, false, loader);
            return Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("the jqwik engine is not on the test class path: ENUM-30, ENUM-31 and STAT-11 did not run; "
                    + "add net.jqwik:jqwik 1.9.3 as a test dependency (" + JQWIK_ENGINE + " could not be loaded: " + e + ")");
        }
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
        StructBytes.assertSame(Harness.copy(heap), Harness.copy(direct), layout, RasConnField.values(),
                "RasEnumConnections" + charset + ": the same bytes in a heap and a direct buffer");
        assertKept(heap, 1, 3, ByteOrder.BIG_ENDIAN);
        assertKept(direct, 7, 11, ByteOrder.LITTLE_ENDIAN);

        RasHandle handle = listed.isEmpty() ? RasHandle.NULL : listed.get(0).handle();
        RasConnStatusLayout status = h.newestStatus(charset);
        ByteBuffer heapStatus = Harness.callerBuffer(status.size(), status.size()).limit(2).position(1);
        ByteBuffer directStatus = direct(Harness.callerBuffer(status.size(), status.size())).position(3).limit(5);
        int heapCode = h.backend().getConnectStatus(charset, handle, heapStatus);
        int directCode = h.backend().getConnectStatus(charset, handle, directStatus);
        assertEquals(heapCode, directCode, "RasGetConnectStatus" + charset + " of " + handle);
        StructBytes.assertSame(Harness.copy(heapStatus), Harness.copy(directStatus), status, RasConnStatusField.values(),
                "RasGetConnectStatus" + charset + " of " + handle + ": the same bytes in a heap and a direct buffer");
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
        RasConnStatusLayout status = h.newestStatus(charset);
        List<ConnectionStatus> statuses = new ArrayList<>();
        for (RasConnection c : expected) {
            statuses.add(h.setup("the status of " + c.handle(), () -> h.status(charset, c.handle(), status.size(),
                    status.size()).assertCode(0, "RasGetConnectStatus" + charset).decode(h.statusCodec(), status)));
        }
        CyclicBarrier together = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                runs.add(pool.submit(() -> {
                    try {
                        callTogether(charset, expected, statuses, together);
                    } catch (Exception | Error e) {
                        together.reset(); // the others stop waiting for this thread
                        throw e;
                    }
                    return null;
                }));
            }
            awaitAll(runs);
        } finally {
            together.reset();
            pool.shutdownNow();
        }
    }

    private void callTogether(RasCharset charset, List<RasConnection> expected, List<ConnectionStatus> statuses,
            CyclicBarrier together) throws Exception {
        RasConnLayout layout = h.newest(charset);
        RasConnStatusLayout status = h.newestStatus(charset);
        for (int round = 0; round < ROUNDS; round++) {
            together.await(BARRIER_WAIT.toSeconds(), TimeUnit.SECONDS);
            String what = "round " + round + " of " + ROUNDS + " (" + THREADS + " threads at once): ";
            assertEquals(expected, h.listing(layout), what + "RasEnumConnections" + charset);
            for (int i = 0; i < expected.size(); i++) {
                RasHandle handle = expected.get(i).handle();
                assertEquals(statuses.get(i), h.status(charset, handle, status.size(), status.size())
                        .assertCode(0, what + "RasGetConnectStatus" + charset + " of " + handle)
                        .decode(h.statusCodec(), status), what + "the status of " + handle);
            }
        }
    }

    /** Waits for every run; rethrows the first assertion failure of any, else the first other failure. */
    private static void awaitAll(List<Future<?>> runs) throws Exception {
        Throwable first = null;
        for (Future<?> run : runs) {
            try {
                run.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (first == null || cause instanceof AssertionError && !(first instanceof AssertionError)) {
                    first = cause;
                }
            }
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first != null) {
            throw new AssertionError("a thread failed: " + first, first);
        }
    }
}
