package org.ras4j.watch;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One subscriber's {@link Flow.Subscription}: a bounded queue of events the watch offers without
 * ever waiting, delivered on the executor as the subscriber's demand allows, one at a time and in
 * order (the Reactive Streams rules of {@code java.util.concurrent.Flow}).
 *
 * <p>When the queue is full an offered event is not queued but counted; the subscriber then gets
 * one {@link EventsMissed} where those events would have been: before the next event that finds
 * room, or as soon as the queue is empty, or before {@code onComplete}. So a slow subscriber costs
 * the watch nothing and is told what it missed.
 */
final class SubscriptionQueue implements Flow.Subscription {
    private final Flow.Subscriber<? super WatchEvent> subscriber;
    private final int capacity;
    private final Executor executor;
    private final Consumer<SubscriptionQueue> onCancel;
    private final AtomicInteger wip = new AtomicInteger();

    // Guarded by this.
    private final ArrayDeque<WatchEvent> queue = new ArrayDeque<>();
    private long demand;
    private long missed;
    private Instant firstMissed;
    private Instant lastMissed;
    private boolean completed;
    private IllegalArgumentException badRequest;

    private volatile boolean started;
    private volatile boolean done;

    SubscriptionQueue(Flow.Subscriber<? super WatchEvent> subscriber, int capacity, Executor executor,
                      Consumer<SubscriptionQueue> onCancel) {
        this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
        this.capacity = capacity;
        this.executor = executor;
        this.onCancel = onCancel;
    }

    /** Queues {@code event}, or counts it as missed when the queue is full. Never blocks. */
    synchronized void offer(WatchEvent event) {
        if (done || completed) {
            return;
        }
        if (queue.size() >= capacity) {
            if (missed++ == 0) {
                firstMissed = event.time();
            }
            lastMissed = event.time();
            return;
        }
        flushMissed();
        queue.add(event);
    }

    /** No more events: the queued ones, then {@code onComplete}. */
    synchronized void complete() {
        completed = true;
    }

    /** Calls {@code onSubscribe}, then delivers what is queued as demand comes. */
    void start() {
        try {
            subscriber.onSubscribe(this);
        } catch (RuntimeException broken) {
            cancel();
            return;
        }
        started = true;
        drain();
    }

    @Override
    public void request(long n) {
        synchronized (this) {
            if (n <= 0) {
                badRequest = new IllegalArgumentException("Flow.Subscription.request(" + n + "): n must be positive"
                        + " (Reactive Streams rule 3.9)");
            } else {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
        }
        drain();
    }

    @Override
    public void cancel() {
        done = true;
        synchronized (this) {
            queue.clear();
        }
        onCancel.accept(this);
    }

    /** Whether it was cancelled or has completed. */
    boolean isDone() {
        return done;
    }

    /** Schedules a delivery run unless one is running; the run goes on until nothing is deliverable. */
    void drain() {
        if (wip.getAndIncrement() != 0) {
            return;
        }
        try {
            executor.execute(this::deliver);
        } catch (RejectedExecutionException closing) {
            wip.set(0);
        }
    }

    private void deliver() {
        int runs = 1;
        do {
            deliverWhilePossible();
            runs = wip.addAndGet(-runs);
        } while (runs != 0);
    }

    private void deliverWhilePossible() {
        while (started && !done) {
            WatchEvent next;
            IllegalArgumentException error;
            boolean finish = false;
            synchronized (this) {
                error = badRequest;
                next = null;
                if (error == null) {
                    if (queue.isEmpty()) {
                        flushMissed();
                    }
                    if (!queue.isEmpty() && demand > 0) {
                        next = queue.poll();
                        demand--;
                    } else if (queue.isEmpty() && completed) {
                        finish = true;
                    } else {
                        return;
                    }
                }
            }
            if (error != null) {
                cancel();
                subscriber.onError(error);
                return;
            }
            if (finish) {
                done = true;
                onCancel.accept(this);
                subscriber.onComplete();
                return;
            }
            try {
                subscriber.onNext(next);
            } catch (RuntimeException broken) {
                cancel(); // rule 2.13: a subscriber that throws is cancelled
                return;
            }
        }
    }

    /** Turns the count of missed events into one {@link EventsMissed} at the end of the queue. */
    private void flushMissed() {
        if (missed > 0) {
            queue.add(new EventsMissed(firstMissed, missed, lastMissed));
            missed = 0;
            firstMissed = null;
            lastMissed = null;
        }
    }
}
