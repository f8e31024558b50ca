package org.ras4j.codec;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import org.ras4j.ConnectionStatistics;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.spi.Buffers;

/**
 * Decodes a {@code RAS_STATS} into {@link ConnectionStatistics} and encodes one, in place at byte 0
 * of a heap or direct {@link ByteBuffer} (docs/contract.md §8, C-STATS-01).
 *
 * <p>Decoding checks that the buffer holds the 60 bytes ({@code ERROR_BUFFER_INVALID}, 610,
 * otherwise) and that its {@code dwSize} is 60 ({@code ERROR_INVALID_SIZE}, 632, otherwise); every
 * {@code DWORD} is read unsigned. Stateless and thread-safe.
 */
public final class RasStatsCodec {
    private static final String DECODE = "RasStatsCodec.decode";
    private static final RasStatsCodec INSTANCE = new RasStatsCodec();

    private final RasStatsLayout layout = RasStatsLayout.get();

    private RasStatsCodec() {
    }

    /**
     * {@return the codec}
     */
    public static RasStatsCodec create() {
        return INSTANCE;
    }

    /**
     * {@return decodes the structure at byte 0 of {@code buffer}}
     *
     * @param buffer the caller's buffer, any position, limit and byte order
     * @throws RasException if the buffer is shorter than {@code RAS_STATS} or its {@code dwSize} is wrong
     */
    public ConnectionStatistics decode(ByteBuffer buffer) {
        Objects.requireNonNull(buffer, "buffer");
        if (buffer.capacity() < layout.size()) {
            throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), DECODE,
                    layout + " does not fit a buffer of " + buffer.capacity() + " bytes");
        }
        ByteBuffer le = Buffers.whole(buffer);
        int dwSize = le.getInt(0);
        if (dwSize != layout.size()) {
            throw new RasException(RasError.ERROR_INVALID_SIZE.code(), DECODE,
                    "dwSize is " + Integer.toUnsignedString(dwSize) + "; " + layout + " needs " + layout.size());
        }
        return new ConnectionStatistics(
                dword(le, RasStatsField.BYTES_XMITED), dword(le, RasStatsField.BYTES_RCVED),
                dword(le, RasStatsField.FRAMES_XMITED), dword(le, RasStatsField.FRAMES_RCVED),
                dword(le, RasStatsField.CRC_ERR), dword(le, RasStatsField.TIMEOUT_ERR),
                dword(le, RasStatsField.ALIGNMENT_ERR), dword(le, RasStatsField.HARDWARE_OVERRUN_ERR),
                dword(le, RasStatsField.FRAMING_ERR), dword(le, RasStatsField.BUFFER_OVERRUN_ERR),
                dword(le, RasStatsField.COMPRESSION_RATIO_IN), dword(le, RasStatsField.COMPRESSION_RATIO_OUT),
                dword(le, RasStatsField.BPS), Duration.ofMillis(dword(le, RasStatsField.CONNECT_DURATION)));
    }

    private long dword(ByteBuffer le, RasStatsField field) {
        return Integer.toUnsignedLong(le.getInt(layout.offset(field)));
    }

    /**
     * Writes the whole structure at byte 0 of {@code buffer}, with {@code dwSize = 60}; the duration
     * is written in whole milliseconds.
     *
     * @param statistics the statistics
     * @param buffer the caller's buffer, any position, limit and byte order
     * @throws IllegalArgumentException if the buffer is too small
     */
    public void encode(ConnectionStatistics statistics, ByteBuffer buffer) {
        Objects.requireNonNull(statistics, "statistics");
        if (buffer.capacity() < layout.size()) {
            throw new IllegalArgumentException(layout + " does not fit a buffer of " + buffer.capacity() + " bytes");
        }
        ByteBuffer le = Buffers.whole(buffer);
        le.putInt(0, layout.size());
        put(le, RasStatsField.BYTES_XMITED, statistics.bytesSent());
        put(le, RasStatsField.BYTES_RCVED, statistics.bytesReceived());
        put(le, RasStatsField.FRAMES_XMITED, statistics.framesSent());
        put(le, RasStatsField.FRAMES_RCVED, statistics.framesReceived());
        put(le, RasStatsField.CRC_ERR, statistics.crcErrors());
        put(le, RasStatsField.TIMEOUT_ERR, statistics.timeoutErrors());
        put(le, RasStatsField.ALIGNMENT_ERR, statistics.alignmentErrors());
        put(le, RasStatsField.HARDWARE_OVERRUN_ERR, statistics.hardwareOverrunErrors());
        put(le, RasStatsField.FRAMING_ERR, statistics.framingErrors());
        put(le, RasStatsField.BUFFER_OVERRUN_ERR, statistics.bufferOverrunErrors());
        put(le, RasStatsField.COMPRESSION_RATIO_IN, statistics.compressionRatioIn());
        put(le, RasStatsField.COMPRESSION_RATIO_OUT, statistics.compressionRatioOut());
        put(le, RasStatsField.BPS, statistics.bitsPerSecond());
        put(le, RasStatsField.CONNECT_DURATION, statistics.connectDuration().toMillis());
    }

    private void put(ByteBuffer le, RasStatsField field, long value) {
        le.putInt(layout.offset(field), (int) value);
    }
}
