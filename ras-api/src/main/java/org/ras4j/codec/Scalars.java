package org.ras4j.codec;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.ras4j.Luid;
import org.ras4j.RasHandle;

/**
 * Reads and writes the non-text members of RAS structures (handles, {@code GUID}s, {@code LUID}s)
 * at absolute offsets of a little-endian buffer.
 */
final class Scalars {
    private Scalars() {
    }

    static RasHandle readHandle(ByteBuffer le, int offset, Abi abi) {
        return RasHandle.of(abi == Abi.X64 ? le.getLong(offset) : Integer.toUnsignedLong(le.getInt(offset)));
    }

    static void writeHandle(ByteBuffer le, int offset, Abi abi, RasHandle handle) {
        if (abi == Abi.X64) {
            le.putLong(offset, handle.bits());
        } else if (handle.fitsIn32Bits()) {
            le.putInt(offset, (int) handle.bits());
        } else {
            throw new IllegalArgumentException("handle " + handle + " does not fit an x86 HRASCONN");
        }
    }

    /**
     * A {@code GUID} ({@code Data1} DWORD, {@code Data2}/{@code Data3} WORDs little-endian, then
     * eight bytes) as the {@link UUID} with the same canonical text.
     */
    static UUID readGuid(ByteBuffer le, int offset) {
        // Data1 is bits 0-31 of the little-endian long, Data2 bits 32-47, Data3 bits 48-63.
        long first = le.getLong(offset);
        long data4 = Long.reverseBytes(le.getLong(offset + 8));
        return new UUID(first << 32 | (first >>> 32 & 0xFFFF) << 16 | first >>> 48, data4);
    }

    static void writeGuid(ByteBuffer le, int offset, UUID guid) {
        long msb = guid.getMostSignificantBits();
        le.putInt(offset, (int) (msb >>> 32));
        le.putShort(offset + 4, (short) (msb >>> 16));
        le.putShort(offset + 6, (short) msb);
        le.putLong(offset + 8, Long.reverseBytes(guid.getLeastSignificantBits()));
    }

    static Luid readLuid(ByteBuffer le, int offset) {
        long both = le.getLong(offset);
        return new Luid((int) both, (int) (both >>> 32));
    }

    static void writeLuid(ByteBuffer le, int offset, Luid luid) {
        le.putInt(offset, luid.lowPart());
        le.putInt(offset + 4, luid.highPart());
    }

    static void zero(ByteBuffer le, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            le.put(i, (byte) 0);
        }
    }
}
