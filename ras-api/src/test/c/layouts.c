/*
 * Prints the size and every member's offset and length of each RASCONN and RASCONNSTATUS version,
 * A and W, for a 4-byte (x86) and an 8-byte (x64) HRASCONN, as CSV on standard output.
 *
 * The structures are declared here a second time, independently of the Java codec, following the
 * member lists of the Windows SDK's ras.h; the compiler lays them out. Like ras.h (which is wrapped
 * in pshpack4.h) they are compiled under #pragma pack(4). WCHAR is a uint16_t, CHAR a char, and the
 * handle a 4- or 8-byte integer, so any C11 compiler on any host gives the Windows layout.
 *
 * scripts/gen-layout-offsets.sh compiles and runs this file and writes the CSV that
 * RasLayoutCsvTest compares with RasConnLayout and RasConnStatusLayout.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#pragma pack(push, 4)

typedef uint32_t DWORD;
typedef int32_t LONG;
typedef char CHAR;
typedef uint16_t WCHAR;
typedef uint32_t HRASCONN_X86;
typedef uint64_t HRASCONN_X64;

typedef struct { DWORD Data1; uint16_t Data2; uint16_t Data3; uint8_t Data4[8]; } GUID;
typedef struct { DWORD LowPart; LONG HighPart; } LUID;
typedef DWORD RASCONNSTATE;    /* an enum: 4 bytes */
typedef DWORD RASCONNSUBSTATE; /* an enum: 4 bytes */
/* RASTUNNELENDPOINT: DWORD dwType; union { RASIPV4ADDR ipv4; RASIPV6ADDR ipv6; }; */
typedef struct {
    DWORD dwType;
    union { union { uint8_t b[4]; uint16_t w[2]; DWORD l; } ipv4; union { uint8_t b[16]; uint16_t w[8]; } ipv6; } u;
} RASTUNNELENDPOINT;

#define RAS_MaxEntryName_351 20
#define RAS_MaxEntryName 256
#define RAS_MaxDeviceType 16
#define RAS_MaxDeviceName_351 32
#define RAS_MaxDeviceName 128
#define RAS_MaxPhoneNumber 128
#define MAX_PATH 260

/* RASCONN: one body per WINVER, T = CHAR or WCHAR, H = the handle type. */
#define RASCONN_V351(T, H) DWORD dwSize; H hrasconn; T szEntryName[RAS_MaxEntryName_351 + 1];
#define RASCONN_V400(T, H) DWORD dwSize; H hrasconn; T szEntryName[RAS_MaxEntryName + 1]; \
    T szDeviceType[RAS_MaxDeviceType + 1]; T szDeviceName[RAS_MaxDeviceName + 1];
#define RASCONN_V401(T, H) RASCONN_V400(T, H) T szPhonebook[MAX_PATH]; DWORD dwSubEntry;
#define RASCONN_V500(T, H) RASCONN_V401(T, H) GUID guidEntry;
#define RASCONN_V501(T, H) RASCONN_V500(T, H) DWORD dwFlags; LUID luid;
#define RASCONN_V600(T, H) RASCONN_V501(T, H) GUID guidCorrelationId;

/* RASCONNSTATUS: the same, without a handle. */
#define RASCONNSTATUS_V351(T) DWORD dwSize; RASCONNSTATE rasconnstate; DWORD dwError; \
    T szDeviceType[RAS_MaxDeviceType + 1]; T szDeviceName[RAS_MaxDeviceName_351 + 1];
#define RASCONNSTATUS_V400(T) DWORD dwSize; RASCONNSTATE rasconnstate; DWORD dwError; \
    T szDeviceType[RAS_MaxDeviceType + 1]; T szDeviceName[RAS_MaxDeviceName + 1];
#define RASCONNSTATUS_V401(T) RASCONNSTATUS_V400(T) T szPhoneNumber[RAS_MaxPhoneNumber + 1];
#define RASCONNSTATUS_V601(T) RASCONNSTATUS_V401(T) RASTUNNELENDPOINT localEndPoint; \
    RASTUNNELENDPOINT remoteEndPoint; RASCONNSUBSTATE rasconnsubstate;

#define CONN(V, T, H) typedef struct { RASCONN_##V(T, H) } RASCONN_##V##_##T##_##H;
#define CONN_ALL(V) CONN(V, CHAR, HRASCONN_X86) CONN(V, WCHAR, HRASCONN_X86) \
    CONN(V, CHAR, HRASCONN_X64) CONN(V, WCHAR, HRASCONN_X64)
CONN_ALL(V351) CONN_ALL(V400) CONN_ALL(V401) CONN_ALL(V500) CONN_ALL(V501) CONN_ALL(V600)

/* RASCONNSTATUS holds no pointer: one layout serves both ABIs (printed twice below). */
#define STATUS(V, T) typedef struct { RASCONNSTATUS_##V(T) } RASCONNSTATUS_##V##_##T;
#define STATUS_ALL(V) STATUS(V, CHAR) STATUS(V, WCHAR)
STATUS_ALL(V351) STATUS_ALL(V400) STATUS_ALL(V401) STATUS_ALL(V601)

#pragma pack(pop)

/* The members of each version, in declaration order. */
#define M_CONN_V351(X, S) X(S, dwSize) X(S, hrasconn) X(S, szEntryName)
#define M_CONN_V400(X, S) M_CONN_V351(X, S) X(S, szDeviceType) X(S, szDeviceName)
#define M_CONN_V401(X, S) M_CONN_V400(X, S) X(S, szPhonebook) X(S, dwSubEntry)
#define M_CONN_V500(X, S) M_CONN_V401(X, S) X(S, guidEntry)
#define M_CONN_V501(X, S) M_CONN_V500(X, S) X(S, dwFlags) X(S, luid)
#define M_CONN_V600(X, S) M_CONN_V501(X, S) X(S, guidCorrelationId)
#define M_STATUS_V351(X, S) X(S, dwSize) X(S, rasconnstate) X(S, dwError) X(S, szDeviceType) X(S, szDeviceName)
#define M_STATUS_V400(X, S) M_STATUS_V351(X, S)
#define M_STATUS_V401(X, S) M_STATUS_V400(X, S) X(S, szPhoneNumber)
#define M_STATUS_V601(X, S) M_STATUS_V401(X, S) X(S, localEndPoint) X(S, remoteEndPoint) X(S, rasconnsubstate)

static const char *prefix;

#define ROW(S, m) printf("%s,%s,%zu,%zu\n", prefix, #m, offsetof(S, m), sizeof(((S *) 0)->m));
#define PRINT(STRUCT, V, CS, ABI, S, MEMBERS) \
    prefix = STRUCT "," #V "," CS "," ABI; \
    printf("%s,sizeof,0,%zu\n", prefix, sizeof(S)); \
    MEMBERS(ROW, S)

#define PRINT_CONN(V) \
    PRINT("RASCONN", V, "A", "X86", RASCONN_##V##_CHAR_HRASCONN_X86, M_CONN_##V) \
    PRINT("RASCONN", V, "W", "X86", RASCONN_##V##_WCHAR_HRASCONN_X86, M_CONN_##V) \
    PRINT("RASCONN", V, "A", "X64", RASCONN_##V##_CHAR_HRASCONN_X64, M_CONN_##V) \
    PRINT("RASCONN", V, "W", "X64", RASCONN_##V##_WCHAR_HRASCONN_X64, M_CONN_##V)
#define PRINT_STATUS(V) \
    PRINT("RASCONNSTATUS", V, "A", "X86", RASCONNSTATUS_##V##_CHAR, M_STATUS_##V) \
    PRINT("RASCONNSTATUS", V, "W", "X86", RASCONNSTATUS_##V##_WCHAR, M_STATUS_##V) \
    PRINT("RASCONNSTATUS", V, "A", "X64", RASCONNSTATUS_##V##_CHAR, M_STATUS_##V) \
    PRINT("RASCONNSTATUS", V, "W", "X64", RASCONNSTATUS_##V##_WCHAR, M_STATUS_##V)

int main(void) {
    printf("struct,version,charset,abi,member,offset,length\n");
    PRINT_CONN(V351) PRINT_CONN(V400) PRINT_CONN(V401) PRINT_CONN(V500) PRINT_CONN(V501) PRINT_CONN(V600)
    PRINT_STATUS(V351) PRINT_STATUS(V400) PRINT_STATUS(V401) PRINT_STATUS(V601)
    return 0;
}
