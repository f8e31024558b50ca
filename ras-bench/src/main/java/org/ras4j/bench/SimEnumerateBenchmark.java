package org.ras4j.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimFunction;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/**
 * {@code RasClient.connections()} over {@code SimulatedRas} (Windows 10 x64, the newest
 * {@code RASCONN}), in steady state (one client, reused: it remembers the version and buffer size
 * that worked, so one backend call should do) and cold (a new client per call: size growth from one
 * entry and a new direct buffer). The simulator's own call count, per {@code connections()}, is
 * reported through {@link CallCounters}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class SimEnumerateBenchmark {
    /** Connections the simulator lists. */
    @Param({"1", "16", "256", "4096"})
    public int count;

    /** {@code RasEnumConnectionsA} or {@code W}. */
    @Param({"W", "A"})
    public RasCharset charset;

    private SimulatedRas sim;
    private SimFunction function;
    private RasClient steady;

    /** Connects the sample connections (mixed name lengths) and warms the steady client once. */
    @Setup(Level.Trial)
    public void setUp() {
        WindowsProfile profile = WindowsProfile.windows10x64();
        sim = SimulatedRas.builder(profile).build();
        SampleConnections.of(count, NameLength.MIXED).forEach(sim::connect);
        function = SimFunction.enumConnections(charset);
        steady = newClient();
        steady.connections();
    }

    private RasClient newClient() {
        return RasClient.builder(sim).charset(charset).ansiCharset(sim.profile().ansiCharset()).build();
    }

    /** One reused client: the remembered size and pooled buffer make it one backend call. */
    @Benchmark
    public List<RasConnection> steadyState(CallCounters counters) {
        long before = sim.callCount(function);
        List<RasConnection> connections = steady.connections();
        counters.backendCalls += sim.callCount(function) - before;
        counters.enumerations++;
        return connections;
    }

    /** A new client per call: what a program that creates a client for each question pays. */
    @Benchmark
    public List<RasConnection> cold(CallCounters counters) {
        long before = sim.callCount(function);
        List<RasConnection> connections = newClient().connections();
        counters.backendCalls += sim.callCount(function) - before;
        counters.enumerations++;
        return connections;
    }

    /** The simulator, for the equal-work tests. */
    public SimulatedRas simulator() {
        return sim;
    }
}
