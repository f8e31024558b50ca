package org.ras4j.bench;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import java.util.List;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;

/**
 * The JNA status quo done right: {@code RASCONNW} of Windows Vista and later on x64 as a JNA
 * {@link Structure} whose offsets are those of {@code ras.h} (4-byte packing).
 *
 * <p>No {@code ALIGN_NONE} (1-byte packing puts {@code dwSubEntry} at 1338 instead of 1340): every
 * field is declared with a type whose natural alignment is its packed one. {@code HRASCONN} is two
 * {@code DWORD}s (a {@code long} or {@code Pointer} would be 8-aligned, to offset 8), text is
 * {@code short[]} (JNA maps {@code char} to the platform's {@code wchar_t}, 4 bytes on Linux).
 * The size is 1388 bytes, as {@code RasConnLayout} computes.
 */
@Structure.FieldOrder({"dwSize", "hrasconn", "szEntryName", "szDeviceType", "szDeviceName", "szPhonebook",
        "dwSubEntry", "guidEntry", "dwFlags", "luid", "guidCorrelationId"})
public class FaithfulRasConnW extends Structure {
    public int dwSize;
    public int[] hrasconn = new int[2];
    public short[] szEntryName = new short[257];
    public short[] szDeviceType = new short[17];
    public short[] szDeviceName = new short[129];
    public short[] szPhonebook = new short[260];
    public int dwSubEntry;
    public Guid.GUID guidEntry;
    public int dwFlags;
    public WinNT.LUID luid;
    public Guid.GUID guidCorrelationId;

    /** An entry in its own memory, {@code dwSize} set, as a caller prepares the first entry. */
    public FaithfulRasConnW() {
        dwSize = size();
    }

    /** The entry at {@code memory}, read at once (what {@link #toArray(int)} does for each element). */
    public FaithfulRasConnW(Pointer memory) {
        super(memory);
        read();
    }

    /**
     * Reads {@code count} entries at {@code memory} the classic way: {@code new Struct(pointer)},
     * {@code toArray(count)} (which reads every element), then the Java values of each.
     */
    public static List<RasConnection> decode(Pointer memory, int count) {
        if (count == 0) {
            return List.of();
        }
        FaithfulRasConnW[] entries = (FaithfulRasConnW[]) new FaithfulRasConnW(memory).toArray(count);
        RasConnection[] connections = new RasConnection[count];
        for (int i = 0; i < count; i++) {
            connections[i] = entries[i].toConnection();
        }
        return List.of(connections);
    }

    /** The members as a {@link RasConnection}, text up to each NUL. */
    public RasConnection toConnection() {
        return RasConnection.builder(RasHandle.of(StructValues.handle(hrasconn)), StructValues.wide(szEntryName))
                .deviceType(StructValues.wide(szDeviceType))
                .deviceName(StructValues.wide(szDeviceName))
                .phonebook(StructValues.wide(szPhonebook))
                .subEntry(dwSubEntry)
                .entryId(StructValues.uuid(guidEntry))
                .flags(new ConnectionFlags(dwFlags))
                .luid(new Luid(luid.LowPart, luid.HighPart))
                .correlationId(StructValues.uuid(guidCorrelationId))
                .build();
    }

    /** The byte offset JNA computed for a field, to check it against {@code RasConnLayout}. */
    public int offsetOf(String field) {
        return fieldOffset(field);
    }
}
