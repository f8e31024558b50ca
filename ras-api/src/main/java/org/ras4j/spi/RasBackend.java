package org.ras4j.spi;

import java.nio.ByteBuffer;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;

/**
 * The port every backend implements: {@code RasEnumConnectionsA/W} and
 * {@code RasGetConnectStatusA/W} with their raw Win32 semantics, so that any case the C signature
 * can express can be expressed here too.
 *
 * <p>Rules for implementers (the TCK checks each):
 * <ul>
 *   <li>The return value is the Win32 error code ({@code 0} = {@code ERROR_SUCCESS}); Win32
 *       errors are never thrown.</li>
 *   <li>Buffers hold little-endian structures laid out for {@link #abi()}; the version of a buffer
 *       is read from the {@code dwSize} in its first four bytes, as Windows reads it.</li>
 *   <li>A backend reads and writes only the bytes {@code [0, min(*lpcb, buffer.capacity()))} of the
 *       buffer, in absolute terms (position and limit are ignored and left unchanged).</li>
 *   <li>A backend is thread-safe.</li>
 * </ul>
 */
public interface RasBackend {

    /**
     * {@code RasEnumConnectionsA/W(lprasconn, lpcb, lpcConnections)}.
     *
     * @param charset        which of the two functions
     * @param buffer         {@code lprasconn}, or {@code null} for a NULL pointer
     * @param lpcb           {@code lpcb}: on input the buffer size in bytes, on output the bytes
     *                       required; {@code null} for a NULL pointer
     * @param lpcConnections {@code lpcConnections}: on output the number of connections;
     *                       {@code null} for a NULL pointer
     * @return the Win32 error code
     */
    int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections);

    /**
     * {@code RasGetConnectStatusA/W(hrasconn, lprasconnstatus)} into a caller-sized
     * {@code RASCONNSTATUS} whose {@code dwSize} the caller has set.
     *
     * @param charset which of the two functions
     * @param handle  {@code hrasconn}
     * @param status  {@code lprasconnstatus}, or {@code null} for a NULL pointer
     * @return the Win32 error code
     */
    int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status);

    /** {@return the ABI whose layouts this backend reads and writes} */
    Abi abi();
}
