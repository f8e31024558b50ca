package org.ras4j.tck;

/**
 * The traffic a {@link TckFixture} scripts for a connection ({@link TckFeature#TRAFFIC}): a steady
 * rate of bytes each way over a link of a given speed. The kit checks that, when the fixture's clock
 * moves by {@code t}, {@code dwBytesXmited} and {@code dwBytesRcved} grow by the rate × {@code t},
 * {@code dwConnectDuration} by {@code t}, and {@code dwBps} is the speed (docs/contract.md §8,
 * C-STATS-05).
 *
 * @param bitsPerSecond          {@code dwBps}
 * @param bytesSentPerSecond     how fast {@code dwBytesXmited} grows
 * @param bytesReceivedPerSecond how fast {@code dwBytesRcved} grows
 */
public record TrafficSpec(long bitsPerSecond, long bytesSentPerSecond, long bytesReceivedPerSecond) {

    /**
     * Checks that each value is a {@code DWORD}.
     *
     * @param bitsPerSecond          {@code dwBps}
     * @param bytesSentPerSecond     how fast {@code dwBytesXmited} grows
     * @param bytesReceivedPerSecond how fast {@code dwBytesRcved} grows
     */
    public TrafficSpec {
        for (long value : new long[] {bitsPerSecond, bytesSentPerSecond, bytesReceivedPerSecond}) {
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("a DWORD is 0 to 2^32 - 1: " + value);
            }
        }
    }

    /**
     * {@return a VPN over a 100 Mbit/s link, sending 1 200 and receiving 48 000 bytes a second}
     */
    public static TrafficSpec vpn() {
        return new TrafficSpec(100_000_000, 1_200, 48_000);
    }
}
