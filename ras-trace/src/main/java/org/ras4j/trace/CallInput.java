package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;

/**
 * The inputs of one recorded call that decide its answer: what a replay matches a call by. A member
 * that does not apply to the function, or that stands for a NULL pointer, is {@code null}.
 * {@code DWORD}s are held as their unsigned value (0 to 2^32 − 1), handles and addresses as their bits.
 *
 * @param function   the function
 * @param charset    {@code A} or {@code W}; {@code null} for a function without the two forms
 * @param handle     {@code hrasconn}; {@code null} for {@code RasEnumConnections}
 * @param subEntry   {@code dwSubEntry} of {@code RasGetLinkStatistics}, else {@code null}
 * @param projection {@code rasprojection} of {@code RasGetProjectionInfo}, else {@code null}
 * @param address    the address byte 0 stands for, of {@code RasGetProjectionInfoEx}, else {@code null}
 * @param capacity   the buffer's capacity in bytes; {@code null} for a NULL buffer
 * @param dwSize     the {@code DWORD} at byte 0 of the buffer before the call ({@code dwSize}, or
 *                   {@code version} of {@code RAS_PROJECTION_INFO}); {@code null} when the buffer is
 *                   NULL or holds fewer than four bytes
 * @param lpcb       {@code *lpcb} (or {@code *lpdwSize}) before the call; {@code null} for a NULL
 *                   pointer or a function without it
 * @param count      {@code *lpcConnections} before the call; {@code null} for a NULL pointer or a
 *                   function without it
 * @param flags      {@code dwFlags} of {@code RasConnectionNotification}, else {@code null}
 * @param event      whether {@code hEvent} of {@code RasConnectionNotification} was non-NULL, else {@code null}
 */
public record CallInput(TraceFunction function, RasCharset charset, Long handle, Integer subEntry, Integer projection,
        Long address, Integer capacity, Long dwSize, Long lpcb, Long count, Integer flags, Boolean event) {

    /**
     * Checks that the function is given and the charset is there exactly when the function has one.
     *
     * @param function   the function
     * @param charset    {@code A} or {@code W}; {@code null} for a function without the two forms
     * @param handle     {@code hrasconn}; {@code null} for {@code RasEnumConnections}
     * @param subEntry   {@code dwSubEntry} of {@code RasGetLinkStatistics}, else {@code null}
     * @param projection {@code rasprojection} of {@code RasGetProjectionInfo}, else {@code null}
     * @param address    the address byte 0 stands for, of {@code RasGetProjectionInfoEx}, else {@code null}
     * @param capacity   the buffer's capacity; {@code null} for a NULL buffer
     * @param dwSize     the {@code DWORD} at byte 0 before the call, or {@code null}
     * @param lpcb       {@code *lpcb} before the call, or {@code null}
     * @param count      {@code *lpcConnections} before the call, or {@code null}
     * @param flags      {@code dwFlags} of {@code RasConnectionNotification}, else {@code null}
     * @param event      whether {@code hEvent} was non-NULL, for {@code RasConnectionNotification}, else {@code null}
     */
    public CallInput {
        Objects.requireNonNull(function, "function");
        if ((charset != null) != function.hasCharset()) {
            throw new IllegalArgumentException(function.win32Name() + (function.hasCharset()
                    ? " needs a charset" : " has no charset"));
        }
        boolean notification = function == TraceFunction.CONNECTION_NOTIFICATION;
        if ((flags != null) != notification || (event != null) != notification) {
            throw new IllegalArgumentException("dwFlags and hEvent are inputs of RasConnectionNotification only");
        }
    }

    /**
     * The inputs of a call of a query function (not {@code RasConnectionNotification}).
     *
     * @param function   the function
     * @param charset    {@code A} or {@code W}; {@code null} for a function without the two forms
     * @param handle     {@code hrasconn}; {@code null} for {@code RasEnumConnections}
     * @param subEntry   {@code dwSubEntry} of {@code RasGetLinkStatistics}, else {@code null}
     * @param projection {@code rasprojection} of {@code RasGetProjectionInfo}, else {@code null}
     * @param address    the address byte 0 stands for, of {@code RasGetProjectionInfoEx}, else {@code null}
     * @param capacity   the buffer's capacity; {@code null} for a NULL buffer
     * @param dwSize     the {@code DWORD} at byte 0 before the call, or {@code null}
     * @param lpcb       {@code *lpcb} before the call, or {@code null}
     * @param count      {@code *lpcConnections} before the call, or {@code null}
     */
    public CallInput(TraceFunction function, RasCharset charset, Long handle, Integer subEntry, Integer projection,
            Long address, Integer capacity, Long dwSize, Long lpcb, Long count) {
        this(function, charset, handle, subEntry, projection, address, capacity, dwSize, lpcb, count, null, null);
    }

    /** The inputs of {@code RasConnectionNotification(hrasconn, hEvent, dwFlags)}. */
    static CallInput notification(RasHandle hrasconn, boolean event, int flags) {
        return new CallInput(TraceFunction.CONNECTION_NOTIFICATION, null, hrasconn.bits(), null, null, null, null,
                null, null, null, flags, event);
    }

    /** The inputs of a call as a backend receives them: what a recorder records and a replay matches. */
    static CallInput of(TraceFunction function, RasCharset charset, RasHandle handle, Integer subEntry,
            Integer projection, Long address, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
        return new CallInput(function, charset, handle == null ? null : handle.bits(), subEntry, projection, address,
                buffer == null ? null : buffer.capacity(),
                Buffers.holdsDwSize(buffer) ? Integer.toUnsignedLong(Buffers.dwSize(buffer)) : null,
                function.boundedByLpcb() && lpcb != null ? lpcb.getUnsigned() : null,
                function == TraceFunction.ENUM_CONNECTIONS && count != null ? count.getUnsigned() : null);
    }

    /**
     * {@return the end of the range a backend may write: {@code min(*lpcb, capacity)} for the functions
     * with a {@code lpcb}, {@code min(dwSize, capacity)} for the others; 0 for a NULL buffer}
     */
    public int writableEnd() {
        if (capacity == null) {
            return 0;
        }
        Long bound = function.boundedByLpcb() ? lpcb : dwSize;
        return bound == null ? 0 : (int) Math.min(bound, capacity);
    }

    /** {@return the Win32 name of the call, with its {@code A}/{@code W}} */
    public String callName() {
        return function.win32Name() + (charset == null ? "" : charset.name());
    }

    /** {@return a short description of the inputs, for messages} */
    public String describe() {
        StringBuilder text = new StringBuilder(callName()).append('(');
        if (function == TraceFunction.CONNECTION_NOTIFICATION) {
            return text.append("handle 0x").append(Long.toHexString(handle)).append(", hEvent ")
                    .append(event ? "set" : "NULL").append(", dwFlags 0x").append(Integer.toHexString(flags))
                    .append(')').toString();
        }
        if (handle != null) {
            text.append("handle 0x").append(Long.toHexString(handle)).append(", ");
        }
        if (subEntry != null) {
            text.append("subEntry ").append(Integer.toUnsignedString(subEntry)).append(", ");
        }
        if (projection != null) {
            text.append("projection 0x").append(Integer.toHexString(projection)).append(", ");
        }
        if (address != null) {
            text.append("address 0x").append(Long.toHexString(address)).append(", ");
        }
        text.append(capacity == null ? "NULL buffer" : "capacity " + capacity);
        if (dwSize != null) {
            text.append(", dwSize ").append(dwSize);
        }
        if (function.boundedByLpcb()) {
            text.append(", *lpcb ").append(lpcb == null ? "NULL" : lpcb.toString());
        }
        if (function == TraceFunction.ENUM_CONNECTIONS) {
            text.append(", lpcConnections ").append(count == null ? "NULL" : "set");
        }
        return text.append(')').toString();
    }
}
