package org.ras4j.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ras4j.RasHandle;
import org.ras4j.cli.Ras4j;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.sim.SimConnection;
import org.ras4j.sim.SimulatedRas;

/**
 * {@code ras4j list --scenario <file>} over large legal scenarios ({@link ScalingScenario}), from
 * 1,000 to 60,000 connections: the whole command as {@code Ras4j.run} runs it (read and parse the
 * file, set up the simulator, {@code RasEnumConnections}, one {@code RasGetConnectStatus} per row,
 * the table and the notes, printed to a writer that discards them), and one
 * {@code RasGetConnectStatusW} of the last connection alone. The time per connection of the
 * first, and the time of the second, should not grow with the number of connections.
 *
 * <p>Not part of {@code run.sh}'s suite (it takes minutes and has its own report): run it with
 * {@code ras-bench/scaling.sh}, which writes {@code SCALING.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ListScalingBenchmark {
    /** Connections in the scenario. */
    @Param({"1000", "3000", "10000", "30000", "60000"})
    public int connections;

    private Path scenario;
    private String[] args;
    private SimulatedRas simulator;
    private RasHandle last;
    private ByteBuffer status;
    private final PrintWriter discard = new PrintWriter(Writer.nullWriter());

    /** Writes the scenario file, checks that the command lists it, and sets up the status call. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        scenario = ScalingScenario.write(connections);
        args = new String[] {"list", "--scenario", scenario.toString()};
        StringWriter err = new StringWriter();
        int code = Ras4j.run(args, discard, new PrintWriter(err));
        if (code != Ras4j.OK) {
            throw new IllegalStateException("ras4j list failed with " + code + ": " + err);
        }
        simulator = ScalingScenario.simulator(connections);
        List<SimConnection> all = simulator.connections();
        last = all.get(all.size() - 1).handle();
        RasConnStatusLayout layout = RasConnStatusLayout.newest(RasCharset.W, simulator.abi());
        status = ByteBuffer.allocateDirect(layout.size()).order(ByteOrder.LITTLE_ENDIAN);
        status.putInt(0, layout.size());
    }

    /** The whole {@code ras4j list --scenario <file>}; its exit code. */
    @Benchmark
    public int list() {
        return Ras4j.run(args, discard, discard);
    }

    /** One {@code RasGetConnectStatusW} of the last of the simulator's connections; its return code. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public int statusOfLast() {
        status.putInt(0, status.capacity());
        return simulator.getConnectStatus(RasCharset.W, last, status);
    }

    /** What {@code ras4j list} prints over this benchmark's scenario, for the equal-work test. */
    public String listOutput() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Ras4j.run(args, new PrintWriter(out), new PrintWriter(err));
        if (code != Ras4j.OK) {
            throw new IllegalStateException("ras4j list failed with " + code + ": " + err);
        }
        return out.toString();
    }

    /** The simulator of the status benchmark. */
    public SimulatedRas simulator() {
        return simulator;
    }
}
