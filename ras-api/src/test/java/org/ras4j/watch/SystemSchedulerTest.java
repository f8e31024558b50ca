package org.ras4j.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.watch.WatchFixtures.connected;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ras4j.codec.Abi;
import org.ras4j.spi.ConnectionNotifier;

/**
 * {@link WatchScheduler#system()}: a real thread per watch, woken by a signal or by the poll time,
 * delivery on threads of the watch's own, and no thread left after close. Real threads, so every
 * wait is bounded.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SystemSchedulerTest {
    private static final long WAIT_SECONDS = 10;

    private static List<Thread> watchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(SystemWatchScheduler.THREAD_PREFIX)).toList();
    }

    private static boolean noWatchThreads() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!watchThreads().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.onSpinWait();
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return true;
    }

    @Test
    @DisplayName("a signal wakes the watch long before its poll is due; events arrive on its delivery thread")
    void signalWakesTheThread() throws InterruptedException {
        ScriptedSource source = new ScriptedSource();
        FakeNotifier notifier = new FakeNotifier();
        WatchOptions options = WatchOptions.builder().pollInterval(Duration.ofHours(1)).build();
        BlockingQueue<WatchEvent> events = new LinkedBlockingQueue<>();
        BlockingQueue<String> threads = new LinkedBlockingQueue<>();
        try (RasWatch watch = RasWatch.start(source, Optional.of(notifier), ConnectionNotifier.allConnections(Abi.X64),
                options)) {
            watch.listen(e -> {
                threads.add(Thread.currentThread().getName());
                events.add(e);
            });
            assertEquals(WatchEventKind.INITIAL, events.poll(WAIT_SECONDS, TimeUnit.SECONDS).kind());
            source.set(connected(4, "a"));
            notifier.signal();
            WatchEvent appeared = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(appeared instanceof Appeared, String.valueOf(appeared));
            assertTrue(threads.take().matches("ras4j-watch-\\d+-delivery-\\d+"), threads.toString());
            List<Thread> open = watchThreads();
            assertTrue(open.stream().anyMatch(t -> t.getName().matches("ras4j-watch-\\d+")), open.toString());
        }
        assertTrue(noWatchThreads(), () -> "threads left after close: " + watchThreads());
    }

    @Test
    @DisplayName("a listener that blocks holds up neither the RAS calls nor another subscriber")
    void slowListenerBlocksNothing() throws InterruptedException {
        ScriptedSource source = new ScriptedSource();
        WatchOptions options = WatchOptions.builder().pollInterval(Duration.ofMillis(5)).bufferSize(8).build();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        BlockingQueue<WatchEvent> other = new LinkedBlockingQueue<>();
        try (RasWatch watch = RasWatch.start(source, Optional.empty(), ConnectionNotifier.allConnections(Abi.X64),
                options)) {
            watch.listen(e -> {
                blocked.countDown();
                try {
                    release.await(WAIT_SECONDS * 3, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            });
            watch.listen(other::add);
            assertTrue(blocked.await(WAIT_SECONDS, TimeUnit.SECONDS));
            int takes = source.takes();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            int round = 0;
            while (other.stream().filter(e -> e instanceof Appeared).count() < 20 && System.nanoTime() < deadline) {
                source.set(connected(4L * (++round), "c" + round));
                TimeUnit.MILLISECONDS.sleep(10);
            }
            assertTrue(source.takes() > takes + 10, "snapshots went on: " + takes + " then " + source.takes());
            assertTrue(other.stream().filter(e -> e instanceof Appeared).count() >= 20, other.toString());
            release.countDown();
        }
        assertTrue(noWatchThreads(), () -> "threads left after close: " + watchThreads());
    }
}
