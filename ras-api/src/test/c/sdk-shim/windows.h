/*
 * Just enough of <windows.h> for the Windows SDK's Ras.h to compile with any gcc, for a
 * static-assertion check of the layouts (scripts/gen-inspect-layout-offsets.sh with RAS_H set):
 * Windows' integer types at their Windows sizes (DWORD and ULONG 32 bits on every ABI), empty SAL
 * annotations and calling conventions. No structure of Ras.h is declared here.
 */
#include <stddef.h>
typedef __UINT32_TYPE__ DWORD;
typedef __INT32_TYPE__ LONG;
typedef __UINT32_TYPE__ ULONG;
typedef int BOOL;
typedef unsigned char BYTE;
typedef char CHAR;
typedef __UINT16_TYPE__ WCHAR;
typedef unsigned short USHORT;
typedef unsigned int UINT;
typedef void VOID;
typedef void *LPVOID;
typedef void *PVOID;
typedef void *HANDLE;
typedef DWORD *LPDWORD;
typedef DWORD *PDWORD;
typedef BYTE *LPBYTE;
typedef BYTE *PBYTE;
typedef BOOL *LPBOOL;
typedef LONG *PLONG;
typedef CHAR *LPSTR;
typedef const CHAR *LPCSTR;
typedef WCHAR *LPWSTR;
typedef const WCHAR *LPCWSTR;
typedef __UINTPTR_TYPE__ ULONG_PTR;
typedef struct { DWORD Data1; unsigned short Data2; unsigned short Data3; BYTE Data4[8]; } GUID;
typedef struct { DWORD LowPart; LONG HighPart; } LUID;
#define DECLARE_HANDLE(n) struct n##__ { int unused; }; typedef struct n##__ *n
DECLARE_HANDLE(HWND);
DECLARE_HANDLE(HINSTANCE);
#define APIENTRY
#define WINAPI
#define CALLBACK
#define MAX_PATH 260
#define NETBIOS_NAME_LEN 16
#define _In_
#define _Out_
#define _Inout_
#define _In_opt_
#define _Out_opt_
#define _Inout_opt_
#define _Outptr_
#define _In_z_
#define _Success_(x)
#define _When_(x, y)
#define _Field_size_bytes_(x)
#define _In_reads_(x)
#define _In_reads_bytes_(x)
#define _In_reads_bytes_opt_(x)
#define _Out_writes_(x)
#define _Out_writes_opt_(x)
#define _Out_writes_z_(x)
#define _Out_writes_to_(x, y)
#define _Out_writes_bytes_(x)
#define _Out_writes_bytes_opt_(x)
#define _Out_writes_bytes_to_opt_(x, y)
#define _Inout_updates_(x)
#define _Inout_updates_bytes_(x)
#define _Inout_updates_bytes_opt_(x)
