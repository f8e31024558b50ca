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
import org.ras4j.RasConnection;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;

/**
 * Decoding the {@code RASCONN} array that {@code RasEnumConnections} leaves in native memory, three
 * ways over the <em>same</em> bytes (newest layout, x64): ras4j's codec on a direct
 * {@link java.nio.ByteBuffer} view, the layout-faithful JNA {@code Structure}
 * ({@code toArray} + read + Java values), and the limit, a bulk copy of those bytes into a
 * {@code byte[]}. Every variant's result is checked equal by the unit tests. {@link #resultFloor()}
 * allocates only the result's objects: the floor for the allocation figures. {@link #knownLengths()}
 * reads the same bytes as the codec but is told where each text ends: what the codec's time over
 * the floor is made of.
 *
 * <p>ABI: x64 only, the ABI of this JVM and of the JNA structures; the codec's x86 path differs
 * by one {@code getInt} for the handle.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class DecodeBenchmark {
    /** Entries in the buffer ({@code *lpcConnections}). */
    @Param({"1", "16", "256", "4096"})
    public int count;

    /** {@code RASCONNA} or {@code RASCONNW}. */
    @Param({"W", "A"})
    public RasCharset charset;

    /**
     * Text member lengths: by default every other entry short, the others maximum-length; run
     * with {@code -p names=SHORT,MAX} to see the two apart.
     */
    @Param({"MIXED"})
    public NameLength names;

    private RasConnCodec codec;
    private NativeEntries entries;
    private byte[] copy;
    private ResultFloor floor;
    private KnownLengthDecoder knownLengths;

    /** Writes the sample connections into native memory, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        codec = RasConnCodec.withAnsiCharset(SampleConnections.ANSI);
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V600, charset, Abi.X64);
        entries = NativeEntries.encode(SampleConnections.of(count, names), layout, codec);
        copy = new byte[entries.byteCount()];
        floor = ResultFloor.of(charset, SampleConnections.ANSI, SampleConnections.of(count, names));
        knownLengths = KnownLengthDecoder.of(entries, SampleConnections.ANSI, SampleConnections.of(count, names));
    }

    /** ras4j: {@code RasConnCodec.decode} in place on the direct buffer. */
    @Benchmark
    public List<RasConnection> codec() {
        return codec.decode(entries.buffer(), entries.layout(), count);
    }

    /** Status quo: the layout-faithful JNA {@code Structure}, {@code toArray} + read + values. */
    @Benchmark
    public List<RasConnection> jnaStructure() {
        return charset == RasCharset.W
                ? FaithfulRasConnW.decode(entries.memory(), count)
                : FaithfulRasConnA.decode(entries.memory(), count);
    }

    /** The limit: {@code ByteBuffer.get(byte[])} of the same bytes, nothing decoded. */
    @Benchmark
    public byte[] bulkCopy() {
        entries.buffer().get(0, copy);
        return copy;
    }

    /**
     * The allocation floor: only the result's objects, built from values extracted at setup. Its
     * time is not a decoder's; its bytes per operation are what any decoder must allocate.
     */
    @Benchmark
    public List<RasConnection> resultFloor() {
        return floor.build();
    }

    /**
     * A decoder told where every text ends: the same reads of native memory and the same result as
     * the codec, without finding the NULs or checking anything. Between the floor and the codec: its
     * time over the floor's is what copying the text out of native memory costs.
     */
    @Benchmark
    public List<RasConnection> knownLengths() {
        return knownLengths.decode();
    }

    /** The codec used by {@link #codec()}; for the equal-work tests. */
    public RasConnCodec codecInUse() {
        return codec;
    }

    /** The native entries every variant reads; for the equal-work tests. */
    public NativeEntries entries() {
        return entries;
    }
}
