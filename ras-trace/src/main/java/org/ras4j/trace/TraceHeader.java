package org.ras4j.trace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.codec.Abi;

/**
 * Line 1 of a trace: where and by what it was recorded.
 *
 * @param abi        the ABI whose layouts the recorded buffers hold
 * @param windows    the Windows version the calls went to ({@code os.name} and {@code os.version}), when
 *                   they went to a real {@code rasapi32}; empty for a simulator or a stand-in
 * @param profile    the {@link org.ras4j.spi.WindowsProfile#id() id} of the Windows profile that answered
 *                   (the simulator's) or that the Windows version is; empty when unknown
 * @param library    the ras4j version that recorded the trace
 * @param recordedAt when the recording started
 */
public record TraceHeader(Abi abi, Optional<String> windows, Optional<String> profile, String library,
        Instant recordedAt) {

    /** The value of the header's {@code schema} member. */
    public static final String SCHEMA = "ras4j-trace";
    /** The major version of the format this library writes and reads. */
    public static final int VERSION = 1;

    /**
     * Checks for null.
     *
     * @param abi        the ABI whose layouts the recorded buffers hold
     * @param windows    the Windows version the calls went to, if real
     * @param profile    the id of the Windows profile, if known
     * @param library    the ras4j version that recorded the trace
     * @param recordedAt when the recording started
     */
    public TraceHeader {
        Objects.requireNonNull(abi, "abi");
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
