package org.ras4j.jna;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/**
 * The C stand-in of {@code rasapi32} ({@code src/test/c/rasapi32_standin.c}, built by the test build
 * into {@code target/standin}) and the Java side of it: two JNA callbacks that the stand-in forwards
 * every call to, and that serve it from a {@link RasBackend} (a fake, or the simulator).
 *
 * <p>The callbacks see the raw memory the caller passed and wrap it as a {@link ByteBuffer} of the
 * size the caller declared ({@code *lpcb}, and at least the four bytes of {@code dwSize}; for
 * {@code RASCONNSTATUS}, its {@code dwSize}), so the serving backend can touch nothing else. One stand-in is loaded per JVM; tests take turns.
 */
final class StandIn {
    /** The system property the build sets to the stand-in library's path. */
    static final String PROPERTY = "ras4j.test.standin";
    /** What the callbacks return when the serving backend throws (an application-defined code). */
    static final int CALLBACK_FAILED = 0x2000_0001;

    /** The stand-in's own exports, beyond the Win32 functions. */
    interface Control extends Library {
        void standin_install(EnumCallback enumCallback, StatusCallback statusCallback);

        void standin_install_inspect(StatsCallback statsCallback, ProjectionCallback projectionCallback,
                ProjectionExCallback projectionExCallback);

        void standin_lie(int mode);

        void standin_install_notification(StandInNotification.Callback notifyCallback);

        int standin_set_event(Pointer event);

        int standin_is_open(Pointer event);

        int standin_wait(Pointer first, Pointer second, int milliseconds);

        long standin_open_events();
    }

    /** {@code DWORD (*)(int wide, void *lprasconn, DWORD *lpcb, DWORD *lpcConnections)}. */
    interface EnumCallback extends Callback {
        int invoke(int wide, Pointer lprasconn, Pointer lpcb, Pointer lpcConnections);
    }

    /** {@code DWORD (*)(int wide, void *hrasconn, void *lprasconnstatus)}. */
    interface StatusCallback extends Callback {
        int invoke(int wide, Pointer hrasconn, Pointer lprasconnstatus);
    }

    /** {@code DWORD (*)(int link, void *hrasconn, DWORD dwSubEntry, void *lpStatistics)}. */
    interface StatsCallback extends Callback {
        int invoke(int link, Pointer hrasconn, int subEntry, Pointer lpStatistics);
    }

    /** {@code DWORD (*)(int wide, void *hrasconn, DWORD rasprojection, void *lpprojection, DWORD *lpcb)}. */
    interface ProjectionCallback extends Callback {
        int invoke(int wide, Pointer hrasconn, int projection, Pointer lpprojection, Pointer lpcb);
    }

    /** {@code DWORD (*)(void *hrasconn, void *pRasProjection, DWORD *lpdwSize)}. */
    interface ProjectionExCallback extends Callback {
        int invoke(Pointer hrasconn, Pointer pRasProjection, Pointer lpdwSize);
    }

    /** How the stand-in breaks the contract after a successful enumeration. */
    enum Lie {
        NONE, COUNT_LARGER_THAN_FITS, LPCB_LARGER_THAN_BUFFER
    }

    private static final AtomicReference<RasBackend> SERVING = new AtomicReference<>();
    private static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();
    private static final AtomicReference<Pointer> LAST_BUFFER = new AtomicReference<>();
    // Held for the life of the JVM: the stand-in keeps their native addresses.
    private static final EnumCallback ENUM = StandIn::enumerate;
    private static final StatusCallback STATUS = StandIn::status;
    private static final StatsCallback STATS = StandIn::statistics;
    private static final ProjectionCallback PROJECTION = StandIn::projection;
    private static final ProjectionExCallback PROJECTION_EX = StandIn::projectionEx;
    private static Control control;
    // Held for the life of the JVM too, once installed.
    private static StandInNotification.Callback notify;

    private StandIn() {
    }

    /** The stand-in library, or the test is skipped, saying why it is missing. */
    static Path library() {
        Optional<Path> path = find();
        assumeTrue(path.isPresent(), StandIn::whyMissing);
        return path.get();
    }

    /** The stand-in library, if the build made one. */
    static Optional<Path> find() {
        String property = System.getProperty(PROPERTY);
        return Optional.ofNullable(property).map(p -> Path.of(p).toAbsolutePath()).filter(Files::isRegularFile);
    }

    /** Why {@link #find()} is empty. */
    static String whyMissing() {
        String property = System.getProperty(PROPERTY);
        return property == null
                ? "the rasapi32 stand-in is not configured (" + PROPERTY + " unset): run the tests through Maven"
                : "the rasapi32 stand-in was not built (" + property + "): the build found no C compiler"
                        + " (see src/test/c/build-standin.sh), or this is not a Unix-like system";
    }

    /**
     * Makes the stand-in answer from {@code backend}, truthfully, and returns a fresh
     * {@link JnaRasBackend} over it (skips the test when there is no stand-in).
     */
    static synchronized JnaRasBackend serving(RasBackend backend) {
        Path path = library();
        if (control == null) {
            control = Native.load(path.toString(), Control.class);
            control.standin_install(ENUM, STATUS);
            control.standin_install_inspect(STATS, PROJECTION, PROJECTION_EX);
            notify = StandInNotification.callback(control, SERVING::get, FAILURE);
            control.standin_install_notification(notify);
        }
        SERVING.set(Objects.requireNonNull(backend, "backend"));
        FAILURE.set(null);
        LAST_BUFFER.set(null);
        control.standin_lie(Lie.NONE.ordinal());
        return JnaRasBackend.load(path);
    }

    /** Makes the stand-in lie after each successful enumeration from now on (until the next {@link #serving}). */
    static synchronized void lie(Lie lie) {
        Objects.requireNonNull(control, "serving() first").standin_lie(lie.ordinal());
    }

    /** How many event handles of the stand-in are open ({@code standin_open_events}). */
    static synchronized long openEvents() {
        return Objects.requireNonNull(control, "serving() first").standin_open_events();
    }

    /** What the serving backend threw inside a callback since {@link #serving}, or {@code null}. */
    static Throwable failure() {
        return FAILURE.get();
    }

    /** The {@code lprasconn} the stand-in received last, or {@code null}. */
    static Pointer lastBuffer() {
        return LAST_BUFFER.get();
    }

    private static int enumerate(int wide, Pointer lprasconn, Pointer lpcb, Pointer lpcConnections) {
        try {
            LAST_BUFFER.set(lprasconn);
            DwordRef cb = lpcb == null ? null : DwordRef.of(lpcb.getInt(0));
            DwordRef count = lpcConnections == null ? null : DwordRef.of(lpcConnections.getInt(0));
            // The caller declared *lpcb bytes, and Windows reads the dwSize whatever *lpcb says: the
            // serving backend sees at least those four bytes (and may write only *lpcb of them).
            long declared = cb == null ? Integer.BYTES : Math.max(cb.getUnsigned(), Integer.BYTES);
            ByteBuffer buffer = lprasconn == null ? null : lprasconn.getByteBuffer(0, declared);
            int code = SERVING.get().enumConnections(charset(wide), buffer, cb, count);
            if (cb != null) {
                lpcb.setInt(0, cb.get());
            }
            if (count != null) {
                lpcConnections.setInt(0, count.get());
            }
            return code;
        } catch (RuntimeException | Error e) {
            FAILURE.compareAndSet(null, e);
            return CALLBACK_FAILED;
        }
    }

    private static int status(int wide, Pointer hrasconn, Pointer lprasconnstatus) {
        try {
            RasHandle handle = RasHandle.of(Pointer.nativeValue(hrasconn));
            ByteBuffer buffer = null;
            if (lprasconnstatus != null) {
                long dwSize = Integer.toUnsignedLong(lprasconnstatus.getInt(0));
                buffer = lprasconnstatus.getByteBuffer(0, Math.max(dwSize, Integer.BYTES));
            }
            return SERVING.get().getConnectStatus(charset(wide), handle, buffer);
        } catch (RuntimeException | Error e) {
            FAILURE.compareAndSet(null, e);
            return CALLBACK_FAILED;
        }
    }

    /** The statistics functions: the serving backend sees the {@code dwSize} bytes the caller declared (at least 4). */
    private static int statistics(int link, Pointer hrasconn, int subEntry, Pointer lpStatistics) {
        try {
            RasHandle handle = RasHandle.of(Pointer.nativeValue(hrasconn));
            ByteBuffer buffer = lpStatistics == null ? null : lpStatistics.getByteBuffer(0,
                    Math.max(Integer.toUnsignedLong(lpStatistics.getInt(0)), Integer.BYTES));
            return link == 0 ? SERVING.get().getConnectionStatistics(handle, buffer)
                    : SERVING.get().getLinkStatistics(handle, subEntry, buffer);
        } catch (RuntimeException | Error e) {
            FAILURE.compareAndSet(null, e);
            return CALLBACK_FAILED;
        }
    }

    /** {@code RasGetProjectionInfoA/W}: the serving backend sees the {@code *lpcb} bytes declared (at least 4). */
    private static int projection(int wide, Pointer hrasconn, int projection, Pointer lpprojection, Pointer lpcb) {
        try {
            RasHandle handle = RasHandle.of(Pointer.nativeValue(hrasconn));
            DwordRef cb = lpcb == null ? null : DwordRef.of(lpcb.getInt(0));
            long declared = cb == null ? Integer.BYTES : Math.max(cb.getUnsigned(), Integer.BYTES);
            ByteBuffer buffer = lpprojection == null ? null : lpprojection.getByteBuffer(0, declared);
            int code = SERVING.get().getProjectionInfo(charset(wide), handle, projection, buffer, cb);
            if (cb != null) {
                lpcb.setInt(0, cb.get());
            }
            return code;
        } catch (RuntimeException | Error e) {
            FAILURE.compareAndSet(null, e);
            return CALLBACK_FAILED;
        }
    }

    /**
     * {@code RasGetProjectionInfoEx}: the serving backend sees the {@code *lpdwSize} bytes declared
     * (at least 4) and is told their real address, so that the pointers it stores are the ones the
     * DLL would store and JnaRasBackend's translation of them is exercised.
     */
    private static int projectionEx(Pointer hrasconn, Pointer pRasProjection, Pointer lpdwSize) {
        try {
            RasHandle handle = RasHandle.of(Pointer.nativeValue(hrasconn));
            DwordRef size = lpdwSize == null ? null : DwordRef.of(lpdwSize.getInt(0));
            long declared = size == null ? Integer.BYTES : Math.max(size.getUnsigned(), Integer.BYTES);
            ByteBuffer buffer = pRasProjection == null ? null : pRasProjection.getByteBuffer(0, declared);
            long address = Pointer.nativeValue(pRasProjection);
            int code = SERVING.get().getProjectionInfoEx(handle, buffer, address, size);
            if (size != null) {
                lpdwSize.setInt(0, size.get());
            }
            return code;
        } catch (RuntimeException | Error e) {
            FAILURE.compareAndSet(null, e);
            return CALLBACK_FAILED;
        }
    }

    private static RasCharset charset(int wide) {
        return wide == 0 ? RasCharset.A : RasCharset.W;
    }
}
