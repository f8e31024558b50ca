package org.ras4j.spi;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;

/**
 * A {@link RasBackend} that passes every call of the port to another backend: the base of a decorator
 * (logging, recording, fault injection, a test's deliberately broken backend) that overrides only the
 * calls it changes. It forwards the port's functions only; a decorator that should keep the optional
 * capability {@link ConnectionNotifier} of its delegate implements it itself.
 */
public abstract class ForwardingRasBackend implements RasBackend {
    private final RasBackend delegate;

    /**
     * A backend that answers from {@code delegate}.
     *
     * @param delegate the backend every call goes to
     */
    protected ForwardingRasBackend(RasBackend delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** {@return the backend every call goes to} */
    protected final RasBackend delegate() {
        return delegate;
    }

    @Override
    public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
        return delegate.enumConnections(charset, buffer, lpcb, lpcConnections);
    }

    @Override
    public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
        return delegate.getConnectStatus(charset, handle, status);
    }

    @Override
    public Abi abi() {
        return delegate.abi();
    }

    @Override
    public int getConnectionStatistics(RasHandle handle, ByteBuffer statistics) {
        return delegate.getConnectionStatistics(handle, statistics);
    }

    @Override
    public int getLinkStatistics(RasHandle handle, int subEntry, ByteBuffer statistics) {
        return delegate.getLinkStatistics(handle, subEntry, statistics);
    }

    @Override
    public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
            DwordRef lpcb) {
        return delegate.getProjectionInfo(charset, handle, projection, buffer, lpcb);
    }

    @Override
    public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
        return delegate.getProjectionInfoEx(handle, buffer, address, lpdwSize);
    }

    /** {@return the delegate's description: a decorator describes the backend it decorates} */
    @Override
    public String toString() {
        return delegate.toString();
    }
}
