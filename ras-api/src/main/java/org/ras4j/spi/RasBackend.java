package org.ras4j.spi;

import java.nio.ByteBuffer;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;

/**
 * The port every backend implements: {@code RasEnumConnectionsA/W} and
 * {@code RasGetConnectStatusA/W} with their raw Win32 semantics, so that any case the C signature
 * can express can be expressed here too; and, to inspect a connection, the statistics and
 * projection functions (docs/contract.md §8), whose default answers {@code ERROR_PROC_NOT_FOUND}
 * (127) as a {@code rasapi32} without them does (C-ERR-05).
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

    /**
     * {@code RasGetConnectionStatistics(hRasConn, lpStatistics)} (Windows 2000 and later) into a
     * {@code RAS_STATS} whose {@code dwSize} the caller has set (docs/contract.md §8, C-STATS-01..03).
     * Only {@code [0, dwSize)} is written, and nothing when the call fails.
     *
     * @param handle     {@code hRasConn}
     * @param statistics {@code lpStatistics}, or {@code null} for a NULL pointer
     * @return the Win32 error code; {@code ERROR_PROC_NOT_FOUND} (127) where the function does not exist
     */
    default int getConnectionStatistics(RasHandle handle, ByteBuffer statistics) {
        return RasError.ERROR_PROC_NOT_FOUND.code();
    }

    /**
     * {@code RasGetLinkStatistics(hRasConn, dwSubEntry, lpStatistics)} (Windows 2000 and later):
     * the {@code RAS_STATS} of one link of a connection (C-STATS-04).
     *
     * @param handle     {@code hRasConn}
     * @param subEntry   {@code dwSubEntry}, 1 for the first link (a {@code DWORD}, held as its 32 bits)
     * @param statistics {@code lpStatistics}, or {@code null} for a NULL pointer
     * @return the Win32 error code; 127 where the function does not exist
     */
    default int getLinkStatistics(RasHandle handle, int subEntry, ByteBuffer statistics) {
        return RasError.ERROR_PROC_NOT_FOUND.code();
    }

    /**
     * {@code RasGetProjectionInfoA/W(hrasconn, rasprojection, lpprojection, lpcb)}: the result of
     * one protocol's projection in the structure {@code rasprojection} names ({@code RASPPPIP} for
     * {@code RASP_PppIp}, {@code RASPPPIPV6} for {@code RASP_PppIpv6}), whose {@code dwSize} the
     * caller has set (C-PROJ-01..04). {@code *lpcb} is the buffer size on input and the size needed
     * on output, as {@code RasEnumConnections}' is; the {@code dwSize} of a non-null buffer is read
     * whatever {@code *lpcb} says, and nothing at or past {@code min(*lpcb, capacity)} is written.
     *
     * @param charset    which of the two functions
     * @param handle     {@code hrasconn}
     * @param projection {@code rasprojection}: a {@code RASP_} value ({@link org.ras4j.codec.RasProjection})
     * @param buffer     {@code lpprojection}, or {@code null} for a NULL pointer
     * @param lpcb       {@code lpcb}, or {@code null} for a NULL pointer
     * @return the Win32 error code; 127 where the function does not exist
     */
    default int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
            DwordRef lpcb) {
        return RasError.ERROR_PROC_NOT_FOUND.code();
    }

    /**
     * {@code RasGetProjectionInfoEx(hrasconn, pRasProjection, lpdwSize)} (Windows 7 and later): the
     * PPP or IKEv2 projection in a {@code RAS_PROJECTION_INFO} whose {@code version} the caller has
     * set (C-PROJ-05, C-PROJ-06). {@code *lpdwSize} is the buffer size on input and the size needed
     * on output; a NULL buffer is the size query.
     *
     * <p>The structure holds pointers (the IKEv2 server-address arrays). A Java buffer has no
     * address, so the caller names one: {@code address} is the number byte 0 of {@code buffer}
     * stands for, and a backend stores a pointer to byte {@code k} of the buffer as
     * {@code address + k}; a pointer to memory outside the buffer, which a Java caller could not
     * read, is stored as NULL (docs/contract.md §8, C-PROJ-06).
     *
     * @param handle   {@code hrasconn}
     * @param buffer   {@code pRasProjection}, or {@code null} for a NULL pointer
     * @param address  the address that byte 0 of {@code buffer} stands for (non-zero; within 32 bits on x86)
     * @param lpdwSize {@code lpdwSize}, or {@code null} for a NULL pointer
     * @return the Win32 error code; 127 where the function does not exist
     */
    default int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
        return RasError.ERROR_PROC_NOT_FOUND.code();
    }
}
