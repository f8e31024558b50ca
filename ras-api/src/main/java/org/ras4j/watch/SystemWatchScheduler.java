package org.ras4j.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link WatchScheduler#system()}: the system clock, and per watch one daemon thread that waits on
 * the notification event until the next poll is due, plus delivery threads of its own.
 */
final class SystemWatchScheduler extends WatchScheduler {
    static final SystemWatchScheduler INSTANCE = new SystemWatchScheduler();
    /** Every thread name starts with this. */
    static final String THREAD_PREFIX = "ras4j-watch-";

    private static final AtomicLong WATCHES = new AtomicLong();

    private SystemWatchScheduler() {
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    Drive newDrive() {
        return new ThreadDrive(WATCHES.incrementAndGet());
    }

    @Override
    public String toString() {
        return "WatchScheduler.system()";
    }

    /** One watch's waiting thread and delivery threads. */
    private static final class ThreadDrive implements Drive {
        private final long id;
        private final Set<Thread> deliveryThreads = ConcurrentHashMap.newKeySet();
        private final ThreadPoolExecutor delivery;
        private final AtomicLong deliveryCount = new AtomicLong();
        private volatile Thread loopThread;

        ThreadDrive(long id) {
            this.id = id;
            this.delivery = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.SECONDS, new SynchronousQueue<>(),
                    runnable -> {
                        Thread thread = new Thread(() -> {
                            try {
                                runnable.run();
                            } finally {
                                deliveryThreads.remove(Thread.currentThread());
                            }
                        }, THREAD_PREFIX + id + "-delivery-" + deliveryCount.incrementAndGet());
                        thread.setDaemon(true);
                        deliveryThreads.add(thread);
                        return thread;
                    });
        }

        @Override
        public Executor delivery() {
            return delivery;
        }

        @Override
        public void start(WatchLoop loop) {
            Thread thread = new Thread(() -> run(loop), THREAD_PREFIX + id);
            thread.setDaemon(true);
            loopThread = thread;
            thread.start();
        }

        /** Waits on the event until the next poll is due; acts on a signal or on the time, until closed. */
        private static void run(WatchLoop loop) {
            while (!loop.isClosed()) {
                Duration untilPoll = Duration.between(Instant.now(), loop.nextPoll());
                boolean signalled;
                try {
                    signalled = loop.event().await(untilPoll.isNegative() ? Duration.ZERO : untilPoll);
                } catch (InterruptedException interrupted) {
                    return;
                }
                if (loop.isClosed()) {
                    return;
                }
                if (signalled) {
                    loop.signalled();
                } else if (!Instant.now().isBefore(loop.nextPoll())) {
                    loop.pollDue();
                }
            }
        }

        @Override
        public void stopLoop(Duration timeout) {
            Thread thread = loopThread;
            if (thread == null || thread == Thread.currentThread()) {
                return;
            }
            try {
                thread.join(Math.max(1, timeout.toMillis()));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void stopDelivery(Duration timeout) {
            delivery.shutdown();
            if (deliveryThreads.contains(Thread.currentThread())) {
                return; // closed by a subscriber: its own thread ends when it returns
            }
            try {
                delivery.awaitTermination(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
