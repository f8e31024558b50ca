/**
 * ras4j's JMH benchmarks: the codec and the client against the JNA {@code Structure} status quo,
 * and the {@code ras4j list} command over large scenarios.
 * Run from the shaded {@code benchmarks.jar} (class path); the descriptor keeps the sources honest
 * about what they use. JNA reads the baselines' {@code Structure} fields reflectively, hence the
 * {@code opens}.
 */
module org.ras4j.bench {
    requires org.ras4j.api;
    requires org.ras4j.sim;
    requires org.ras4j.jna;
    requires org.ras4j.cli;
    requires com.sun.jna;
    requires com.sun.jna.platform;
    requires jmh.core;
    requires java.management;

    exports org.ras4j.bench;
    exports org.ras4j.bench.report;
    opens org.ras4j.bench to com.sun.jna;
}
