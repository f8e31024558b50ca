package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ras4j.RasError;
import org.ras4j.RasClient;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.AnsiCodePage;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * Records the fixed sequence of calls {@code ras4j capture} makes (docs/trace-format.md, "The capture
 * sequence"), in this order, {@code A} before {@code W} each time; every buffer holds {@code dwSize} at
 * byte 0 and {@link CallBuffer#CANARY} in every other byte, and is {@value #GUARD} bytes larger than its
 * {@code *lpcb} (or {@code dwSize}), every {@code *lpcConnections} starts as {@link Probes#CANARY_DWORD}:
 * <ol>
 *   <li>the size query: {@code RasEnumConnections(NULL, *lpcb = 0, &count)};</li>
 *   <li>a listing in every {@code RASCONN} version of the ABI, accepted or not: {@code *lpcb} of one
 *       entry, then, on {@code ERROR_BUFFER_TOO_SMALL} (603), the {@code *lpcb} it reported (at most
 *       {@value #MAX_ROUNDS} rounds); n is the largest count of connections these answered;</li>
 *   <li>in the newest and the oldest accepted version: {@code *lpcb} of 0, 1, 3, size − 1, size + 1,
 *       n × size − 1, n × size, n × size + 1; then {@code dwSize}s not accepted (size ± 1, 0, the high
 *       bits set, the other ABI's and the other charset's sizes), NULL {@code lpcb} and NULL
 *       {@code lpcConnections} with an accepted and an unaccepted {@code dwSize}, a NULL buffer with
 *       {@code *lpcb} non-zero, a moved and a direct buffer ({@link Probes});</li>
 *   <li>{@link ClientView#read}: {@code RasClient}'s own listing, then each connection's status,
 *       statistics, link statistics and projections;</li>
 *   <li>{@code RasGetConnectStatus} of every connection the client listed, in every
 *       {@code RASCONNSTATUS} version of the ABI, accepted or not; for the first connection a NULL
 *       buffer, unaccepted sizes, a moved and a direct buffer; handle 0 and a handle never issued in
 *       every version;</li>
 *   <li>per connection, {@code RasGetLinkStatistics} of sub-entries 0 and 2 and
 *       {@code RasGetProjectionInfoEx} naming another address;</li>
 *   <li>for a backend with {@link ConnectionNotifier}, two registrations it must refuse (a NULL event;
 *       no flag), which register nothing.</li>
 * </ol>
 * A machine of n connections takes about 100 + 23 n calls (measured on Windows 10: 100 with none, 155
 * with one, 223 with three, 384 with ten, 23,154 with 1,000); the listings that hold every entry are a
 * fixed number, so a trace grows linearly with n. Every call is made whatever the previous ones answered; a failure is
 * recorded, never thrown, and an exception a (broken) backend throws ends only its step (the trace
 * records it, {@link CallOutput#thrown()}).
 */
public final class Capture {
    /** Rounds of a listing before it gives up. */
    static final int MAX_ROUNDS = 4;
    /** The largest listing buffer a capture allocates: 64 MiB. */
    static final int MAX_BUFFER = 64 << 20;
    private static final int ERROR_BUFFER_TOO_SMALL = RasError.ERROR_BUFFER_TOO_SMALL.code();
    private static final int ERROR_INVALID_SIZE = RasError.ERROR_INVALID_SIZE.code();
    /**
     * Bytes each listing and status buffer has past {@code *lpcb} (or {@code dwSize}): a backend that
     * writes there breaks C-ENUM-05 / C-STAT-02, and the trace shows it.
     */
    public static final int GUARD = 16;

    private Capture() {
    }

    /**
     * Records the capture sequence against {@code backend}, which answers as {@code profile}'s Windows
     * (the trace names that profile).
     *
     * @param backend the backend
     * @param profile the Windows profile it answers as
     * @return the trace
     */
    public static Trace run(RasBackend backend, WindowsProfile profile) {
        return run(RecordingBackend.recording(backend, profile), profile.ansiCharset());
    }

    /**
     * Records the capture sequence against {@code backend}; the trace names the Windows it answers as
     * where that is known ({@link RecordingBackend#recording(RasBackend)}).
     *
     * @param backend the backend
     * @return the trace
     */
    public static Trace run(RasBackend backend) {
        RecordingBackend recorder = RecordingBackend.recording(backend);
        Charset ansi = recorder.trace().profile().map(WindowsProfile::ansiCharset).orElse(AnsiCodePage.platform());
        return run(recorder, ansi);
    }

    /**
     * Records the capture sequence through {@code recorder}.
     *
     * @param recorder the recorder of the backend
     * @param ansi     the code page {@code RasClient} decodes {@code A} text with
     * @return the trace
     */
    public static Trace run(RecordingBackend recorder, Charset ansi) {
        Objects.requireNonNull(recorder, "recorder");
        Abi abi = recorder.abi();
        Probes probes = new Probes(recorder);
        long[] connections = {0};
        for (RasCharset charset : RasCharset.values()) {
            step(() -> {
                DwordRef count = DwordRef.of(0);
                if (recorder.enumConnections(charset, null, DwordRef.of(0), count) == ERROR_BUFFER_TOO_SMALL) {
                    connections[0] = Math.max(connections[0], count.getUnsigned());
                }
            });
        }
        Map<RasCharset, List<RasConnLayout>> accepted = new EnumMap<>(RasCharset.class);
        for (RasCharset charset : RasCharset.values()) {
            accepted.put(charset, new ArrayList<>());
            for (RasConnVersion version : RasConnVersion.values()) {
                RasConnLayout layout = RasConnLayout.of(version, charset, abi);
                step(() -> {
                    if (list(probes, layout, connections) != ERROR_INVALID_SIZE) {
                        accepted.get(charset).add(layout);
                    }
                });
            }
        }
        int n = (int) Math.min(connections[0], MAX_BUFFER);
        for (RasCharset charset : RasCharset.values()) {
            List<RasConnLayout> ok = accepted.get(charset);
            RasConnLayout newest = ok.isEmpty() ? RasConnLayout.newest(charset, abi) : ok.get(ok.size() - 1);
            RasConnLayout oldest = ok.isEmpty() ? RasConnLayout.of(RasConnVersion.V351, charset, abi) : ok.get(0);
            for (RasConnLayout layout : new LinkedHashSet<>(List.of(newest, oldest))) {
                probes.roomProbes(layout, n);
            }
            probes.sizeProbes(charset, abi, newest, oldest);
            probes.pointerProbes(newest);
            probes.bufferProbes(newest);
        }
        Set<RasHandle> handles = new LinkedHashSet<>();
        for (RasCharset charset : RasCharset.values()) {
            step(() -> ClientView.read(RasClient.builder(recorder).charset(charset).ansiCharset(ansi).build())
                    .connections().value().orElse(List.of()).forEach(c -> handles.add(c.handle())));
        }
        Map<RasCharset, List<RasConnStatusLayout>> statuses = new EnumMap<>(RasCharset.class);
        for (RasCharset charset : RasCharset.values()) {
            statuses.put(charset, new ArrayList<>());
        }
        for (RasHandle handle : handles) {
            for (RasCharset charset : RasCharset.values()) {
                for (RasConnStatusVersion version : RasConnStatusVersion.values()) {
                    RasConnStatusLayout layout = RasConnStatusLayout.of(version, charset, abi);
                    step(() -> {
                        ByteBuffer status = Probes.sized(layout.size() + GUARD, layout.size());
                        if (recorder.getConnectStatus(charset, handle, status) != ERROR_INVALID_SIZE
                                && !statuses.get(charset).contains(layout)) {
                            statuses.get(charset).add(layout);
                        }
                    });
                }
            }
        }
        for (RasCharset charset : RasCharset.values()) {
            List<RasConnStatusLayout> ok = statuses.get(charset);
            if (!handles.isEmpty() && !ok.isEmpty()) {
                probes.statusProbes(charset, handles.iterator().next(), abi, ok.get(ok.size() - 1), ok.get(0));
            }
            probes.handleProbes(charset, abi);
        }
        for (RasHandle handle : handles) {
            probes.connectionProbes(handle, abi);
        }
        if (recorder instanceof ConnectionNotifier notifier) {
            probes.refusedRegistrations(notifier, abi);
        }
        return recorder.trace();
    }

    /** One step of the sequence; an exception of a broken backend (or of RasClient over it) ends only this step. */
    static void step(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException failure) {
            // RecordingBackend.thrown() has the backend's; what RasClient threw over a lying answer is in the
            // trace as that answer, which TraceChecker reports.
        }
    }

    /** A listing stepped up on 603; returns the last code and keeps the largest count of connections seen. */
    private static int list(Probes probes, RasConnLayout layout, long[] connections) {
        int capacity = layout.size();
        for (int round = 0; ; round++) {
            DwordRef lpcb = DwordRef.of(capacity);
            DwordRef count = DwordRef.of(Probes.CANARY_DWORD);
            int code = probes.list(layout.charset(), layout.size(), capacity, lpcb, count);
            long needed = lpcb.getUnsigned();
            if (code == 0 || code == ERROR_BUFFER_TOO_SMALL) {
                connections[0] = Math.max(connections[0], count.getUnsigned());
            }
            if (code != ERROR_BUFFER_TOO_SMALL || needed <= capacity || needed > MAX_BUFFER
                    || round == MAX_ROUNDS - 1) {
                return code;
            }
            capacity = (int) needed;
        }
    }
}
