package org.ras4j.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
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
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.jna.JnaRasBackend;
import org.ras4j.spi.DwordRef;

/**
 * Enumeration through real native calls: {@code RasClient.connections()} over {@code JnaRasBackend}
 * (steady state) against the plain-JNA {@code Structure} loop of the Windows documentation
 * ({@link PlainJnaEnumeration}), both loading the C stand-in of {@code rasapi32}
 * ({@link StandinRasapi32}), which serves the same prepared entries (mixed name lengths, newest
 * layout, x64: the ABI of this JVM) to both. {@link #backendCall()} is the client's floor: its one
 * backend call alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class JnaEnumerateBenchmark {
    /** Connections the stand-in lists. */
    @Param({"1", "16", "256", "4096"})
    public int count;

    /** {@code RasEnumConnectionsA} or {@code W}. */
    @Param({"W", "A"})
    public RasCharset charset;

    private RasClient client;
    private PlainJnaEnumeration plain;
    private JnaRasBackend backend;
    private RasConnLayout layout;
    private ByteBuffer buffer;

    /** Prepares the entries, points the stand-in at them and warms the client once. */
    @Setup(Level.Trial)
    public void setUp() {
        RasConnLayout layout = RasConnLayout.of(RasConnVersion.V600, charset, Abi.X64);
        NativeEntries entries = NativeEntries.encode(SampleConnections.of(count, NameLength.MIXED), layout,
                RasConnCodec.withAnsiCharset(SampleConnections.ANSI));
        Path library = StandinRasapi32.serve(entries);
        backend = JnaRasBackend.load(library);
        this.layout = layout;
        buffer = ByteBuffer.allocateDirect(Math.max(1, entries.byteCount())).order(ByteOrder.LITTLE_ENDIAN);
        client = RasClient.builder(backend).charset(charset).ansiCharset(SampleConnections.ANSI).build();
        client.connections();
        plain = PlainJnaEnumeration.load(library, charset);
    }

    /** ras4j: one reused client over the JNA backend. */
    @Benchmark
    public List<RasConnection> client() {
        return client.connections();
    }

    /**
     * The floor of {@code client()}: the one backend call alone (JNA down-call, the stand-in's
     * callback, the copy of the entries), nothing decoded. On Windows there is no callback.
     *
     * @return the Win32 code plus {@code *lpcConnections}, so that nothing is optimised away
     */
    @Benchmark
    public int backendCall() {
        buffer.putInt(0, layout.size());
        DwordRef lpcb = DwordRef.of(buffer.capacity());
        DwordRef lpcConnections = DwordRef.of(0);
        return backend.enumConnections(charset, buffer, lpcb, lpcConnections) + lpcConnections.get();
    }

    /** Status quo: the documented two calls with a JNA {@code Structure} array. */
    @Benchmark
    public List<RasConnection> plainJna() {
        return plain.connections();
    }
}
