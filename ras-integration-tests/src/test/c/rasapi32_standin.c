/*
 * A stand-in for rasapi32.dll, so that JnaRasBackend's whole native path runs on Linux.
 *
 * It exports RasEnumConnectionsA/W and RasGetConnectStatusA/W with the Win32 signatures and
 * forwards every call, with the caller's raw pointers, to two function pointers that the test
 * installs with standin_install() (JNA callbacks backed by any Java RasBackend). The semantics
 * live in that backend, in one place; this file only moves pointers. Built with the host cc:
 * DWORD is uint32_t and pointers are the host's (x64 on a 64-bit Linux), which is the Windows
 * x64 ABI as far as these calls are concerned. On Linux the calling convention is cdecl.
 *
 * standin_lie() makes the stand-in break the contract after a successful RasEnumConnections, to
 * show that the backend and the client refuse such answers instead of reading beyond the memory:
 *   1: *lpcConnections becomes more entries than *lpcb bytes can hold;
 *   2: *lpcb becomes larger than the buffer the caller declared.
 *
 * The functions that inspect a connection (RasGetConnectionStatistics, RasGetLinkStatistics,
 * RasGetProjectionInfoA/W, RasGetProjectionInfoEx) are forwarded the same way to the function
 * pointers installed with standin_install_inspect(); until then they answer
 * ERROR_CALL_NOT_IMPLEMENTED. RasGetProjectionInfoEx's callback also gets the address of the
 * caller's buffer, so that the pointers it stores in the structure are real addresses, as the DLL's.
 */
#include <stddef.h>
#include <stdint.h>

typedef uint32_t DWORD;

#define ERROR_CALL_NOT_IMPLEMENTED 120u

/* wide: 0 for the A function, 1 for the W function. */
typedef DWORD (*standin_enum_fn)(int wide, void *lprasconn, DWORD *lpcb, DWORD *lpcConnections);
typedef DWORD (*standin_status_fn)(int wide, void *hrasconn, void *lprasconnstatus);

/* handle, sub-entry (0 for RasGetConnectionStatistics, which has none: link is 0), RAS_STATS. */
typedef DWORD (*standin_stats_fn)(int link, void *hrasconn, DWORD dwSubEntry, void *lpStatistics);
typedef DWORD (*standin_projection_fn)(int wide, void *hrasconn, DWORD rasprojection, void *lpprojection, DWORD *lpcb);
typedef DWORD (*standin_projection_ex_fn)(void *hrasconn, void *pRasProjection, DWORD *lpdwSize);

static standin_enum_fn enum_impl;
static standin_status_fn status_impl;
static standin_stats_fn stats_impl;
static standin_projection_fn projection_impl;
static standin_projection_ex_fn projection_ex_impl;
static int lie_mode;

void standin_install(standin_enum_fn enum_fn, standin_status_fn status_fn) {
    enum_impl = enum_fn;
    status_impl = status_fn;
}

void standin_install_inspect(standin_stats_fn stats_fn, standin_projection_fn projection_fn,
                             standin_projection_ex_fn projection_ex_fn) {
    stats_impl = stats_fn;
    projection_impl = projection_fn;
    projection_ex_impl = projection_ex_fn;
}

void standin_lie(int mode) {
    lie_mode = mode;
}

static DWORD enumerate(int wide, void *lprasconn, DWORD *lpcb, DWORD *lpcConnections) {
    if (enum_impl == NULL) {
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
    DWORD declared = lpcb == NULL ? 0 : *lpcb;
    DWORD code = enum_impl(wide, lprasconn, lpcb, lpcConnections);
    if (code == 0 && lpcb != NULL && lpcConnections != NULL && lprasconn != NULL) {
        if (lie_mode == 1) {
            *lpcConnections = declared / 4 + 1000;
        } else if (lie_mode == 2) {
            *lpcb = declared + 4096;
        }
    }
    return code;
}

static DWORD status(int wide, void *hrasconn, void *lprasconnstatus) {
    if (status_impl == NULL) {
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
    return status_impl(wide, hrasconn, lprasconnstatus);
}

DWORD RasEnumConnectionsA(void *lprasconn, DWORD *lpcb, DWORD *lpcConnections) {
    return enumerate(0, lprasconn, lpcb, lpcConnections);
}

DWORD RasEnumConnectionsW(void *lprasconn, DWORD *lpcb, DWORD *lpcConnections) {
    return enumerate(1, lprasconn, lpcb, lpcConnections);
}

DWORD RasGetConnectStatusA(void *hrasconn, void *lprasconnstatus) {
    return status(0, hrasconn, lprasconnstatus);
}

DWORD RasGetConnectStatusW(void *hrasconn, void *lprasconnstatus) {
    return status(1, hrasconn, lprasconnstatus);
}

/* Built with -DSTANDIN_WITHOUT_INSPECT, the library is a rasapi32 of Windows before 2000: the four
 * functions only (JnaInspectMissingExportsTest). */
#ifndef STANDIN_WITHOUT_INSPECT
DWORD RasGetConnectionStatistics(void *hRasConn, void *lpStatistics) {
    return stats_impl == NULL ? ERROR_CALL_NOT_IMPLEMENTED : stats_impl(0, hRasConn, 0, lpStatistics);
}

DWORD RasGetLinkStatistics(void *hRasConn, DWORD dwSubEntry, void *lpStatistics) {
    return stats_impl == NULL ? ERROR_CALL_NOT_IMPLEMENTED : stats_impl(1, hRasConn, dwSubEntry, lpStatistics);
}

DWORD RasGetProjectionInfoA(void *hrasconn, DWORD rasprojection, void *lpprojection, DWORD *lpcb) {
    return projection_impl == NULL ? ERROR_CALL_NOT_IMPLEMENTED
                                   : projection_impl(0, hrasconn, rasprojection, lpprojection, lpcb);
}

DWORD RasGetProjectionInfoW(void *hrasconn, DWORD rasprojection, void *lpprojection, DWORD *lpcb) {
    return projection_impl == NULL ? ERROR_CALL_NOT_IMPLEMENTED
                                   : projection_impl(1, hrasconn, rasprojection, lpprojection, lpcb);
}

DWORD RasGetProjectionInfoEx(void *hrasconn, void *pRasProjection, DWORD *lpdwSize) {
    return projection_ex_impl == NULL ? ERROR_CALL_NOT_IMPLEMENTED
                                      : projection_ex_impl(hrasconn, pRasProjection, lpdwSize);
}
#endif
