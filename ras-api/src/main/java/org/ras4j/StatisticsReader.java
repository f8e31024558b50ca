package org.ras4j;

import java.nio.ByteBuffer;
import org.ras4j.codec.RasStatsCodec;
import org.ras4j.codec.RasStatsLayout;
import org.ras4j.spi.RasBackend;

/**
 * {@code RasGetConnectionStatistics} and {@code RasGetLinkStatistics} into a pooled
 * {@code RAS_STATS} (docs/contract.md §8, C-STATS-01, C-CLIENT-05). {@code RAS_STATS} has one
 * version, so a refused {@code dwSize} ({@code ERROR_INVALID_SIZE}, or {@code E_INVALIDARG} as the
 * functions document it) leaves no older one to try: it is a {@link RasException} like every other
 * error. Thread-safe.
 */
final class StatisticsReader {
    private static final String CONNECTION = "RasGetConnectionStatistics";
    private static final String LINK = "RasGetLinkStatistics";

    private final RasBackend backend;
    private final RasStatsCodec codec = RasStatsCodec.create();
    private final RasStatsLayout layout = RasStatsLayout.get();
    private final BufferPool pool = new BufferPool();

    StatisticsReader(RasBackend backend) {
        this.backend = backend;
    }

    /** The statistics of the connection (or sub-entry) {@code handle}. */
    ConnectionStatistics connection(RasHandle handle) {
        ByteBuffer buffer = pool.borrow(layout.size());
        try {
            buffer.putInt(0, layout.size());
            return decode(backend.getConnectionStatistics(handle, buffer), buffer, CONNECTION, handle);
        } finally {
            pool.giveBack(buffer);
        }
    }

    /** The statistics of link {@code subEntry} (1 for the first) of the connection {@code handle}. */
    ConnectionStatistics link(RasHandle handle, int subEntry) {
        ByteBuffer buffer = pool.borrow(layout.size());
        try {
            buffer.putInt(0, layout.size());
            return decode(backend.getLinkStatistics(handle, subEntry, buffer), buffer, LINK, handle);
        } finally {
            pool.giveBack(buffer);
        }
    }

    private ConnectionStatistics decode(int code, ByteBuffer buffer, String call, RasHandle handle) {
        if (code != RasError.ERROR_SUCCESS.code()) {
            throw new RasException(code, call, "handle " + handle);
        }
        return codec.decode(buffer);
    }
}
