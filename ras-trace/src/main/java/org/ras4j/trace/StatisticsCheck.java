package org.ras4j.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ras4j.ConnectionStatistics;
import org.ras4j.RasException;
import org.ras4j.codec.RasStatsCodec;

/**
 * docs/contract.md C-STATS-04 across calls: a single-link connection (its sub-entry 2 answers an error)
 * has link 1, whose counters are the connection's; as the counters only grow, the connection's bytes and
 * frames sent and received at one call are at most link 1's at a later call.
 */
final class StatisticsCheck {
    private final List<Finding> findings;
    private final Map<Long, TraceCall> lastConnection = new HashMap<>();
    private final Map<Long, Boolean> singleLink = new HashMap<>();
    private final List<TraceCall[]> pairs = new ArrayList<>();

    StatisticsCheck(List<Finding> findings) {
        this.findings = findings;
    }

    void check(TraceCall call) {
        CallInput in = call.input();
        boolean ok = call.output().result() == 0 && call.output().bytes() != null && in.dwSize() != null
                && call.output().bytes().length() >= in.dwSize();
        if (in.function() == TraceFunction.CONNECTION_STATISTICS && ok) {
            lastConnection.put(in.handle(), call);
        } else if (in.function() == TraceFunction.LINK_STATISTICS && in.subEntry() == 2) {
            singleLink.put(in.handle(), call.output().result() != 0);
        } else if (in.function() == TraceFunction.LINK_STATISTICS && in.subEntry() == 1 && ok
                && lastConnection.containsKey(in.handle())) {
            pairs.add(new TraceCall[] {lastConnection.get(in.handle()), call});
        }
    }

    void crossCheck() {
        RasStatsCodec codec = RasStatsCodec.create();
        for (TraceCall[] pair : pairs) {
            if (!Boolean.TRUE.equals(singleLink.get(pair[0].input().handle()))) {
                continue;
            }
            ConnectionStatistics connection;
            ConnectionStatistics link;
            try {
                connection = codec.decode(pair[0].output().bytes().toBuffer());
                link = codec.decode(pair[1].output().bytes().toBuffer());
            } catch (RasException | IllegalArgumentException undecodable) {
                continue;
            }
            long[] c = {connection.bytesSent(), connection.bytesReceived(), connection.framesSent(),
                    connection.framesReceived()};
            long[] l = {link.bytesSent(), link.bytesReceived(), link.framesSent(), link.framesReceived()};
            String[] names = {"dwBytesXmited", "dwBytesRcved", "dwFramesXmited", "dwFramesRcved"};
            for (int i = 0; i < c.length; i++) {
                if (c[i] > l[i]) {
                    findings.add(new Finding(pair[0].line(), "C-STATS-04", "RasGetConnectionStatistics: "
                            + names[i] + " " + c[i] + " of a single-link connection is more than link 1's " + l[i]
                            + " at line " + pair[1].line() + ", later: the link's counters are the connection's"));
                    break;
                }
            }
        }
    }
}
