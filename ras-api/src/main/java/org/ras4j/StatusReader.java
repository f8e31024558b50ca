package org.ras4j;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.spi.RasBackend;

/**
 * {@code RasGetConnectStatus} with version negotiation: ask with the newest {@code RASCONNSTATUS}
 * and step down on {@code ERROR_INVALID_SIZE}, remembering what worked. Thread-safe.
 */
final class StatusReader {
    private final RasBackend backend;
    private final RasCharset charset;
    private final RasConnStatusCodec codec;
    private final String call;
    private final BufferPool pool = new BufferPool();

    private volatile RasConnStatusLayout layout;

    StatusReader(RasBackend backend, RasCharset charset, RasConnStatusCodec codec) {
        this.backend = backend;
        this.charset = charset;
        this.codec = codec;
        this.call = charset.functionName("RasGetConnectStatus");
        this.layout = RasConnStatusLayout.newest(charset, backend.abi());
    }

    /** The status, or empty when the handle is not (or no longer) a live connection. */
    Optional<ConnectionStatus> statusIfLive(RasHandle handle) {
        while (true) {
            RasConnStatusLayout current = layout;
            ByteBuffer buffer = pool.borrow(current.size());
            try {
                buffer.putInt(0, current.size());
                int code = backend.getConnectStatus(charset, handle, buffer);
                if (code == RasError.ERROR_SUCCESS.code()) {
                    return Optional.of(codec.decode(buffer, current));
                }
                if (code == RasError.ERROR_INVALID_HANDLE.code()) {
                    return Optional.empty();
                }
                if (code != RasError.ERROR_INVALID_SIZE.code()) {
                    throw new RasException(code, call, "handle " + handle);
                }
                layout = VersionStep.older(current, current.older(), call);
            } finally {
                pool.giveBack(buffer);
            }
        }
    }
}
