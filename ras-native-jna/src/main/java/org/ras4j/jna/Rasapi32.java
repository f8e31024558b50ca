package org.ras4j.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The raw JNA mapping of the two {@code rasapi32.dll} calls ras4j uses, with their exact Win32
 * names and argument order, and nothing else: no structures, no type mappers, no name mapping.
 *
 * <p>Every function returns a Win32 error code ({@code DWORD}, 0 = {@code ERROR_SUCCESS}). A
 * {@code null} argument is a NULL pointer. Structures are passed as raw memory whose bytes the
 * {@code org.ras4j.codec} layouts describe. On 32-bit Windows the functions are {@code WINAPI}
 * ({@code __stdcall}); {@link Rasapi32Library} loads this interface with that calling convention
 * there and with the platform default elsewhere.
 */
public interface Rasapi32 extends Library {

    /**
     * {@code DWORD RasEnumConnectionsA(LPRASCONNA lprasconn, LPDWORD lpcb, LPDWORD lpcConnections)}.
     *
     * @param lprasconn      the {@code RASCONNA} array whose first {@code dwSize} names the version, or NULL
     * @param lpcb           in: the size of the array in bytes; out: the bytes needed
     * @param lpcConnections out: the number of connections
     * @return the Win32 error code
     */
    int RasEnumConnectionsA(Pointer lprasconn, IntByReference lpcb, IntByReference lpcConnections);

    /**
     * {@code DWORD RasEnumConnectionsW(LPRASCONNW lprasconn, LPDWORD lpcb, LPDWORD lpcConnections)}.
     *
     * @param lprasconn      the {@code RASCONNW} array whose first {@code dwSize} names the version, or NULL
     * @param lpcb           in: the size of the array in bytes; out: the bytes needed
     * @param lpcConnections out: the number of connections
     * @return the Win32 error code
     */
    int RasEnumConnectionsW(Pointer lprasconn, IntByReference lpcb, IntByReference lpcConnections);

    /**
     * {@code DWORD RasGetConnectStatusA(HRASCONN hrasconn, LPRASCONNSTATUSA lprasconnstatus)}.
     *
     * @param hrasconn        the connection handle (an opaque pointer-sized value)
     * @param lprasconnstatus the {@code RASCONNSTATUSA} whose {@code dwSize} the caller set, or NULL
     * @return the Win32 error code
     */
    int RasGetConnectStatusA(Pointer hrasconn, Pointer lprasconnstatus);

    /**
     * {@code DWORD RasGetConnectStatusW(HRASCONN hrasconn, LPRASCONNSTATUSW lprasconnstatus)}.
     *
     * @param hrasconn        the connection handle (an opaque pointer-sized value)
     * @param lprasconnstatus the {@code RASCONNSTATUSW} whose {@code dwSize} the caller set, or NULL
     * @return the Win32 error code
     */
    int RasGetConnectStatusW(Pointer hrasconn, Pointer lprasconnstatus);
}
