package org.ras4j.sim;

import java.time.Duration;
import java.util.Objects;
import org.ras4j.ConnectionStatistics;

/**
 * The scripted counters of a simulated connection ({@link SimulatedRas#setTraffic}): where they
 * stand when it connects and how fast the byte and frame counters move, so that
 * {@code RasGetConnectionStatistics} reports them advancing with the simulator's clock
 * ({@link SimulatedRas.Builder#clock}). Every other member (errors, compression ratios, speed) stays
 * as {@code initial} says; {@code dwConnectDuration} is {@code initial}'s plus the time connected.
 * Counters are {@code DWORD}s and wrap modulo 2^32, as Windows' do.
 *
 * @param initial                the counters at the moment the connection connected
 * @param bytesSentPerSecond     how fast {@code dwBytesXmited} grows
 * @param bytesReceivedPerSecond how fast {@code dwBytesRcved} grows
 * @param framesSentPerSecond    how fast {@code dwFramesXmited} grows
 * @param framesReceivedPerSecond how fast {@code dwFramesRcved} grows
 */
public record Traffic(ConnectionStatistics initial, long bytesSentPerSecond, long bytesReceivedPerSecond,
        long framesSentPerSecond, long framesReceivedPerSecond) {

    /** Nothing sent or received, no speed: every counter 0, only the duration grows. */
    public static final Traffic NONE = new Traffic(ConnectionStatistics.ZERO, 0, 0, 0, 0);

    private static final long DWORD = 0xFFFF_FFFFL;
    /** The frame size {@link #steady} divides the byte rates by. */
    private static final long FRAME_BYTES = 1500;

    /**
     * Checks for null and that every rate is a {@code DWORD}.
     *
     * @param initial                the counters at the moment the connection connected
     * @param bytesSentPerSecond     how fast {@code dwBytesXmited} grows
     * @param bytesReceivedPerSecond how fast {@code dwBytesRcved} grows
     * @param framesSentPerSecond    how fast {@code dwFramesXmited} grows
     * @param framesReceivedPerSecond how fast {@code dwFramesRcved} grows
     */
    public Traffic {
        Objects.requireNonNull(initial, "initial");
        for (long rate : new long[] {bytesSentPerSecond, bytesReceivedPerSecond, framesSentPerSecond,
            framesReceivedPerSecond}) {
            if (rate < 0 || rate > DWORD) {
                throw new IllegalArgumentException("a rate is 0 to 2^32 - 1 per second: " + rate);
            }
        }
    }

    /**
     * Traffic at a steady rate over a link of {@code bitsPerSecond}, in frames of 1500 bytes (so
     * frames grow by the byte rate / 1500, rounded up).
     *
     * @param bitsPerSecond the bits per second
     * @param bytesSentPerSecond the bytes sent per second
     * @param bytesReceivedPerSecond the bytes received per second
     * @return Traffic at a steady rate over a link of {@code bitsPerSecond}, in frames of 1500 bytes (so frames grow by the byte rate / 1500, rounded up)
     */
    public static Traffic steady(long bitsPerSecond, long bytesSentPerSecond, long bytesReceivedPerSecond) {
        ConnectionStatistics initial = new ConnectionStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, bitsPerSecond,
                Duration.ZERO);
        return new Traffic(initial, bytesSentPerSecond, bytesReceivedPerSecond,
                (bytesSentPerSecond + FRAME_BYTES - 1) / FRAME_BYTES,
                (bytesReceivedPerSecond + FRAME_BYTES - 1) / FRAME_BYTES);
    }

    /**
     * {@return these counters after {@code connectedMillis} milliseconds connected}
     *
     * @param connectedMillis the connected millis
     */
    public ConnectionStatistics after(long connectedMillis) {
        if (connectedMillis < 0) {
            throw new IllegalArgumentException("connected for a negative time: " + connectedMillis);
        }
        ConnectionStatistics s = initial;
        return new ConnectionStatistics(
                grown(s.bytesSent(), bytesSentPerSecond, connectedMillis),
                grown(s.bytesReceived(), bytesReceivedPerSecond, connectedMillis),
                grown(s.framesSent(), framesSentPerSecond, connectedMillis),
                grown(s.framesReceived(), framesReceivedPerSecond, connectedMillis),
                s.crcErrors(), s.timeoutErrors(), s.alignmentErrors(), s.hardwareOverrunErrors(), s.framingErrors(),
                s.bufferOverrunErrors(), s.compressionRatioIn(), s.compressionRatioOut(), s.bitsPerSecond(),
                Duration.ofMillis((s.connectDuration().toMillis() + connectedMillis) & DWORD));
    }

    /**
     * {@return {@code start + rate × millis / 1000}, modulo 2^32}
     *
     * @param start the start
     * @param perSecond the per second
     * @param millis the millis
     */
    private static long grown(long start, long perSecond, long millis) {
        long whole = perSecond * (millis / 1000) + perSecond * (millis % 1000) / 1000;
        return (start + whole) & DWORD;
    }
}
