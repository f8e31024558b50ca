package org.ras4j.bench;

import java.time.Instant;
import java.util.ArrayList;
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
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.watch.Snapshot;
import org.ras4j.watch.SnapshotDiff;
import org.ras4j.watch.WatchEvent;

/**
 * The cost of one {@link SnapshotDiff} of a watch, at 16, 256 and 4096 connections: what every
 * signal and every poll costs beyond the RAS calls. {@code unchanged}: the common case of a poll
 * that finds nothing; {@code oneDropped}: one connection in the middle dropped.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class WatchDiffBenchmark {
    /** Connections in each snapshot. */
    @Param({"16", "256", "4096"})
    public int count;

    private Snapshot before;
    private Snapshot same;
    private Snapshot dropped;

    /** Two snapshots of the sample connections (built anew, as a watch's are), and one with a drop. */
    @Setup(Level.Trial)
    public void setUp() {
        ConnectionStatus up = ConnectionStatus.of(ConnectionState.CONNECTED, 0, "vpn", "WAN Miniport (IKEv2)");
        List<RasConnection> connections = new ArrayList<>();
        long handle = 0x2_0000_0004L;
        for (RasConnection c : SampleConnections.of(count, NameLength.MIXED)) {
            connections.add(c.toBuilder().handle(RasHandle.of(handle)).build());
            handle += 4;
        }
        before = snapshot(connections, up, -1);
        same = snapshot(connections, up, -1);
        dropped = snapshot(connections, up, count / 2);
    }

    private static Snapshot snapshot(List<RasConnection> connections, ConnectionStatus up, int droppedIndex) {
        List<Snapshot.Entry> entries = new ArrayList<>(connections.size());
        for (int i = 0; i < connections.size(); i++) {
            RasConnection copy = connections.get(i).toBuilder().entryName(new String(connections.get(i).entryName())).build();
            entries.add(new Snapshot.Entry(copy, i == droppedIndex
                    ? ConnectionStatus.of(ConnectionState.DISCONNECTED, 629, "vpn", "WAN Miniport (IKEv2)") : up));
        }
        return new Snapshot(Instant.EPOCH, entries);
    }

    /** A poll that finds nothing changed. */
    @Benchmark
    public List<WatchEvent> unchanged() {
        return SnapshotDiff.between(before, same);
    }

    /** A snapshot with one connection dropped: one event. */
    @Benchmark
    public List<WatchEvent> oneDropped() {
        return SnapshotDiff.between(before, dropped);
    }
}
