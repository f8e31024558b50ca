package org.ras4j.watch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.ras4j.RasException;

/** A {@link SnapshotSource} whose listing a test sets, with scripted failures and a count of snapshots taken. */
final class ScriptedSource implements SnapshotSource {
    private final AtomicInteger takes = new AtomicInteger();
    private final Queue<RuntimeException> failures = new ArrayDeque<>();
    private final List<String> log;
    private volatile List<Snapshot.Entry> entries = List.of();

    ScriptedSource() {
        this(new ArrayList<>());
    }

    /** A source that appends "snapshot" to {@code log} at each snapshot. */
    ScriptedSource(List<String> log) {
        this.log = log;
    }

    void set(Snapshot.Entry... now) {
        entries = List.of(now);
    }

    void set(List<Snapshot.Entry> now) {
        entries = List.copyOf(now);
    }

    synchronized void failNext(RuntimeException failure) {
        failures.add(failure);
    }

    int takes() {
        return takes.get();
    }

    @Override
    public List<Snapshot.Entry> take() {
        takes.incrementAndGet();
        synchronized (this) {
            log.add("snapshot");
            RuntimeException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
        }
        return entries;
    }

    static RasException notEnoughMemory() {
        return new RasException(8, "RasEnumConnectionsW");
    }
}
