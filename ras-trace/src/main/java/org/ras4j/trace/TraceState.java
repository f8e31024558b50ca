package org.ras4j.trace;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ras4j.ConnectionStatistics;
import org.ras4j.ConnectionStatus;
import org.ras4j.IpProjection;
import org.ras4j.Ipv6Projection;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.codec.ProjectionInfoCodec;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasPppIpCodec;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpv6Codec;
import org.ras4j.codec.RasProjection;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.codec.RasStatsCodec;
import org.ras4j.spi.WindowsProfile;

/**
 * The state of the machine a trace shows, decoded from its successful answers: the connections of
 * its best listing and, per handle, the best status, the last statistics and the projections. "Best"
 * is the {@code W} answer over the {@code A} one and the larger structure over the smaller, the later
 * of equals. Answers that do not decode are left out (the checker reports them).
 *
 * @param connections the listed connections, in order
 * @param details     what the trace says about each handle, by its bits
 */
record TraceState(List<RasConnection> connections, Map<Long, Details> details) {

    /**
     * What the trace says about one handle.
     *
     * @param status     its status
     * @param statistics its statistics
     * @param ip         its {@code RASPPPIP}
     * @param ipv6       its {@code RASPPPIPV6}
     * @param info       its {@code RAS_PROJECTION_INFO}
     * @param links      its links: the highest sub-entry {@code RasGetLinkStatistics} answered, at least 1
     */
    record Details(Optional<ConnectionStatus> status, Optional<ConnectionStatistics> statistics,
            Optional<IpProjection> ip, Optional<Ipv6Projection> ipv6, Optional<ProjectionInfo> info, int links) {
        static final Details NONE = new Details(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 1);
    }

    /** {@return what the trace says about {@code handle}} */
    Details of(long handle) {
        return details.getOrDefault(handle, Details.NONE);
    }

    static TraceState of(Trace trace, WindowsProfile profile) {
        Charset ansi = profile.ansiCharset();
        Best<List<RasConnection>> listing = new Best<>();
        Map<Long, Best<ConnectionStatus>> statuses = new HashMap<>();
        Map<Long, Best<ConnectionStatistics>> statistics = new HashMap<>();
        Map<Long, Best<IpProjection>> ips = new HashMap<>();
        Map<Long, Best<Ipv6Projection>> ipv6s = new HashMap<>();
        Map<Long, Best<ProjectionInfo>> infos = new HashMap<>();
        Map<Long, Integer> links = new HashMap<>();
        for (TraceCall call : trace.calls()) {
            CallInput in = call.input();
            CallOutput out = call.output();
            if (out.threw() || out.result() != 0 || out.bytes() == null || in.dwSize() == null) {
                continue;
            }
            long score = (in.charset() == RasCharset.A ? 0 : 1L << 32) + in.dwSize();
            try {
                switch (in.function()) {
                    case ENUM_CONNECTIONS -> {
                        Optional<RasConnLayout> layout = RasConnLayout.forSize(in.dwSize().intValue(), in.charset(),
                                trace.header().abi());
                        if (layout.isPresent() && out.count() != null) {
                            listing.offer(score, RasConnCodec.withAnsiCharset(ansi)
                                    .decode(out.bytes().toBuffer(), layout.get(), out.count().intValue()));
                        }
                    }
                    case CONNECT_STATUS -> RasConnStatusLayout.forSize(in.dwSize().intValue(), in.charset(),
                            trace.header().abi()).ifPresent(l -> best(statuses, in).offer(score,
                                    RasConnStatusCodec.withAnsiCharset(ansi).decode(out.bytes().toBuffer(), l)));
                    case CONNECTION_STATISTICS -> best(statistics, in).offer(0,
                            RasStatsCodec.create().decode(out.bytes().toBuffer()));
                    case LINK_STATISTICS -> links.merge(in.handle(), Math.max(1, in.subEntry()), Math::max);
                    case PROJECTION_INFO -> projection(in, out, ansi, trace, ips, ipv6s, score);
                    case PROJECTION_INFO_EX -> {
                        if (out.lpcb() != null) {
                            best(infos, in).offer(0, ProjectionInfoCodec.create().decode(out.bytes().toBuffer(),
                                    RasProjectionInfoLayout.of(trace.header().abi()), out.lpcb(), in.address()));
                        }
                    }
                    default -> {
                    }
                }
            } catch (RasException | IllegalArgumentException undecodable) {
                // Left out: TraceChecker reports an answer that does not decode.
            }
        }
        Map<Long, Details> details = new HashMap<>();
        for (RasConnection c : listing.value.orElse(List.of())) {
            long h = c.handle().bits();
            details.put(h, new Details(value(statuses, h), value(statistics, h), value(ips, h), value(ipv6s, h),
                    value(infos, h), links.getOrDefault(h, 1)));
        }
        return new TraceState(listing.value.orElse(List.of()), details);
    }

    private static void projection(CallInput in, CallOutput out, Charset ansi, Trace trace,
            Map<Long, Best<IpProjection>> ips, Map<Long, Best<Ipv6Projection>> ipv6s, long score) {
        if (in.projection() == RasProjection.PPP_IP.code()) {
            RasPppIpLayout.forSize(in.dwSize().intValue(), in.charset(), trace.header().abi()).ifPresent(l ->
                    best(ips, in).offer(score, RasPppIpCodec.withAnsiCharset(ansi).decode(out.bytes().toBuffer(), l)));
        } else if (in.projection() == RasProjection.PPP_IPV6.code()) {
            best(ipv6s, in).offer(score, RasPppIpv6Codec.create().decode(out.bytes().toBuffer()));
        }
    }

    private static <T> Best<T> best(Map<Long, Best<T>> map, CallInput in) {
        return map.computeIfAbsent(in.handle(), k -> new Best<>());
    }

    private static <T> Optional<T> value(Map<Long, Best<T>> map, long handle) {
        Best<T> best = map.get(handle);
        return best == null ? Optional.empty() : best.value;
    }

    /** The answer with the highest score so far, the later of equals. */
    private static final class Best<T> {
        private long score = -1;
        private Optional<T> value = Optional.empty();

        void offer(long candidateScore, T candidate) {
            if (candidateScore >= score) {
                score = candidateScore;
                value = Optional.of(candidate);
            }
        }
    }
}
