package org.ras4j.bench;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.codec.Abi;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/**
 * The inspect functions of the C stand-in of {@code rasapi32} ({@link StandinRasapi32} loads it),
 * answered from a Java {@link RasBackend} (the simulator): each native call reaches the backend
 * through one JNA callback, with the caller's raw memory wrapped as the Win32 function would see
 * it, and for {@code RasGetProjectionInfoEx} its real address. One backend per JVM.
 */
public final class StandinInspect {
    /** The stand-in's export that installs the inspect callbacks. */
    interface Control extends Library {
        void standin_install_inspect(StatsCallback stats, ProjectionCallback projection, ProjectionExCallback ex);
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

    // Held for the life of the JVM: the stand-in keeps their native addresses.
    private static final StatsCallback STATS = StandinInspect::statistics;
    private static final ProjectionCallback PROJECTION = StandinInspect::projection;
    private static final ProjectionExCallback EX = StandinInspect::projectionEx;
    private static volatile RasBackend serving;
    private static boolean installed;

    private StandinInspect() {
    }

    /**
     * The stand-in library, now answering the inspect functions from {@code backend}.
     *
     * @throws IllegalStateException if the build did not compile the stand-in
     */
    public static synchronized Path serve(RasBackend backend) {
        serving = Objects.requireNonNull(backend, "backend");
        Path library = StandinRasapi32.serve(NativeEntries.encode(List.of(),
                RasConnLayout.of(RasConnVersion.V600, RasCharset.W, Abi.X64),
                RasConnCodec.withAnsiCharset(SampleConnections.ANSI)));
        if (!installed) {
            Native.load(library.toString(), Control.class).standin_install_inspect(STATS, PROJECTION, EX);
            installed = true;
        }
        return library;
    }

    private static int statistics(int link, Pointer hrasconn, int subEntry, Pointer lpStatistics) {
        RasHandle handle = RasHandle.of(Pointer.nativeValue(hrasconn));
        ByteBuffer buffer = lpStatistics == null ? null : lpStatistics.getByteBuffer(0,
                Math.max(Integer.toUnsignedLong(lpStatistics.getInt(0)), Integer.BYTES));
        return link == 0 ? serving.getConnectionStatistics(handle, buffer)
                : serving.getLinkStatistics(handle, subEntry, buffer);
    }

    private static int projection(int wide, Pointer hrasconn, int projection, Pointer lpprojection, Pointer lpcb) {
        DwordRef cb = lpcb == null ? null : DwordRef.of(lpcb.getInt(0));
        long declared = cb == null ? Integer.BYTES : Math.max(cb.getUnsigned(), Integer.BYTES);
        ByteBuffer buffer = lpprojection == null ? null : lpprojection.getByteBuffer(0, declared);
        int code = serving.getProjectionInfo(wide == 0 ? RasCharset.A : RasCharset.W,
                RasHandle.of(Pointer.nativeValue(hrasconn)), projection, buffer, cb);
        if (cb != null) {
            lpcb.setInt(0, cb.get());
        }
        return code;
    }

    private static int projectionEx(Pointer hrasconn, Pointer pRasProjection, Pointer lpdwSize) {
        DwordRef size = lpdwSize == null ? null : DwordRef.of(lpdwSize.getInt(0));
        long declared = size == null ? Integer.BYTES : Math.max(size.getUnsigned(), Integer.BYTES);
        ByteBuffer buffer = pRasProjection == null ? null : pRasProjection.getByteBuffer(0, declared);
        int code = serving.getProjectionInfoEx(RasHandle.of(Pointer.nativeValue(hrasconn)), buffer,
                Pointer.nativeValue(pRasProjection), size);
        if (size != null) {
            lpdwSize.setInt(0, size.get());
        }
        return code;
    }
}
