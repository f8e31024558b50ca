package org.ras4j.cli;

import java.util.Objects;
import java.util.Optional;
import org.ras4j.ConnectionProjection;
import org.ras4j.ConnectionStatistics;
import org.ras4j.RasClient;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.RasHandle;

/**
 * What inspecting one connection reports (docs/contract.md §8): its traffic and what it
 * negotiated, each empty where the backend or the Windows version has none.
 *
 * @param statistics {@code RasGetConnectionStatistics}; empty where the function does not exist (127)
 * @param projection {@code RasGetProjectionInfo} and {@code RasGetProjectionInfoEx}; empty while
 *                   the connection is still being set up (730) or when it vanished meanwhile (6)
 */
record Inspection(Optional<ConnectionStatistics> statistics, Optional<ConnectionProjection> projection) {

    Inspection {
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(projection, "projection");
    }

    /**
     * Asks the client about {@code handle}.
     *
     * @throws RasException for any other error of the backend
     */
    static Inspection of(RasClient client, RasHandle handle) {
        Optional<ConnectionStatistics> statistics;
        try {
            statistics = Optional.of(client.statistics(handle));
        } catch (RasException e) {
            if (e.code() != RasError.ERROR_PROC_NOT_FOUND.code() && e.code() != RasError.ERROR_INVALID_HANDLE.code()) {
                throw e;
            }
            statistics = Optional.empty();
        }
        Optional<ConnectionProjection> projection;
        try {
            projection = Optional.of(client.projection(handle));
        } catch (RasException e) {
            if (e.code() != RasError.ERROR_PROJECTION_NOT_COMPLETE.code()
                    && e.code() != RasError.ERROR_INVALID_HANDLE.code()) {
                throw e;
            }
            projection = Optional.empty();
        }
        return new Inspection(statistics, projection);
    }
}
