package org.ras4j.conformance;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/**
 * Deliberately broken backends: wrappers around a correct one (the simulator) that each make one
 * mistake a real backend could make. The TCK must catch every one ({@link BrokenBackendsTest}).
 */
final class BrokenBackends {
    private static final int SUCCESS = 0;
    private static final int BUFFER_TOO_SMALL = RasError.ERROR_BUFFER_TOO_SMALL.code();
    private static final int INVALID_SIZE = RasError.ERROR_INVALID_SIZE.code();

    private BrokenBackends() {
    }

    /** One {@code RasEnumConnections} call as the wrapped backend answered it, with the caller's inputs. */
    private interface EnumMistake {
        int after(int code, RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count, int lpcbIn, int countIn);
    }

    private static RasBackend breakEnum(RasBackend delegate, EnumMistake mistake) {
        return new RasBackend() {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                int lpcbIn = lpcb == null ? 0 : lpcb.get();
                int countIn = count == null ? 0 : count.get();
                int code = delegate.enumConnections(charset, buffer, lpcb, count);
                return mistake.after(code, charset, buffer, lpcb, count, lpcbIn, countIn);
            }

            @Override
            public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
                return delegate.getConnectStatus(charset, handle, status);
            }

            @Override
            public Abi abi() {
                return delegate.abi();
            }
        };
    }

    /** One {@code RasGetConnectStatus} call as the wrapped backend answered it. */
    private interface StatusMistake {
        int after(int code, RasCharset charset, RasHandle handle, ByteBuffer status);
    }

    private static RasBackend breakStatus(RasBackend delegate, StatusMistake mistake) {
        return new RasBackend() {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                return delegate.enumConnections(charset, buffer, lpcb, count);
            }

            @Override
            public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
                return mistake.after(delegate.getConnectStatus(charset, handle, status), charset, handle, status);
            }

            @Override
            public Abi abi() {
                return delegate.abi();
            }
        };
    }

    /** A NULL {@code RASCONNSTATUS} is answered with {@code ERROR_INVALID_HANDLE} instead of 632. */
    static RasBackend nullStatusIsInvalidHandle(RasBackend delegate) {
        return breakStatus(delegate, (code, charset, handle, status) ->
                status == null ? RasError.ERROR_INVALID_HANDLE.code() : code);
    }

    /** A successful {@code RasGetConnectStatus} also writes the byte just past {@code dwSize}. */
    static RasBackend statusWritesPastDwSize(RasBackend delegate) {
        return breakStatus(delegate, (code, charset, handle, status) -> {
            if (code == SUCCESS && dwSize(status) < status.capacity()) {
                status.duplicate().clear().put(dwSize(status), (byte) 0x5A);
            }
            return code;
        });
    }

    private static int dwSize(ByteBuffer buffer) {
        return buffer.duplicate().clear().order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    }

    /** On 603, {@code *lpcConnections} is the number of entries written instead of the total. */
    static RasBackend reportsWrittenCountOn603(RasBackend delegate) {
        return breakEnum(delegate, (code, charset, buffer, lpcb, count, lpcbIn, countIn) -> {
            if (code == BUFFER_TOO_SMALL && buffer != null) {
                count.set(Math.min(count.get(), Integer.divideUnsigned(lpcbIn, dwSize(buffer))));
            }
            return code;
        });
    }

    /** Any {@code dwSize} is taken: where the real backend says 632, this one lists nothing. */
    static RasBackend acceptsAnyDwSize(RasBackend delegate) {
        return breakEnum(delegate, (code, charset, buffer, lpcb, count, lpcbIn, countIn) -> {
            if (code == INVALID_SIZE && buffer != null && lpcb != null && count != null) {
                lpcb.set(0);
                count.set(0);
                return SUCCESS;
            }
            return code;
        });
    }

    /**
     * {@code hrasconn} aligned to 8 on x64 (the mistake of a JNA {@code Structure} with default
     * alignment): every member written moves four bytes further, the last four falling off.
     */
    static RasBackend alignsHandleTo8(RasBackend delegate) {
        return breakEnum(delegate, (code, charset, buffer, lpcb, count, lpcbIn, countIn) -> {
            if ((code == SUCCESS || code == BUFFER_TOO_SMALL) && buffer != null && delegate.abi() == Abi.X64) {
                ByteBuffer bytes = buffer.duplicate().clear();
                int size = dwSize(buffer);
                int written = Math.min(count.get(), Integer.divideUnsigned(lpcbIn, size));
                for (int i = 0; i < written; i++) {
                    int base = i * size;
                    byte[] members = new byte[size - 8];
                    bytes.get(base + 4, members);
                    bytes.put(base + 8, members);
                    bytes.putInt(base + 4, 0);
                }
            }
            return code;
        });
    }

    /** One byte is written at {@code *lpcb}, just past the caller's buffer. */
    static RasBackend writesOneBytePastLpcb(RasBackend delegate) {
        return breakEnum(delegate, (code, charset, buffer, lpcb, count, lpcbIn, countIn) -> {
            if (buffer != null && lpcb != null && Integer.toUnsignedLong(lpcbIn) < buffer.capacity()) {
                buffer.duplicate().clear().put(lpcbIn, (byte) 0x5A);
            }
            return code;
        });
    }

    /** With nothing to report, the out-values keep whatever the caller put there. */
    static RasBackend forgetsToZeroOutputs(RasBackend delegate) {
        return breakEnum(delegate, (code, charset, buffer, lpcb, count, lpcbIn, countIn) -> {
            if (code == SUCCESS && count != null && count.get() == 0) {
                lpcb.set(lpcbIn);
                count.set(countIn);
            }
            return code;
        });
    }
}
