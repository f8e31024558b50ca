package org.ras4j.bench;

import com.sun.jna.Memory;
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
import org.ras4j.RasConnection;

/**
 * jna-platform's own {@code WinRas.RASCONN} ({@code toArray} + read + Java values), read from
 * memory of its <em>own</em> size and layout: on Linux its {@code char[]} members are 4-byte
 * {@code wchar_t}s, so it cannot read {@code ras.h}'s bytes (see {@link PlatformRasConn}). Only
 * the {@code W} flavour exists in jna-platform. Compare per entry with
 * {@link DecodeBenchmark#codec()} at {@code charset=W}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class PlatformRasConnBenchmark {
    /** Entries in the buffer. */
    @Param({"1", "16", "256", "4096"})
    public int count;

    /**
     * Text member lengths: by default every other entry short, the others maximum-length; run
     * with {@code -p names=SHORT,MAX} to see the two apart.
     */
    @Param({"MIXED"})
    public NameLength names;

    private Memory memory;

    /** Writes the sample connections as {@code WinRas.RASCONN}s, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        memory = PlatformRasConn.write(SampleConnections.of(count, names));
    }

    /** Status quo: {@code new WinRas.RASCONN(pointer).toArray(count)} and the values of each. */
    @Benchmark
    public List<RasConnection> platformStructure() {
        return PlatformRasConn.decode(memory, count);
    }
}
