package org.ras4j.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

/** A subscriber that records what it gets and requests only when told. */
class RecordingSubscriber implements Flow.Subscriber<WatchEvent> {
    final List<WatchEvent> events = new ArrayList<>();
    final List<Throwable> errors = new ArrayList<>();
    int completions;
    Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription value) {
        subscription = value;
    }

    @Override
    public void onNext(WatchEvent event) {
        events.add(event);
    }

    @Override
    public void onError(Throwable failure) {
        errors.add(failure);
    }

    @Override
    public void onComplete() {
        completions++;
    }

    void request(long n) {
        subscription.request(n);
    }

    List<WatchEventKind> kinds() {
        return events.stream().map(WatchEvent::kind).toList();
    }
}
