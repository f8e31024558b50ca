package org.ras4j.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

/**
 * The subscribers of one watch and the latest snapshot: publishes each batch of events to every
 * subscriber's queue, and starts each new subscriber with an {@link InitialState} of the latest
 * snapshot, atomically with respect to publishing, so that no subscriber sees a change twice or
 * misses one between its initial state and its first event.
 */
final class EventHub {
    private final Object lock = new Object();
    private final List<SubscriptionQueue> subscriptions = new ArrayList<>();
    private final int bufferSize;
    private final Executor executor;
    private Snapshot current;
    private boolean completed;

    EventHub(Snapshot initial, int bufferSize, Executor executor) {
        this.current = initial;
        this.bufferSize = bufferSize;
        this.executor = executor;
    }

    /** Adds a subscriber: {@code onSubscribe} now, then its initial state when it requests; completes at once if the hub has. */
    void subscribe(Flow.Subscriber<? super WatchEvent> subscriber) {
        SubscriptionQueue queue = new SubscriptionQueue(subscriber, bufferSize, executor, this::remove);
        synchronized (lock) {
            if (completed) {
                queue.complete();
            } else {
                queue.offer(new InitialState(current));
                subscriptions.add(queue);
            }
        }
        queue.start();
    }

    /** The latest snapshot. */
    Snapshot current() {
        synchronized (lock) {
            return current;
        }
    }

    /** Makes {@code snapshot} (if not {@code null}) the latest and queues {@code events} for every subscriber. */
    void publish(Snapshot snapshot, List<WatchEvent> events) {
        List<SubscriptionQueue> targets;
        synchronized (lock) {
            if (completed) {
                return;
            }
            if (snapshot != null) {
                current = snapshot;
            }
            if (events.isEmpty()) {
                return;
            }
            for (SubscriptionQueue queue : subscriptions) {
                for (WatchEvent event : events) {
                    queue.offer(event);
                }
            }
            targets = new ArrayList<>(subscriptions);
        }
        targets.forEach(SubscriptionQueue::drain);
    }

    /** No more events: each subscriber gets what is queued for it, then {@code onComplete}. */
    void complete() {
        List<SubscriptionQueue> targets;
        synchronized (lock) {
            if (completed) {
                return;
            }
            completed = true;
            targets = new ArrayList<>(subscriptions);
            subscriptions.clear();
        }
        for (SubscriptionQueue queue : targets) {
            queue.complete();
            queue.drain();
        }
    }

    /** How many subscribers are attached. */
    int subscribers() {
        synchronized (lock) {
            return subscriptions.size();
        }
    }

    private void remove(SubscriptionQueue queue) {
        synchronized (lock) {
            subscriptions.remove(queue);
        }
    }
}
