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
 *   <li>Buffers hold little-endian structures laid out for {@link #abi()}, addressed in absolute
 *       terms: position, limit and byte order are ignored and left unchanged
 *       ({@link Buffers#whole}; docs/contract.md C-ENUM-06).</li>
 *   <li>The version of a buffer is the {@code dwSize} in its first four bytes, read as Windows
 *       reads it: of any non-null buffer whose capacity holds those four bytes, whatever
 *       {@code *lpcb} says (C-ENUM-05). Only a NULL buffer is the size query; {@code *lpcb = 0}
 *       with a valid {@code dwSize} answers 603 with that version's sizes, or success when there
 *       is no connection.</li>
 *   <li>A backend writes only the bytes {@code [0, min(*lpcb, buffer.capacity()))} of an
 *       enumeration buffer and {@code [0, dwSize)} of a status buffer; a rejected call writes
 *       nothing.</li>
 *   <li>How a Windows version answers (its accepted versions, its size query, its order of checks)
 *       is a {@link WindowsProfile}; a backend behaves as one of them.</li>
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
