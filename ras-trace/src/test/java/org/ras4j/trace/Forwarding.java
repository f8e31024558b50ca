package org.ras4j.trace;

import java.nio.ByteBuffer;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/** A backend that passes every call to another: what the broken backends of these tests change one call of. */
class Forwarding implements RasBackend {
    final RasBackend delegate;

    Forwarding(RasBackend delegate) {
        this.delegate = delegate;
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
}
