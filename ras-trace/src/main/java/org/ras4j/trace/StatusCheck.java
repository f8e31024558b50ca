package org.ras4j.trace;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ras4j.RasError;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusField;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.spi.WindowsProfile;

/**
 * The rules of {@code RasGetConnectStatus} (docs/contract.md §3) applied to each recorded status, and
 * across calls: a connection the trace lists answers 632 to a structure its Windows does not accept
 * (C-STAT-01); its device is the listing's (C-STAT-06); a connection listed as {@code .} and a number
 * reports that number as {@code szPhoneNumber} (C-ENUM-15); where the profile lists only connected
 * connections, no listed one is dialling (C-ENUM-16).
 */
final class StatusCheck {
    private static final long ERROR_INVALID_HANDLE = RasError.ERROR_INVALID_HANDLE.code();
    private static final long ERROR_INVALID_SIZE = RasError.ERROR_INVALID_SIZE.code();

    private final WindowsProfile profile;
    private final List<Finding> findings;
    /** The calls whose structure the profile does not accept, judged once the listed handles are known. */
    private final List<TraceCall> refused = new ArrayList<>();
    /** The successful statuses, decoded. */
    private final List<Decoded> decoded = new ArrayList<>();

    private record Decoded(TraceCall call, RasConnStatusLayout layout, ConnectionStatus status) {
    }

    StatusCheck(WindowsProfile profile, List<Finding> findings) {
        this.profile = profile;
        this.findings = findings;
    }

    private void add(TraceCall call, String rule, String message) {
        findings.add(Finding.at(call, rule, message));
    }

    void check(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        Optional<RasConnStatusLayout> layout = in.dwSize() == null ? Optional.empty()
                : profile.statusLayout(in.charset(), in.dwSize().intValue());
        if (layout.isEmpty()) {
            if (out.result() == 0) {
                add(call, "C-STAT-01", (in.capacity() == null ? "a NULL buffer" : "dwSize " + in.dwSize())
                        + " is no RASCONNSTATUS " + profile.id() + " accepts, yet the call succeeded (expected 632)");
            } else {
                refused.add(call);
            }
            return;
        }
        if (out.result() == ERROR_INVALID_SIZE) {
            add(call, "C-STAT-01", "answered 632 for dwSize " + in.dwSize() + ", a " + layout.get() + " that "
                    + profile.id() + " accepts");
        }
        if (in.handle() == 0 && in.capacity() >= in.dwSize() && out.result() != ERROR_INVALID_HANDLE) {
            add(call, "C-STAT-03", "handle 0 answered " + out.result() + " (expected 6)");
        }
        if (out.result() == 0 && in.capacity() >= in.dwSize()) {
            try {
                decoded.add(new Decoded(call, layout.get(), RasConnStatusCodec.withAnsiCharset(profile.ansiCharset())
                        .decode(out.bytes().toBuffer(), layout.get())));
            } catch (RasException undecodable) {
                add(call, "C-STAT-02", "the status does not decode: " + undecodable.getMessage());
            }
        }
    }

    /**
     * The rules across calls.
     *
     * @param listed the connections the {@code W} listings of the trace report, by handle (newest version)
     */
    void crossCheck(Map<Long, RasConnection> listed) {
        for (TraceCall call : refused) {
            if (listed.containsKey(call.input().handle()) && call.output().result() != ERROR_INVALID_SIZE) {
                add(call, "C-STAT-01", (call.input().capacity() == null ? "a NULL buffer" : "dwSize "
                        + call.input().dwSize()) + " is no RASCONNSTATUS " + profile.id() + " accepts, yet a listed"
                        + " connection answered " + call.output().result() + " (expected 632)");
            }
        }
        for (Decoded d : decoded) {
            RasConnection entry = listed.get(d.call().input().handle());
            if (entry != null) {
                agree(d, entry);
            }
        }
    }

    private void agree(Decoded d, RasConnection entry) {
        RasCharset charset = d.call().input().charset();
        ConnectionState state = d.status().state();
        if (!profile.dialingIsListed() && !state.equals(ConnectionState.CONNECTED)
                && !state.equals(ConnectionState.DISCONNECTED)) {
            add(d.call(), "C-ENUM-16", "a listed connection is still dialling (" + state + "), but "
                    + profile.id() + " lists a connection only once it is connected");
        }
        entry.deviceType().ifPresent(type -> same(d, RasConnStatusField.DEVICE_TYPE, "C-STAT-06", type,
                d.status().deviceType(), "the listing's device type"));
        entry.deviceName().ifPresent(name -> same(d, RasConnStatusField.DEVICE_NAME, "C-STAT-06", name,
                d.status().deviceName(), "the listing's device name"));
        if (entry.entryName().startsWith(".") && d.layout().has(RasConnStatusField.PHONE_NUMBER)
                && charset != null) {
            same(d, RasConnStatusField.PHONE_NUMBER, "C-ENUM-15", entry.entryName().substring(1),
                    d.status().phoneNumber().orElse(""), "the number of the connection listed as \""
                            + entry.entryName() + "\"");
        }
    }

    /** The status's text member is {@code expected} (W text) as the member of the caller's charset holds it. */
    private void same(Decoded d, RasConnStatusField field, String rule, String expected, String actual, String what) {
        RasCharset charset = d.call().input().charset();
        int chars = d.layout().length(field) / charset.charSize() - 1;
        String wanted = expected.length() > chars ? expected.substring(0, chars) : expected;
        if (charset == RasCharset.A) {
            Charset ansi = profile.ansiCharset();
            wanted = new String(wanted.getBytes(ansi), ansi);
        }
        if (!wanted.equals(actual)) {
            add(d.call(), rule, field + " is \"" + actual + "\", not \"" + wanted + "\", " + what);
        }
    }
}
