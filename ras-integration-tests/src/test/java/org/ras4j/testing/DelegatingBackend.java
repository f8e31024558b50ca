package org.ras4j.testing;

import java.nio.ByteBuffer;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/** A backend that answers every call of the port from another one, as a backend author's wrapper would. */
public class DelegatingBackend implements RasBackend {
    private final RasBackend inner;

    /** A backend answering from {@code inner}. */
    public DelegatingBackend(RasBackend inner) {
        this.inner = inner;
    }

    @Override
    public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
        return inner.enumConnections(charset, buffer, lpcb, lpcConnections);
    }

    @Override
    public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
        return inner.getConnectStatus(charset, handle, status);
    }

    @Override
    public Abi abi() {
        return inner.abi();
    }

    @Override
    public int getConnectionStatistics(RasHandle handle, ByteBuffer statistics) {
        return inner.getConnectionStatistics(handle, statistics);
    }

    @Override
    public int getLinkStatistics(RasHandle handle, int subEntry, ByteBuffer statistics) {
        return inner.getLinkStatistics(handle, subEntry, statistics);
    }

    @Override
    public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
            DwordRef lpcb) {
        return inner.getProjectionInfo(charset, handle, projection, buffer, lpcb);
    }

    @Override
    public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
        return inner.getProjectionInfoEx(handle, buffer, address, lpdwSize);
    }
}
