package org.ras4j.sim;

import java.util.Objects;
import java.util.Optional;

/**
 * What a simulated connection reports when inspected: the clock readings at which it connected and
 * at which its line dropped ({@link #NEVER} until then), its scripted {@link Traffic} and what it
 * {@link Negotiation negotiated}. Immutable; a change makes a new one.
 */
record Inspection(long connectedAt, long endedAt, Traffic traffic, Optional<Negotiation> negotiation) {
    /** A clock reading that has not happened. */
    static final long NEVER = -1;

    /** Not connected yet, no traffic, nothing negotiated. */
    static final Inspection NONE = new Inspection(NEVER, NEVER, Traffic.NONE, Optional.empty());

    Inspection {
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(negotiation, "negotiation");
    }

    Inspection connected(long now) {
        return new Inspection(now, NEVER, traffic, negotiation);
    }

    Inspection ended(long now) {
        return new Inspection(connectedAt, connectedAt == NEVER ? NEVER : now, traffic, negotiation);
    }

    Inspection withTraffic(Traffic value) {
        return new Inspection(connectedAt, endedAt, value, negotiation);
    }

    Inspection withNegotiation(Negotiation value) {
        return new Inspection(connectedAt, endedAt, traffic, Optional.of(value));
    }

    /** How long it has been connected at {@code now}: 0 before it connected, frozen once its line dropped. */
    long connectedMillis(long now) {
        if (connectedAt == NEVER) {
            return 0;
        }
        return Math.max(0, (endedAt == NEVER ? now : endedAt) - connectedAt);
    }
}
