package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import org.ras4j.ConnectionStatistics;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasStatsCodec;
import org.ras4j.codec.RasStatsLayout;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.WindowsProfile;

/**
 * {@code RasGetConnectionStatistics} and {@code RasGetLinkStatistics} against one snapshot, as
 * docs/contract.md §8 says (C-STATS-01..05):
 * <ol>
 *   <li>A profile without the functions (before Windows 2000): {@code ERROR_PROC_NOT_FOUND} (127).</li>
 *   <li>{@code hRasConn} 0, a NULL {@code lpStatistics}, a {@code dwSize} other than
 *       {@code sizeof(RAS_STATS)} (60; a buffer under 4 bytes, or under 60, included, which the
 *       simulator never reads past) or, for a link, {@code dwSubEntry} 0: {@code E_INVALIDARG}, as
 *       the functions document.</li>
 *   <li>A handle that is not live (or any, with the RAS service stopped): {@code ERROR_INVALID_HANDLE} (6).</li>
 *   <li>A link the connection does not have: {@code ERROR_INVALID_PARAMETER} (87); a link hung up:
 *       {@code ERROR_PORT_NOT_CONNECTED} (606) — open points, the simulator's choice.</li>
 *   <li>Otherwise the scripted {@link Traffic} after the time connected: of the connection (for a
 *       multilink one, compression ratios 0, as the SDK says they are per link), or of one link,
 *       which gets an equal share of every counter (the first links one more, so that the links
 *       add up to the connection) and the ratios. A sub-entry's handle gives its link's counters.</li>
 * </ol>
 * Nothing is written when the call fails.
 */
final class StatisticsCall {
    private final WindowsProfile profile;
    private final RasStatsCodec codec = RasStatsCodec.create();
    private final RasStatsLayout layout = RasStatsLayout.get();

    StatisticsCall(WindowsProfile profile) {
        this.profile = profile;
    }

    int connection(SimState state, long now, RasHandle handle, ByteBuffer callers) {
        int refused = validate(handle, callers);
        if (refused != 0) {
            return refused;
        }
        Optional<Conn> owner = state.owner(handle);
        if (owner.isEmpty()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        Conn conn = owner.get();
        if (handle.equals(conn.handle())) {
            return write(connectionStatistics(conn, now), callers);
        }
        return link(conn, now, conn.links().indexOf(conn.link(handle).orElseThrow()) + 1, callers);
    }

    int link(SimState state, long now, RasHandle handle, int subEntry, ByteBuffer callers) {
        int refused = validate(handle, callers);
        if (refused != 0) {
            return refused;
        }
        if (subEntry == 0) {
            return RasError.E_INVALIDARG.code();
        }
        Optional<Conn> owner = state.owner(handle);
        if (owner.isEmpty()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        return link(owner.get(), now, Integer.toUnsignedLong(subEntry), callers);
    }

    private int validate(RasHandle handle, ByteBuffer callers) {
        if (!profile.statistics()) {
            return RasError.ERROR_PROC_NOT_FOUND.code();
        }
        if (handle.isNull() || !Buffers.holdsDwSize(callers) || Buffers.dwSize(callers) != layout.size()
                || callers.capacity() < layout.size()) {
            return RasError.E_INVALIDARG.code();
        }
        return 0;
    }

    private int link(Conn conn, long now, long subEntry, ByteBuffer callers) {
        int links = Math.max(1, conn.links().size());
        if (subEntry > links) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        if (conn.links().isEmpty()) {
            return write(connectionStatistics(conn, now), callers);
        }
        if (!conn.links().get((int) subEntry - 1).up()) {
            return RasError.ERROR_PORT_NOT_CONNECTED.code();
        }
        ConnectionStatistics all = total(conn, now);
        int i = (int) subEntry - 1;
        return write(new ConnectionStatistics(share(all.bytesSent(), links, i), share(all.bytesReceived(), links, i),
                share(all.framesSent(), links, i), share(all.framesReceived(), links, i),
                share(all.crcErrors(), links, i), share(all.timeoutErrors(), links, i),
                share(all.alignmentErrors(), links, i), share(all.hardwareOverrunErrors(), links, i),
                share(all.framingErrors(), links, i), share(all.bufferOverrunErrors(), links, i),
                all.compressionRatioIn(), all.compressionRatioOut(), share(all.bitsPerSecond(), links, i),
                all.connectDuration()), callers);
    }

    private static long share(long total, int links, int index) {
        return total / links + (index < total % links ? 1 : 0);
    }

    private static ConnectionStatistics total(Conn conn, long now) {
        return conn.inspection().traffic().after(conn.inspection().connectedMillis(now));
    }

    private static ConnectionStatistics connectionStatistics(Conn conn, long now) {
        ConnectionStatistics all = total(conn, now);
        if (conn.links().isEmpty()) {
            return all;
        }
        return new ConnectionStatistics(all.bytesSent(), all.bytesReceived(), all.framesSent(), all.framesReceived(),
                all.crcErrors(), all.timeoutErrors(), all.alignmentErrors(), all.hardwareOverrunErrors(),
                all.framingErrors(), all.bufferOverrunErrors(), 0, 0, all.bitsPerSecond(),
                Duration.ofMillis(all.connectDuration().toMillis()));
    }

    private int write(ConnectionStatistics statistics, ByteBuffer callers) {
        codec.encode(statistics, callers);
        return RasError.ERROR_SUCCESS.code();
    }
}
