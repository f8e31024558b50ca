package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.codec.RasStatsLayout;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.RasBackend;

/**
 * The probes of {@link Capture}: calls a real Windows answers cheaply and without changing anything,
 * each with a rule of docs/contract.md that decides its answer. Every buffer holds {@code dwSize} at
 * byte 0 and {@link CallBuffer#CANARY} in every other byte, and is {@link Capture#GUARD} bytes larger
 * than its {@code *lpcb} (or {@code dwSize}); every {@code *lpcConnections} starts as
 * {@link #CANARY_DWORD}.
 */
final class Probes {
    /** What every {@code *lpcConnections} of a probe holds before the call: not 0, so that one left alone shows. */
    static final int CANARY_DWORD = 0xA5A5_A5A5;
    /** A handle no simulator and no Windows hands out first: non-zero, 4-aligned, below 2^31. */
    static final long NEVER_ISSUED = 0x7FFF_FFF0L;
    /** Where the position of a moved buffer stands. */
    static final int MOVED_POSITION = 8;
    /** What byte 0 of the buffer of the probe of {@code RasGetProjectionInfoEx} stands for: not RasClient's. */
    static final long OTHER_ADDRESS = 0x2000_0000L;

    private final RasBackend backend;

    Probes(RasBackend backend) {
        this.backend = backend;
    }

    /**
     * Two {@code RasConnectionNotification} registrations for every connection that the function refuses
     * and that so register nothing: a NULL event, and an event with no flag (C-NOTIFY-05, §7 k).
     */
    void refusedRegistrations(ConnectionNotifier notifier, Abi abi) {
        RasHandle all = ConnectionNotifier.allConnections(abi);
        Capture.step(() -> notifier.connectionNotification(all, null, ConnectionNotifier.RASCN_CONNECTION));
        Capture.step(() -> {
            try (NotificationEvent event = notifier.createEvent()) {
                notifier.connectionNotification(all, event, 0);
            }
        });
    }

    /** {@return the sizes a structure of {@code size} bytes is not: size ± 1, and size with high bits set} */
    private static List<Integer> nextTo(int size) {
        return List.of(size + 1, size - 1, size | 0x1_0000, size | 0xFFFF_0000);
    }

    private static Abi other(Abi abi) {
        return abi == Abi.X64 ? Abi.X86 : Abi.X64;
    }

    /** A little-endian heap buffer of {@code capacity} bytes: {@code dwSize} at byte 0, the canary elsewhere. */
    static ByteBuffer sized(int capacity, int dwSize) {
        ByteBuffer buffer = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        fill(buffer, dwSize);
        return buffer;
    }

    private static ByteBuffer direct(int capacity, int dwSize) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
        fill(buffer, dwSize);
        return buffer;
    }

    private static void fill(ByteBuffer buffer, int dwSize) {
        for (int i = 0; i < buffer.capacity(); i++) {
            buffer.put(i, (byte) CallBuffer.CANARY);
        }
        if (buffer.capacity() >= Integer.BYTES) {
            buffer.putInt(0, dwSize);
        }
    }

    /** {@code RasEnumConnections} with a buffer of {@code room} + GUARD bytes and {@code *lpcb} = {@code room}. */
    int list(RasCharset charset, int dwSize, long room) {
        return list(charset, dwSize, room, DwordRef.of((int) room), DwordRef.of(CANARY_DWORD));
    }

    /** {@code RasEnumConnections} with a buffer of {@code room} + GUARD bytes and the caller's {@code DWORD}s. */
    int list(RasCharset charset, int dwSize, long room, DwordRef lpcb, DwordRef count) {
        return backend.enumConnections(charset, sized((int) room + Capture.GUARD, dwSize), lpcb, count);
    }

    /**
     * The probes of {@code RasEnumConnections} in {@code layout}, an accepted version, on a machine of
     * {@code n} connections: {@code *lpcb} of 0, 1, 3, size − 1, size + 1, and n × size − 1, n × size,
     * n × size + 1 (C-ENUM-05, C-ENUM-11, C-ENUM-12, C-ENUM-13).
     */
    void roomProbes(RasConnLayout layout, int n) {
        int size = layout.size();
        Set<Long> rooms = new LinkedHashSet<>(List.of(0L, 1L, 3L, size - 1L, size + 1L));
        if (n > 0) {
            rooms.addAll(List.of((long) n * size - 1, (long) n * size, (long) n * size + 1));
        }
        for (long room : rooms) {
            if (room <= Capture.MAX_BUFFER) {
                Capture.step(() -> list(layout.charset(), size, room));
            }
        }
    }

    /**
     * {@code dwSize}s no Windows accepts in {@code charset}, or that only another version accepts, each with
     * room for two entries and with {@code *lpcb} 0 and 3 (C-ENUM-01, C-ENUM-02, C-ENUM-05).
     */
    void sizeProbes(RasCharset charset, Abi abi, RasConnLayout newest, RasConnLayout oldest) {
        Set<Integer> sizes = new LinkedHashSet<>();
        RasCharset otherCharset = charset == RasCharset.A ? RasCharset.W : RasCharset.A;
        for (RasConnLayout layout : List.of(newest, oldest)) {
            sizes.addAll(nextTo(layout.size()));
            sizes.add(RasConnLayout.of(layout.version(), charset, other(abi)).size());
            sizes.add(RasConnLayout.of(layout.version(), otherCharset, abi).size());
        }
        sizes.add(0);
        int room = 2 * newest.size();
        for (int dwSize : sizes) {
            Capture.step(() -> list(charset, dwSize, room));
        }
        for (long small : List.of(0L, 3L)) {
            Capture.step(() -> list(charset, newest.size() + 1, small));
        }
    }

    /**
     * NULL {@code lpcb} and NULL {@code lpcConnections}, each with an accepted and an unaccepted
     * {@code dwSize}, so that the order of validation shows (C-ENUM-07, C-ENUM-08); a NULL buffer with
     * {@code *lpcb} non-zero (C-ENUM-04, C-ENUM-09).
     */
    void pointerProbes(RasConnLayout newest) {
        RasCharset charset = newest.charset();
        int room = 2 * newest.size();
        for (int dwSize : List.of(newest.size(), newest.size() + 1)) {
            Capture.step(() -> backend.enumConnections(charset, sized(room + Capture.GUARD, dwSize), null,
                    DwordRef.of(CANARY_DWORD)));
            Capture.step(() -> backend.enumConnections(charset, sized(room + Capture.GUARD, dwSize), DwordRef.of(room),
                    null));
        }
        Capture.step(() -> backend.enumConnections(charset, null, DwordRef.of(newest.size()),
                DwordRef.of(CANARY_DWORD)));
    }

    /**
     * A plain buffer with room for two entries, then the same call with the position and limit moved
     * (position {@value #MOVED_POSITION}, limit one entry − 1), and with a direct buffer: the answer is the
     * plain buffer's at absolute offsets, and the position and limit stay (C-ENUM-06).
     */
    void bufferProbes(RasConnLayout newest) {
        RasCharset charset = newest.charset();
        int room = 2 * newest.size();
        Capture.step(() -> list(charset, newest.size(), room));
        Capture.step(() -> {
            ByteBuffer moved = sized(room + Capture.GUARD, newest.size());
            moved.limit(newest.size() - 1).position(MOVED_POSITION);
            backend.enumConnections(charset, moved, DwordRef.of(room), DwordRef.of(CANARY_DWORD));
        });
        Capture.step(() -> backend.enumConnections(charset, direct(room + Capture.GUARD, newest.size()),
                DwordRef.of(room), DwordRef.of(CANARY_DWORD)));
    }

    /** {@code RasGetConnectStatus} with {@code dwSize} and a buffer of {@code capacity} bytes. */
    void status(RasCharset charset, RasHandle handle, int dwSize, int capacity) {
        Capture.step(() -> backend.getConnectStatus(charset, handle, sized(capacity, dwSize)));
    }

    /**
     * The probes of {@code RasGetConnectStatus} with a live {@code handle}: a NULL buffer; {@code dwSize}s
     * no version has (size ± 1, 0, the high bits set, the other ABI's sizes) in a buffer that holds the
     * newest (C-STAT-01); a moved and a direct buffer (C-ENUM-06).
     */
    void statusProbes(RasCharset charset, RasHandle handle, Abi abi, RasConnStatusLayout newest,
            RasConnStatusLayout oldest) {
        Capture.step(() -> backend.getConnectStatus(charset, handle, null));
        Set<Integer> sizes = new LinkedHashSet<>();
        for (RasConnStatusLayout layout : List.of(newest, oldest)) {
            sizes.addAll(nextTo(layout.size()));
            sizes.add(RasConnStatusLayout.of(layout.version(), charset, other(abi)).size());
        }
        sizes.add(0);
        int capacity = newest.size() + 1 + Capture.GUARD;
        for (int dwSize : sizes) {
            status(charset, handle, dwSize, capacity);
        }
        Capture.step(() -> {
            ByteBuffer moved = sized(newest.size() + Capture.GUARD, newest.size());
            moved.limit(newest.size() - 1).position(MOVED_POSITION);
            backend.getConnectStatus(charset, handle, moved);
        });
        Capture.step(() -> backend.getConnectStatus(charset, handle, direct(newest.size() + Capture.GUARD,
                newest.size())));
    }

    /** {@code RasGetConnectStatus} of handle 0 and of a handle never issued, in every version (C-STAT-03). */
    void handleProbes(RasCharset charset, Abi abi) {
        for (RasConnStatusVersion version : RasConnStatusVersion.values()) {
            int size = RasConnStatusLayout.of(version, charset, abi).size();
            status(charset, RasHandle.NULL, size, size + Capture.GUARD);
            status(charset, RasHandle.of(NEVER_ISSUED), size, size + Capture.GUARD);
        }
    }

    /**
     * Per connection: {@code RasGetLinkStatistics} of sub-entry 0 (C-STATS-02) and of sub-entry 2 (whether
     * the connection has a second link: C-STATS-04), and {@code RasGetProjectionInfoEx} naming an address
     * other than RasClient's (C-PROJ-05).
     */
    void connectionProbes(RasHandle handle, Abi abi) {
        int stats = RasStatsLayout.get().size();
        Capture.step(() -> backend.getLinkStatistics(handle, 0, sized(stats + Capture.GUARD, stats)));
        Capture.step(() -> backend.getLinkStatistics(handle, 2, sized(stats + Capture.GUARD, stats)));
        int room = RasProjectionInfoLayout.of(abi).size() + 512;
        ByteBuffer info = sized(room + Capture.GUARD, ProjectionInfo.RASAPIVERSION_601);
        Capture.step(() -> backend.getProjectionInfoEx(handle, info, OTHER_ADDRESS, DwordRef.of(room)));
    }
}
