package org.ras4j.watch;

import java.util.Objects;
import java.util.concurrent.Flow;

/** A {@link WatchListener} as a subscriber with unbounded demand; what it throws goes to the uncaught-exception handler. */
final class ListenerSubscriber implements Flow.Subscriber<WatchEvent> {
    private final WatchListener listener;
    private volatile Flow.Subscription subscription;

    ListenerSubscriber(WatchListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The subscription, once {@link #onSubscribe} was called. */
    Flow.Subscription subscription() {
        return subscription;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
        subscription = value;
        value.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(WatchEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException failure) {
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
        }
    }

    @Override
    public void onError(Throwable failure) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
    }

    @Override
    public void onComplete() {
    }
}
