/* What Ras.h needs of winapifamily.h: every partition is in. */
#define WINAPI_FAMILY_PARTITION(x) 1
#define WINAPI_PARTITION_DESKTOP 1
#define WINAPI_PARTITION_PKG_CMDTOOLS 1
