package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;

/**
 * This subscriber did not keep up: its buffer ({@link WatchOptions#bufferSize()}) was full, so
 * {@code count} events were not queued for it. It comes where they would have come, before the
 * next event it does get (or before {@code onComplete}). The other subscribers and the RAS calls
 * are not held up by a slow one. {@link RasWatch#current()} gives the state now, to start again.
 *
 * @param time        when the first missed event happened
 * @param count       how many events were missed
 * @param lastMissed  when the last missed event happened
 */
public record EventsMissed(Instant time, long count, Instant lastMissed) implements WatchEvent {
    /**
     * Checks the members.
     *
     * @param time        when the first missed event happened
     * @param count       how many events were missed
     * @param lastMissed  when the last missed event happened
     */
    public EventsMissed {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(lastMissed, "lastMissed");
        if (count < 1) {
            throw new IllegalArgumentException("at least one event is missed: " + count);
        }
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.EVENTS_MISSED;
    }
}
