package org.ras4j.bench;

import java.nio.ByteBuffer;
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
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;

/**
 * What the memory adds to any reader of {@link DecodeBenchmark}'s bytes: one pass that reads every
 * eight-byte word of the same native entries (the same direct buffer, at the same counts) and
 * writes nothing. Its growth per entry from 16 to 4096 entries is the memory's share of the
 * codec's growth; {@link DecodeBenchmark#bulkCopy()} is no such reference, as it also writes as
 * many bytes into a {@code byte[]} of the same size. Only the two counts the growth is taken
 * between are measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class EntryReadBenchmark {
    /** Entries in the buffer: the two ends of the growth {@code RESULTS.md} reports. */
    @Param({"16", "4096"})
    public int count;

    /** {@code RASCONNA} or {@code RASCONNW}. */
    @Param({"W", "A"})
    public RasCharset charset;

    /** Text member lengths, as in {@link DecodeBenchmark}. */
    @Param({"MIXED"})
    public NameLength names;

    private NativeEntries entries;

    /** Writes the sample connections into native memory, once per trial, as {@link DecodeBenchmark} does. */
    @Setup(Level.Trial)
    public void setUp() {
        RasConnCodec codec = RasConnCodec.withAnsiCharset(SampleConnections.ANSI);
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V600, charset, Abi.X64);
        entries = NativeEntries.encode(SampleConnections.of(count, names), layout, codec);
    }

    /** Every byte of the entries read once, eight at a time, folded into one value; nothing written. */
    @Benchmark
    public long readAll() {
        return fold(entries.buffer(), entries.byteCount());
    }

    /** The exclusive or of the little-endian words of {@code [0, bytes)}, the last one zero-padded. */
    static long fold(ByteBuffer buffer, int bytes) {
        long folded = 0;
        int i = 0;
        for (; i <= bytes - Long.BYTES; i += Long.BYTES) {
            folded ^= buffer.getLong(i);
        }
        for (int shift = 0; i < bytes; i++, shift += Byte.SIZE) {
            folded ^= (buffer.get(i) & 0xFFL) << shift;
        }
        return folded;
    }

    /** The native entries read; for the equal-work tests. */
    public NativeEntries entries() {
        return entries;
    }
}
