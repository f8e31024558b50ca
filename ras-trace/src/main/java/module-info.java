/**
 * Capture and replay of a machine's RAS answers, byte for byte: {@link org.ras4j.trace.RecordingBackend}
 * records every call a {@link org.ras4j.spi.RasBackend} answers, {@link org.ras4j.trace.Trace} is the
 * documented trace format (docs/trace-format.md), {@link org.ras4j.trace.ReplayBackend} answers the
 * recorded calls again, {@link org.ras4j.trace.TraceChecker} checks a trace against the contract and the
 * simulator, and {@link org.ras4j.trace.TraceScenario} turns a trace into a simulator state.
 */
module org.ras4j.trace {
    requires transitive org.ras4j.api;
    requires transitive org.ras4j.sim;
    requires com.google.gson;

    exports org.ras4j.trace;
}
