package org.ras4j.watch;

import java.time.Instant;
import java.util.Objects;
import org.ras4j.RasException;

/**
 * Taking a snapshot failed ({@code RasEnumConnections} or {@code RasGetConnectStatus} returned an
 * error other than {@code ERROR_INVALID_HANDLE}). The watch keeps its last good snapshot and tries
 * again at the next signal or poll; changes are then reported against that snapshot.
 *
 * @param time  when the attempt failed
 * @param error what the backend answered
 */
public record SnapshotFailed(Instant time, RasException error) implements WatchEvent {
    /**
     * Checks the members.
     *
     * @param time  when the attempt failed
     * @param error what the backend answered
     */
    public SnapshotFailed {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(error, "error");
    }

    @Override
    public WatchEventKind kind() {
        return WatchEventKind.SNAPSHOT_FAILED;
    }
}
