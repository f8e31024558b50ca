package org.ras4j;

import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.List;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/**
 * The two-call protocol of {@code RasEnumConnections}, done once, right (docs/contract.md §5): ask
 * with the newest {@code RASCONN} version and step down on {@code ERROR_INVALID_SIZE}; start from the
 * remembered buffer size (or one entry) and grow on {@code ERROR_BUFFER_TOO_SMALL} to the reported
 * size plus one spare entry, for a bounded number of rounds; check the reported count and size
 * against the buffer before decoding exactly the reported entries.
 *
 * <p>The version and size that worked are remembered, so that a steady-state enumeration is one
 * backend call on a pooled buffer. Thread-safe.
 */
final class ConnectionEnumerator {
    private static final System.Logger LOG = System.getLogger(RasClient.class.getName());
    /**
     * The most entries the client believes a backend may report: far above what a RAS server
     * serves (its ports), and low enough that a lying {@code *lpcb} cannot make the client allocate
     * gigabytes.
     */
    static final int MAX_ENTRIES = 65_536;

    private final RasBackend backend;
    private final RasCharset charset;
    private final RasConnCodec codec;
    private final int maxRounds;
    private final String call;
    private final BufferPool pool = new BufferPool();

    private volatile RasConnLayout layout;
    private volatile int rememberedSize;

    ConnectionEnumerator(RasBackend backend, RasCharset charset, RasConnCodec codec, RasConnVersion start,
            int maxRounds) {
        this.backend = backend;
        this.charset = charset;
        this.codec = codec;
        this.maxRounds = maxRounds;
        this.call = charset.functionName("RasEnumConnections");
        this.layout = RasConnLayout.of(start, charset, backend.abi());
        this.rememberedSize = layout.size();
    }

    List<RasConnection> connections() {
        int round = 0;
        while (true) {
            RasConnLayout current = layout;
            int capacity = Math.max(rememberedSize, current.size());
            ByteBuffer buffer = pool.borrow(capacity);
            try {
                buffer.putInt(0, current.size());
                DwordRef lpcb = DwordRef.of(buffer.capacity());
                DwordRef count = DwordRef.of(0);
                int code = backend.enumConnections(charset, buffer, lpcb, count);
                if (code == RasError.ERROR_SUCCESS.code()) {
                    rememberedSize = buffer.capacity();
                    return decode(buffer, current, lpcb, count);
                }
                if (code == RasError.ERROR_INVALID_SIZE.code()) {
                    layout = VersionStep.older(current, current.older(), call);
                } else if (code == RasError.ERROR_BUFFER_TOO_SMALL.code()) {
                    round++;
                    grow(current, buffer.capacity(), lpcb, round);
                } else {
                    throw new RasException(code, call);
                }
            } finally {
                pool.giveBack(buffer);
            }
        }
    }

    private void grow(RasConnLayout current, int given, DwordRef lpcb, int round) {
        if (round > maxRounds) {
            throw new RasException(RasError.ERROR_BUFFER_TOO_SMALL.code(), call,
                    "connections kept appearing: gave up after " + maxRounds + " rounds, last asking for "
                            + lpcb + " bytes");
        }
        long required = lpcb.getUnsigned();
        if (required <= given || required % current.size() != 0 || required / current.size() > MAX_ENTRIES) {
            throw new RasException(RasError.ERROR_BUFFER_TOO_SMALL.code(), call, "the backend asked for " + lpcb
                    + " bytes after being given " + given + "; Windows asks for a whole number of " + current.size()
                    + "-byte entries, more than it was given, at most " + MAX_ENTRIES);
        }
        LOG.log(Level.DEBUG, "{0}: round {1}, {2} bytes required", call, round, required);
        rememberedSize = (int) (required + current.size());
    }

    private List<RasConnection> decode(ByteBuffer buffer, RasConnLayout current, DwordRef lpcb, DwordRef count) {
        long entries = count.getUnsigned();
        long bytes = lpcb.getUnsigned();
        if (entries * current.size() > bytes || bytes > buffer.capacity()) {
            throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), call,
                    "the backend reported " + entries + " entries of " + current.size() + " bytes in *lpcb = "
                            + bytes + " for a buffer of " + buffer.capacity() + " bytes");
        }
        return codec.decode(buffer, current, (int) entries);
    }
}
