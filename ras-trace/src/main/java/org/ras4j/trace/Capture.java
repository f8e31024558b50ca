package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ras4j.RasClient;
import org.ras4j.RasHandle;
import org.ras4j.codec.AnsiCodePage;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * Records the fixed sequence of calls {@code ras4j capture} makes (docs/trace-format.md, "The capture
 * sequence"), in this order, {@code A} before {@code W} each time:
 * <ol>
 *   <li>the size query: {@code RasEnumConnections(NULL, *lpcb = 0, &count)};</li>
 *   <li>a listing in every {@code RASCONN} version of the ABI, accepted or not: {@code *lpcb} of one
 *       entry, then, on {@code ERROR_BUFFER_TOO_SMALL} (603), the {@code *lpcb} it reported (at most
 *       {@value #MAX_ROUNDS} rounds), each buffer {@value #GUARD} bytes larger than its {@code *lpcb};</li>
 *   <li>{@link ClientView#read}: {@code RasClient}'s own listing, then each connection's status,
 *       statistics, link statistics and projections;</li>
 *   <li>{@code RasGetConnectStatus} of every connection the client listed, in every
 *       {@code RASCONNSTATUS} version of the ABI, accepted or not, each buffer {@value #GUARD} bytes
 *       larger than its {@code dwSize}.</li>
 * </ol>
 * Every call is made whatever the previous ones answered; a failure is recorded, never thrown, and an
 * exception a (broken) backend throws ends only its step ({@link RecordingBackend#thrown()} keeps it).
 */
public final class Capture {
    /** Rounds of a listing before it gives up. */
    static final int MAX_ROUNDS = 4;
    /** The largest listing buffer a capture allocates: 64 MiB. */
    static final int MAX_BUFFER = 64 << 20;
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
        for (RasCharset charset : RasCharset.values()) {
            step(() -> recorder.enumConnections(charset, null, DwordRef.of(0), DwordRef.of(0)));
        }
        for (RasCharset charset : RasCharset.values()) {
            for (RasConnVersion version : RasConnVersion.values()) {
                step(() -> list(recorder, RasConnLayout.of(version, charset, recorder.abi())));
            }
        }
        Set<RasHandle> handles = new LinkedHashSet<>();
        for (RasCharset charset : RasCharset.values()) {
            step(() -> ClientView.read(RasClient.builder(recorder).charset(charset).ansiCharset(ansi).build())
                    .connections().value().orElse(List.of()).forEach(c -> handles.add(c.handle())));
        }
        for (RasHandle handle : handles) {
            for (RasCharset charset : RasCharset.values()) {
                for (RasConnStatusVersion version : RasConnStatusVersion.values()) {
                    int size = RasConnStatusLayout.of(version, charset, recorder.abi()).size();
                    step(() -> recorder.getConnectStatus(charset, handle, sized(size + GUARD, size)));
                }
            }
        }
        return recorder.trace();
    }

    /** One step of the sequence; an exception of a broken backend (or of RasClient over it) ends only this step. */
    private static void step(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException failure) {
            // RecordingBackend.thrown() has the backend's; what RasClient threw over a lying answer is in the
            // trace as that answer, which TraceChecker reports.
        }
    }

    private static void list(RasBackend backend, RasConnLayout layout) {
        int capacity = layout.size();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            DwordRef lpcb = DwordRef.of(capacity);
            int code = backend.enumConnections(layout.charset(), sized(capacity + GUARD, layout.size()), lpcb,
                    DwordRef.of(0));
            long needed = lpcb.getUnsigned();
            if (code != 603 || needed <= capacity || needed > MAX_BUFFER) {
                return;
            }
            capacity = (int) needed;
        }
    }

    /** A zeroed little-endian buffer of {@code capacity} bytes with {@code dwSize} at byte 0. */
    private static ByteBuffer sized(int capacity, int dwSize) {
        ByteBuffer buffer = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(0, dwSize);
        return buffer;
    }
}
