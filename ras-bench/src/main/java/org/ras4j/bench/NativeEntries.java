package org.ras4j.bench;

import com.sun.jna.Memory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;
import org.ras4j.RasConnection;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;

/**
 * An array of {@code RASCONN} entries in native memory, as {@code RasEnumConnections} leaves it in
 * the caller's buffer: one JNA {@link Memory} block, seen both as a JNA pointer (for
 * {@code Structure}s) and as a direct {@link ByteBuffer} over the very same bytes (for the codec).
 *
 * @param memory  the native block, {@code count × layout.size()} bytes (at least one byte)
 * @param buffer  a little-endian direct view of the whole block
 * @param layout  the layout the entries were written in
 * @param count   the number of entries ({@code *lpcConnections})
 */
public record NativeEntries(Memory memory, ByteBuffer buffer, RasConnLayout layout, int count) {

    public NativeEntries {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(layout, "layout");
    }

    /** Writes {@code connections} with the codec, every byte of every entry, into fresh native memory. */
    public static NativeEntries encode(List<RasConnection> connections, RasConnLayout layout, RasConnCodec codec) {
        int bytes = Math.max(1, connections.size() * layout.size());
        Memory memory = new Memory(bytes);
        memory.clear();
        ByteBuffer buffer = memory.getByteBuffer(0, bytes).order(ByteOrder.LITTLE_ENDIAN);
        codec.encode(connections, layout, buffer);
        return new NativeEntries(memory, buffer, layout, connections.size());
    }

    /** The number of bytes the entries take: {@code count × dwSize}, the {@code *lpcb} of a success. */
    public int byteCount() {
        return count * layout.size();
    }
}
