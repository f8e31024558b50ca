package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/**
 * Threads enumerating while others dial, connect and hang up: every success is one consistent
 * snapshot, every failure a documented code. Each changer keeps an invariant that any single
 * snapshot satisfies and a torn one would break: a group replaces its connection by connecting the
 * next generation before hanging up the previous one, so a snapshot holds 1 or 2 consecutive
 * generations of each group. Loops are bounded; nothing sleeps.
 */
class ConcurrencyTest {
    private static final int GROUPS = 2;
    private static final int GENERATIONS = 150;
    private static final int ENUMERATORS = 3;
    private static final int ENUMERATIONS = 250;
    private static final WindowsProfile PROFILE = WindowsProfile.windows10x64();
    private static final RasConnCodec CODEC = RasConnCodec.withAnsiCharset(PROFILE.ansiCharset());

    @Test
    @DisplayName("concurrent enumerations see consistent snapshots while connections come and go")
    void enumerationsSeeConsistentSnapshots() throws Exception {
        SimulatedRas ras = SimulatedRas.builder(PROFILE).build();
        Map<String, RasHandle> handleOfName = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            String group = "g" + g;
            RasHandle first = ras.connect(Samples.vpn(group + "-0"));
            tasks.add(() -> replaceGenerations(ras, group, first, start));
        }
        tasks.add(() -> dialAndHangUp(ras, start));
        for (int e = 0; e < ENUMERATORS; e++) {
            RasCharset charset = e % 2 == 0 ? RasCharset.W : RasCharset.A;
            tasks.add(() -> enumerate(ras, charset, handleOfName, start));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            int successes = 0;
            for (Future<Integer> future : futures) {
                successes += future.get();
            }
            assertTrue(successes > 0, "no enumeration succeeded");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(GROUPS, ras.connections().size());
    }

    private static int replaceGenerations(SimulatedRas ras, String group, RasHandle first, CountDownLatch start)
            throws InterruptedException {
        start.await();
        RasHandle previous = first;
        for (int generation = 1; generation <= GENERATIONS; generation++) {
            RasHandle next = ras.connect(Samples.vpn(group + "-" + generation));
            ras.hangUp(previous);
            previous = next;
        }
        return 0;
    }

    private static int dialAndHangUp(SimulatedRas ras, CountDownLatch start) throws InterruptedException {
        start.await();
        for (int i = 0; i < GENERATIONS; i++) {
            RasHandle handle = ras.dial(Samples.vpn("d-" + i), ConnectionState.OPEN_PORT);
            ras.advance(handle, ConnectionState.AUTHENTICATE);
            ras.advance(handle, ConnectionState.CONNECTED);
            ras.hangUp(handle);
        }
        return 0;
    }

    private static int enumerate(SimulatedRas ras, RasCharset charset, Map<String, RasHandle> handleOfName,
            CountDownLatch start) throws InterruptedException {
        start.await();
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V600, charset, PROFILE.abi());
        RasConnStatusLayout statusLayout = RasConnStatusLayout.of(RasConnStatusVersion.V601, charset, PROFILE.abi());
        int successes = 0;
        for (int i = 0; i < ENUMERATIONS; i++) {
            int capacity = (3 + i % 3) * layout.size();
            ByteBuffer buffer = Samples.withDwSize(capacity, layout.size());
            DwordRef lpcb = DwordRef.of(capacity);
            DwordRef count = DwordRef.of(0);
            int code = ras.enumConnections(charset, buffer, lpcb, count);
            assertEquals((long) count.get() * layout.size(), lpcb.getUnsigned());
            if (code == 603) {
                assertTrue(count.get() * layout.size() > capacity, "603 although " + count + " entries fit");
                continue;
            }
            assertEquals(0, code, "an undocumented code");
            successes++;
            List<RasConnection> snapshot = CODEC.decode(buffer, layout, count.get());
            checkSnapshot(snapshot, layout, handleOfName);
            for (RasConnection c : snapshot) {
                int status = ras.getConnectStatus(charset, c.handle(), Samples.withDwSize(statusLayout.size(),
                        statusLayout.size()));
                assertTrue(status == 0 || status == 6, "status answered " + status);
            }
        }
        return successes;
    }

    private static void checkSnapshot(List<RasConnection> snapshot, RasConnLayout layout,
            Map<String, RasHandle> handleOfName) {
        Map<String, List<Integer>> generations = new HashMap<>();
        Set<RasHandle> handles = new HashSet<>();
        for (RasConnection c : snapshot) {
            assertTrue(handles.add(c.handle()), "one handle twice in a snapshot");
            assertEquals(handleOfName.computeIfAbsent(c.entryName(), n -> c.handle()), c.handle(),
                    "one connection, two handles");
            RasConnection made = Samples.vpn(c.entryName()).toBuilder().handle(c.handle()).build();
            assertEquals(CODEC.project(made, layout), c, "an entry that no connection had");
            String[] parts = c.entryName().split("-");
            generations.computeIfAbsent(parts[0], g -> new ArrayList<>()).add(Integer.parseInt(parts[1]));
        }
        for (int g = 0; g < GROUPS; g++) {
            List<Integer> seen = generations.getOrDefault("g" + g, List.of());
            assertTrue(seen.size() == 1 || seen.size() == 2 && seen.get(1) == seen.get(0) + 1,
                    "group g" + g + " torn: generations " + seen);
        }
        assertTrue(generations.getOrDefault("d", List.of()).size() <= 1, "two dialler connections at once");
    }
}
