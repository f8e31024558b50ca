package org.ras4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ras4j.ConnectionState;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.watch.RasWatch;
import org.ras4j.watch.WatchOptions;

/**
 * A churn soak of the watch: two threads dial, connect, drop and hang up connections of a
 * {@link SimulatedRas} for {@code ras4j.soak.seconds} while four watches, each over a client of its
 * own, watch it (notified where the backend is, and polling every 20 ms). Each watch's events must
 * follow every connection's life in order ({@link EventOrderChecker}), every connection must be seen
 * gone once all are hung up, and after the watches close no watch thread is left and the simulator
 * holds no registration. The caller checks what it alone can see (native handles).
 */
public final class WatchSoak {
    private static final int WATCHERS = 4;
    private static final int DIALERS = 2;
    private static final int MAX_LIVE_PER_DIALER = 6;
    private static final Duration POLL = Duration.ofMillis(20);
    private static final long SETTLE_SECONDS = 20;

    private final SimulatedRas ras;
    private final Supplier<RasClient> clients;
    private final String title;
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param ras     the simulator the dialers change
     * @param clients a new client over a backend that serves {@code ras}, for each watch
     * @param title   what the figures are titled
     */
    public WatchSoak(SimulatedRas ras, Supplier<RasClient> clients, String title) {
        this.ras = ras;
        this.clients = clients;
        this.title = title;
    }

    /** Runs the soak, asserts what it found and writes the figures as {@code <fileName>.md}. */
    public void run(String fileName) throws Exception {
        long seconds = Figures.intProperty("ras4j.soak.seconds", 1);
        Queue<String> failures = EventOrderChecker.failureQueue();
        List<RasWatch> watches = new ArrayList<>();
        List<EventOrderChecker> checkers = new ArrayList<>();
        WatchOptions options = WatchOptions.builder().pollInterval(POLL).bufferSize(1 << 20).build();
        for (int i = 0; i < WATCHERS; i++) {
            RasWatch watch = clients.get().watch(options);
            EventOrderChecker checker = new EventOrderChecker("watch " + i, failures);
            watch.listen(checker);
            watches.add(watch);
            checkers.add(checker);
        }
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService dialers = Executors.newFixedThreadPool(DIALERS);
        List<Future<?>> running = new ArrayList<>();
        for (int d = 0; d < DIALERS; d++) {
            int dialer = d;
            running.add(dialers.submit(() -> churn(dialer, end)));
        }
        for (Future<?> f : running) {
            f.get(seconds + 60, TimeUnit.SECONDS);
        }
        dialers.shutdown();
        ras.hangUpAll();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
        while (checkers.stream().anyMatch(c -> c.present() > 0) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        List<String> notGone = new ArrayList<>();
        for (int i = 0; i < WATCHERS; i++) {
            if (checkers.get(i).present() > 0) {
                notGone.add("watch " + i + ": " + checkers.get(i).present() + " connections never disappeared");
            }
        }
        long elapsed = System.nanoTime() - start;
        watches.forEach(RasWatch::close);
        boolean noThreads = noWatchThreads();
        RasHandle last = ras.connect(RasConnection.builder(RasHandle.NULL, "after").build());
        ras.hangUp(last);   // a change after close: the simulator drops the closed events' registrations

        Figures figures = Figures.titled(title)
                .put("duration", String.format("%.1f s", elapsed / 1e9))
                .put("dialling threads, watches", DIALERS + ", " + WATCHERS)
                .put("changes made", changes.get());
        for (int i = 0; i < WATCHERS; i++) {
            EventOrderChecker c = checkers.get(i);
            figures.put("watch " + i + ": events, connections seen, unseen changes",
                    c.events() + ", " + c.appeared() + ", " + c.unseen());
        }
        figures.put("events out of order", failures.size()).write(fileName);

        assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(failures.size(), 20)), "events out of order");
        assertEquals(List.of(), notGone);
        assertTrue(noThreads, "no watch thread is left after close");
        assertEquals(0, ras.notificationRegistrations(), "no registration is left after close");
        assertTrue(changes.get() > 0, "the dialers made changes");
        assertTrue(checkers.stream().allMatch(c -> c.appeared() > 0), "every watch saw connections");
    }

    /** One dialer: a few connections of its own at a time, each dialled, connected, maybe dropped, hung up. */
    private void churn(int dialer, long end) {
        SplittableRandom random = new SplittableRandom(0x5eed + dialer);
        List<RasHandle> live = new ArrayList<>();
        int made = 0;
        while (System.nanoTime() < end) {
            int pick = random.nextInt(10);
            if (live.size() < MAX_LIVE_PER_DIALER && (live.isEmpty() || pick < 4)) {
                RasConnection c = RasConnection.builder(RasHandle.NULL, "churn-" + dialer + "-" + made++)
                        .deviceType("vpn").deviceName("WAN Miniport (IKEv2)").build();
                RasHandle h = ras.dial(c, ConnectionState.CONNECT_DEVICE);
                ras.advance(h, ConnectionState.AUTHENTICATE);
                if (random.nextInt(4) > 0) {
                    ras.advance(h, ConnectionState.CONNECTED);
                    changes.incrementAndGet();
                }
                live.add(h);
                changes.addAndGet(2);
            } else {
                RasHandle h = live.remove(random.nextInt(live.size()));
                if (random.nextBoolean() && !ras.connection(h).orElseThrow().isDropped()) {
                    ras.drop(h, 629);
                    changes.incrementAndGet();
                }
                ras.hangUp(h);
                changes.incrementAndGet();
            }
            Thread.onSpinWait();
        }
        live.forEach(ras::hangUp);
    }

    private static boolean noWatchThreads() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.isAlive() && t.getName().startsWith("ras4j-watch-"))) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return false;
    }
}
