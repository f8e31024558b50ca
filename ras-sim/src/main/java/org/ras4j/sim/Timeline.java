package org.ras4j.sim;

import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The simulator's scripted changes over time: each at an offset from the start of its timeline,
 * applied when the timeline's clock is moved past it ({@link SimulatedRas#advanceTimeTo}), in the
 * order of their offsets, changes at the same offset in the order they were scheduled. The clock
 * moves only when told: a test or the command line decides what "now" is. Thread-safe.
 */
final class Timeline {
    private record Change(Duration at, long order, Consumer<SimulatedRas> change) {
    }

    private final PriorityQueue<Change> pending = new PriorityQueue<>(
            Comparator.comparing(Change::at).thenComparingLong(Change::order));
    private Duration now = Duration.ZERO;
    private long scheduled;

    synchronized void at(Duration offset, Consumer<SimulatedRas> change) {
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(change, "change");
        if (offset.isNegative()) {
            throw new IllegalArgumentException("a timeline starts at 0, not " + offset);
        }
        pending.add(new Change(offset, scheduled++, change));
    }

    /** Moves the clock to {@code time}, never back. */
    synchronized void moveTo(Duration time) {
        Objects.requireNonNull(time, "time");
        if (time.compareTo(now) > 0) {
            now = time;
        }
    }

    /** Takes the first change due by now, if there is one. */
    synchronized Optional<Consumer<SimulatedRas>> takeDue() {
        if (pending.isEmpty() || pending.peek().at().compareTo(now) > 0) {
            return Optional.empty();
        }
        return Optional.of(pending.poll().change());
    }

    synchronized Duration now() {
        return now;
    }

    synchronized Optional<Duration> next() {
        return pending.isEmpty() ? Optional.empty() : Optional.of(pending.peek().at());
    }
}
