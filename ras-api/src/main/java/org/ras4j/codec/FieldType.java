package org.ras4j.codec;

/**
 * The C types that occur in {@code RASCONN} and {@code RASCONNSTATUS}, with their size and natural
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
    TUNNEL_ENDPOINT;

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
        };
    }

    int naturalAlignment(RasCharset charset, Abi abi) {
        return switch (this) {
            case DWORD, GUID, LUID, TUNNEL_ENDPOINT -> 4;
            case HANDLE -> abi.pointerSize();
            case TCHAR -> charset.charSize();
        };
    }

    int alignment(RasCharset charset, Abi abi) {
        return Math.min(naturalAlignment(charset, abi), PACK);
    }
}
