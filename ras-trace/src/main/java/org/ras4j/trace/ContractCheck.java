package org.ras4j.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.codec.ProjectionInfoCodec;
import org.ras4j.codec.RasPppIpCodec;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpv6Layout;
import org.ras4j.codec.RasProjection;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.codec.RasStatsLayout;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.WindowsProfile;

/**
 * Checks each recorded answer on its own against the rules of docs/contract.md for the trace's
 * Windows profile, citing the rule each finding breaks. Listings are {@link EnumCheck}'s; this class
 * has the general rules and the status, statistics and projection functions.
 */
final class ContractCheck {
    private static final long ERROR_INVALID_HANDLE = RasError.ERROR_INVALID_HANDLE.code();
    private static final long ERROR_INVALID_PARAMETER = RasError.ERROR_INVALID_PARAMETER.code();
    private static final long ERROR_PROC_NOT_FOUND = RasError.ERROR_PROC_NOT_FOUND.code();
    private static final long ERROR_BUFFER_TOO_SMALL = RasError.ERROR_BUFFER_TOO_SMALL.code();
    private static final long ERROR_INVALID_SIZE = RasError.ERROR_INVALID_SIZE.code();

    private final WindowsProfile profile;
    private final List<Finding> findings = new ArrayList<>();

    private ContractCheck(WindowsProfile profile) {
        this.profile = profile;
    }

    static List<Finding> check(Trace trace, WindowsProfile profile) {
        ContractCheck check = new ContractCheck(profile);
        if (trace.header().abi() != profile.abi()) {
            check.findings.add(new Finding(1, "C-STRUCT-04", "the trace's ABI is " + trace.header().abi()
                    + " but profile " + profile.id() + " is " + profile.abi()));
            return check.findings;
        }
        EnumCheck enums = new EnumCheck(profile, check.findings);
        BufferCheck buffers = new BufferCheck(check.findings);
        StatusCheck statuses = new StatusCheck(profile, check.findings);
        StatisticsCheck statistics = new StatisticsCheck(check.findings);
        for (TraceCall call : trace.calls()) {
            if (call.output().threw()) {
                check.add(call, "C-ERR-04", "threw " + call.output().thrown() + " instead of returning a Win32 code");
                continue;
            }
            check.general(call);
            buffers.check(call);
            statistics.check(call);
            switch (call.input().function()) {
                case ENUM_CONNECTIONS -> enums.check(call);
                case CONNECT_STATUS -> statuses.check(call);
                case CONNECTION_STATISTICS, LINK_STATISTICS -> check.statistics(call);
                case PROJECTION_INFO -> check.projection(call);
                case PROJECTION_INFO_EX -> check.projectionEx(call);
                case CONNECTION_NOTIFICATION -> check.notification(call);
                default -> throw new IllegalStateException(call.input().function().toString());
            }
        }
        enums.crossCheck();
        buffers.crossCheck();
        statuses.crossCheck(enums.wideEntries());
        statistics.crossCheck();
        return check.findings;
    }

    void add(TraceCall call, String rule, String message) {
        findings.add(Finding.at(call, rule, message));
    }

    /** Nothing is written outside the range; a rejected call writes nothing. */
    private void general(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        String rule = switch (in.function()) {
            case ENUM_CONNECTIONS -> "C-ENUM-05";
            case CONNECT_STATUS -> "C-STAT-02";
            case CONNECTION_STATISTICS, LINK_STATISTICS -> "C-STATS-01";
            case PROJECTION_INFO -> "C-PROJ-04";
            case PROJECTION_INFO_EX -> "C-PROJ-05";
            case CONNECTION_NOTIFICATION -> "C-NOTIFY-07";
        };
        for (TraceRun run : out.outside()) {
            add(call, rule, "wrote " + run.bytes().length() + " bytes at offset " + run.offset() + ", at or past the "
                    + in.writableEnd() + " it may write");
        }
        boolean rejected = out.result() == ERROR_INVALID_SIZE || out.result() == ERROR_INVALID_PARAMETER
                || out.result() == ERROR_INVALID_HANDLE || out.result() == ERROR_PROC_NOT_FOUND
                || out.result() == ERROR_BUFFER_TOO_SMALL && in.function() != TraceFunction.ENUM_CONNECTIONS;
        if (rejected && out.changed()) {
            add(call, in.function() == TraceFunction.ENUM_CONNECTIONS ? "C-ENUM-10" : rule,
                    "answered " + out.result() + " but changed the buffer");
        }
    }

    private void statistics(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        if (!profile.statistics()) {
            if (out.result() != ERROR_PROC_NOT_FOUND) {
                add(call, "C-ERR-05", profile.id() + " has no statistics functions, yet the call answered "
                        + out.result() + " (expected 127)");
            }
            return;
        }
        boolean sizeOk = in.dwSize() != null && in.dwSize() == RasStatsLayout.get().size();
        if (in.function() == TraceFunction.LINK_STATISTICS && in.subEntry() == 0 && out.result() == 0) {
            add(call, "C-STATS-02", "dwSubEntry 0 succeeded (expected E_INVALIDARG: links count from 1)");
        }
        if (!sizeOk && out.result() == 0) {
            add(call, "C-STATS-02", "dwSize " + in.dwSize() + " is not sizeof(RAS_STATS) "
                    + RasStatsLayout.get().size() + ", yet the call succeeded (expected 632)");
        }
    }

    private void projection(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        boolean ipv6 = in.projection() == RasProjection.PPP_IPV6.code();
        if (!ipv6 && in.projection() != RasProjection.PPP_IP.code() || in.dwSize() == null) {
            return;
        }
        Optional<Integer> size = ipv6 ? (profile.pppIpv6() && in.dwSize() == RasPppIpv6Layout.get().size()
                ? Optional.of(RasPppIpv6Layout.get().size()) : Optional.empty())
                : profile.pppIpLayout(in.charset(), in.dwSize().intValue()).map(RasPppIpLayout::size);
        if (size.isEmpty()) {
            if (out.result() == 0) {
                add(call, "C-PROJ-02", "dwSize " + in.dwSize() + " is no accepted structure of projection 0x"
                        + Integer.toHexString(in.projection()) + ", yet the call succeeded (expected 632)");
            }
            return;
        }
        long room = Math.min(in.lpcb() == null ? 0 : in.lpcb(), in.capacity());
        if (out.result() == 0) {
            if (!Long.valueOf(size.get()).equals(out.lpcb())) {
                add(call, "C-PROJ-04", "succeeded with *lpcb " + out.lpcb() + "; the structure is " + size.get());
            }
            if (room < size.get()) {
                add(call, "C-PROJ-04", "succeeded although min(*lpcb, capacity) " + room + " is below dwSize "
                        + size.get() + " (expected 603)");
            } else if (!ipv6) {
                decodeIp(call, profile.pppIpLayout(in.charset(), in.dwSize().intValue()).orElseThrow());
            }
        } else if (out.result() == ERROR_BUFFER_TOO_SMALL && !Long.valueOf(size.get()).equals(out.lpcb())) {
            add(call, "C-PROJ-04", "603 with *lpcb " + out.lpcb() + "; the structure needs " + size.get());
        }
    }

    private void decodeIp(TraceCall call, RasPppIpLayout layout) {
        try {
            RasPppIpCodec.withAnsiCharset(profile.ansiCharset()).decode(call.output().bytes().toBuffer(), layout);
        } catch (RasException undecodable) {
            add(call, "C-PROJ-02", "the RASPPPIP does not decode: " + undecodable.getMessage());
        }
    }

    /**
     * {@code RasConnectionNotification}: 120 where the profile lacks it (C-NOTIFY-01); a registration
     * with a NULL event or no flag is refused (C-NOTIFY-05; the code is open, §7 k: the port answers 87).
     */
    private void notification(TraceCall call) {
        CallInput in = call.input();
        long result = call.output().result();
        if (!profile.connectionNotification()) {
            if (result != ConnectionNotifier.ERROR_CALL_NOT_IMPLEMENTED) {
                add(call, "C-NOTIFY-01", profile.id() + " has no RasConnectionNotification, yet the call answered "
                        + result + " (expected 120)");
            }
            return;
        }
        if (result == 0 && (!in.event() || in.flags() == 0)) {
            add(call, "C-NOTIFY-05", "registered " + (in.event() ? "no flag" : "a NULL event")
                    + " (expected a refusal: 87)");
        }
    }

    private void projectionEx(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        if (!profile.projectionInfoEx()) {
            if (out.result() != ERROR_PROC_NOT_FOUND) {
                add(call, "C-ERR-05", profile.id() + " has no RasGetProjectionInfoEx, yet the call answered "
                        + out.result() + " (expected 127)");
            }
            return;
        }
        if (out.result() != 0 || in.capacity() == null || out.lpcb() == null) {
            return;
        }
        long room = Math.min(in.lpcb(), in.capacity());
        if (out.lpcb() > room) {
            add(call, "C-PROJ-05", "succeeded with *lpdwSize " + out.lpcb() + ", more than the " + room
                    + " bytes it was given");
            return;
        }
        try {
            ProjectionInfoCodec.create().decode(out.bytes().toBuffer(), RasProjectionInfoLayout.of(profile.abi()),
                    out.lpcb(), in.address());
        } catch (RasException undecodable) {
            add(call, "C-PROJ-05", "the RAS_PROJECTION_INFO does not decode: " + undecodable.getMessage());
        }
    }
}
