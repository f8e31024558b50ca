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
 *
 * RasConnectionNotificationW is forwarded the same way (standin_install_notification). Linux has no
 * Win32 event objects, so the stand-in exports a small equivalent that JnaRasBackend uses here in
 * place of kernel32's CreateEvent/SetEvent/WaitForMultipleObjects/CloseHandle (see the end of
 * this file).
 */
#define _POSIX_C_SOURCE 200809L
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
/* ---- RasConnectionNotificationW ------------------------------------------------------------ */

typedef DWORD (*standin_notify_fn)(void *hrasconn, void *hEvent, DWORD dwFlags);

static standin_notify_fn notify_impl;

void standin_install_notification(standin_notify_fn notify_fn) {
    notify_impl = notify_fn;
}

DWORD RasConnectionNotificationW(void *hrasconn, void *hEvent, DWORD dwFlags) {
    if (notify_impl == NULL) {
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
    return notify_impl(hrasconn, hEvent, dwFlags);
}

/* ---- Event objects, as kernel32 has them ---------------------------------------------------
 * Auto-reset events: standin_create_event is CreateEvent(NULL, FALSE, FALSE, NULL),
 * standin_set_event SetEvent, standin_wait WaitForMultipleObjects of two events (bWaitAll FALSE:
 * 0 or 1 for the one that was signalled, which it resets; WAIT_TIMEOUT; WAIT_FAILED for a handle
 * that is not open), standin_close CloseHandle. A handle is a number, never reused, so a stale
 * one is refused rather than mistaken for a new event. One mutex and one condition variable
 * (on the monotonic clock) serve every event: enough for tests. standin_open_events counts the
 * open handles, to show that nothing leaks.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#define WAIT_TIMEOUT 258u
#define WAIT_FAILED 0xFFFFFFFFu

struct standin_event {
    uintptr_t id;
    int signalled;
    struct standin_event *next;
};

static pthread_mutex_t events_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t events_changed;
static pthread_once_t events_once = PTHREAD_ONCE_INIT;
static struct standin_event *events;
static uintptr_t next_event_id = 0x1000;
static long open_events;

static void init_events(void) {
    pthread_condattr_t attributes;
    pthread_condattr_init(&attributes);
    pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC);
    pthread_cond_init(&events_changed, &attributes);
    pthread_condattr_destroy(&attributes);
}

/* Under events_lock. */
static struct standin_event *find_event(void *handle) {
    for (struct standin_event *e = events; e != NULL; e = e->next) {
        if (e->id == (uintptr_t)handle) {
            return e;
        }
    }
    return NULL;
}

void *standin_create_event(void) {
    pthread_once(&events_once, init_events);
    struct standin_event *e = malloc(sizeof *e);
    if (e == NULL) {
        return NULL;
    }
    pthread_mutex_lock(&events_lock);
    e->id = next_event_id;
    next_event_id += 4;
    e->signalled = 0;
    e->next = events;
    events = e;
    open_events++;
    pthread_mutex_unlock(&events_lock);
    return (void *)e->id;
}

int standin_set_event(void *handle) {
    pthread_once(&events_once, init_events);
    pthread_mutex_lock(&events_lock);
    struct standin_event *e = find_event(handle);
    if (e != NULL) {
        e->signalled = 1;
        pthread_cond_broadcast(&events_changed);
    }
    pthread_mutex_unlock(&events_lock);
    return e != NULL;
}

int standin_is_open(void *handle) {
    pthread_mutex_lock(&events_lock);
    int open = find_event(handle) != NULL;
    pthread_mutex_unlock(&events_lock);
    return open;
}

DWORD standin_wait(void *first, void *second, DWORD milliseconds) {
    pthread_once(&events_once, init_events);
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += milliseconds / 1000;
    deadline.tv_nsec += (long)(milliseconds % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec += 1;
        deadline.tv_nsec -= 1000000000L;
    }
    DWORD result;
    pthread_mutex_lock(&events_lock);
    for (;;) {
        struct standin_event *a = find_event(first);
        struct standin_event *b = find_event(second);
        if (a == NULL || b == NULL) {
            result = WAIT_FAILED;
            break;
        }
        if (a->signalled) {
            a->signalled = 0;
            result = 0;
            break;
        }
        if (b->signalled) {
            b->signalled = 0;
            result = 1;
            break;
        }
        if (pthread_cond_timedwait(&events_changed, &events_lock, &deadline) == ETIMEDOUT) {
            result = WAIT_TIMEOUT;
            break;
        }
    }
    pthread_mutex_unlock(&events_lock);
    return result;
}

int standin_close(void *handle) {
    pthread_mutex_lock(&events_lock);
    struct standin_event **link = &events;
    while (*link != NULL && (*link)->id != (uintptr_t)handle) {
        link = &(*link)->next;
    }
    struct standin_event *e = *link;
    if (e != NULL) {
        *link = e->next;
        open_events--;
        free(e);
        pthread_cond_broadcast(&events_changed);
    }
    pthread_mutex_unlock(&events_lock);
    return e != NULL;
}

long standin_open_events(void) {
    pthread_mutex_lock(&events_lock);
    long open = open_events;
    pthread_mutex_unlock(&events_lock);
    return open;
}
