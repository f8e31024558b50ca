package org.ras4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import org.ras4j.ConnectionFlag;
import org.ras4j.ConnectionFlags;
import org.ras4j.ConnectionState;
import org.ras4j.Luid;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.sim.SimConnection;
import org.ras4j.sim.SimFunction;
import org.ras4j.sim.SimulatedRas;

/**
 * A soak: eight threads list connections and read statuses through one {@link RasClient} while two
 * threads dial, connect, drop and hang up connections of the {@link SimulatedRas} behind it, for
 * {@code ras4j.soak.seconds}. Every listed connection must be one that existed, member for member
 * (no torn entry); the only exception allowed is {@code ERROR_INVALID_HANDLE} for a status asked
 * after a hang-up; retained memory must not grow. The client may reach the simulator directly or
 * through another backend (the JNA backend and the C stand-in).
 */
public final class Soak {
    private static final int READERS = 8;
    private static final int WRITERS = 2;
    private static final int MAX_LIVE = 24;
    /**
     * An upper bound of what one entry of {@link #created} holds: a map node, a {@code RasHandle},
     * a {@code Long} and its share of the table (about 80 bytes on a 64-bit JVM).
     */
    private static final long BOOKKEEPING_BYTES_PER_CONNECTION = 128;
    /** How much the heap may grow beyond the soak's own record: the noise of a live heap after GC. */
    private static final long MAX_RETAINED_GROWTH = 16L << 20;

    private final SimulatedRas ras;
    private final RasClient client;
    private final String title;
    private final RasConnLayout layout;
    private final RasConnCodec codec;
    /**
     * The id of every connection the writers made, by handle. Only ids are kept (the attributes
     * are derived from the id again when checked), so that the soak's own bookkeeping stays small
     * next to what the heap check looks for.
     */
    private final Map<RasHandle, Long> created = new ConcurrentHashMap<>();
    private final Queue<RasConnection> unmatched = new ConcurrentLinkedQueue<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong enumerations = new AtomicLong();
    private final AtomicLong statuses = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param ras    the simulator the writers change
     * @param client a W client whose backend serves {@code ras}
     * @param title  what the figures are titled
     */
    public Soak(SimulatedRas ras, RasClient client, String title) {
        this.ras = ras;
        this.client = client;
        this.title = title;
        this.layout = RasConnLayout.newest(RasCharset.W, ras.abi());
        this.codec = RasConnCodec.withAnsiCharset(ras.profile().ansiCharset());
    }

    /** Runs the soak, writes its figures as {@code <figuresName>.md} and asserts its outcome. */
    public void run(String figuresName) throws Exception {
        long seconds = Figures.intProperty("ras4j.soak.seconds", 1);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long heapAtQuarter = -1;
        int registeredAtQuarter = 0;
        ExecutorService pool = Executors.newFixedThreadPool(READERS + WRITERS);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                running.add(pool.submit(() -> write(writer, deadline)));
            }
            for (int r = 0; r < READERS; r++) {
                running.add(pool.submit(() -> read(deadline)));
            }
            long quarter = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds) / 4;
            TimeUnit.NANOSECONDS.sleep(quarter - System.nanoTime());
            System.gc();
            heapAtQuarter = memory.getHeapMemoryUsage().getUsed();
            registeredAtQuarter = created.size();
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.gc();
        long heapGrowth = memory.getHeapMemoryUsage().getUsed() - heapAtQuarter;
        long bookkeeping = (long) (created.size() - registeredAtQuarter) * BOOKKEEPING_BYTES_PER_CONNECTION;
        long retainedGrowth = heapGrowth - bookkeeping;
        for (RasConnection listed : unmatched) {
            checkExisted(listed, true);
        }
        long enumCalls = ras.callCount(SimFunction.ENUM_CONNECTIONS_W);
        Figures.titled(title + " (" + READERS + " readers, " + WRITERS + " writers, " + seconds + " s)")
                .put("connections() calls", enumerations.get())
                .put("status calls", statuses.get())
                .put("client calls per second", (enumerations.get() + statuses.get()) / Math.max(seconds, 1))
                .put("state changes by writers", changes.get())
                .put("backend rounds per enumeration", String.format("%.3f", (double) enumCalls / enumerations.get()))
                .put("torn or unknown entries", failures.stream().filter(f -> f.startsWith("torn")).count())
                .put("unexpected exceptions", failures.stream().filter(f -> !f.startsWith("torn")).count())
                .put("heap growth after GC from 1/4 to end (KiB)", heapGrowth / 1024)
                .put("of which the soak's own handle-to-id record, at most (KiB)", bookkeeping / 1024)
                .put("retained growth beyond that (KiB; must stay under " + (MAX_RETAINED_GROWTH >> 10) + ")",
                        retainedGrowth / 1024)
                .write(figuresName);
        assertEquals(List.of(), List.copyOf(failures));
        assertTrue(enumerations.get() > 0 && changes.get() > 0, "both sides ran");
        assertTrue(retainedGrowth < MAX_RETAINED_GROWTH, "retained heap grew by " + retainedGrowth
                + " bytes beyond the soak's own record of " + created.size() + " connections");
    }

    /** Changes only the connections this writer made, so that no other writer races it. */
    private void write(int writer, long deadline) {
        SplittableRandom random = new SplittableRandom(writer);
        List<RasHandle> mine = new ArrayList<>();
        long n = 0;
        while (System.nanoTime() < deadline) {
            int action = random.nextInt(4);
            if (mine.size() < MAX_LIVE / WRITERS && action < 2) {
                long id = (long) writer << 40 | n++;
                RasConnection attributes = attributes(id);
                RasHandle handle = action == 0 ? ras.connect(attributes) : ras.dial(attributes, ConnectionState.AUTHENTICATE);
                created.put(handle, id);
                mine.add(handle);
            } else if (!mine.isEmpty()) {
                RasHandle handle = mine.get(random.nextInt(mine.size()));
                SimConnection target = ras.connection(handle).orElseThrow();
                if (target.isDialing()) {
                    ras.advance(handle, ConnectionState.CONNECTED);
                } else if (action == 2 && !target.isDropped()) {
                    ras.drop(handle, 628);
                } else {
                    ras.hangUp(handle);
                    mine.remove(handle);
                }
            }
            changes.incrementAndGet();
        }
    }

    private void read(long deadline) {
        SplittableRandom random = new SplittableRandom();
        while (System.nanoTime() < deadline) {
            try {
                List<RasConnection> listed = random.nextBoolean() ? client.connections() : client.activeConnections();
                enumerations.incrementAndGet();
                listed.forEach(c -> checkExisted(c, false));
                if (!listed.isEmpty()) {
                    statuses.incrementAndGet();
                    client.status(listed.get(random.nextInt(listed.size())).handle());
                }
            } catch (RasException e) {
                if (e.code() != RasError.ERROR_INVALID_HANDLE.code()) {
                    failures.add("unexpected " + e);
                }
            } catch (RuntimeException | Error e) {
                failures.add("unexpected " + e);
            }
        }
    }

    private void checkExisted(RasConnection listed, boolean finalCheck) {
        Long id = created.get(listed.handle());
        if (id == null && !finalCheck) {
            unmatched.add(listed);
        } else if (id == null
                || !codec.project(attributes(id).toBuilder().handle(listed.handle()).build(), layout).equals(listed)) {
            failures.add("torn or unknown entry: " + listed);
        }
    }

    /** The members of connection {@code id}: the same every time, different for every id. */
    private static RasConnection attributes(long id) {
        SplittableRandom random = new SplittableRandom(id);
        return RasConnection.builder(RasHandle.NULL, "Soak " + id)
                .deviceType("vpn").deviceName("Device " + id)
                .phonebook("C:\\pbk\\" + id + ".pbk").subEntry(random.nextInt(1, 4))
                .entryId(new UUID(random.nextLong(), random.nextLong()))
                .flags(ConnectionFlags.of(ConnectionFlag.GLOBAL_CREDS))
                .luid(new Luid(random.nextInt(), random.nextInt()))
                .correlationId(new UUID(random.nextLong(), random.nextLong()))
                .build();
    }
}
