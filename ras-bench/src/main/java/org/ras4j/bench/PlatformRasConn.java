package org.ras4j.bench;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinRas;
import java.util.List;
import java.util.UUID;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/**
 * What most JNA users write today: jna-platform's own {@link WinRas.RASCONN}, unchanged.
 *
 * <p>It is <em>not</em> {@code ras.h}'s layout here: JNA maps its {@code char[]} members to the
 * platform's {@code wchar_t} (4 bytes on Linux, 2 on Windows) and aligns {@code hrasconn} to 8 on
 * x64. So this baseline reads memory of the structure's <em>own</em> size and layout, written by
 * the structure itself ({@link #write}); it measures the cost of the status-quo API, not its
 * fidelity (which {@link FaithfulRasConnW} provides).
 */
public final class PlatformRasConn {
    private PlatformRasConn() {
    }

    /** The size of one {@code WinRas.RASCONN} on this platform. */
    public static int size() {
        return new WinRas.RASCONN().size();
    }

    /** Native memory holding {@code connections} as {@code WinRas.RASCONN}s (at least one byte). */
    public static Memory write(List<RasConnection> connections) {
        int size = size();
        Memory memory = new Memory(Math.max(1, (long) size * connections.size()));
        memory.clear();
        for (int i = 0; i < connections.size(); i++) {
            RasConnection c = connections.get(i);
            WinRas.RASCONN entry = new WinRas.RASCONN(memory.share((long) i * size, size));
            entry.dwSize = size;
            entry.hrasconn = new WinNT.HANDLE(new Pointer(c.handle().bits()));
            copy(c.entryName(), entry.szEntryName);
            copy(c.deviceType().orElse(""), entry.szDeviceType);
            copy(c.deviceName().orElse(""), entry.szDeviceName);
            copy(c.phonebook().orElse(""), entry.szPhonebook);
            entry.dwSubEntry = c.subEntry().orElse(0);
            entry.guidEntry = guid(c.entryId().orElse(new UUID(0, 0)));
            entry.dwFlags = c.flags().map(ConnectionFlags::bits).orElse(0);
            entry.luid = new WinNT.LUID();
            entry.luid.LowPart = c.luid().map(Luid::lowPart).orElse(0);
            entry.luid.HighPart = c.luid().map(Luid::highPart).orElse(0);
            entry.guidCorrelationId = guid(c.correlationId().orElse(new UUID(0, 0)));
            entry.write();
        }
        return memory;
    }

    /**
     * Reads {@code count} entries at {@code memory} the classic way: {@code new RASCONN(pointer)},
     * {@code toArray(count)} (which reads every element), then the Java values of each.
     */
    public static List<RasConnection> decode(Pointer memory, int count) {
        if (count == 0) {
            return List.of();
        }
        WinRas.RASCONN[] entries = (WinRas.RASCONN[]) new WinRas.RASCONN(memory).toArray(count);
        RasConnection[] connections = new RasConnection[count];
        for (int i = 0; i < count; i++) {
            connections[i] = toConnection(entries[i]);
        }
        return List.of(connections);
    }

    private static RasConnection toConnection(WinRas.RASCONN e) {
        long handle = e.hrasconn == null ? 0 : Pointer.nativeValue(e.hrasconn.getPointer());
        return RasConnection.builder(RasHandle.of(handle), Native.toString(e.szEntryName))
                .deviceType(Native.toString(e.szDeviceType))
                .deviceName(Native.toString(e.szDeviceName))
                .phonebook(Native.toString(e.szPhonebook))
                .subEntry(e.dwSubEntry)
                .entryId(StructValues.uuid(e.guidEntry))
                .flags(new ConnectionFlags(e.dwFlags))
                .luid(new Luid(e.luid.LowPart, e.luid.HighPart))
                .correlationId(StructValues.uuid(e.guidCorrelationId))
                .build();
    }

    private static void copy(String text, char[] field) {
        text.getChars(0, Math.min(text.length(), field.length - 1), field, 0);
    }

    private static Guid.GUID guid(UUID uuid) {
        Guid.GUID guid = new Guid.GUID();
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        guid.Data1 = (int) (msb >>> 32);
        guid.Data2 = (short) (msb >>> 16);
        guid.Data3 = (short) msb;
        for (int i = 0; i < 8; i++) {
            guid.Data4[i] = (byte) (lsb >>> (56 - 8 * i));
        }
        return guid;
    }
}
