package org.ras4j.codec;

/** The members of {@code RAS_STATS} (Windows 2000 and later), in declaration order. */
public enum RasStatsField {
    /** {@code DWORD dwSize}: {@code sizeof(RAS_STATS)}, 60. */
    DW_SIZE,
    /** {@code dwBytesXmited}. */
    BYTES_XMITED,
    /** {@code dwBytesRcved}. */
    BYTES_RCVED,
    /** {@code dwFramesXmited}. */
    FRAMES_XMITED,
    /** {@code dwFramesRcved}. */
    FRAMES_RCVED,
    /** {@code dwCrcErr}. */
    CRC_ERR,
    /** {@code dwTimeoutErr}. */
    TIMEOUT_ERR,
    /** {@code dwAlignmentErr}. */
    ALIGNMENT_ERR,
    /** {@code dwHardwareOverrunErr}. */
    HARDWARE_OVERRUN_ERR,
    /** {@code dwFramingErr}. */
    FRAMING_ERR,
    /** {@code dwBufferOverrunErr}. */
    BUFFER_OVERRUN_ERR,
    /** {@code dwCompressionRatioIn}. */
    COMPRESSION_RATIO_IN,
    /** {@code dwCompressionRatioOut}. */
    COMPRESSION_RATIO_OUT,
    /** {@code dwBps}: the speed in bits per second. */
    BPS,
    /** {@code dwConnectDuration}: milliseconds connected. */
    CONNECT_DURATION
}
