package org.ras4j.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-iteration totals that JMH reports next to the time ({@code @AuxCounters} events): the
 * backend calls and the {@code connections()} calls of one iteration. Their quotient is the
 * backend calls per enumeration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CallCounters {
    /** {@code RasEnumConnections} calls the backend served in this iteration. */
    public long backendCalls;
    /** {@code RasClient.connections()} calls made in this iteration. */
    public long enumerations;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
        backendCalls = 0;
        enumerations = 0;
    }
}
