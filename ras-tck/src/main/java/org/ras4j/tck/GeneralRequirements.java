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
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.spi.DwordRef;

/**
 * The rules of the port itself ({@code RasBackend}'s javadoc): the declared ABI, buffers used in
 * absolute terms whatever their position, limit and kind, and thread safety.
 */
abstract class GeneralRequirements {
    private static final int THREADS = 4;
    /** How many connections a fixture makes for GEN-03: enough that each call takes a while. */
    private static final int CONNECTIONS = 8;
    /** The JUnit Platform engine that runs the contract's jqwik properties. */
    private static final String JQWIK_ENGINE = "net.jqwik.engine.JqwikTestEngine";
    /**
     * Rounds each thread calls, all threads starting together behind a barrier and then running
     * free, so that on two or more cores their calls overlap all the time.
     */
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
        ByteBuffer heap = CallerMemory.callerBuffer(capacity, layout.size()).limit(3).position(1);
        ByteBuffer direct = direct(CallerMemory.callerBuffer(capacity, layout.size())).position(7).limit(11);
        EnumOutcome onHeap = h.enumerate(charset, heap, DwordRef.of(capacity), DwordRef.of(CallerMemory.GARBAGE));
        EnumOutcome offHeap = h.enumerate(charset, direct, DwordRef.of(capacity), DwordRef.of(CallerMemory.GARBAGE));
        onHeap.assertCode(0, "heap buffer with limit 3");
        offHeap.assertCode(0, "direct buffer").assertOutputs(onHeap.lpcb(), onHeap.count(), "direct buffer");
        StructBytes.assertSame(CallerMemory.copy(heap), CallerMemory.copy(direct), i -> StructBytes.where(layout, i),
                "RasEnumConnections" + charset + ": the same bytes in a heap and a direct buffer");
        assertKept(heap, 1, 3, ByteOrder.BIG_ENDIAN);
        assertKept(direct, 7, 11, ByteOrder.LITTLE_ENDIAN);

        RasHandle handle = listed.isEmpty() ? RasHandle.NULL : listed.get(0).handle();
        RasConnStatusLayout status = h.newestStatus(charset);
        ByteBuffer heapStatus = CallerMemory.callerBuffer(status.size(), status.size()).limit(2).position(1);
        ByteBuffer directStatus = direct(CallerMemory.callerBuffer(status.size(), status.size())).position(3).limit(5);
        int heapCode = h.backend().getConnectStatus(charset, handle, heapStatus);
        int directCode = h.backend().getConnectStatus(charset, handle, directStatus);
        assertEquals(heapCode, directCode, "RasGetConnectStatus" + charset + " of " + handle);
        StructBytes.assertSame(CallerMemory.copy(heapStatus), CallerMemory.copy(directStatus),
                i -> StructBytes.where(status, i), "RasGetConnectStatus" + charset + " of " + handle + ": the same bytes in a heap and a direct buffer");
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
        h.requireConnections(charset, CONNECTIONS, 0);
        List<Calls> calls = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            RasCharset threadCharset = t % 2 == 0 ? charset : other(charset);
            boolean newest = t < 2;
            calls.add(h.setup("the answers each thread must get", () -> Calls.of(h, threadCharset, newest)));
        }
        CyclicBarrier together = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Calls thread : calls) {
                runs.add(pool.submit(() -> {
                    try {
                        thread.callTogether(h, together);
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

    private static RasCharset other(RasCharset charset) {
        return charset == RasCharset.A ? RasCharset.W : RasCharset.A;
    }

    /**
     * What one thread calls in every round and the answers it must get: a listing in one
     * {@code RASCONN} version and the status of each connection in one {@code RASCONNSTATUS}
     * version, both read before the threads start. The four threads use both charsets and the
     * newest and oldest accepted versions, so that no two make the same call and a backend that
     * shares scratch memory between calls hands one thread another's bytes.
     */
    private record Calls(RasConnLayout layout, RasConnStatusLayout statusLayout, List<RasConnection> listing,
            List<ConnectionStatus> statuses) {

        /** The calls of a thread in {@code charset}, with the newest or the oldest accepted versions. */
        static Calls of(Harness h, RasCharset charset, boolean newest) {
            List<RasConnLayout> layouts = h.profile().connLayouts(charset);
            List<RasConnStatusLayout> statusLayouts = h.profile().statusLayouts(charset);
            RasConnLayout layout = newest ? layouts.get(layouts.size() - 1) : layouts.get(0);
            RasConnStatusLayout statusLayout = newest ? statusLayouts.get(statusLayouts.size() - 1) : statusLayouts.get(0);
            List<RasConnection> listing = h.listing(layout);
            List<ConnectionStatus> statuses = new ArrayList<>();
            for (RasConnection c : listing) {
                statuses.add(h.status(charset, c.handle(), statusLayout.size(), statusLayout.size())
                        .assertCode(0, "RasGetConnectStatus" + charset + " of " + c.handle() + " into " + statusLayout)
                        .decode(h.statusCodec(), statusLayout));
            }
            return new Calls(layout, statusLayout, listing, statuses);
        }

        void callTogether(Harness h, CyclicBarrier together) throws Exception {
            RasCharset charset = layout.charset();
            together.await(BARRIER_WAIT.toSeconds(), TimeUnit.SECONDS);
            for (int round = 0; round < ROUNDS; round++) {
                String what = "round " + round + " of " + ROUNDS + " (" + THREADS + " threads at once, each with its own version): ";
                assertEquals(listing, h.listing(layout), what + "RasEnumConnections" + charset + " into " + layout);
                for (int i = 0; i < listing.size(); i++) {
                    RasHandle handle = listing.get(i).handle();
                    assertEquals(statuses.get(i), h.status(charset, handle, statusLayout.size(), statusLayout.size())
                            .assertCode(0, what + "RasGetConnectStatus" + charset + " of " + handle)
                            .decode(h.statusCodec(), statusLayout), what + "the status of " + handle + " in " + statusLayout);
                }
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
