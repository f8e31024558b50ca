/*
 * Prints the size and every member's offset and length of the structures that inspect a
 * connection -- RAS_STATS, each RASPPPIP version (A and W), RASPPPIPV6 and RAS_PROJECTION_INFO --
 * for a 4-byte (x86) and an 8-byte (x64) pointer, as CSV on standard output (the format of
 * layouts.c: struct,version,charset,abi,member,offset,length).
 *
 * The structures are declared here a second time, independently of the Java codec, following the
 * member lists of the Windows SDK's ras.h, under #pragma pack(4) as ras.h is (pshpack4.h).
 * RASIPV4ADDR is struct in_addr (a union of four bytes, two USHORTs and a ULONG: 4-aligned),
 * RASIPV6ADDR is struct in6_addr (a union of 16 bytes and 8 USHORTs: 2-aligned), BOOL an int, and a
 * pointer a 4- or 8-byte integer, so any C11 compiler on any host gives the Windows layout.
 * Structures without text or pointers are printed for every charset and ABI all the same.
 *
 * scripts/gen-inspect-layout-offsets.sh compiles and runs this file and writes the CSV that
 * InspectLayoutsAgainstCTest compares with the Java layouts.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#pragma pack(push, 4)

typedef uint32_t DWORD;
typedef int32_t BOOL;
typedef uint8_t BYTE;
typedef char CHAR;
typedef uint16_t WCHAR;
typedef uint32_t PTR_X86;
typedef uint64_t PTR_X64;

typedef union { struct { uint8_t s_b1, s_b2, s_b3, s_b4; } S_un_b; struct { uint16_t s_w1, s_w2; } S_un_w;
                DWORD S_addr; } RASIPV4ADDR;
typedef union { uint8_t Byte[16]; uint16_t Word[8]; } RASIPV6ADDR;

#define RAS_MaxIpAddress 15

typedef struct {
    DWORD dwSize; DWORD dwBytesXmited; DWORD dwBytesRcved; DWORD dwFramesXmited; DWORD dwFramesRcved;
    DWORD dwCrcErr; DWORD dwTimeoutErr; DWORD dwAlignmentErr; DWORD dwHardwareOverrunErr; DWORD dwFramingErr;
    DWORD dwBufferOverrunErr; DWORD dwCompressionRatioIn; DWORD dwCompressionRatioOut; DWORD dwBps;
    DWORD dwConnectDuration;
} RAS_STATS;

/* RASPPPIP: WINNT35COMPATIBLE (V350), then + szServerIpAddress (V351), then WINVER >= 0x500 (V500). */
#define RASPPPIP_V350(T) DWORD dwSize; DWORD dwError; T szIpAddress[RAS_MaxIpAddress + 1];
#define RASPPPIP_V351(T) RASPPPIP_V350(T) T szServerIpAddress[RAS_MaxIpAddress + 1];
#define RASPPPIP_V500(T) RASPPPIP_V351(T) DWORD dwOptions; DWORD dwServerOptions;
#define PPPIP(V, T) typedef struct { RASPPPIP_##V(T) } RASPPPIP_##V##_##T;
#define PPPIP_ALL(V) PPPIP(V, CHAR) PPPIP(V, WCHAR)
PPPIP_ALL(V350) PPPIP_ALL(V351) PPPIP_ALL(V500)

typedef struct {
    DWORD dwSize; DWORD dwError; BYTE bLocalInterfaceIdentifier[8]; BYTE bPeerInterfaceIdentifier[8];
    BYTE bLocalCompressionProtocol[2]; BYTE bPeerCompressionProtocol[2];
} RASPPPIPV6;

typedef struct {
    DWORD dwIPv4NegotiationError; RASIPV4ADDR ipv4Address; RASIPV4ADDR ipv4ServerAddress; DWORD dwIPv4Options;
    DWORD dwIPv4ServerOptions; DWORD dwIPv6NegotiationError; BYTE bInterfaceIdentifier[8];
    BYTE bServerInterfaceIdentifier[8]; BOOL fBundled; BOOL fMultilink; DWORD dwAuthenticationProtocol;
    DWORD dwAuthenticationData; DWORD dwServerAuthenticationProtocol; DWORD dwServerAuthenticationData;
    DWORD dwEapTypeId; DWORD dwServerEapTypeId; DWORD dwLcpOptions; DWORD dwLcpServerOptions; DWORD dwCcpError;
    DWORD dwCcpCompressionAlgorithm; DWORD dwCcpServerCompressionAlgorithm; DWORD dwCcpOptions;
    DWORD dwCcpServerOptions;
} RASPPP_PROJECTION_INFO;

#define IKEV2(P) typedef struct { \
    DWORD dwIPv4NegotiationError; RASIPV4ADDR ipv4Address; RASIPV4ADDR ipv4ServerAddress; \
    DWORD dwIPv6NegotiationError; RASIPV6ADDR ipv6Address; RASIPV6ADDR ipv6ServerAddress; DWORD dwPrefixLength; \
    DWORD dwAuthenticationProtocol; DWORD dwEapTypeId; DWORD dwFlags; DWORD dwEncryptionMethod; \
    DWORD numIPv4ServerAddresses; P ipv4ServerAddresses; DWORD numIPv6ServerAddresses; P ipv6ServerAddresses; \
} RASIKEV2_PROJECTION_INFO_##P; \
typedef struct { DWORD version; DWORD type; \
    union { RASPPP_PROJECTION_INFO ppp; RASIKEV2_PROJECTION_INFO_##P ikev2; }; \
} RAS_PROJECTION_INFO_##P;
IKEV2(PTR_X86) IKEV2(PTR_X64)

#pragma pack(pop)

#define M_STATS(X, S) X(S, dwSize) X(S, dwBytesXmited) X(S, dwBytesRcved) X(S, dwFramesXmited) \
    X(S, dwFramesRcved) X(S, dwCrcErr) X(S, dwTimeoutErr) X(S, dwAlignmentErr) X(S, dwHardwareOverrunErr) \
    X(S, dwFramingErr) X(S, dwBufferOverrunErr) X(S, dwCompressionRatioIn) X(S, dwCompressionRatioOut) \
    X(S, dwBps) X(S, dwConnectDuration)
#define M_PPPIP_V350(X, S) X(S, dwSize) X(S, dwError) X(S, szIpAddress)
#define M_PPPIP_V351(X, S) M_PPPIP_V350(X, S) X(S, szServerIpAddress)
#define M_PPPIP_V500(X, S) M_PPPIP_V351(X, S) X(S, dwOptions) X(S, dwServerOptions)
#define M_PPPIPV6(X, S) X(S, dwSize) X(S, dwError) X(S, bLocalInterfaceIdentifier) X(S, bPeerInterfaceIdentifier) \
    X(S, bLocalCompressionProtocol) X(S, bPeerCompressionProtocol)
#define M_PROJECTION(X, S) X(S, version) X(S, type) \
    X(S, ppp.dwIPv4NegotiationError) X(S, ppp.ipv4Address) X(S, ppp.ipv4ServerAddress) X(S, ppp.dwIPv4Options) \
    X(S, ppp.dwIPv4ServerOptions) X(S, ppp.dwIPv6NegotiationError) X(S, ppp.bInterfaceIdentifier) \
    X(S, ppp.bServerInterfaceIdentifier) X(S, ppp.fBundled) X(S, ppp.fMultilink) \
    X(S, ppp.dwAuthenticationProtocol) X(S, ppp.dwAuthenticationData) X(S, ppp.dwServerAuthenticationProtocol) \
    X(S, ppp.dwServerAuthenticationData) X(S, ppp.dwEapTypeId) X(S, ppp.dwServerEapTypeId) \
    X(S, ppp.dwLcpOptions) X(S, ppp.dwLcpServerOptions) X(S, ppp.dwCcpError) \
    X(S, ppp.dwCcpCompressionAlgorithm) X(S, ppp.dwCcpServerCompressionAlgorithm) X(S, ppp.dwCcpOptions) \
    X(S, ppp.dwCcpServerOptions) \
    X(S, ikev2.dwIPv4NegotiationError) X(S, ikev2.ipv4Address) X(S, ikev2.ipv4ServerAddress) \
    X(S, ikev2.dwIPv6NegotiationError) X(S, ikev2.ipv6Address) X(S, ikev2.ipv6ServerAddress) \
    X(S, ikev2.dwPrefixLength) X(S, ikev2.dwAuthenticationProtocol) X(S, ikev2.dwEapTypeId) \
    X(S, ikev2.dwFlags) X(S, ikev2.dwEncryptionMethod) X(S, ikev2.numIPv4ServerAddresses) \
    X(S, ikev2.ipv4ServerAddresses) X(S, ikev2.numIPv6ServerAddresses) X(S, ikev2.ipv6ServerAddresses)

static const char *prefix;

#define ROW(S, m) printf("%s,%s,%zu,%zu\n", prefix, #m, offsetof(S, m), sizeof(((S *) 0)->m));
#define PRINT(STRUCT, V, CS, ABI, S, MEMBERS) \
    prefix = STRUCT "," #V "," CS "," ABI; \
    printf("%s,sizeof,0,%zu\n", prefix, sizeof(S)); \
    MEMBERS(ROW, S)
#define PRINT_EVERYWHERE(STRUCT, V, S, MEMBERS) \
    PRINT(STRUCT, V, "A", "X86", S, MEMBERS) PRINT(STRUCT, V, "W", "X86", S, MEMBERS) \
    PRINT(STRUCT, V, "A", "X64", S, MEMBERS) PRINT(STRUCT, V, "W", "X64", S, MEMBERS)
#define PRINT_PPPIP(V) \
    PRINT("RASPPPIP", V, "A", "X86", RASPPPIP_##V##_CHAR, M_PPPIP_##V) \
    PRINT("RASPPPIP", V, "W", "X86", RASPPPIP_##V##_WCHAR, M_PPPIP_##V) \
    PRINT("RASPPPIP", V, "A", "X64", RASPPPIP_##V##_CHAR, M_PPPIP_##V) \
    PRINT("RASPPPIP", V, "W", "X64", RASPPPIP_##V##_WCHAR, M_PPPIP_##V)

int main(void) {
    printf("struct,version,charset,abi,member,offset,length\n");
    PRINT_EVERYWHERE("RAS_STATS", V500, RAS_STATS, M_STATS)
    PRINT_PPPIP(V350) PRINT_PPPIP(V351) PRINT_PPPIP(V500)
    PRINT_EVERYWHERE("RASPPPIPV6", V600, RASPPPIPV6, M_PPPIPV6)
    PRINT("RAS_PROJECTION_INFO", V601, "A", "X86", RAS_PROJECTION_INFO_PTR_X86, M_PROJECTION)
    PRINT("RAS_PROJECTION_INFO", V601, "W", "X86", RAS_PROJECTION_INFO_PTR_X86, M_PROJECTION)
    PRINT("RAS_PROJECTION_INFO", V601, "A", "X64", RAS_PROJECTION_INFO_PTR_X64, M_PROJECTION)
    PRINT("RAS_PROJECTION_INFO", V601, "W", "X64", RAS_PROJECTION_INFO_PTR_X64, M_PROJECTION)
    return 0;
}
