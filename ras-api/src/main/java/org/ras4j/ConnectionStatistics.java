package org.ras4j;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@code RasGetConnectionStatistics} or {@code RasGetLinkStatistics} reports in a
 * {@code RAS_STATS} (Windows 2000 and later; docs/contract.md §8, C-STATS-01): the counters of a
 * connection or of one link of a multilink connection since it connected. Every counter is a
 * {@code DWORD}, unsigned in C, held here as its value from 0 to 2^32 − 1; Windows counts modulo
 * 2^32, so a byte counter wraps after 4 GiB.
 *
 * @param bytesSent             {@code dwBytesXmited}
 * @param bytesReceived         {@code dwBytesRcved}
 * @param framesSent            {@code dwFramesXmited}
 * @param framesReceived        {@code dwFramesRcved}
 * @param crcErrors             {@code dwCrcErr}
 * @param timeoutErrors         {@code dwTimeoutErr}
 * @param alignmentErrors       {@code dwAlignmentErr}
 * @param hardwareOverrunErrors {@code dwHardwareOverrunErr}
 * @param framingErrors         {@code dwFramingErr}
 * @param bufferOverrunErrors   {@code dwBufferOverrunErr}
 * @param compressionRatioIn    {@code dwCompressionRatioIn}: of received data (per link only, says the SDK)
 * @param compressionRatioOut   {@code dwCompressionRatioOut}: of sent data (per link only)
 * @param bitsPerSecond         {@code dwBps}: the negotiated speed (a multilink connection: the sum of its links)
 * @param connectDuration       {@code dwConnectDuration}: how long it has been connected, to the millisecond
 */
public record ConnectionStatistics(
        long bytesSent,
        long bytesReceived,
        long framesSent,
        long framesReceived,
        long crcErrors,
        long timeoutErrors,
        long alignmentErrors,
        long hardwareOverrunErrors,
        long framingErrors,
        long bufferOverrunErrors,
        long compressionRatioIn,
        long compressionRatioOut,
        long bitsPerSecond,
        Duration connectDuration) {

    /** The largest value a {@code DWORD} counter holds. */
    public static final long DWORD_MAX = 0xFFFF_FFFFL;

    /** Every counter 0 and no time connected. */
    public static final ConnectionStatistics ZERO =
            new ConnectionStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO);

    /**
     * Checks that every counter is a {@code DWORD} and the duration one too, in milliseconds.
     *
     * @param bytesSent             {@code dwBytesXmited}
     * @param bytesReceived         {@code dwBytesRcved}
     * @param framesSent            {@code dwFramesXmited}
     * @param framesReceived        {@code dwFramesRcved}
     * @param crcErrors             {@code dwCrcErr}
     * @param timeoutErrors         {@code dwTimeoutErr}
     * @param alignmentErrors       {@code dwAlignmentErr}
     * @param hardwareOverrunErrors {@code dwHardwareOverrunErr}
     * @param framingErrors         {@code dwFramingErr}
     * @param bufferOverrunErrors   {@code dwBufferOverrunErr}
     * @param compressionRatioIn    {@code dwCompressionRatioIn}: of received data (per link only, says the SDK)
     * @param compressionRatioOut   {@code dwCompressionRatioOut}: of sent data (per link only)
     * @param bitsPerSecond         {@code dwBps}: the negotiated speed (a multilink connection: the sum of its links)
     * @param connectDuration       {@code dwConnectDuration}: how long it has been connected, to the millisecond
     * @throws IllegalArgumentException if a value is negative or above {@link #DWORD_MAX}
     */
    public ConnectionStatistics {
        Objects.requireNonNull(connectDuration, "connectDuration");
        long[] counters = {bytesSent, bytesReceived, framesSent, framesReceived, crcErrors, timeoutErrors,
            alignmentErrors, hardwareOverrunErrors, framingErrors, bufferOverrunErrors, compressionRatioIn,
            compressionRatioOut, bitsPerSecond};
        for (long counter : counters) {
            requireDword(counter, "a RAS_STATS counter");
        }
        if (connectDuration.isNegative()) {
            throw new IllegalArgumentException("dwConnectDuration is negative: " + connectDuration);
        }
        requireDword(connectDuration.toMillis(), "dwConnectDuration in milliseconds");
    }

    private static void requireDword(long value, String what) {
        if (value < 0 || value > DWORD_MAX) {
            throw new IllegalArgumentException(what + " is a DWORD, 0 to " + DWORD_MAX + ": " + value);
        }
    }

    /**
     * {@return the sum of the six error counters}
     */
    public long errors() {
        return crcErrors + timeoutErrors + alignmentErrors + hardwareOverrunErrors + framingErrors
                + bufferOverrunErrors;
    }
}
