package org.ras4j.codec;

/**
 * The C types that occur in the RAS structures ({@code RASCONN}, {@code RASCONNSTATUS}, {@code RAS_STATS},
 * {@code RASPPPIP}, {@code RASPPPIPV6}, {@code RAS_PROJECTION_INFO}), with their size and natural
 * alignment for a given charset and ABI. {@code ras.h} is compiled under 4-byte packing
 * ({@code pshpack4.h}), so the effective alignment of a member is {@code min(natural, 4)}.
 */
enum FieldType {
    /** {@code DWORD}, {@code LONG} or an enum: 4 bytes. */
    DWORD,
    /** {@code HRASCONN}: a pointer-sized handle. */
    HANDLE,
    /** One {@code CHAR} or {@code WCHAR}; fields of this type are arrays. */
    TCHAR,
    /** {@code GUID}: {@code DWORD}, two {@code WORD}s, eight bytes. */
    GUID,
    /** {@code LUID}: {@code DWORD LowPart}, {@code LONG HighPart}. */
    LUID,
    /** {@code RASTUNNELENDPOINT}: {@code DWORD dwType} and a 16-byte address union. */
    TUNNEL_ENDPOINT,
    /** {@code BYTE}; fields of this type are arrays (the interface identifiers of IPv6). */
    BYTE,
    /** {@code RASIPV4ADDR} ({@code struct in_addr}): a union of bytes, words and a {@code ULONG}. */
    IPV4_ADDRESS,
    /** {@code RASIPV6ADDR} ({@code struct in6_addr}): a union of 16 bytes and 8 {@code USHORT}s. */
    IPV6_ADDRESS,
    /** A data pointer ({@code RASIPV4ADDR*}): pointer-sized, as a handle. */
    POINTER;

    /** Packing of {@code ras.h}. */
    static final int PACK = 4;

    int size(RasCharset charset, Abi abi) {
        return switch (this) {
            case DWORD -> 4;
            case HANDLE -> abi.pointerSize();
            case TCHAR -> charset.charSize();
            case GUID -> 16;
            case LUID -> 8;
            case TUNNEL_ENDPOINT -> 20;
            case BYTE -> 1;
            case IPV4_ADDRESS -> 4;
            case IPV6_ADDRESS -> 16;
            case POINTER -> abi.pointerSize();
        };
    }

    int naturalAlignment(RasCharset charset, Abi abi) {
        return switch (this) {
            case DWORD, GUID, LUID, TUNNEL_ENDPOINT, IPV4_ADDRESS -> 4;
            case HANDLE, POINTER -> abi.pointerSize();
            case TCHAR -> charset.charSize();
            case BYTE -> 1;
            case IPV6_ADDRESS -> 2;
        };
    }

    int alignment(RasCharset charset, Abi abi) {
        return Math.min(naturalAlignment(charset, abi), PACK);
    }
}
