package org.ras4j.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The raw JNA mapping of the {@code rasapi32.dll} calls ras4j uses, with their exact Win32 names
 * and argument order, and nothing else: no structures, no type mappers, no name mapping. The
 * statistics and projection functions do not exist on every Windows version (docs/contract.md §8);
 * {@link Rasapi32Library#exports} says which this DLL has, and {@link JnaRasBackend} never calls
 * one it lacks.
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

    /**
     * {@code DWORD RasGetConnectionStatistics(HRASCONN hRasConn, RAS_STATS *lpStatistics)} (Windows 2000 and later).
     *
     * @param hRasConn     the connection handle
     * @param lpStatistics the {@code RAS_STATS} whose {@code dwSize} the caller set, or NULL
     * @return the Win32 error code
     */
    int RasGetConnectionStatistics(Pointer hRasConn, Pointer lpStatistics);

    /**
     * {@code DWORD RasGetLinkStatistics(HRASCONN hRasConn, DWORD dwSubEntry, RAS_STATS *lpStatistics)}
     * (Windows 2000 and later).
     *
     * @param hRasConn     the connection handle
     * @param dwSubEntry   the link, 1 for the first
     * @param lpStatistics the {@code RAS_STATS} whose {@code dwSize} the caller set, or NULL
     * @return the Win32 error code
     */
    int RasGetLinkStatistics(Pointer hRasConn, int dwSubEntry, Pointer lpStatistics);

    /**
     * {@code DWORD RasGetProjectionInfoA(HRASCONN hrasconn, RASPROJECTION rasprojection, LPVOID
     * lpprojection, LPDWORD lpcb)}.
     *
     * @param hrasconn      the connection handle
     * @param rasprojection the {@code RASP_} value (an enum: 4 bytes)
     * @param lpprojection  the structure whose {@code dwSize} the caller set, or NULL
     * @param lpcb          in: the buffer size in bytes; out: the bytes needed
     * @return the Win32 error code
     */
    int RasGetProjectionInfoA(Pointer hrasconn, int rasprojection, Pointer lpprojection, IntByReference lpcb);

    /**
     * {@code DWORD RasGetProjectionInfoW(HRASCONN hrasconn, RASPROJECTION rasprojection, LPVOID
     * lpprojection, LPDWORD lpcb)}.
     *
     * @param hrasconn      the connection handle
     * @param rasprojection the {@code RASP_} value (an enum: 4 bytes)
     * @param lpprojection  the structure whose {@code dwSize} the caller set, or NULL
     * @param lpcb          in: the buffer size in bytes; out: the bytes needed
     * @return the Win32 error code
     */
    int RasGetProjectionInfoW(Pointer hrasconn, int rasprojection, Pointer lpprojection, IntByReference lpcb);

    /**
     * {@code DWORD RasGetProjectionInfoEx(HRASCONN hrasconn, PRAS_PROJECTION_INFO pRasProjection,
     * LPDWORD lpdwSize)} (Windows 7 and later).
     *
     * @param hrasconn       the connection handle
     * @param pRasProjection the {@code RAS_PROJECTION_INFO} whose {@code version} the caller set, or NULL
     * @param lpdwSize       in: the buffer size in bytes; out: the bytes needed
     * @return the Win32 error code
     */
    int RasGetProjectionInfoEx(Pointer hrasconn, Pointer pRasProjection, IntByReference lpdwSize);
}
